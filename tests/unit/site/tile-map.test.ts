import { describe, expect, it } from 'vitest';
import tiles from '../../../src/data/province-tiles.json';
import { caseCountsByProvince, layoutTileMap, shadeFor } from '../../../src/lib/tile-map';
import { fixtureBook } from './fixtures';

describe('province tiles (design data)', () => {
  const entries = Object.entries(tiles);

  it('has the 34 province-level units, keyed by two-digit code', () => {
    expect(entries).toHaveLength(34);
    for (const [code, t] of entries) {
      expect(code).toMatch(/^\d{2}$/);
      expect(t.name.startsWith(t.label)).toBe(true);
    }
    expect(tiles['81'].name).toBe('香港特别行政区');
    expect(tiles['71'].name).toBe('台湾省');
  });

  it('puts each in its own cell', () => {
    const cells = new Set(entries.map(([, t]) => `${t.col},${t.row}`));
    expect(cells.size).toBe(34);
  });
});

describe('layoutTileMap', () => {
  const book = fixtureBook();
  const counts = caseCountsByProvince(book.cases);
  const layout = layoutTileMap(tiles, counts, (code) => (book.regionByCode.has(code) ? `/regions/${code}/` : null), { cell: 50, gap: 5 });

  it('counts cases by province', () => {
    expect([...counts]).toEqual([['11', 4], ['13', 4]]);
  });

  it('places cells on the grid from the top-left tile', () => {
    expect(Math.min(...layout.cells.map((c) => c.x))).toBe(0);
    expect(Math.min(...layout.cells.map((c) => c.y))).toBe(0);
    const hebei = layout.cells.find((c) => c.code === '13')!;
    expect(hebei).toMatchObject({ regionCode: '130000', count: 4, shade: 4, href: '/regions/130000/' });
    expect(hebei.x % 55).toBe(0);
    expect(layout.width).toBe(Math.max(...layout.cells.map((c) => c.x)) + 50);
  });

  it('links only provinces with cases and a region page', () => {
    expect(layout.cells.filter((c) => c.href).map((c) => c.code)).toEqual(['11', '13']);
    const noPage = layoutTileMap(tiles, new Map([['44', 2]]), () => null);
    expect(noPage.cells.every((c) => c.href === null)).toBe(true);
  });

  it('lists cells in reading order (row by row), the tab order of the links', () => {
    const keys = layout.cells.map((c) => c.y * 10_000 + c.x);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('shadeFor', () => {
  it('shades any case visibly, the largest count darkest, in equal steps', () => {
    expect([0, 1, 2, 3, 4].map((n) => shadeFor(n, 4))).toEqual([0, 1, 2, 3, 4]);
    expect([1, 3, 4, 5, 8, 9, 13].map((n) => shadeFor(n, 13))).toEqual([1, 1, 1, 2, 2, 3, 4]);
    expect(shadeFor(5, 0)).toBe(0);
  });
  it('has a legend that covers every count', () => {
    const layout = layoutTileMap(tiles, new Map([['33', 12], ['13', 13], ['11', 1]]), () => null);
    expect(layout.legend.map((l) => l.label)).toEqual(['0', '1–4', '5–8', '9–12', '13']);
  });
});
