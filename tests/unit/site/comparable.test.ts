import { describe, expect, it } from 'vitest';
import { casesSharingMechanisms } from '../../../src/lib/casebook';
import { rankComparable, sameMainFunction } from '../../../src/lib/comparable';
import { caseOf, fixtureBook, variant } from './fixtures';

describe('rankComparable', () => {
  const { cases } = fixtureBook();

  it('ranks by how many mechanisms are shared, and never lists the case itself', () => {
    const zjk = caseOf('张家口市政协'); // temporary-party-branch + committee-studio
    const ranked = rankComparable(zjk, cases);
    expect(ranked.map((r) => r.case.committee)).not.toContain('张家口市政协');
    expect(ranked.map((r) => [r.case.committee, r.shared])).toEqual([
      ['石景山区政协', ['temporary-party-branch']],
      ['海淀区政协', ['committee-studio']],
      ['延庆区政协', ['committee-studio']],
      ['秦皇岛市政协', ['temporary-party-branch']],
    ]);
  });

  it('puts a case sharing two mechanisms above those sharing one', () => {
    const zjk = caseOf('张家口市政协');
    const both = variant(caseOf('秦皇岛市政协'), {
      id: 'both',
      mechanisms: [...caseOf('秦皇岛市政协').mechanisms, { ...zjk.mechanisms[1] }],
    });
    const ranked = rankComparable(zjk, [...cases, both]);
    expect(ranked[0].case.id).toBe('both');
    expect(ranked[0].shared).toEqual(['temporary-party-branch', 'committee-studio']);
  });

  it('carries the figures that count a shared mechanism, and only those', () => {
    const ranked = rankComparable(caseOf('海淀区政协'), cases);
    const zjk = ranked.find((r) => r.case.committee === '张家口市政协')!;
    expect(zjk.figures.map((f) => f.quote)).toEqual(['委员工作室10个']);
  });

  it('uses the mechanism tables’ comparable figure when given the catalogue', () => {
    // 民主评议 has no tagged figure; 27个区属党政部门 stands in its sentence, in one of its units.
    const { mechanismById } = fixtureBook();
    const ranked = rankComparable(caseOf('邯郸市政协'), cases, mechanismById);
    expect(ranked.map((r) => [r.case.committee, r.figures.map((f) => f.quote)])).toEqual([
      ['西城区政协', ['27个区属党政部门']],
      ['秦皇岛市政协', ['12个市直部门']],
    ]);
    expect(rankComparable(caseOf('邯郸市政协'), cases).every((r) => r.figures.length === 0)).toBe(true);
  });

  it('ranks another place above the same committee described again', () => {
    const base = caseOf('邯郸市政协');
    const again = variant(base, { id: 'handan-again', sourceId: 'other' });
    const ranked = rankComparable(base, [...cases, again]);
    expect(ranked.at(-1)!.case.id).toBe('handan-again');
  });

  it('ranks the same from the casebook’s mechanism index as from every case', () => {
    const book = fixtureBook();
    for (const c of cases) expect(rankComparable(c, casesSharingMechanisms(book, c))).toEqual(rankComparable(c, cases));
  });

  it('respects the limit', () => {
    expect(rankComparable(caseOf('张家口市政协'), cases, new Map(), 2)).toHaveLength(2);
  });

  it('falls back to cases with the same main function', () => {
    const lonely = variant(caseOf('邯郸市政协'), { id: 'lonely', mechanisms: [] });
    expect(rankComparable(lonely, [...cases, lonely])).toEqual([]);
    expect(sameMainFunction(lonely, [...cases, lonely]).map((c) => c.committee)).toEqual(['西城区政协', '邯郸市政协']);
  });
});
