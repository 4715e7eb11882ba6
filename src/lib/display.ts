import type { Case, Source } from '../schemas';
import { formatDate } from './format';

/**
 * What readers see for the things the pipeline leaves empty or records as codes: a source's title
 * when the page had none, a case's date with what kind of date it is, a committee the text did not
 * name. Every string here is Chinese; none is a file path or an id.
 */

/** The article's title, or one made from its first words and date: never its file name. */
export function sourceTitle(s: Pick<Source, 'title' | 'paragraphs' | 'date' | 'publisher'>): string {
  if (s.title) return s.title;
  const first = (s.paragraphs.find((p) => /\p{Script=Han}{6}/u.test(p)) ?? '').split(/[。！？；]/)[0].replace(/^[一二三四五六七八九十]+、/, '');
  const words = first.length > 24 ? `${first.slice(0, 24)}…` : first;
  const when = s.date ? `，${formatDate(s.date)}` : '';
  return `（原文无标题）${words || '无题文章'}${when}`;
}

const DATE_KIND_LABELS: Record<NonNullable<Case['dateKind']>, string> = {
  report: '报道日期',
  text: '文中日期',
  year: '做法年份',
};

/** `报道日期：2022年6月14日`, `文中日期：…`, `做法年份：2019年`, or `日期不详`. */
export function caseDateLabel(c: Pick<Case, 'date' | 'dateKind'>): string {
  if (!c.date || !c.dateKind) return '日期不详';
  return `${DATE_KIND_LABELS[c.dateKind]}：${formatDate(c.date)}`;
}

/** How a source's date is known, for its page. */
export function sourceDateNote(s: Pick<Source, 'date' | 'dateKind'>): string | null {
  if (!s.date) return '原网页未标明发布日期。';
  if (s.dateKind === 'curated') return '发布日期经人工核定（原网页电头只有月日）。';
  return null;
}

/** The committee as a case's heading says it; a committee the text did not name is said quietly, below. */
export const committeeHeading = (c: Pick<Case, 'committee' | 'committeeNamed'>) => c.committee;
export const committeeNote = (c: Pick<Case, 'committeeNamed'>) => (c.committeeNamed ? null : '原文未点明是哪一个委员会');
