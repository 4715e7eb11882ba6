import type { APIRoute } from 'astro';
import { loadCasebook } from '../../lib/content';
import { cataloguePages, packPages } from '../../lib/search/catalogue-pages';
import { siteTermsOf } from '../../lib/search/site-terms';
import { SEARCH_TERMS_VERSION, type SearchTerms } from '../../lib/search/support';

/**
 * `/data/search-terms.json`: the term list the pages' tokens were made from, and the catalogue's
 * own pages packed against it. The indexer (scripts/index-search.ts) reads it to write the search
 * page's support file; the list is public data like the other exports.
 */
export const GET: APIRoute = async () => {
  const book = await loadCasebook();
  const terms = siteTermsOf(book);
  const body: SearchTerms = { version: SEARCH_TERMS_VERSION, terms, pages: packPages(cataloguePages(book.mechanisms, book.functions), terms) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
