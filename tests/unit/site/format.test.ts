import { describe, expect, it } from 'vitest';
import { attributionLabel, curatedFieldsLabel, figureLabel, formatDate, levelLabel, paragraphRangeLabel } from '../../../src/lib/format';
import { casesForFunction, groupByProvince } from '../../../src/lib/functions-view';
import { fixtureBook } from './fixtures';

describe('format', () => {
  it('writes dates the Chinese way, at the precision given', () => {
    expect(formatDate('2022-06-14')).toBe('2022年6月14日');
    expect(formatDate('2022-06')).toBe('2022年6月');
    expect(formatDate('2019')).toBe('2019年');
    expect(formatDate(null)).toBe('日期不详');
  });
  it('counts paragraphs from 1 for people', () => {
    expect(paragraphRangeLabel([1, 3])).toBe('第2—4段');
    expect(paragraphRangeLabel([7, 7])).toBe('第8段');
  });
  it('labels figures, levels and attributions', () => {
    expect(figureLabel({ value: 33, unit: '个', what: '委员工作站', approx: false })).toBe('33个委员工作站');
    expect(figureLabel({ value: 40, unit: '项', what: '整改问题', approx: true })).toBe('约40项整改问题');
    expect(levelLabel('county')).toBe('县级');
    expect(levelLabel(null)).toBe('层级不详');
    expect(attributionLabel('inferred')).toBe('推断');
    expect(curatedFieldsLabel(['region', 'committee', 'future-field'])).toBe('地区、委员会、future-field');
  });
});

describe('function pages', () => {
  const book = fixtureBook();

  it('lists a function’s cases and flags those where it is the main function', () => {
    const items = casesForFunction('democratic-supervision', book.cases);
    expect(items.map((x) => [x.case.committee, x.main])).toEqual([
      ['西城区政协', true],
      ['秦皇岛市政协', false],
      ['邯郸市政协', true],
    ]);
  });

  it('groups cases by province in code order', () => {
    const items = casesForFunction('member-development', book.cases);
    const groups = groupByProvince(items, (x) => x.case, book.regionByCode);
    expect(groups.map((g) => [g.region?.name, g.items.map((x) => x.case.committee)])).toEqual([
      ['北京市', ['海淀区政协', '延庆区政协']],
      ['河北省', ['张家口市政协']],
    ]);
  });
});
