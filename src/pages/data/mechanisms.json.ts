import type { APIRoute } from 'astro';
import { mechanismsExport } from '../../lib/exports';
import { loadCasebook } from '../../lib/content';

/** `/data/mechanisms.json`: the catalogue (curated aliases included) and the cases of each mechanism. */
export const GET: APIRoute = async () => {
  const book = await loadCasebook();
  return new Response(JSON.stringify(mechanismsExport(book.mechanisms, book.cases), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
