/**
 * One search of the casebook as the search page runs it, without the page: what Pagefind is asked
 * (the cases, with the catalogue terms a query begins; the lessons, mechanisms and sources for a
 * plain text search), what comes back, and the sentence that tells it. No DOM, so it is tested
 * with a stand-in for Pagefind (tests/unit/search/run-search.test.ts).
 */
import { pagesFor, type CataloguePage } from './catalogue-pages';
import { isSearchable, normalizeQuery } from './normalize';
import { prepareQuery } from './query';
import { planQuery, prefixExpansions, requiredWords, type QueryPlan } from './terms';
import { FILTER_KEYS, pagefindFilters, type SearchState } from './url-state';

// Pagefind's JS API, the parts used.

export interface ResultData {
  url: string;
  /** The URL as indexed (`/cases/x/`); `url` has Pagefind's base prepended, which offline is the sentinel. */
  raw_url?: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  /** Relevance; in a search sorted by date, the result's rank within its own index. */
  score?: number;
  data(): Promise<ResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts within the results, by filter value. */
  filters: Record<string, Record<string, number>>;
  /** Counts for the query with no filter applied. */
  totalFilters?: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
/** Pagefind with what the casebook adds to it: the catalogue's terms and pages, and the script converter. */
export interface Engine {
  pagefind: Pagefind;
  terms: string[];
  pages: CataloguePage[];
  toSimplified: (text: string) => string;
}

/** Case results shown at a time. */
export const PAGE_SIZE = 10;
/** Lessons, mechanisms and sources shown beside the cases. */
export const OTHERS_SIZE = 3;

export interface SearchOutcome {
  /** The query in Simplified characters, as searched and marked. */
  query: string;
  plan: QueryPlan | null;
  /** The cases found (with what the catalogue terms a query begins find), and their counts by filter. */
  cases: PagefindResponse;
  /** Lessons, mechanisms and sources (a plain text search only), or null. */
  others: PagefindResponse | null;
  /** Catalogue pages whose name the query is (a mechanism's, a function's): linked directly. */
  direct: CataloguePage[];
}

/** Whether any filter is chosen. */
export const hasFilters = (state: SearchState): boolean => Object.keys(state.filters).length > 0;

/** Whether there is anything to search: a query with something searchable in it, or a filter. */
export function hasSearch(state: SearchState): boolean {
  return isSearchable(normalizeQuery(state.q)) || hasFilters(state);
}

/** The date order asked of Pagefind; with no text to rank by, the newest first. */
export function sortFor(state: SearchState, plan: QueryPlan | null): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'date-desc' || (!plan && state.sort === 'relevance')) return { date: 'desc' };
  return state.sort === 'date-asc' ? { date: 'asc' } : undefined;
}

/** Search the casebook for `state`; null when Pagefind answers nothing for the cases. */
export async function searchCasebook(e: Engine, state: SearchState): Promise<SearchOutcome | null> {
  const { simplified: query, plan } = prepareQuery(state.q, e.terms, e.toSimplified);
  const sort = sortFor(state, plan);
  // A query that begins catalogue terms (`临时` for 临时党支部) also finds what they find.
  const expansions = plan && !plan.parts.some((p) => p.token) ? prefixExpansions(query, e.terms) : [];
  const caseFilters = pagefindFilters(state.filters, { type: 'case' });
  const [cases, others, allKnown, ...expanded] = await Promise.all([
    e.pagefind.search(plan ? plan.pagefindQuery : null, { filters: caseFilters, sort }),
    // Sources and mechanisms have no region or year: listed only for a plain text search.
    plan && !hasFilters(state)
      ? e.pagefind.search(plan.pagefindQuery, { filters: { type: { any: ['lesson', 'mechanism', 'source'] } } })
      : Promise.resolve(null),
    plan ? everyWordIndexed(e.pagefind, plan) : Promise.resolve(true),
    ...expansions.map((t) => e.pagefind.search(planQuery(t, e.terms).pagefindQuery, { filters: caseFilters, sort })),
  ]);
  if (!cases) return null;
  if (!allKnown) {
    cases.results = [];
    if (others) others.results = [];
  }
  for (const extra of expanded) {
    const seen = new Set(cases.results.map((r) => r.id));
    if (extra) cases.results.push(...extra.results.filter((r) => !seen.has(r.id)));
  }
  return { query, plan, cases, others, direct: hasFilters(state) ? [] : pagesFor(query, e.pages) };
}

/** False when a word of the query is nowhere in the index (Pagefind would ignore it). */
async function everyWordIndexed(pagefind: Pagefind, plan: QueryPlan): Promise<boolean> {
  const words = requiredWords(plan);
  if (words.length < 2) return true;
  const found = await Promise.all(words.map((w) => pagefind.search(w)));
  return found.every((r) => !r || r.results.length > 0);
}

/** What the status line says when there is nothing to search. */
export function promptStatus(state: SearchState): string {
  return state.q.trim() ? '请输入关键词：只含标点或空格的内容无法搜索。' : '请输入关键词。';
}

/** The filters chosen, for the status line: `（筛选：北京市、协商）`, or ''. */
export function describeFilters(state: SearchState): string {
  const parts = FILTER_KEYS.map((k) => state.filters[k]).filter(Boolean);
  return parts.length ? `（筛选：${parts.join('、')}）` : '';
}

/** What the status line says of a search's results, of which `othersShown` other pages are listed. */
export function resultStatus(state: SearchState, outcome: SearchOutcome, othersShown: number): string {
  const label = outcome.plan ? `“${outcome.query}”` : '所选条件';
  const filterText = describeFilters(state);
  const found = outcome.cases.results.length;
  const others = outcome.others?.results.length ?? 0;
  if (found === 0) {
    return `没有找到与${label}相关的案例${filterText}。` + (othersShown ? `有 ${others} 个课程、机制或来源页面提到它。` : '');
  }
  return (
    `找到 ${found} 个与${label}相关的案例${filterText}` +
    (found > PAGE_SIZE ? `，先显示 ${Math.min(PAGE_SIZE, found)} 个` : '') +
    (othersShown ? `；另有 ${others} 个课程、机制或来源页面${others > othersShown ? `，列出前 ${othersShown} 个` : ''}` : '') +
    '。'
  );
}

/** Catalogue terms that share the most characters with a query that found nothing (协商议事 -> 协商议事会). */
export function suggestTerms(query: string, terms: readonly string[], limit = 6): string[] {
  if (!query) return [];
  const chars = new Set(query);
  return terms
    .map((t) => ({ t, n: [...new Set(t)].filter((c) => chars.has(c)).length }))
    .filter((x) => x.n >= Math.min(2, chars.size) && x.t !== query)
    .sort((a, b) => b.n - a.n || a.t.length - b.t.length)
    .slice(0, limit)
    .map((x) => x.t);
}
