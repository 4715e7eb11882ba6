import { describe, expect, it } from 'vitest';
import { mergedPagefind, openIndex, partFolder, sharedBundleFile, sharingFetch, splitIntoParts } from '../../../src/lib/search/parts';
import { dateSortKey } from '../../../src/lib/search/index-html';
import { UNDATED_SORT_VALUE } from '../../../src/lib/search/pagefind-meta';
import type { Pagefind, PagefindResponse } from '../../../src/lib/search/run-search';

interface Page {
  id: string;
  date: string;
  score: number;
}

/**
 * A stand-in for one part's Pagefind: it answers every search with its pages, sorted as Pagefind
 * sorts them (by date when asked, the score then being the rank within the part; else by score),
 * and counts them by the first character of their id.
 */
function part(pages: Page[]): Pagefind & { options: Pagefind['options']; seen: Record<string, unknown>[] } {
  const seen: Record<string, unknown>[] = [];
  const counts = (list: Page[]) => ({ letter: Object.fromEntries([...new Set(list.map((p) => p.id[0]))].map((l) => [l, list.filter((p) => p.id[0] === l).length])) });
  return {
    seen,
    options: async (o) => {
      seen.push(o);
    },
    init: async () => {},
    filters: async () => counts(pages),
    search: async (_term, options) => {
      const sort = (options?.sort as Record<string, string> | undefined)?.date;
      let list = [...pages];
      let score = (p: Page) => p.score;
      if (sort) {
        const byDate = [...pages].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        score = (p) => (sort === 'asc' ? -1 : 1) * byDate.indexOf(p);
      }
      list = list.sort((a, b) => score(b) - score(a));
      const response: PagefindResponse = {
        results: list.map((p) => ({ id: p.id, score: score(p), data: async () => ({ url: `/cases/${p.id}/`, content: '', excerpt: '', meta: {} }) })),
        filters: counts(list),
        totalFilters: counts(pages),
      };
      return response;
    },
  };
}

const pages = (spec: string): Page[] =>
  spec.split(' ').map((s) => {
    const [id, date, score] = s.split(':');
    return { id, date, score: Number(score) };
  });

describe('splitIntoParts', () => {
  const dated = pages('a:2021-01-01:0 b:2023-05-01:0 c:0000-00-00:0 d:2022-03-01:0 e:2023-05-01:0 f:2020-12-31:0 g:2022-03-01:0');

  it('keeps a site that fits in one run whole, in its own order', () => {
    expect(splitIntoParts(dated, (p) => p.date, 7).map((p) => p.map((x) => x.id))).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
  });

  it('splits a larger one into parts of contiguous dates, newest first, undated last, ties in the order given, full from the oldest', () => {
    const split = splitIntoParts(dated, (p) => p.date, 3);
    expect(split.map((p) => p.map((x) => x.id))).toEqual([['b'], ['e', 'd', 'g'], ['a', 'f', 'c']]);
    expect(splitIntoParts(dated, (p) => p.date, 4).map((p) => p.length)).toEqual([3, 4]);
  });

  it('changes only the newest part when a page with a new date is added', () => {
    const before = splitIntoParts(dated, (p) => p.date, 3);
    const after = splitIntoParts([...dated, ...pages('h:2024-01-01:0')], (p) => p.date, 3);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0].map((x) => x.id)).toEqual(['h', 'b']);
  });

  it('refuses a part size that is not a positive whole number', () => {
    expect(() => splitIntoParts(dated, (p) => p.date, 0)).toThrow(/part size/);
    expect(() => splitIntoParts(dated, (p) => p.date, 2.5)).toThrow(/part size/);
  });

  it('names the first part the bundle itself and the others p1/, p2/ …', () => {
    expect([0, 1, 2].map(partFolder)).toEqual(['', 'p1/', 'p2/']);
  });
});

describe('mergedPagefind', () => {
  // Parts as the indexer writes them: newest dates first.
  const newer = pages('n1:2024-02-01:0.2 n2:2023-11-05:0.9 n3:2023-08-01:0.1');
  const older = pages('o1:2022-01-01:0.5 o2:2021-06-30:0.95 o3:0000-00-00:0.3');
  const merged = () => mergedPagefind([part(newer), part(older)]);
  const ids = (r: PagefindResponse | null) => r!.results.map((x) => x.id);

  it('orders results by relevance across parts', async () => {
    expect(ids(await merged().search('x'))).toEqual(['o2', 'n2', 'o1', 'o3', 'n1', 'n3']);
  });

  it('orders results by date across parts, newest or oldest first', async () => {
    expect(ids(await merged().search('x', { sort: { date: 'desc' } }))).toEqual(['n1', 'n2', 'n3', 'o1', 'o2', 'o3']);
    expect(ids(await merged().search(null, { sort: { date: 'asc' } }))).toEqual(['o3', 'o2', 'o1', 'n3', 'n2', 'n1']);
  });

  it('adds up the counts by filter value', async () => {
    const m = mergedPagefind([part(pages('a1:2024-01-01:1 b1:2024-01-01:1')), part(pages('a2:2023-01-01:1'))]);
    const r = await m.search('x');
    expect(r!.filters).toEqual({ letter: { a: 2, b: 1 } });
    expect(r!.totalFilters).toEqual({ letter: { a: 2, b: 1 } });
    expect(await m.filters()).toEqual({ letter: { a: 2, b: 1 } });
  });

  it('answers nothing when a part answers nothing (a search Pagefind dropped for a newer one)', async () => {
    const silent: Pagefind = { ...part(older), search: async () => null };
    expect(await mergedPagefind([part(newer), silent]).search('x')).toBeNull();
  });

  it('is the part itself when there is one', () => {
    const only = part(newer);
    expect(mergedPagefind([only])).toBe(only);
  });
});

describe('openIndex', () => {
  const newer = () => pages('n1:2024-02-01:0.2');

  it('gives each part its own Pagefind with the same options and its own folder', async () => {
    const made: ReturnType<typeof part>[] = [];
    const index = await openIndex(
      async () => {
        const p = part(newer());
        made.push(p);
        return p;
      },
      '/pagefind/',
      ['p1/', 'p2/'],
      { excerptLength: 40 },
    );
    expect(made).toHaveLength(3);
    expect(made.map((p) => p.seen[0])).toEqual([
      { excerptLength: 40, basePath: '/pagefind/' },
      { excerptLength: 40, basePath: '/pagefind/p1/' },
      { excerptLength: 40, basePath: '/pagefind/p2/' },
    ]);
    expect((await index.search('x'))!.results).toHaveLength(3);
  });
});

describe('shared bundle files', () => {
  it('names the first part’s copy of the WebAssembly, asked of any part, and nothing else', () => {
    expect(sharedBundleFile('p2/wasm.unknown.pagefind')).toBe('wasm.unknown.pagefind');
    expect(sharedBundleFile('wasm.unknown.pagefind')).toBe('wasm.unknown.pagefind');
    expect(sharedBundleFile('p2/pagefind-entry.json')).toBeNull();
    expect(sharedBundleFile('p1/fragment/wasm.x')).toBeNull();
  });

  it('sharingFetch downloads a shared file once for every part, and passes other requests through', async () => {
    const asked: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response(`bytes of ${String(input)}`);
    }) as typeof fetch;
    const f = sharingFetch(fetchImpl, '/pagefind/');
    const bodies = await Promise.all(
      ['/pagefind/wasm.unknown.pagefind', '/pagefind/p3/wasm.unknown.pagefind', '/pagefind/p1/wasm.unknown.pagefind'].map(async (u) => (await f(u)).text()),
    );
    expect(bodies).toEqual(Array(3).fill('bytes of /pagefind/wasm.unknown.pagefind'));
    await f('/pagefind/p3/index/abc.pf_index');
    await f('/other/p3/wasm.unknown.pagefind');
    expect(asked).toEqual(['/pagefind/wasm.unknown.pagefind', '/pagefind/p3/index/abc.pf_index', '/other/p3/wasm.unknown.pagefind']);
  });
});

describe('dateSortKey', () => {
  it('reads the date sort key PagefindMeta renders, and the undated key without one', () => {
    expect(dateSortKey('<meta data-pagefind-sort="date[content]" content="2022-06-14">')).toBe('2022-06-14');
    expect(dateSortKey('<meta data-pagefind-meta="date[content]" content="2022-06-14">')).toBe(UNDATED_SORT_VALUE);
  });
});
