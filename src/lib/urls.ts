/**
 * Every internal URL the site makes, in one place, always with a trailing slash (the build uses
 * `format: 'directory'`, and the link checker in tests/e2e treats a missing slash as a bug).
 */
export { caseUrl } from './exports';

export const regionUrl = (code: string) => `/regions/${code}/`;
export const functionUrl = (id: string) => `/functions/${id}/`;
export const mechanismUrl = (id: string, order?: string) => (order ? `/mechanisms/${id}/${order}/` : `/mechanisms/${id}/`);
/** Paragraph anchors use the source paragraph index, the same number cases.json `paragraphs` gives. */
export const paragraphId = (index: number) => `p-${index}`;
export const sourceUrl = (id: string, paragraph?: number) =>
  `/sources/${id}/${paragraph === undefined ? '' : `#${paragraphId(paragraph)}`}`;
/** Cases side by side, in this order (src/pages/compare.astro). */
export const compareUrl = (ids: readonly string[]) => `/compare/?c=${ids.join(',')}`;
export const lessonUrl = (id: string) => `/lessons/${id}/`;
