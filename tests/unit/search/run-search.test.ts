import { describe, expect, it } from 'vitest';
import { cataloguePages } from '../../../src/lib/search/catalogue-pages';
import {
  describeFilters,
  hasSearch,
  promptStatus,
  resultStatus,
  searchCasebook,
  sortFor,
  suggestTerms,
  type Engine,
  type Pagefind,
  type PagefindResponse,
} from '../../../src/lib/search/run-search';
import { planQuery, termToken } from '../../../src/lib/search/terms';
import type { SearchState } from '../../../src/lib/search/url-state';

const state = (q: string, filters: SearchState['filters'] = {}, sort: SearchState['sort'] = 'relevance'): SearchState => ({ q, filters, sort });

/** What a stand-in Pagefind answers, by query (`null` for a filter-only search); every call is kept. */
function standIn(answers: Record<string, string[]>): { pagefind: Pagefind; calls: Array<{ term: string | null; options?: Record<string, unknown> }> } {
  const calls: Array<{ term: string | null; options?: Record<string, unknown> }> = [];
  const respond = (ids: string[]): PagefindResponse => ({
    results: ids.map((id) => ({ id, data: async () => ({ url: `/cases/${id}/`, content: '', excerpt: '', meta: {} }) })),
    filters: {},
  });
  const pagefind: Pagefind = {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (term, options) => {
      calls.push({ term, options });
      return respond(answers[term ?? ''] ?? []);
    },
  };
  return { pagefind, calls };
}

const terms = ['临时党支部', '临时党组织', '委员工作室'];
const engine = (pagefind: Pagefind): Engine => ({
  pagefind,
  terms,
  pages: cataloguePages([{ id: 'committee-studio', name: '委员工作室（站）', aliases: ['委员工作室'] }], []),
  toSimplified: (t) => t.replaceAll('協', '协'),
});

describe('searchCasebook', () => {
  it('asks for the cases and, for a plain text search, the other pages; a term is searched by its token', async () => {
    const token = termToken('委员工作室');
    const { pagefind, calls } = standIn({ [token]: ['a', 'b'] });
    const outcome = await searchCasebook(engine(pagefind), state('委员工作室'));
    expect(outcome!.cases.results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(calls.map((c) => c.term)).toEqual([token, token]);
    expect(calls[0].options).toEqual({ filters: { type: 'case' }, sort: undefined });
    expect(calls[1].options).toEqual({ filters: { type: { any: ['lesson', 'mechanism', 'source'] } } });
    expect(outcome!.direct.map((p) => p.url)).toEqual(['/mechanisms/committee-studio/']);
  });

  it('adds what the catalogue terms a query begins find, each case once', async () => {
    const { pagefind } = standIn({ 临时: ['a'], [termToken('临时党支部')]: ['a', 'b'], [termToken('临时党组织')]: ['c'] });
    const outcome = await searchCasebook(engine(pagefind), state('临时'));
    expect(outcome!.cases.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds nothing when a word of the query is nowhere in the index', async () => {
    const { pagefind } = standIn({ '协商 议事': ['a'], 协商: ['a'] });
    const outcome = await searchCasebook(engine(pagefind), state('協商 议事'));
    expect(outcome!.query).toBe('协商 议事');
    expect(outcome!.cases.results).toEqual([]);
    expect(outcome!.others!.results).toEqual([]);
  });

  it('with filters: the cases only, filtered, and no pages named', async () => {
    const { pagefind, calls } = standIn({ 提案: ['a'] });
    const outcome = await searchCasebook(engine(pagefind), state('提案', { province: '浙江省' }));
    expect(calls).toHaveLength(1);
    expect(calls[0].options).toEqual({ filters: { type: 'case', province: '浙江省' }, sort: undefined });
    expect(outcome!.others).toBeNull();
    expect(outcome!.direct).toEqual([]);
  });
});

describe('what a search is asked and says', () => {
  it('searches a query with something searchable, or a filter alone; punctuation alone is nothing', () => {
    expect(hasSearch(state('协商'))).toBe(true);
    expect(hasSearch(state('，。'))).toBe(false);
    expect(hasSearch(state('', { year: '2022' }))).toBe(true);
    expect(promptStatus(state('，。'))).toBe('请输入关键词：只含标点或空格的内容无法搜索。');
    expect(promptStatus(state(''))).toBe('请输入关键词。');
  });

  it('orders by date when asked, and newest first when there is no text to rank by', () => {
    const plan = planQuery('协商', terms);
    expect(sortFor(state('协商'), plan)).toBeUndefined();
    expect(sortFor(state(''), null)).toEqual({ date: 'desc' });
    expect(sortFor(state('协商', {}, 'date-asc'), plan)).toEqual({ date: 'asc' });
    expect(sortFor(state('协商', {}, 'date-desc'), plan)).toEqual({ date: 'desc' });
  });

  it('tells what was found, with the filters, how many are shown, and the other pages', () => {
    const results = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i), data: async () => ({ url: '', content: '', excerpt: '', meta: {} }) }));
    const outcome = (cases: number, others: number | null) => ({
      query: '协商',
      plan: planQuery('协商', terms),
      cases: { results: results(cases), filters: {} },
      others: others === null ? null : { results: results(others), filters: {} },
      direct: [],
    });
    expect(resultStatus(state('协商'), outcome(3, 0), 0)).toBe('找到 3 个与“协商”相关的案例。');
    expect(resultStatus(state('协商', { province: '浙江省', year: '2022' }), outcome(12, 5), 3)).toBe(
      '找到 12 个与“协商”相关的案例（筛选：浙江省、2022），先显示 10 个；另有 5 个课程、机制或来源页面，列出前 3 个。',
    );
    expect(resultStatus(state('协商'), outcome(0, 2), 2)).toBe('没有找到与“协商”相关的案例。有 2 个课程、机制或来源页面提到它。');
    expect(resultStatus(state('', { year: '2022' }), { ...outcome(0, null), plan: null }, 0)).toBe('没有找到与所选条件相关的案例（筛选：2022）。');
    expect(describeFilters(state('x'))).toBe('');
  });

  it('suggests the catalogue terms that share most characters with a query that found nothing', () => {
    expect(suggestTerms('临时党', terms)).toEqual(['临时党支部', '临时党组织']);
    expect(suggestTerms('委员工作室', terms)).toEqual([]);
    expect(suggestTerms('', terms)).toEqual([]);
  });
});
