import type { Case, Source } from '../schemas';

/**
 * GB/T 7714-2015 style references for electronic resources:
 * `主要责任者. 题名[EB/OL]. (发表或更新日期)[引用日期]. 获取和访问路径.`
 * The responsible party is the publisher of the article the case comes from (the casebook only
 * cleaned and excerpted it); failing that the article's author line, failing that the committee.
 */
export interface CitationInput {
  case: Case;
  source: Source | undefined;
  /** Absolute URL of the case page. */
  url: string;
  /** ISO date the reference is made (the build date). */
  accessed: string;
}

/**
 * A case's title as links and references give it: with its committee in front, unless the title
 * already names it, or the text never named one (the place, shown beside it, says where).
 */
export function caseCitationTitle(c: Pick<Case, 'title' | 'committee' | 'committeeNamed'>): string {
  if (!c.committeeNamed || c.title.includes(c.committee)) return c.title;
  return `${c.committee}：${c.title}`;
}

export function citeCase({ case: c, source, url, accessed }: CitationInput): string {
  const who = source?.publisher ?? source?.author ?? c.committee;
  const published = source?.date ?? c.date;
  return reference(who, caseCitationTitle(c), published, accessed, url);
}

export function citeSource(source: Source, url: string, accessed: string): string {
  const who = source.publisher ?? source.author ?? '佚名';
  return reference(who, source.title ?? '（无题）', source.date, accessed, url);
}

/** A page of the casebook itself (a mechanism comparison): the casebook is the responsible party. */
export function citeCasebookPage(title: string, url: string, accessed: string): string {
  return reference(CASEBOOK_NAME, title, null, accessed, url);
}

export const CASEBOOK_NAME = '政协履职实践案例库';

function reference(who: string, title: string, published: string | null, accessed: string, url: string): string {
  // GB/T 7714 omits the publication date when it is unknown; the access date is always given.
  const dates = `${published ? `(${published})` : ''}[${accessed}]`;
  return `${stripFinalStop(who)}. ${title}[EB/OL]. ${dates}. ${url}.`;
}

const stripFinalStop = (s: string) => s.replace(/[.。]+$/, '');

/** Today's date as ISO (YYYY-MM-DD) in China Standard Time, the readers' calendar. */
export function isoDateInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
