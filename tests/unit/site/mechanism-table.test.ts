import { describe, expect, it } from 'vitest';
import { comparisonRows, practiceYear, splitOnAlias } from '../../../src/lib/mechanism-table';
import { caseOf, fixtureBook, variant } from './fixtures';

const summary = (rows: ReturnType<typeof comparisonRows>) =>
  rows.map((r) => [r.committee, r.year, r.comparable?.value ?? null]);

describe('comparisonRows', () => {
  const book = fixtureBook();
  const mechanism = (id: string) => book.mechanismById.get(id)!;

  it('lists every case that runs the mechanism, largest comparable figure first', () => {
    // The year column is the year of the practice as the text says it; these texts give none.
    expect(summary(comparisonRows(mechanism('committee-studio'), book.cases))).toEqual([
      ['海淀区政协', null, 33],
      ['延庆区政协', null, 20],
      ['张家口市政协', null, 10],
    ]);
  });

  it('ranks by a figure whose unit and counted noun fit the mechanism, and shows the others unranked', () => {
    // 民主评议 counts the 部门 appraised, in 个 or 家 (tests/fixtures/mechanisms.yaml).
    const rows = comparisonRows(mechanism('democratic-appraisal'), book.cases);
    expect(summary(rows)).toEqual([
      ['西城区政协', 2021, 27],
      ['秦皇岛市政协', 2018, 12],
      ['邯郸市政协', null, 9],
    ]);
    // 约40项整改问题 stands in the same sentence: shown, but 项 and 问题 do not rank a 民主评议.
    expect(rows[1].figures.map((f) => f.quote)).toEqual(['12个市直部门', '问题40余项']);
    expect(rows[1].comparable?.quote).toBe('12个市直部门');
  });

  it('ranks on nothing when no figure counts what the mechanism counts', () => {
    const m = { ...mechanism('democratic-appraisal'), counts: [] };
    expect(comparisonRows(m, book.cases).every((r) => r.comparable === null)).toBe(true);
  });

  it('does not guess a figure for a mechanism without units', () => {
    const m = { ...mechanism('democratic-appraisal'), units: [] };
    expect(comparisonRows(m, book.cases).every((r) => r.comparable === null)).toBe(true);
  });

  it('puts rows without a figure after those with one', () => {
    const noFigure = variant(caseOf('张家口市政协'), { id: 'no-figure', figures: [] });
    const rows = comparisonRows(mechanism('committee-studio'), [...book.cases, noFigure]);
    expect(rows.at(-1)!.case.id).toBe('no-figure');
  });

  it('orders by year (newest first) and by region code', () => {
    const m = mechanism('temporary-party-branch');
    expect(summary(comparisonRows(m, book.cases, 'year')).map((r) => r[0])).toEqual(['秦皇岛市政协', '张家口市政协', '石景山区政协']);
    expect(summary(comparisonRows(m, book.cases, 'region')).map((r) => r[0])).toEqual(['石景山区政协', '秦皇岛市政协', '张家口市政协']);
    expect(summary(comparisonRows(m, book.cases, 'figure')).map((r) => r[2])).toEqual([23, 15, 6]);
  });

  it('carries the quote and the alias that matched', () => {
    const [row] = comparisonRows(mechanism('grassroots-council'), book.cases, 'region');
    expect(row.alias).toBe('街巷微协商');
    expect(row.quote).toContain('“街巷微协商”');
  });
});

describe('practiceYear', () => {
  it('is the latest year the text names, never the date of the report', () => {
    expect(practiceYear(caseOf('秦皇岛市政协'))).toBe(2018);
    expect(practiceYear(caseOf('海淀区政协'))).toBeNull();
    expect(practiceYear(variant(caseOf('海淀区政协'), { years: [2019, 2021] }))).toBe(2021);
  });
});

describe('splitOnAlias', () => {
  it('splits around the first occurrence and joins back exactly', () => {
    const parts = splitOnAlias('建成20个委员工作室，委员工作室', '委员工作室');
    expect(parts).toEqual(['建成20个', '委员工作室', '，委员工作室']);
    expect(parts.join('')).toBe('建成20个委员工作室，委员工作室');
  });
  it('leaves the quote whole when the alias is missing', () => {
    expect(splitOnAlias('没有别名', '议事厅')).toEqual(['没有别名', '', '']);
  });
});
