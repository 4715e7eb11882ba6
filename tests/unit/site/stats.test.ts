import { describe, expect, it } from 'vitest';
import { homeStats, newestSources, provinceOf } from '../../../src/lib/stats';
import { caseOf, fixtureBook, variant } from './fixtures';

describe('homeStats', () => {
  it('counts what the fixture casebook holds', () => {
    expect(homeStats(fixtureBook())).toEqual({ cases: 8, committees: 8, provinces: 2, mechanisms: 6, sources: 2 });
  });

  it('counts a committee once however many cases describe it, and a case without a region by name', () => {
    const book = fixtureBook();
    const again = variant(caseOf('西城区政协'), { id: 'again' });
    const nowhere = variant(caseOf('邯郸市政协'), { id: 'nowhere', committee: '某县政协', region: { code: null, name: null, province: null, city: null, county: null } });
    const stats = homeStats({ ...book, cases: [...book.cases, again, nowhere] });
    expect(stats.committees).toBe(9);
    expect(stats.provinces).toBe(2);
    expect(provinceOf(nowhere)).toBeNull();
  });
});

describe('newestSources', () => {
  it('lists newest first with undated sources last', () => {
    const [bj, hb] = ['fx-bj-2022', 'fx-hb-2019'].map((id) => fixtureBook().sourceById.get(id)!);
    const undated = { ...bj, id: 'undated', date: null };
    expect(newestSources([hb, undated, bj]).map((s) => s.id)).toEqual(['fx-bj-2022', 'fx-hb-2019', 'undated']);
    expect(newestSources([hb, undated, bj], 1).map((s) => s.id)).toEqual(['fx-bj-2022']);
  });
});
