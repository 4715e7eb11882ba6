/**
 * The search page's companion to Pagefind's bundle: `pagefind/casebook.json`, written by
 * scripts/index-search.ts and loaded with the first search.
 */
import { packPages, unpackPages, type PackedPage } from './catalogue-pages';
import { termToken } from './terms';
import type { T2sData } from './t2s';

export const SUPPORT_FILE = 'casebook.json';

export interface SearchSupport {
  version: 2;
  /**
   * Catalogue terms, folded (normalizeTerms), longest first: what planQuery turns into tokens. One
   * string joined by TERM_SEPARATOR: it downloads with the first query, and an array of some 500
   * short strings spends a fifth of its bytes on quotes and commas.
   */
  terms: string;
  /** Traditional->Simplified dictionaries pruned to the site's characters. */
  t2s: T2sData;
  /** The site's pages about catalogue terms, shown first for their own words (packed: see packPages). */
  pages: PackedPage[];
  /**
   * The index's further parts (`p1/`, `p2/` … inside the bundle folder), newest dates first after
   * the bundle's own; absent when the whole index is one part (src/lib/search/parts.ts).
   */
  parts?: string[];
}

/** Between the terms of SearchSupport.terms (no folded term holds it: normalizeTerms drops punctuation). */
export const TERM_SEPARATOR = '|';

/** The support file's terms as a list. */
export const supportTerms = (support: Pick<SearchSupport, 'terms'>): string[] => (support.terms ? support.terms.split(TERM_SEPARATOR) : []);

/** Where the build publishes the term list and catalogue pages the indexer builds the support file from. */
export const SEARCH_TERMS_FILE = 'data/search-terms.json';
export const SEARCH_TERMS_VERSION = 1;

export interface SearchTerms {
  version: typeof SEARCH_TERMS_VERSION;
  terms: string[];
  pages: PackedPage[];
}

/**
 * The term list cut to the terms some indexed page carries a token of (`tokens`), and the words of
 * the catalogue's own pages. The list downloads with the first query, and most classifier terms
 * occur in no page of a small site: a query for one of them is then searched as typed, which finds
 * what its token would have found, nothing. The order (longest first) is kept; the pages' word
 * indexes are renumbered.
 */
export function termsInUse(list: Pick<SearchTerms, 'terms' | 'pages'>, tokens: ReadonlySet<string>): Pick<SearchTerms, 'terms' | 'pages'> {
  const pages = unpackPages(list.pages, list.terms);
  const named = new Set(pages.flatMap((p) => p.terms));
  const terms = list.terms.filter((t) => named.has(t) || tokens.has(termToken(t)));
  return { terms, pages: packPages(pages, terms) };
}
