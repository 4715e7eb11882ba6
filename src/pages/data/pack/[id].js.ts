import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCasebook } from '../../../lib/content';
import { isoDateInChina } from '../../../lib/citation';
import { packDataScript, toPackCase } from '../../../lib/pack/pack-case';

/**
 * `/data/pack/<id>.js`: one case for the course pack and the side-by-side view, as a classic
 * script (see src/lib/pack/loader.ts). Only those pages load these, one per chosen case.
 */
export const getStaticPaths = (async () => {
  const book = await loadCasebook();
  return book.cases.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const book = await loadCasebook();
  const c = book.caseById.get(params.id!)!;
  return new Response(packDataScript(toPackCase(c, book, site, isoDateInChina())), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
