import type { Case, Source } from '../../schemas';

/**
 * The date a case is of, and which kind of date it is: the report's own date (its page or a
 * person gave it); else the first full date its text gives (`2022年12月26日，湖北省政协召开…`),
 * or the article's; else the latest year its text names, not later than the year it was built,
 * as the year of the practice. Null only when there is none of these.
 */
const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/g;
const pad = (n: string) => n.padStart(2, '0');

function firstFullDate(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    const m = FULL_DATE.exec(p);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  }
  return null;
}

export function caseDate(
  source: Pick<Source, 'date' | 'paragraphs'>,
  body: readonly string[],
  thisYear: number,
): { date: string | null; dateKind: Case['dateKind'] } {
  if (source.date) return { date: source.date, dateKind: 'report' };
  const inText = firstFullDate(body) ?? firstFullDate(source.paragraphs);
  if (inText) return { date: inText, dateKind: 'text' };
  const years = body.flatMap((p) => [...p.matchAll(YEAR)].map((m) => Number(m[1]))).filter((y) => y <= thisYear);
  if (years.length) return { date: String(Math.max(...years)), dateKind: 'year' };
  return { date: null, dateKind: null };
}
