import type { Case, Source } from '../schemas';

/**
 * GB/T 7714-2015 references for electronic resources:
 * `主要责任者. 题名[EB/OL]. (发表或更新日期)[引用日期]. 获取和访问路径.`
 *
 * A case is cited twice, in this order: the original article it was cut from (its publisher, or
 * failing that its author line, as the responsible party; its own address when the page or a
 * curation entry gives it), then the casebook page that excerpts it (the casebook responsible).
 * An unknown responsible party is written 佚名, never filled in with the committee the article is
 * about; an unknown address is left out rather than made up.
 */
export interface CitationInput {
  case: Case;
  source: Source | undefined;
  /** Address of the case page: absolute when the site's address is known, else the site path. */
  url: string;
  /** ISO date the reference is made (the build date). */
  accessed: string;
}

export const CASEBOOK_NAME = '政协履职实践案例库';

/**
 * A case's title as links and references give it: with its committee in front, unless the title
 * already names it, or the text never named one (the place, shown beside it, says where).
 */
export function caseCitationTitle(c: Pick<Case, 'title' | 'committee' | 'committeeNamed'>): string {
  if (!c.committeeNamed || c.title.includes(c.committee)) return c.title;
  return `${c.committee}：${c.title}`;
}

/** The original article: what a trainer should cite first. */
export function citeSource(source: Source, accessed: string): string {
  const who = source.publisher ?? source.author ?? '佚名';
  const title = source.title ? (source.subtitle ? `${source.title}：${source.subtitle}` : source.title) : '（原文无标题）';
  return reference(who, title, source.date, accessed, source.url);
}

/** The casebook's page of the case. */
export function citeCase({ case: c, url, accessed }: CitationInput): string {
  return reference(CASEBOOK_NAME, `${caseCitationTitle(c)}（案例）`, null, accessed, url);
}

/** Both references of a case, the original article first. */
export function caseReferences(input: CitationInput): string[] {
  return [...(input.source ? [citeSource(input.source, input.accessed)] : []), citeCase(input)];
}

/** A page of the casebook itself (a mechanism comparison, a source page). */
export function citeCasebookPage(title: string, url: string, accessed: string): string {
  return reference(CASEBOOK_NAME, title, null, accessed, url);
}

function reference(who: string, title: string, published: string | null, accessed: string, url: string | null): string {
  // GB/T 7714 omits the publication date when it is unknown; the access date is always given.
  const dates = `${published ? `(${published})` : ''}[${accessed}]`;
  return `${stripFinalStop(who)}. ${title}[EB/OL]. ${dates}${url ? `. ${url}` : ''}.`;
}

const stripFinalStop = (s: string) => s.replace(/[.。]+$/, '');

/** Today's date as ISO (YYYY-MM-DD) in China Standard Time, the readers' calendar. */
export function isoDateInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The address to cite for a site path: absolute when the site's address is known (SITE_URL at
 * build time), else the path itself, which is true wherever the site is served from.
 */
export const citableUrl = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);
