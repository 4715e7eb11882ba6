import type { Case, Figure, MechanismEntry } from '../schemas';
import { comparableFigure } from './mechanism-table';

/**
 * "Comparable practice elsewhere": other cases that run the same mechanisms, most shared first,
 * each with the figures that count those mechanisms so a reader can compare at a glance.
 */
export interface Comparable {
  case: Case;
  /** Mechanism ids both cases run, in the target case's order. */
  shared: string[];
  /** The other case's comparable figure for each shared mechanism (as in the mechanism tables). */
  figures: Figure[];
}

/**
 * `mechanismById` supplies each mechanism's units; a mechanism missing from the catalogue is
 * compared only on figures tagged with it.
 */
export function rankComparable(
  target: Case,
  cases: readonly Case[],
  mechanismById: ReadonlyMap<string, Pick<MechanismEntry, 'id' | 'units'>> = new Map(),
  limit = 6,
): Comparable[] {
  const mine = [...new Set(target.mechanisms.map((m) => m.id))];
  const ranked: Comparable[] = [];
  for (const c of cases) {
    if (c.id === target.id) continue;
    const theirs = new Set(c.mechanisms.map((m) => m.id));
    const shared = mine.filter((id) => theirs.has(id));
    if (shared.length === 0) continue;
    const figures = shared
      .map((id) => comparableFigure(c, mechanismById.get(id) ?? { id, units: [] }))
      .filter((f): f is Figure => f !== null);
    ranked.push({ case: c, shared, figures: [...new Set(figures)] });
  }
  const elsewhere = (c: Case) => (c.region.code !== null && c.region.code === target.region.code ? 1 : 0);
  ranked.sort(
    (a, b) =>
      b.shared.length - a.shared.length ||
      // The same committee described again is less useful than another place's practice.
      elsewhere(a.case) - elsewhere(b.case) ||
      b.figures.length - a.figures.length ||
      (a.case.region.code ?? '').localeCompare(b.case.region.code ?? '') ||
      a.case.id.localeCompare(b.case.id),
  );
  return ranked.slice(0, limit);
}

/**
 * Fallback when no other case shares a mechanism: cases whose main function is the target's main
 * function, so that every case page still leads somewhere comparable.
 */
export function sameMainFunction(target: Case, cases: readonly Case[], limit = 6): Case[] {
  const main = target.functions[0]?.id;
  if (!main) return [];
  return cases.filter((c) => c.id !== target.id && c.functions[0]?.id === main).slice(0, limit);
}
