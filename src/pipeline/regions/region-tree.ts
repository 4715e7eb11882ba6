import type { Case, Region } from '../../schemas';
import { lineage, regionByCode } from './gazetteer';

/**
 * The browse tree: every region that has a case, with all its ancestors, as `regions` collection
 * entries (province -> city -> county). Sorted by code so the output is stable.
 */
export function buildRegionTree(cases: readonly Case[]): Region[] {
  const codes = new Set<string>();
  for (const c of cases) if (c.region.code) for (const code of lineage(c.region.code)) codes.add(code);
  return [...codes].sort().map((code) => {
    const entry = regionByCode(code)!;
    const path = lineage(code).map((k) => ({ code: k, name: regionByCode(k)!.name }));
    return { id: code, name: entry.name, level: entry.level, parent: entry.parent, path };
  });
}
