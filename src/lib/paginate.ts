/**
 * Long lists split into pages of a fixed size, so no page grows with the casebook: page 1 at the
 * list's own URL (`/functions/x/`), page n at `/functions/x/n/`. A national casebook has thousands
 * of cases under one function; nobody reads them on one page, and a phone should not load them.
 */
export const CARDS_PER_PAGE = 40;
export const ROWS_PER_PAGE = 50;
export const REVIEW_PER_PAGE = 100;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
  /** 1-based positions of the first and last item shown. */
  from: number;
  to: number;
}

export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = pageCount(items.length, size);
  const p = Math.min(Math.max(1, page), pages);
  const slice = items.slice((p - 1) * size, p * size);
  return { items: slice, page: p, pages, total: items.length, from: slice.length ? (p - 1) * size + 1 : 0, to: (p - 1) * size + slice.length };
}

/** The rest parameter of each page of a list: undefined for page 1 (the list's own URL), '2', '3' … */
export const pageParams = (total: number, size: number): Array<string | undefined> =>
  Array.from({ length: pageCount(total, size) }, (_, i) => (i === 0 ? undefined : String(i + 1)));

/** The page number a rest parameter names (undefined: 1), or null when it names no page. */
export function pageNumber(param: string | undefined): number | null {
  if (param === undefined || param === '') return 1;
  return /^[1-9]\d*$/.test(param) ? Number(param) : null;
}

export const pageUrl = (base: string, page: number) => (page <= 1 ? base : `${base}${page}/`);

/** The page numbers a pager shows: the first, the last, and two either side of the current one; null for a gap. */
export function pagerNumbers(page: number, pages: number): Array<number | null> {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}
