import type { Case, Figure, MechanismEntry } from '../schemas';
import type { Casebook } from './casebook';

/**
 * "The same practice elsewhere", mechanism by mechanism: for each mechanism a case runs, other
 * places' cases that run it too, so a reader who came from the 委员工作室 table finds other
 * 委员工作室 first and is told what is shared ("同样建立委员工作室"). Cases of the same article are
 * listed elsewhere on the page and left out here; another region ranks above the same committee
 * described again; a case with a figure to compare ranks above one without.
 */
export interface RelatedCase {
  case: Case;
  /** The other case's figure for this mechanism, as the mechanism tables rank it. */
  figure: Figure | null;
}

export interface RelatedGroup {
  mechanism: Pick<MechanismEntry, 'id' | 'name'>;
  /** The total that run it elsewhere (the list is cut to a few). */
  total: number;
  cases: RelatedCase[];
}

/**
 * The case's mechanisms, the one serving its main function first (then in the case's order), at
 * most `maxGroups` of them, each with up to `perGroup` related cases.
 */
export function relatedByMechanism(
  target: Case,
  book: Pick<Casebook, 'rankedByMechanism' | 'mechanismById' | 'casesBySource'>,
  perGroup = 3,
  maxGroups = 4,
): RelatedGroup[] {
  const main = target.functions[0]?.id;
  const own = [...new Set(target.mechanisms.map((m) => m.id))].filter((id) => book.mechanismById.has(id));
  const serving = (id: string) => (main && book.mechanismById.get(id)!.functions.includes(main) ? 0 : 1);
  const ordered = own.map((id, i) => ({ id, i })).sort((a, b) => serving(a.id) - serving(b.id) || a.i - b.i).map((x) => x.id);

  return ordered.slice(0, maxGroups).flatMap((id) => {
    const mechanism = book.mechanismById.get(id)!;
    // The ranking is the casebook's (figure, then region); other regions are taken first.
    const ranked = book.rankedByMechanism.get(id) ?? [];
    const sameRegion = (c: Case) => c.region.code !== null && c.region.code === target.region.code;
    const picked: RelatedCase[] = [];
    const nearby: RelatedCase[] = [];
    // Stops at the first `perGroup` cases of other regions: a mechanism of thousands of cases
    // would otherwise be walked whole for every case page.
    for (const r of ranked) {
      if (r.case.sourceId === target.sourceId) continue;
      if (!sameRegion(r.case)) {
        picked.push(r);
        if (picked.length === perGroup) break;
      } else if (nearby.length < perGroup) nearby.push(r);
    }
    // Those of the target's own article are few: counted there, not by walking the whole list.
    const ownArticle = (book.casesBySource.get(target.sourceId) ?? []).filter((c) => c.mechanisms.some((m) => m.id === id)).length;
    const total = ranked.length - ownArticle;
    if (!total) return [];
    return [{ mechanism: { id, name: mechanism.name }, total, cases: [...picked, ...nearby].slice(0, perGroup) }];
  });
}

/**
 * Fallback when no case of another article shares a mechanism: cases of other articles whose main
 * function is the target's, so that every case page still leads somewhere comparable.
 */
export function sameMainFunction(target: Case, book: Pick<Casebook, 'casesByMainFunction'>, limit = 6): Case[] {
  const main = target.functions[0]?.id;
  if (!main) return [];
  const out: Case[] = [];
  for (const c of book.casesByMainFunction.get(main) ?? []) {
    if (c.sourceId === target.sourceId) continue;
    out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}
