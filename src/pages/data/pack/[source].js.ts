import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCasebook } from '../../../lib/content';
import { isoDateInChina } from '../../../lib/citation';
import { casesOfSource } from '../../../lib/casebook';
import { packDataScript, toPackCase } from '../../../lib/pack/pack-case';

/**
 * `/data/pack/<source id>.js`: the cases of one article for the course pack, the side-by-side view
 * and the reference downloads, as a classic script (see src/lib/pack/loader.ts). Only those load
 * it, one per article among the chosen cases.
 */
export const getStaticPaths = (async () => {
  const book = await loadCasebook();
  return book.sources.filter((s) => casesOfSource(book, s.id).length > 0).map((s) => ({ params: { source: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const book = await loadCasebook();
  const accessed = isoDateInChina();
  const cases = casesOfSource(book, params.source!).map((c) => toPackCase(c, book, site, accessed));
  return new Response(packDataScript(cases), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
