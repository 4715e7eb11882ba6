import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCasebook } from './content';
import { citableUrl, isoDateInChina } from './citation';
import { caseReferenceRecords, type ReferenceRecord } from './reference-files';
import { caseUrl } from './urls';

/** The two reference-manager downloads of each case (/data/cite/<id>.ris and .bib) share their routes. */
export const referenceFilePaths = (async () => {
  const book = await loadCasebook();
  return book.cases.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const referenceFileRoute =
  (format: (records: ReferenceRecord[]) => string, contentType: string): APIRoute =>
  async ({ params, site }) => {
    const book = await loadCasebook();
    const c = book.caseById.get(params.id!)!;
    const records = caseReferenceRecords(c, book.sourceById.get(c.sourceId), citableUrl(caseUrl(c.id), site), isoDateInChina());
    return new Response(format(records), { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
  };
