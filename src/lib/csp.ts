import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every built page carries, as a meta tag (so it holds on any static
 * host and in the offline copy, where no server sends headers).
 *
 * The site's only inline script is the theme toggle; search runs Pagefind from the site's own
 * files (WebAssembly, a worker). So scripts come from the site itself or are inline scripts whose
 * SHA-256 is listed. Pages are rendered with the policy for the toggle (BaseLayout.astro); after
 * the build every page is checked, and one with any other inline script gets its policy made from
 * the scripts it really has, so the list can never fall out of step with the markup. Nothing
 * loads from another origin.
 * `frame-ancestors` cannot be set from a meta tag; scripts/serve.ts sends it as a header.
 */
export type CspMode = 'site' | 'offline';

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The policy for a page whose inline scripts have these hashes. */
export function contentSecurityPolicy(hashes: readonly string[], mode: CspMode = 'site'): string {
  // Opened from a folder, pages are file: URLs, and Pagefind is started from a blob: URL.
  const local = mode === 'offline' ? " 'self' file:" : " 'self'";
  const directives: Array<[string, string]> = [
    ['default-src', local.trim()],
    ['script-src', `${local.trim()}${mode === 'offline' ? ' blob:' : ''} 'wasm-unsafe-eval'${hashes.length ? ` ${[...new Set(hashes)].join(' ')}` : ''}`],
    ['style-src', local.trim()],
    ['img-src', `${local.trim()} data:`],
    ['font-src', local.trim()],
    ['connect-src', `${local.trim()}${mode === 'offline' ? ' blob: data:' : ''}`],
    ['worker-src', `${local.trim()} blob:`],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', local.trim()],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/**
 * `html` with its CSP meta tag set (replaced if there is one, else put right after the charset
 * declaration, before anything it governs), listing the hashes of the page's inline scripts.
 */
export function withContentSecurityPolicy(html: string, mode: CspMode = 'site'): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => scriptHash(m[1]));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, mode)}">`;
  if (META.test(html)) return html.replace(META, () => meta);
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  return html.replace(/<head>/i, (head) => head + meta);
}

/** The hashes a page's policy lists, or null when the page has no policy. */
function listedHashes(html: string): Set<string> | null {
  const meta = META.exec(html)?.[0];
  if (!meta) return null;
  return new Set(/content="([^"]*)"/.exec(meta)?.[1].match(/'sha256-[^']+'/g) ?? []);
}

/**
 * True when the page has a policy that lists every inline script it has. Pages are rendered with
 * their policy (BaseLayout.astro); the build rewrites only a page for which this is false.
 */
export function policyCoversInlineScripts(html: string): boolean {
  const listed = listedHashes(html);
  if (!listed) return false;
  return [...html.matchAll(INLINE_SCRIPT)].every((m) => listed.has(scriptHash(m[1])));
}
