import type { Case, Figure, Level, MechanismEntry } from '../schemas';

/**
 * Rows of a mechanism's comparison table: one per case that runs it. Ordered on the server (the
 * page needs no script); each alternative order is its own static page.
 */
export const MECHANISM_ORDERS = ['figure', 'year', 'region'] as const;
export type MechanismOrder = (typeof MECHANISM_ORDERS)[number];
export const MECHANISM_ORDER_LABELS: Record<MechanismOrder, string> = {
  figure: '按可比数字',
  year: '按做法年份',
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
  /** The figure to rank on: one whose unit and counted noun fit the mechanism (see ranksMechanism). */
  comparable: Figure | null;
  /** Every figure worth showing: the ranking one first, then the others about this mechanism. */
  figures: Figure[];
  /** The sentence that shows the practice, and the alias that matched in it. */
  quote: string;
  alias: string;
  paragraph: number;
}

/** The year the practice happened or started, as its text says (the latest year it names); null when it names none. */
export function practiceYear(c: Case): number | null {
  return c.years.length ? Math.max(...c.years) : null;
}

/**
 * Whether a figure can rank a comparison of this mechanism: its unit is one the mechanism is
 * counted in, and what it counts is the mechanism itself (one of its names) or one of the nouns
 * the catalogue says it counts. 18个文件 in a 委员工作室 case, 4个阶段 of a 民主评议: shown, not ranked.
 */
export function ranksMechanism(f: Figure, mechanism: Pick<MechanismEntry, 'id' | 'units' | 'counts'>): boolean {
  if (!mechanism.units.includes(f.unit)) return false;
  return f.mechanism === mechanism.id || mechanism.counts.some((noun) => f.what.includes(noun));
}

/**
 * The figure to compare a case on for one mechanism: one that counts the mechanism (or a noun the
 * mechanism counts), in one of its units, preferring one in the sentence that shows the practice.
 */
export function comparableFigure(c: Case, mechanism: Pick<MechanismEntry, 'id' | 'units' | 'counts'>): Figure | null {
  const fitting = c.figures.filter((f) => ranksMechanism(f, mechanism));
  const practice = c.mechanisms.find((m) => m.id === mechanism.id);
  return fitting.find((f) => f.mechanism === mechanism.id) ?? fitting.find((f) => practice?.quote.includes(f.quote)) ?? fitting[0] ?? null;
}

export function comparisonRows(mechanism: MechanismEntry, cases: readonly Case[], order: MechanismOrder = 'figure'): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const c of cases) {
    const m = c.mechanisms.find((x) => x.id === mechanism.id);
    if (!m) continue;
    const comparable = comparableFigure(c, mechanism);
    // Shown beside it: the case's other figures about this mechanism or in the sentence showing it.
    const others = c.figures.filter((f) => f !== comparable && (f.mechanism === mechanism.id || m.quote.includes(f.quote)));
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

const rowsPerBook = new WeakMap<object, Map<string, ComparisonRow[]>>();

/** comparisonRows of the casebook's cases, worked out once per mechanism and order however many pages show them. */
export function comparisonRowsOf(
  book: { casesByMechanism: ReadonlyMap<string, Case[]> },
  mechanism: MechanismEntry,
  order: MechanismOrder = 'figure',
): ComparisonRow[] {
  let memo = rowsPerBook.get(book);
  if (!memo) rowsPerBook.set(book, (memo = new Map()));
  const key = `${mechanism.id}\n${order}`;
  let rows = memo.get(key);
  if (!rows) memo.set(key, (rows = comparisonRows(mechanism, book.casesByMechanism.get(mechanism.id) ?? [], order)));
  return rows;
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
