import type { Case, Region } from '../schemas';
import type { Casebook } from './casebook';
import { regionOfCase } from './regions';

/** What a function page shows: its cases (main-function cases first) grouped by province. */
export interface FunctionCase {
  case: Case;
  /** This is the case's main function. */
  main: boolean;
}

export function casesForFunction(functionId: string, cases: readonly Case[]): FunctionCase[] {
  const out: FunctionCase[] = [];
  for (const c of cases) {
    const i = c.functions.findIndex((f) => f.id === functionId);
    if (i >= 0) out.push({ case: c, main: i === 0 });
  }
  return out;
}

const perBook = new WeakMap<object, Map<string, FunctionCase[]>>();

/** casesForFunction over the casebook, worked out once per function however many pages list them. */
export function functionCases(book: Pick<Casebook, 'cases'>, functionId: string): FunctionCase[] {
  let byFunction = perBook.get(book);
  if (!byFunction) perBook.set(book, (byFunction = new Map()));
  let list = byFunction.get(functionId);
  if (!list) byFunction.set(functionId, (list = casesForFunction(functionId, book.cases)));
  return list;
}

/** How many of the items fall in each province (or top region), in region-code order; unknown last. */
export function countByProvince<T>(items: readonly T[], caseOf: (item: T) => Case, regionByCode: ReadonlyMap<string, Region>) {
  return groupByProvince(items, caseOf, regionByCode).map((g) => ({ region: g.region, count: g.items.length }));
}

export interface RegionGroup<T> {
  /** The province (or top region) the items sit in; null for cases with no known region. */
  region: Region | null;
  items: T[];
}

/** Group items by the top region of their case, in region-code order; unknown region last. */
export function groupByProvince<T>(
  items: readonly T[],
  caseOf: (item: T) => Case,
  regionByCode: ReadonlyMap<string, Region>,
): Array<RegionGroup<T>> {
  const groups = new Map<string, RegionGroup<T>>();
  for (const item of items) {
    const r = regionOfCase(caseOf(item), regionByCode);
    const top = r ? (regionByCode.get(r.path[0]?.code ?? r.id) ?? r) : null;
    const key = top?.id ?? '~';
    if (!groups.has(key)) groups.set(key, { region: top, items: [] });
    groups.get(key)!.items.push(item);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => g);
}
