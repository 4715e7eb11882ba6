import { describe, expect, it } from 'vitest';
import { indexCasebook } from '../../../src/lib/casebook';
import { buildRegionTree, mechanismCounts, placeLabel, regionOfCase, type RegionNode } from '../../../src/lib/regions';
import { caseOf, fixtureBook, variant } from './fixtures';

/** Depth-first lookup, for checking the tree's shape. */
function findRegionNode(tree: readonly RegionNode[], code: string): RegionNode | null {
  for (const n of tree) {
    if (n.region.id === code) return n;
    const found = findRegionNode(n.children, code);
    if (found) return found;
  }
  return null;
}

describe('buildRegionTree', () => {
  const book = fixtureBook();
  const tree = buildRegionTree(book.regions, book.cases);

  it('nests province -> city -> county, ordered by code', () => {
    expect(tree.map((n) => n.region.name)).toEqual(['北京市', '河北省']);
    expect(tree[0].children.map((n) => n.region.name)).toEqual(['西城区', '石景山区', '海淀区', '延庆区']);
    const zjk = findRegionNode(tree, '130700')!;
    expect(zjk.children.map((n) => n.region.name)).toEqual(['崇礼区']);
  });

  it('counts cases at their region and at every ancestor', () => {
    const count = (code: string) => {
      const n = findRegionNode(tree, code)!;
      return [n.ownCases, n.totalCases];
    };
    expect(count('110000')).toEqual([0, 4]);
    expect(count('130000')).toEqual([0, 4]);
    expect(count('130700')).toEqual([1, 2]); // 张家口市 itself and 崇礼区 below it
    expect(count('130709')).toEqual([1, 1]);
  });

  it('counts a case whose code the tree lacks at its nearest ancestor', () => {
    const zjk = caseOf('张家口市政协');
    const elsewhere = variant(zjk, { id: 'x-1', region: { ...zjk.region, code: '130731', county: '涿鹿县' } });
    const t = buildRegionTree(book.regions, [...book.cases, elsewhere]);
    expect(findRegionNode(t, '130700')!.ownCases).toBe(2);
    expect(findRegionNode(t, '130000')!.totalCases).toBe(5);
  });

  it('treats a region whose parent is missing as a root instead of dropping it', () => {
    const orphans = book.regions.filter((r) => r.id !== '130000');
    const roots = buildRegionTree(orphans, book.cases).map((n) => n.region.id);
    expect(roots).toEqual(['110000', '130300', '130400', '130700']);
  });
});

describe('region lookups', () => {
  const book = fixtureBook();

  it('regionOfCase falls back from county to city to province, and gives null for no code', () => {
    const c = caseOf('邯郸市政协');
    expect(regionOfCase(c, book.regionByCode)?.id).toBe('130400');
    expect(regionOfCase(variant(c, { region: { ...c.region, code: '130481' } }), book.regionByCode)?.id).toBe('130400');
    expect(regionOfCase(variant(c, { region: { ...c.region, code: '139999' } }), book.regionByCode)?.id).toBe('130000');
    expect(regionOfCase(variant(c, { region: { ...c.region, code: null } }), book.regionByCode)).toBeNull();
  });

  it('the casebook lists each region’s cases including its descendants', () => {
    const under = (code: string) => (book.casesByRegion.get(code) ?? []).map((c) => c.committee);
    expect(under('130700')).toEqual(['张家口市政协', '崇礼区政协']);
    expect(under('110102')).toEqual(['西城区政协']);
    expect(under('110000')).toHaveLength(4);
    expect(book.regionNodeByCode.get('130700')?.totalCases).toBe(2);
  });

  it('the casebook indexes cases by source (article order) and by mechanism', () => {
    const rebuilt = indexCasebook({ ...book, cases: [...book.cases].reverse() });
    expect(rebuilt.casesBySource.get('fx-hb-2019')!.map((c) => c.ordinal)).toEqual([0, 1, 2, 3]);
    expect(rebuilt.casesByMechanism.get('committee-studio')!.map((c) => c.committee)).toEqual(['海淀区政协', '延庆区政协', '张家口市政协']);
  });

  it('mechanismCounts counts cases, most used first', () => {
    expect(mechanismCounts(book.casesByRegion.get('130000')!)).toEqual([
      { id: 'democratic-appraisal', count: 2 },
      { id: 'temporary-party-branch', count: 2 },
      { id: 'committee-studio', count: 1 },
      { id: 'grassroots-council', count: 1 },
    ]);
  });

  it('placeLabel names a municipality district without a repeated city', () => {
    expect(placeLabel(caseOf('西城区政协'))).toBe('北京市 西城区');
    expect(placeLabel(caseOf('张家口市政协'))).toBe('河北省 张家口市');
    expect(placeLabel(caseOf('崇礼区政协'))).toBe('河北省 张家口市 崇礼区');
  });
});
