import type { APIRoute } from 'astro';
import { casesCsv } from '../../lib/exports';
import { loadCasebook } from '../../lib/content';

/** `/data/cases.csv`: one row a case, UTF-8 with BOM so spreadsheet programs read the Chinese right. */
export const GET: APIRoute = async () => {
  const book = await loadCasebook();
  const names = {
    functions: new Map(book.functions.map((f) => [f.id, f.name])),
    mechanisms: new Map(book.mechanisms.map((m) => [m.id, m.name])),
  };
  return new Response(casesCsv(book.cases, book.sources, names), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
