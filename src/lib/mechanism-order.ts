import type { Casebook } from './casebook';
import type { FunctionEntry, MechanismEntry } from '../schemas';

/**
 * The one order mechanisms are listed in everywhere: grouped by their main function (the first
 * they serve), the groups in the taxonomy's order, and within a group the most run first, then
 * the catalogue's order. The home page shows the most run of all; the index shows every group.
 */
export interface MechanismCount {
  mechanism: MechanismEntry;
  cases: number;
  /** Places that run it. */
  places: number;
}

export interface MechanismGroup {
  fn: FunctionEntry;
  mechanisms: MechanismCount[];
}

export function mechanismCounts(book: Pick<Casebook, 'mechanisms' | 'casesByMechanism'>): MechanismCount[] {
  return book.mechanisms
    .map((mechanism, position) => {
      const cases = book.casesByMechanism.get(mechanism.id) ?? [];
      return { mechanism, cases: cases.length, places: new Set(cases.map((c) => c.region.code ?? c.committee)).size, position };
    })
    .sort((a, b) => b.cases - a.cases || a.position - b.position)
    .map(({ mechanism, cases, places }) => ({ mechanism, cases, places }));
}

export function mechanismsByFunction(book: Pick<Casebook, 'mechanisms' | 'casesByMechanism' | 'functions'>): MechanismGroup[] {
  const counts = mechanismCounts(book);
  return book.functions
    .map((fn) => ({ fn, mechanisms: counts.filter((c) => c.mechanism.functions[0] === fn.id) }))
    .filter((g) => g.mechanisms.length > 0);
}
