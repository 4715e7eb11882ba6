import type { Case } from '../schemas';
import { provinceOf } from './stats';

/**
 * A tile-grid map of China's provinces: one square per province-level unit in its approximate
 * position (design data in src/data/province-tiles.json), shaded by case count. Not a boundary
 * map. Layout is computed here so the page only draws rectangles.
 */
export interface ProvinceTile {
  name: string;
  label: string;
  col: number;
  row: number;
}

export interface TileCell {
  /** Two-digit province code. */
  code: string;
  /** Six-digit region code (xx0000). */
  regionCode: string;
  name: string;
  label: string;
  x: number;
  y: number;
  count: number;
  /** Shade 0 (no cases) to 4 (most). */
  shade: number;
  /** Region page, when the site has one for this province. */
  href: string | null;
}

export interface TileMapLayout {
  width: number;
  height: number;
  cell: number;
  cells: TileCell[];
  legend: Array<{ shade: number; label: string }>;
}

export function caseCountsByProvince(cases: readonly Case[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const p = provinceOf(c);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/** Shade steps of equal width up to the largest count, so 1 case is always visibly shaded. */
export function shadeFor(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const step = Math.max(1, Math.ceil(max / 4));
  return Math.min(4, 1 + Math.floor((count - 1) / step));
}

function legendFor(max: number): Array<{ shade: number; label: string }> {
  const legend = [{ shade: 0, label: '0' }];
  if (max <= 0) return legend;
  const step = Math.max(1, Math.ceil(max / 4));
  for (let shade = 1; shade <= 4; shade++) {
    const lo = (shade - 1) * step + 1;
    if (lo > max) break;
    const hi = Math.min(max, shade * step);
    legend.push({ shade, label: lo === hi ? `${lo}` : `${lo}–${hi}` });
  }
  return legend;
}

export function layoutTileMap(
  tiles: Readonly<Record<string, ProvinceTile>>,
  counts: ReadonlyMap<string, number>,
  hrefFor: (regionCode: string) => string | null,
  { cell = 56, gap = 4 }: { cell?: number; gap?: number } = {},
): TileMapLayout {
  const entries = Object.entries(tiles);
  const minCol = Math.min(...entries.map(([, t]) => t.col));
  const minRow = Math.min(...entries.map(([, t]) => t.row));
  const max = Math.max(0, ...counts.values());
  const pitch = cell + gap;
  const cells = entries
    .map(([code, t]): TileCell => {
      const count = counts.get(code) ?? 0;
      const regionCode = `${code}0000`;
      return {
        code,
        regionCode,
        name: t.name,
        label: t.label,
        x: (t.col - minCol) * pitch,
        y: (t.row - minRow) * pitch,
        count,
        shade: shadeFor(count, max),
        href: count > 0 ? hrefFor(regionCode) : null,
      };
    })
    // Reading order (row by row) is also the tab order of the linked cells.
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const cols = Math.max(...entries.map(([, t]) => t.col)) - minCol + 1;
  const rows = Math.max(...entries.map(([, t]) => t.row)) - minRow + 1;
  return { width: cols * pitch - gap, height: rows * pitch - gap, cell, cells, legend: legendFor(max) };
}
