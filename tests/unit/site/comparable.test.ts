import { describe, expect, it } from 'vitest';
import { indexCasebook } from '../../../src/lib/casebook';
import { relatedByMechanism, sameMainFunction } from '../../../src/lib/comparable';
import { caseOf, fixtureBook, variant } from './fixtures';

const names = (groups: ReturnType<typeof relatedByMechanism>) =>
  groups.map((g) => [g.mechanism.id, g.cases.map((r) => [r.case.committee, r.figure?.quote ?? null])]);

describe('relatedByMechanism', () => {
  it('groups other places’ cases by the mechanism they share, the main function’s mechanism first', () => {
    const book = fixtureBook();
    const zjk = caseOf('张家口市政协'); // temporary-party-branch + committee-studio; main function party-building
    // 秦皇岛 also runs temporary party branches, but in the same article: it is listed as such.
    expect(names(relatedByMechanism(zjk, book))).toEqual([
      ['temporary-party-branch', [['石景山区政协', '临时党支部6个']]],
      ['committee-studio', [['海淀区政协', '33个委员工作站'], ['延庆区政协', '20个委员工作室']]],
    ]);
  });

  it('carries each case’s ranking figure for the mechanism, as the comparison tables do', () => {
    const book = fixtureBook();
    const groups = relatedByMechanism(caseOf('邯郸市政协'), book);
    const appraisal = groups.find((g) => g.mechanism.id === 'democratic-appraisal')!;
    expect(appraisal.cases.map((r) => [r.case.committee, r.figure?.quote])).toEqual([['西城区政协', '27个区属党政部门']]);
  });

  it('leaves out cases of the same article and puts the same region after other places', () => {
    const base = fixtureBook();
    const handan = caseOf('邯郸市政协');
    const sameArticle = variant(handan, { id: 'same-article', committee: '同文其他' });
    const sameRegion = variant(handan, { id: 'same-region', sourceId: 'other-article', committee: '邯郸市政协（另一篇）', figures: [] });
    const book = indexCasebook({ ...base, cases: [...base.cases, sameArticle, sameRegion] });
    const appraisal = relatedByMechanism(handan, book).find((g) => g.mechanism.id === 'democratic-appraisal')!;
    expect(appraisal.cases.map((r) => r.case.id)).not.toContain('same-article');
    expect(appraisal.cases.at(-1)!.case.id).toBe('same-region');
  });

  it('cuts each group to a few and says how many there are', () => {
    const group = relatedByMechanism(caseOf('张家口市政协'), fixtureBook(), 1).find((g) => g.mechanism.id === 'committee-studio')!;
    expect(group.cases.map((r) => r.case.committee)).toEqual(['海淀区政协']);
    expect(group.total).toBe(2);
  });

  it('falls back to other articles’ cases with the same main function', () => {
    const base = fixtureBook();
    const lonely = variant(caseOf('邯郸市政协'), { id: 'lonely', sourceId: 'lonely-source', mechanisms: [] });
    const book = indexCasebook({ ...base, cases: [...base.cases, lonely] });
    expect(relatedByMechanism(lonely, book)).toEqual([]);
    expect(sameMainFunction(lonely, book).map((c) => c.committee)).toEqual(['西城区政协', '邯郸市政协']);
    expect(sameMainFunction(lonely, book, 1).map((c) => c.committee)).toEqual(['西城区政协']);
  });
});
