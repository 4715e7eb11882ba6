/**
 * The search page's state lives in its URL, so a search can be shared, bookmarked, reloaded and
 * walked with back/forward: `/search/?q=民主评议&province=河北省&function=民主监督`.
 */

/** Filter keys, in the order they appear in forms and URLs. Values are the names shown to people. */
export const FILTER_KEYS = ['province', 'city', 'level', 'function', 'mechanism', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Record<FilterKey, string> = {
  province: '省份',
  city: '城市',
  level: '层级',
  function: '职能',
  mechanism: '机制',
  year: '年份',
};

export type SortOrder = 'relevance' | 'date-desc' | 'date-asc';
const SORTS: readonly SortOrder[] = ['relevance', 'date-desc', 'date-asc'];

export interface SearchState {
  /** The query as typed (not normalised: the box shows what the person wrote). */
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' });

const MAX_PARAM_LENGTH = 200;

/** Read a state from `location.search` (with or without `?`). Unknown or empty keys are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, MAX_PARAM_LENGTH);
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) state.filters[key] = value.slice(0, MAX_PARAM_LENGTH);
  }
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as SortOrder;
  return state;
}

/**
 * The query string for a state, keys in a fixed order, defaults left out: `?q=…&province=…`.
 * An empty state gives `` (the bare page).
 */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const sameState = (a: SearchState, b: SearchState) => formatSearchState(a) === formatSearchState(b);

/** Pagefind's filter object for the chosen filters plus fixed ones (e.g. `type: 'case'`). */
export function pagefindFilters(
  filters: SearchState['filters'],
  fixed: Record<string, string | { any?: string[]; not?: string }> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fixed };
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) out[key] = value;
  }
  return out;
}
