import { describe, expect, it } from 'vitest';
import { emptyState, formatSearchState, pagefindFilters, parseSearchState, sameState } from '../../../src/lib/search/url-state';

describe('parseSearchState / formatSearchState', () => {
  it('round-trips a shareable deep link', () => {
    const url = '?q=%E6%B0%91%E4%B8%BB%E8%AF%84%E8%AE%AE&province=%E6%B2%B3%E5%8C%97%E7%9C%81&function=%E6%B0%91%E4%B8%BB%E7%9B%91%E7%9D%A3';
    const state = parseSearchState(url);
    expect(state).toEqual({ q: '民主评议', filters: { province: '河北省', function: '民主监督' }, sort: 'relevance' });
    expect(formatSearchState(state)).toBe(url);
  });

  it('writes keys in a fixed order and leaves defaults out', () => {
    expect(formatSearchState({ q: ' 委员工作室 ', filters: { year: '2022', province: '北京市' }, sort: 'date-desc' })).toBe(
      `?q=${encodeURIComponent('委员工作室')}&province=${encodeURIComponent('北京市')}&year=2022&sort=date-desc`,
    );
    expect(formatSearchState(emptyState())).toBe('');
  });

  it('ignores unknown keys, empty values and unknown sorts', () => {
    expect(parseSearchState('?q=&province=&foo=bar&sort=sideways')).toEqual(emptyState());
  });

  it('caps absurdly long parameters', () => {
    expect(parseSearchState(`?q=${'协'.repeat(1000)}`).q).toHaveLength(200);
  });

  it('compares states by their URL', () => {
    expect(sameState(parseSearchState('?province=北京市&q=a'), parseSearchState('?q=a&province=北京市'))).toBe(true);
  });
});

describe('pagefindFilters', () => {
  it('adds the chosen filters to the fixed ones', () => {
    expect(pagefindFilters({ province: '北京市', year: '2022' }, { type: 'case' })).toEqual({ type: 'case', province: '北京市', year: '2022' });
  });
});
