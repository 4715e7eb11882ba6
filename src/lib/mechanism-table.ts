import type { Case, Figure, Level, MechanismEntry } from '../schemas';
import { yearOf } from './format';

/**
 * Rows of a mechanism's comparison table: one per case that runs it. Ordered on the server (the
 * page needs no script); each alternative order is its own static page.
 */
export const MECHANISM_ORDERS = ['figure', 'year', 'region'] as const;
export type MechanismOrder = (typeof MECHANISM_ORDERS)[number];
export const MECHANISM_ORDER_LABELS: Record<MechanismOrder, string> = {
  figure: '按可比数字',
  year: '按年份',
  region: '按地区',
};
/** URL segment of each alternative order; the default order lives at the mechanism's own URL. */
export const MECHANISM_ORDER_SEGMENTS: Record<MechanismOrder, string | undefined> = {
  figure: undefined,
  year: 'by-year',
  region: 'by-region',
};

export interface ComparisonRow {
  case: Case;
  committee: string;
  level: Level | null;
  year: number | null;
  /** The figure to compare on: one that counts this mechanism, or failing that one from the practice's sentence. */
  comparable: Figure | null;
  /** Every figure worth showing: the comparable one first, then other figures that count this mechanism. */
  figures: Figure[];
  /** The sentence that shows the practice, and the alias that matched in it. */
  quote: string;
  alias: string;
  paragraph: number;
}

/** The year the practice is reported for: a year the text names, else the article's year. */
export function practiceYear(c: Case): number | null {
  if (c.years.length) return Math.max(...c.years);
  return yearOf(c.date);
}

/**
 * The figure to compare a case on for one mechanism: one that counts the mechanism, or failing
 * that one in the sentence that shows the practice, in one of the mechanism's units.
 */
export function comparableFigure(c: Case, mechanism: Pick<MechanismEntry, 'id' | 'units'>): Figure | null {
  const counted = c.figures.find((f) => f.mechanism === mechanism.id);
  if (counted) return counted;
  const practice = c.mechanisms.find((m) => m.id === mechanism.id);
  if (!practice) return null;
  // A figure inside the practice's own sentence, in one of the mechanism's units (27个区属党政部门
  // for 民主评议), is the next best thing to compare; without units we do not guess.
  return (
    c.figures.find(
      (f) =>
        f.mechanism === null &&
        f.paragraph === practice.paragraph &&
        mechanism.units.includes(f.unit) &&
        practice.quote.includes(f.quote),
    ) ?? null
  );
}

export function comparisonRows(mechanism: MechanismEntry, cases: readonly Case[], order: MechanismOrder = 'figure'): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const c of cases) {
    const m = c.mechanisms.find((x) => x.id === mechanism.id);
    if (!m) continue;
    const comparable = comparableFigure(c, mechanism);
    const others = c.figures.filter((f) => f !== comparable && f.mechanism === mechanism.id);
    rows.push({
      case: c,
      committee: c.committee,
      level: c.level,
      year: practiceYear(c),
      comparable,
      figures: comparable ? [comparable, ...others] : others,
      quote: m.quote,
      alias: m.alias,
      paragraph: m.paragraph,
    });
  }
  return rows.sort(ORDERINGS[order]);
}

const byRegion = (a: ComparisonRow, b: ComparisonRow) =>
  (a.case.region.code ?? '999999').localeCompare(b.case.region.code ?? '999999') || a.case.id.localeCompare(b.case.id);
// Nulls last in every order: a row without the value says nothing about where it ranks.
const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

const ORDERINGS: Record<MechanismOrder, (a: ComparisonRow, b: ComparisonRow) => number> = {
  figure: (a, b) => desc(a.comparable?.value ?? null, b.comparable?.value ?? null) || byRegion(a, b),
  year: (a, b) => desc(a.year, b.year) || desc(a.comparable?.value ?? null, b.comparable?.value ?? null) || byRegion(a, b),
  region: byRegion,
};

/**
 * The quote split around the alias that matched, so the page can emphasise it; the parts join
 * back to the quote exactly.
 */
export function splitOnAlias(quote: string, alias: string): [string, string, string] {
  const at = alias ? quote.indexOf(alias) : -1;
  if (at < 0) return [quote, '', ''];
  return [quote.slice(0, at), alias, quote.slice(at + alias.length)];
}
