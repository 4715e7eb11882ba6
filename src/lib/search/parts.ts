/**
 * A search index in parts. Pagefind's indexer holds every page of one run in memory (about
 * 0.4 MB a page for Chinese text, where it segments words), so a large casebook is indexed in
 * parts of at most a few thousand pages, one Pagefind run each, and the search page searches the
 * parts together. The first part is the bundle at `pagefind/`, the others are `pagefind/p1/`,
 * `pagefind/p2/` …, listed in the support file (SearchSupport.parts).
 *
 * Parts hold contiguous ranges of the date sort key, newest first. That is what lets a search
 * sorted by date be merged exactly: each part returns its results in date order, and the parts
 * follow one another. Pagefind's own `mergeIndex` cannot do this: it orders merged results by
 * score, and a sorted search's score is the result's rank within its own part; so each part is
 * searched by a Pagefind of its own and the results are merged here.
 *
 * A site small enough for one run (the bundled corpus) has one part, and nothing here is used.
 */
import type { Pagefind, PagefindResponse } from './run-search';

/** Pages indexed in one Pagefind run at most (about 1.2 GB of indexer memory; see README, Scale). */
export const DEFAULT_PART_PAGES = 3000;

/** The folder of part `k` inside the bundle folder: '' for the first, `p1/` for the second … */
export const partFolder = (k: number): string => (k === 0 ? '' : `p${k}/`);

/**
 * Split pages into parts of at most `maxPages` by date sort key, newest first (ties in the order
 * given; the keys sort as strings, `2023-05-01`, and undated pages have the lowest key, so they come
 * last). Parts are filled from the oldest: every part is full but the newest, so a page added with a
 * new date changes the newest part only, and an index built before can keep the others
 * (scripts/index-search.ts caches each part by what it indexes).
 */
export function splitIntoParts<T>(pages: readonly T[], dateOf: (page: T) => string, maxPages: number): T[][] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`search index: part size must be a whole number of pages, not ${maxPages}`);
  if (pages.length <= maxPages) return [pages.slice()];
  const sorted = pages
    .map((page, i) => ({ page, i, date: dateOf(page) }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? 1 : -1))
    .map((x) => x.page);
  const parts: T[][] = [];
  for (let end = sorted.length; end > 0; end -= maxPages) parts.unshift(sorted.slice(Math.max(0, end - maxPages), end));
  return parts;
}

/**
 * The whole index: one Pagefind per part, each a module of its own (`load` must give a new module
 * instance each call: pagefind.js keeps its WebAssembly in module state, and a second index in the
 * same module overwrites the first one's memory), all with the same options, searched as one.
 */
export async function openIndex(
  load: (part: number) => Promise<Pagefind>,
  bundleBase: string,
  parts: readonly string[],
  options: Record<string, unknown>,
): Promise<Pagefind> {
  const folders = ['', ...parts];
  const instances = await Promise.all(folders.map((_, k) => load(k)));
  await Promise.all(instances.map((pf, k) => pf.options({ ...options, basePath: `${bundleBase}${folders[k]}` })));
  const index = mergedPagefind(instances);
  await index.init();
  return index;
}

/** Bundle files every part would hold byte for byte the same: Pagefind's WebAssembly. */
const SHARED_FILE = /^(?:p\d+\/)?(wasm\.[^/]+)$/;

/**
 * The first part's copy of a shared bundle file asked of any part (`p2/wasm.unknown.pagefind` ->
 * `wasm.unknown.pagefind`), or null for a file of the part's own. Only the first part keeps these files.
 */
export function sharedBundleFile(name: string): string | null {
  return SHARED_FILE.exec(name)?.[1] ?? null;
}

/**
 * `fetch` that answers every request for a shared file under `bundleBase`, from whichever part, with
 * one download of the first part's copy: the search page fetches Pagefind's WebAssembly once
 * however many parts the index has.
 */
export function sharingFetch(fetchImpl: typeof fetch, bundleBase: string): typeof fetch {
  const downloads = new Map<string, Promise<{ bytes: ArrayBuffer; status: number; headers: Headers }>>();
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const shared = url.startsWith(bundleBase) ? sharedBundleFile(url.slice(bundleBase.length)) : null;
    if (!shared) return fetchImpl(input, init);
    let download = downloads.get(shared);
    if (!download) {
      download = fetchImpl(`${bundleBase}${shared}`, init).then(async (r) => ({ bytes: await r.arrayBuffer(), status: r.status, headers: r.headers }));
      downloads.set(shared, download);
      // A failed download is tried again on the next request.
      download.catch(() => downloads.delete(shared));
    }
    const { bytes, status, headers } = await download;
    return new Response(bytes.slice(0), { status, headers });
  };
}

type Counts = Record<string, Record<string, number>>;

function sumCounts(all: Array<Counts | undefined>): Counts {
  const out: Counts = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts ?? {})) {
      const into = (out[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return out;
}

/** The direction of a date-sorted search, or null for relevance. */
function dateDirection(options: Record<string, unknown> | undefined): 'asc' | 'desc' | null {
  const sort = options?.sort as Record<string, string> | undefined;
  if (!sort || !('date' in sort)) return null;
  return sort.date === 'asc' ? 'asc' : 'desc';
}

/**
 * The parts (in part order: newest dates first) as one Pagefind. Counts by filter are summed.
 * Results sorted by date follow the parts' order (reversed for oldest first); results by relevance
 * are ordered by Pagefind's score, as its own `mergeIndex` does (each part scores against its own
 * pages, which for parts of thousands of pages changes little).
 */
export function mergedPagefind(parts: readonly Pagefind[]): Pagefind {
  if (parts.length === 1) return parts[0];
  return {
    options: async (o) => {
      await Promise.all(parts.map((p) => p.options(o)));
    },
    init: async () => {
      await Promise.all(parts.map((p) => p.init()));
    },
    filters: async () => sumCounts(await Promise.all(parts.map((p) => p.filters()))),
    search: async (term, options) => {
      const answers = await Promise.all(parts.map((p) => p.search(term, options)));
      if (answers.some((a) => !a)) return null;
      const responses = answers as PagefindResponse[];
      const direction = dateDirection(options);
      let results: PagefindResponse['results'];
      if (direction) {
        const ordered = direction === 'desc' ? responses : responses.slice().reverse();
        results = ordered.flatMap((r) => r.results);
      } else {
        results = responses
          .flatMap((r) => r.results)
          .map((r, i) => ({ r, i }))
          .sort((a, b) => (b.r.score ?? 0) - (a.r.score ?? 0) || a.i - b.i)
          .map((x) => x.r);
      }
      return {
        results,
        filters: sumCounts(responses.map((r) => r.filters)),
        totalFilters: sumCounts(responses.map((r) => r.totalFilters)),
      };
    },
  };
}
