import type { Case, Region } from '../schemas';

/**
 * The browse tree: province -> city -> county, with case counts. Regions come from the generated
 * `regions` collection (every region with a case and its ancestors); a case is counted at its own
 * region and at every ancestor on that region's `path`.
 */
export interface RegionNode {
  region: Region;
  children: RegionNode[];
  /** Cases attributed to this very region. */
  ownCases: number;
  /** Cases here and in every region below. */
  totalCases: number;
}

/**
 * The region a case is listed under: its own code when the tree has it, else the nearest ancestor
 * the tree has (xxxx00, then xx0000): a code the tree lacks must not make a case vanish.
 */
export function regionOfCase(c: Case, regionByCode: ReadonlyMap<string, Region>): Region | null {
  const code = c.region.code;
  if (!code) return null;
  for (const candidate of [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) {
    const r = regionByCode.get(candidate);
    if (r) return r;
  }
  return null;
}

/** Codes of a region and all its ancestors, from its breadcrumb path. */
export const lineage = (r: Region) => new Set([...r.path.map((p) => p.code), r.id]);

/**
 * Nested nodes, roots first (provinces, or any region whose parent is missing), children ordered by
 * code. Pure: the same regions and cases give the same tree.
 */
export function buildRegionTree(regions: readonly Region[], cases: readonly Case[]): RegionNode[] {
  const regionByCode = new Map(regions.map((r) => [r.id, r]));
  const nodes = new Map<string, RegionNode>(
    regions.map((r) => [r.id, { region: r, children: [], ownCases: 0, totalCases: 0 }]),
  );
  for (const c of cases) {
    const r = regionOfCase(c, regionByCode);
    if (!r) continue;
    nodes.get(r.id)!.ownCases++;
    for (const code of lineage(r)) {
      const n = nodes.get(code);
      if (n) n.totalCases++;
    }
  }
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.region.parent ? nodes.get(node.region.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: RegionNode[]) => {
    list.sort((a, b) => a.region.id.localeCompare(b.region.id));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Mechanism ids run by the given cases, with how many cases run each, most used first. */
export function mechanismCounts(cases: readonly Case[]): Array<{ id: string; count: number }> {
  const counts = new Map<string, number>();
  for (const c of cases) for (const id of new Set(c.mechanisms.map((m) => m.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** A place name for a case when the tree lacks its region: the most specific name the case knows. */
export function placeLabel(c: Case): string {
  const r = c.region;
  return [r.province, r.city, r.county].filter((x, i, all) => x && all.indexOf(x) === i).join(' ') || '地区不详';
}
