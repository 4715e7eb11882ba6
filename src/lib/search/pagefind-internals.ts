import { gunzipSync } from 'node:zlib';

/**
 * Everything this project knows about Pagefind beyond its documented API, in one place: the file
 * format of its fragments, the names of its bundle files, and the unstable setting for the size of
 * its index chunks. These are not promised by Pagefind and can change in any release, so the
 * version is pinned exactly in package.json and tests/unit/search/pagefind-internals.test.ts
 * builds a real index with the installed Pagefind and checks every assumption here against it.
 * An upgrade that breaks one fails that test by name, not the search in a reader's browser.
 */

/** The Pagefind release the assumptions below were checked against (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

/** Pagefind reads this variable for the size of its index chunks (word locations; default 20,000). */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Sets the chunk size for the indexes built after this call in this process (unless already set). */
export function setIndexChunkSize(words: number): void {
  process.env[CHUNK_SIZE_VARIABLE] ??= String(words);
}

/** What Pagefind stores for one page: the text it indexed and the page's metadata. */
export interface IndexedFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Fragments are gzip files whose content starts with this marker, then JSON. */
const FRAGMENT_MARKER = 'pagefind_dcd';

export function decodeFragment(bytes: Uint8Array): IndexedFragment {
  const raw = gunzipSync(bytes);
  const marker = raw.subarray(0, FRAGMENT_MARKER.length).toString('latin1');
  if (marker !== FRAGMENT_MARKER) {
    throw new Error(`Pagefind fragment without the "${FRAGMENT_MARKER}" marker (Pagefind ${PAGEFIND_VERSION}'s format): was Pagefind upgraded?`);
  }
  const json = JSON.parse(raw.subarray(FRAGMENT_MARKER.length).toString('utf8')) as Partial<IndexedFragment>;
  if (typeof json.url !== 'string' || typeof json.content !== 'string') {
    throw new Error(`Pagefind fragment without url and content (Pagefind ${PAGEFIND_VERSION}'s format): was Pagefind upgraded?`);
  }
  return { url: json.url, content: json.content, meta: json.meta ?? {} };
}

/** Is this bundle path (relative to pagefind/) a page fragment? */
export const isFragmentPath = (path: string) => path.startsWith('fragment/');

/** The role of a file of the bundle, from its path (for transfer measurements). */
export type BundleFileKind = 'pagefind.js' | 'wasm' | 'meta' | 'index' | 'filters' | 'fragments' | 'other';

export function bundleFileKind(path: string): BundleFileKind {
  if (path.endsWith('/pagefind.js') || path === 'pagefind.js') return 'pagefind.js';
  if (/(^|\/)wasm\./.test(path)) return 'wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
  if (/(^|\/)index\//.test(path)) return 'index';
  if (/(^|\/)filter\//.test(path)) return 'filters';
  if (/(^|\/)fragment\//.test(path)) return 'fragments';
  return 'other';
}

/** Files Pagefind writes that the casebook's search page never loads (its prebuilt UIs). */
export const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** The file the offline copy checks to tell whether its wrapped index is the current one. */
export const ENTRY_FILE = 'pagefind-entry.json';
