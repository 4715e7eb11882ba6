import type { APIRoute } from 'astro';
import { sourcesExport } from '../../lib/exports';
import { loadCasebook } from '../../lib/content';

/** `/data/sources.json`: every source article's clean text, metadata and repair report. */
export const GET: APIRoute = async () => {
  const book = await loadCasebook();
  return new Response(JSON.stringify(sourcesExport(book.sources), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
