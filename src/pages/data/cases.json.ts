import type { APIRoute } from 'astro';
import { casesExport } from '../../lib/exports';
import { loadCasebook } from '../../lib/content';

/** `/data/cases.json`: every case (shape in the README), from the entries the pages were built from. */
export const GET: APIRoute = async () => {
  const book = await loadCasebook();
  return new Response(JSON.stringify(casesExport(book.cases, book.sources), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
