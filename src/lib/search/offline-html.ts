/**
 * Rewrites for the offline bundle (scripts/build-offline.ts): the built site's own HTML and CSS,
 * made to work from the file system. Built pages are Astro's output (attributes double-quoted,
 * `&` written `&amp;`), which is what these string rewrites rely on.
 */
import { offlineHref } from './links';

const URL_ATTRIBUTES = /(\s(?:href|src|action|formaction|poster|data)=")([^"]*)(")/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)(")/g;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

const decodeAttr = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const encodeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Every `url(...)` in CSS text, made relative to the file (`_astro/x.css` or a page). */
export function rewriteCssUrls(css: string, fromFile: string): string {
  return css.replace(CSS_URL, (whole, quote: string, target: string) =>
    target.startsWith('data:') || target.startsWith('#') ? whole : `url(${quote}${offlineHref(fromFile, target)}${quote})`,
  );
}

/**
 * Every link-like attribute (href, src, action, formaction, poster, data, srcset) and every CSS
 * `url()` in style attributes and `<style>` blocks, made relative to `fromFile` and pointing at a
 * file (`../cases/x/index.html`). External URLs and fragments are left alone.
 */
export function rewriteHtmlLinks(html: string, fromFile: string): string {
  // Script bodies are code: `href="${…}"` in a template string is not a link of this page.
  return splitScripts(html)
    .map((part, i) => {
      if (i % 2 === 0) return rewriteMarkup(part, fromFile);
      const open = part.slice(0, part.indexOf('>') + 1);
      return rewriteMarkup(open, fromFile) + part.slice(open.length);
    })
    .join('');
}

function rewriteMarkup(html: string, fromFile: string): string {
  return html
    .replace(URL_ATTRIBUTES, (_, open: string, value: string, close: string) => `${open}${encodeAttr(offlineHref(fromFile, decodeAttr(value)))}${close}`)
    .replace(SRCSET_ATTRIBUTE, (_, open: string, value: string, close: string) => {
      const candidates = decodeAttr(value)
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
        .map((c) => {
          const [url, ...descriptor] = c.split(/\s+/);
          return [offlineHref(fromFile, url), ...descriptor].join(' ');
        });
      return `${open}${encodeAttr(candidates.join(', '))}${close}`;
    })
    .replace(/(\sstyle=")([^"]*)(")/g, (_, open: string, value: string, close: string) => `${open}${encodeAttr(rewriteCssUrls(decodeAttr(value), fromFile))}${close}`)
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => `${open}${rewriteCssUrls(css, fromFile)}${close}`);
}

/** `html` cut around its script elements: markup at even indexes, whole `<script>…</script>` at odd ones. */
export const splitScripts = (html: string): string[] => html.split(/(<script\b[^>]*>[\s\S]*?<\/script>)/);

/** The markup of `html` without script bodies, for scanning its links. */
export const withoutScriptBodies = (html: string): string =>
  splitScripts(html)
    .map((part, i) => (i % 2 === 0 ? part : part.slice(0, part.indexOf('>') + 1)))
    .join('');

export interface ModuleScriptTag {
  /** The whole `<script …></script>` element. */
  tag: string;
  src: string;
}

/** External module scripts (`<script type="module" src="…"></script>`), in document order. */
export function moduleScripts(html: string): ModuleScriptTag[] {
  const out: ModuleScriptTag[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>\s*<\/script>/g)) {
    const attrs = m[1];
    const src = attrs.match(/\ssrc="([^"]*)"/)?.[1];
    if (src && /\stype="module"/.test(attrs)) out.push({ tag: m[0], src: decodeAttr(src) });
  }
  return out;
}

/**
 * True when a bundled module has a static import or export, i.e. cannot run inlined on its own.
 * Dynamic `import(…)` is fine (the search page only uses it for blob: URLs offline).
 */
export function hasStaticModuleSyntax(code: string): boolean {
  return /(?:^|[;}\n])\s*import\s*(?:[\w$*{][^;()]*?from\s*)?["'`]/.test(code) || /(?:^|[;}\n])\s*export\s*(?:\{|\*|default\b|const\b|let\b|var\b|function\b|class\b|async\b)/.test(code);
}

/** `code` as an inline module script. `</script` inside the code is escaped so it cannot end the element. */
export const inlineModuleScript = (code: string) => `<script type="module">${code.replace(/<\/(script)/gi, '<\\/$1')}</script>`;

/** `<link rel="modulepreload">` tags: useless offline (and refused by file://). */
export const dropModulePreloads = (html: string) => html.replace(/<link\b[^>]*\srel="modulepreload"[^>]*>/g, '');

/** Insert `markup` just before `</head>` (or at the start when there is no head). */
export function injectIntoHead(html: string, markup: string): string {
  const at = html.indexOf('</head>');
  return at === -1 ? markup + html : html.slice(0, at) + markup + html.slice(at);
}
