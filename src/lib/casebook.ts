import type { Case, Figure, FunctionEntry, MechanismEntry, Region, Source } from '../schemas';
import { comparableFigure } from './mechanism-table';
import { buildRegionTree, lineage, regionOfCase, type RegionNode } from './regions';

/**
 * The whole casebook as plain, validated entries plus lookup maps. Pages get one of these from
 * `loadCasebook()` (src/lib/content.ts); unit tests build one from fixture entries. Everything that
 * computes a page takes a Casebook (or parts of it), never the content API, so it stays testable.
 */
export interface CasebookData {
  cases: Case[];
  sources: Source[];
  regions: Region[];
  functions: FunctionEntry[];
  mechanisms: MechanismEntry[];
}

export interface Casebook extends CasebookData {
  caseById: Map<string, Case>;
  sourceById: Map<string, Source>;
  regionByCode: Map<string, Region>;
  functionById: Map<string, FunctionEntry>;
  mechanismById: Map<string, MechanismEntry>;
  /*
   * Derived once per build, so that a page for each of 10,000 cases or 3,000 regions looks its
   * neighbours up instead of scanning every case (which would make the build quadratic).
   */
  /** Cases of each source, in article order. */
  casesBySource: Map<string, Case[]>;
  /** Cases that run each mechanism, in listing order. */
  casesByMechanism: Map<string, Case[]>;
  /** Cases in each region or anywhere below it, in listing order. */
  casesByRegion: Map<string, Case[]>;
  /** Cases by their main function, in listing order. */
  casesByMainFunction: Map<string, Case[]>;
  /**
   * The cases that run each mechanism, best example first: those with a figure that ranks the
   * mechanism, largest first, then by region code. Ranked once per build, so each case page picks
   * its comparable cases from the top instead of sorting every other case again.
   */
  rankedByMechanism: Map<string, RankedCase[]>;
  regionTree: RegionNode[];
  regionNodeByCode: Map<string, RegionNode>;
}

export interface RankedCase {
  case: Case;
  /** The case's figure for the mechanism, as the mechanism tables rank it. */
  figure: Figure | null;
}

/** Listing order for cases: by region code (unknown last), then newest first, then source order. */
export function compareCases(a: Case, b: Case): number {
  const ra = a.region.code ?? '999999';
  const rb = b.region.code ?? '999999';
  if (ra !== rb) return ra < rb ? -1 : 1;
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
  return a.ordinal - b.ordinal;
}

/** Index the entries; lists come back in display order (cases by region, functions by `order`). */
export function indexCasebook(data: CasebookData): Casebook {
  const cases = [...data.cases].sort(compareCases);
  const sources = [...data.sources].sort((a, b) => a.id.localeCompare(b.id));
  const regions = [...data.regions].sort((a, b) => a.id.localeCompare(b.id));
  const functions = [...data.functions].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  // Mechanisms keep catalogue order: the catalogue's author ordered them on purpose.
  const mechanisms = [...data.mechanisms];
  const regionByCode = new Map(regions.map((r) => [r.id, r]));

  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const casesBySource = new Map<string, Case[]>();
  const casesByMechanism = new Map<string, Case[]>();
  const casesByRegion = new Map<string, Case[]>();
  const casesByMainFunction = new Map<string, Case[]>();
  for (const c of cases) {
    push(casesBySource, c.sourceId, c);
    if (c.functions[0]) push(casesByMainFunction, c.functions[0].id, c);
    for (const id of new Set(c.mechanisms.map((m) => m.id))) push(casesByMechanism, id, c);
    const r = regionOfCase(c, regionByCode);
    if (r) for (const code of lineage(r)) push(casesByRegion, code, c);
  }
  for (const list of casesBySource.values()) list.sort((a, b) => a.ordinal - b.ordinal);
  const mechanismById = new Map(mechanisms.map((m) => [m.id, m]));
  const rankedByMechanism = new Map<string, RankedCase[]>();
  for (const [id, list] of casesByMechanism) {
    const mechanism = mechanismById.get(id);
    if (!mechanism) continue;
    rankedByMechanism.set(
      id,
      list
        .map((c) => ({ case: c, figure: comparableFigure(c, mechanism) }))
        .sort(
          (a, b) =>
            (b.figure ? 1 : 0) - (a.figure ? 1 : 0) ||
            (b.figure?.value ?? 0) - (a.figure?.value ?? 0) ||
            (a.case.region.code ?? '').localeCompare(b.case.region.code ?? '') ||
            a.case.id.localeCompare(b.case.id),
        ),
    );
  }
  const regionTree = buildRegionTree(regions, cases);
  const regionNodeByCode = new Map<string, RegionNode>();
  const walk = (nodes: RegionNode[]) =>
    nodes.forEach((n) => {
      regionNodeByCode.set(n.region.id, n);
      walk(n.children);
    });
  walk(regionTree);

  return {
    cases,
    sources,
    regions,
    functions,
    mechanisms,
    caseById: new Map(cases.map((c) => [c.id, c])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    regionByCode,
    functionById: new Map(functions.map((f) => [f.id, f])),
    mechanismById,
    casesBySource,
    casesByMechanism,
    casesByRegion,
    casesByMainFunction,
    rankedByMechanism,
    regionTree,
    regionNodeByCode,
  };
}

/** Cases of one source in article order (for "other cases in this article" and the source page). */
export const casesOfSource = (book: Casebook, sourceId: string): Case[] => book.casesBySource.get(sourceId) ?? [];

/** Cases that share at least one mechanism with `c` (including `c`): the candidates to compare. */
export function casesSharingMechanisms(book: Casebook, c: Case): Case[] {
  const seen = new Set<Case>();
  for (const m of c.mechanisms) for (const other of book.casesByMechanism.get(m.id) ?? []) seen.add(other);
  return [...seen];
}
