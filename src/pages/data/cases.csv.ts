import type { APIRoute } from 'astro';
import { casesCsv } from '../../lib/exports';
import { loadCasebook } from '../../lib/content';

/** `/data/cases.csv`: one row a case, UTF-8 with BOM so spreadsheet programs read the Chinese right. */
export const GET: APIRoute = async () => {
  const book = await loadCasebook();
  return new Response(casesCsv(book.cases, book.sources), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
