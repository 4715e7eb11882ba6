/**
 * Links for the offline bundle, which is opened from the file system (file://).
 *
 * There, `/cases/x/` means the root of the disk and a folder URL shows a directory listing, so every
 * internal link must be relative to the page it is on and end in a file name:
 * `/cases/x/` seen from `search/index.html` is `../cases/x/index.html`. Query strings and fragments
 * are kept (`?q=…` for the search form, `#p-3` for paragraph links).
 */

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Split `path?query#hash` into its path and the rest (the rest keeps its leading `?` or `#`). */
function splitSuffix(url: string): [string, string] {
  const cut = url.search(/[?#]/);
  return cut === -1 ? [url, ''] : [url.slice(0, cut), url.slice(cut)];
}

/** Normalise `a/./b/../c` to `a/c`; `..` above the root stays at the root. */
function resolveSegments(segments: string[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out;
}

/**
 * The relative form of `target` as seen from the HTML (or CSS) file `fromFile` (a path relative
 * to the site root, e.g. `cases/x/index.html`). Root-relative (`/x/`) and document-relative
 * (`../x/`) targets are both resolved; folder targets get `index.html`. External URLs, `data:`,
 * `mailto:`, pure fragments (`#top`) and empty values are returned unchanged.
 */
export function offlineHref(fromFile: string, target: string): string {
  const value = target.trim();
  if (!value || EXTERNAL.test(value) || value.startsWith('#')) return target;
  const [path, suffix] = splitSuffix(value);
  if (path === '' && suffix.startsWith('?')) {
    // `?q=…` on a folder page: the page itself, by file name.
    return `${fromFile.slice(fromFile.lastIndexOf('/') + 1) || 'index.html'}${suffix}`;
  }
  const fromDir = fromFile.split('/').slice(0, -1);
  const raw = path.split('/');
  const segments = resolveSegments(path.startsWith('/') ? raw : [...fromDir, ...raw]);
  // A folder (`x/`, `.`, `..`, or a last segment without a dot) is served by its index.html.
  const last = raw[raw.length - 1];
  const isFolder = last === '' || last === '.' || last === '..' || !last.includes('.');
  const targetSegments = isFolder ? [...segments, 'index.html'] : segments;
  let common = 0;
  while (common < fromDir.length && common < targetSegments.length - 1 && fromDir[common] === targetSegments[common]) common++;
  const up = fromDir.length - common;
  return `${'../'.repeat(up)}${targetSegments.slice(common).join('/')}${suffix}`;
}

/**
 * Where a search result links to. Online the site URL is used as Pagefind stored it (`/cases/x/`,
 * plus a base path when the site is hosted under one); offline it is made relative to the page
 * doing the search.
 */
export function resultHref(url: string, mode: { offline: false; base?: string } | { offline: true; fromFile: string }): string {
  if (mode.offline) return offlineHref(mode.fromFile, url);
  const base = (mode.base ?? '/').replace(/\/?$/, '/');
  return base === '/' ? url : `${base}${url.replace(/^\//, '')}`;
}
