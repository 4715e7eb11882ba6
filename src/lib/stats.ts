import type { Case, Source } from '../schemas';
import type { Casebook } from './casebook';

/** What the home page says the casebook holds. */
export interface HomeStats {
  cases: number;
  /** Distinct committees: one per region and level; a case with no region counts by its committee name. */
  committees: number;
  provinces: number;
  /** Catalogue mechanisms that at least one case runs. */
  mechanisms: number;
  sources: number;
}

/** Two-digit province code of a case, or null when its region is unknown. */
export const provinceOf = (c: Case) => (c.region.code ? c.region.code.slice(0, 2) : null);

export function homeStats(book: Pick<Casebook, 'cases' | 'sources' | 'mechanisms'>): HomeStats {
  const committees = new Set(book.cases.map((c) => (c.region.code ? `${c.level}:${c.region.code}` : `name:${c.committee}`)));
  const provinces = new Set(book.cases.map(provinceOf).filter((p) => p !== null));
  const used = new Set(book.cases.flatMap((c) => c.mechanisms.map((m) => m.id)));
  return {
    cases: book.cases.length,
    committees: committees.size,
    provinces: provinces.size,
    mechanisms: book.mechanisms.filter((m) => used.has(m.id)).length,
    sources: book.sources.length,
  };
}

/** Newest sources first; undated ones last (a missing date is not "old"). */
export function newestSources(sources: readonly Source[], limit = 5): Source[] {
  return [...sources]
    .sort((a, b) => {
      if (a.date === b.date) return a.id.localeCompare(b.id);
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    })
    .slice(0, limit);
}
