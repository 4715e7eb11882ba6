/**
 * From what was typed to what Pagefind is asked: the one path every search takes (the search page,
 * scripts/measure-search.ts and the tests), so what is measured is what people get.
 */
import { isSearchable, normalizeQuery } from './normalize';
import { planQuery, type QueryPlan } from './terms';

export interface PreparedQuery {
  /** NFKC-folded, punctuation-free, lower-cased. */
  normalized: string;
  /** The same in Simplified characters (what is searched and highlighted). */
  simplified: string;
  /** Null when there is nothing to search (empty, or punctuation only). */
  plan: QueryPlan | null;
}

export function prepareQuery(raw: string, terms: readonly string[], toSimplified: (text: string) => string): PreparedQuery {
  const normalized = normalizeQuery(raw);
  if (!isSearchable(normalized)) return { normalized, simplified: '', plan: null };
  // Conversion can change length (rarely) but never adds punctuation: no second normalisation.
  const simplified = toSimplified(normalized);
  return { normalized, simplified, plan: planQuery(simplified, terms) };
}
