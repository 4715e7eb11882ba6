import { describe, expect, it } from 'vitest';
import { pageCount, pageNumber, pageOf, pageParams, pagerNumbers, pageUrl } from '../../../src/lib/paginate';

describe('pages of a long list', () => {
  const items = Array.from({ length: 95 }, (_, i) => i + 1);

  it('cuts a list into pages of a fixed size, the last one short', () => {
    expect(pageCount(95, 40)).toBe(3);
    expect(pageCount(0, 40)).toBe(1);
    expect(pageOf(items, 1, 40)).toMatchObject({ page: 1, pages: 3, total: 95, from: 1, to: 40 });
    expect(pageOf(items, 3, 40).items).toEqual([81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95]);
    expect(pageOf([], 1, 40)).toMatchObject({ items: [], page: 1, pages: 1, from: 0, to: 0 });
  });

  it('keeps 10,000 cases to pages of the same size: no page grows with the casebook', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => i);
    const sizes = pageParams(many.length, 40).map((p) => pageOf(many, pageNumber(p)!, 40).items.length);
    expect(sizes).toHaveLength(250);
    expect(Math.max(...sizes)).toBe(40);
  });

  it('puts page 1 at the list URL and page n under it', () => {
    expect(pageParams(95, 40)).toEqual([undefined, '2', '3']);
    expect(pageUrl('/functions/x/', 1)).toBe('/functions/x/');
    expect(pageUrl('/functions/x/', 3)).toBe('/functions/x/3/');
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber('2')).toBe(2);
    expect(pageNumber('by-year')).toBeNull();
    expect(pageNumber('02')).toBeNull();
  });

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(5, 20)).toEqual([1, null, 3, 4, 5, 6, 7, null, 20]);
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
