import { describe, expect, it } from 'vitest';
import { dateSortValue, pagefindTags, regionLabel, UNDATED_SORT_VALUE } from '../../../src/lib/search/pagefind-meta';

describe('pagefindTags', () => {
  it('gives a case its filters, card metadata and date sort key, one tag per value', () => {
    const tags = pagefindTags({
      type: 'case',
      title: '民主评议让监督“长牙齿”',
      committee: '西城区政协',
      region: { province: '北京市', city: null, county: '西城区' },
      level: 'county',
      functions: ['民主监督', '基层协商与社会治理'],
      mechanisms: ['民主评议'],
      years: [2021, 2022],
      date: '2022-06-14',
    });
    const as = (attr: string) => tags.filter((t) => t.attr === attr).map((t) => `${t.key}=${t.value}`);
    expect(as('data-pagefind-filter')).toEqual([
      'type=case',
      'province=北京市',
      'level=县级',
      'function=民主监督',
      'function=基层协商与社会治理',
      'mechanism=民主评议',
      'year=2021',
      'year=2022',
    ]);
    expect(as('data-pagefind-meta')).toEqual([
      'type=case',
      'title=民主评议让监督“长牙齿”',
      'committee=西城区政协',
      'region=北京市 西城区',
      'functions=民主监督、基层协商与社会治理',
      'mechanisms=民主评议',
      'date=2022-06-14',
    ]);
    expect(as('data-pagefind-sort')).toEqual(['date=2022-06-14']);
  });

  it('gives undated pages a sort value too, so sorting never drops them', () => {
    const tags = pagefindTags({ type: 'mechanism', title: '民主评议' });
    expect(tags.find((t) => t.attr === 'data-pagefind-sort')?.value).toBe(UNDATED_SORT_VALUE);
    expect(tags.filter((t) => t.attr === 'data-pagefind-filter').map((t) => t.key)).toEqual(['type']);
  });

  it('accepts a level label as well as a code, and skips empty values', () => {
    const tags = pagefindTags({ type: 'case', title: 't', level: '市级', functions: ['', ' 政治协商 ', '政治协商'] });
    expect(tags.filter((t) => t.key === 'level').map((t) => t.value)).toEqual(['市级']);
    expect(tags.filter((t) => t.key === 'function').map((t) => t.value)).toEqual(['政治协商']);
  });
});

describe('helpers', () => {
  it('regionLabel skips gaps and repeats', () => {
    expect(regionLabel({ province: '河北省', city: '张家口市', county: null })).toBe('河北省 张家口市');
    expect(regionLabel({ province: '北京市', city: '北京市', county: '延庆区' })).toBe('北京市 延庆区');
    expect(regionLabel(null)).toBe('');
  });

  it('dateSortValue pads partial dates so string order is date order', () => {
    expect(dateSortValue('2022')).toBe('2022-00-00');
    expect(dateSortValue('2022-06')).toBe('2022-06-00');
    expect(dateSortValue(null)).toBe(UNDATED_SORT_VALUE);
    expect(dateSortValue('6月14日')).toBe(UNDATED_SORT_VALUE);
  });
});
