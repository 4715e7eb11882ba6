/**
 * What a page tells Pagefind about itself: filters, result-card metadata and the sort key, as
 * `<meta data-pagefind-…>` tags (rendered by src/components/search/PagefindMeta.astro).
 *
 * One tag per value: an inline `data-pagefind-filter="key:value"` would run to the end of the
 * attribute, and a `[content]` capture keeps commas and Chinese punctuation intact.
 */

export type PageType = 'case' | 'source' | 'mechanism' | 'lesson';
export type LevelCode = 'national' | 'province' | 'city' | 'county';

export const PAGE_TYPE_LABELS: Record<PageType, string> = { case: '案例', source: '来源文章', mechanism: '机制', lesson: '课程' };

/** Level filter values are the labels people read (the select shows them as they are). */
export const LEVEL_FILTER_LABELS: Record<LevelCode, string> = {
  national: '全国',
  province: '省级',
  city: '市级',
  county: '县级',
};

export interface PagefindMetaProps {
  type: PageType;
  title: string;
  committee?: string | null;
  region?: { province?: string | null; city?: string | null; county?: string | null } | null;
  /** A level code (`county`) or its label (`县级`). */
  level?: string | null;
  /** Function names, main function first. */
  functions?: readonly string[];
  /** Mechanism names. */
  mechanisms?: readonly string[];
  years?: readonly number[];
  /** ISO date (`2022-06-14`, `2022-06`, `2022`) or null when unknown. */
  date?: string | null;
}

export interface PagefindTag {
  attr: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  key: string;
  value: string;
}

/**
 * Sort value for pages without a date: sorts before every real date, so "newest first" puts them
 * last, and no page drops out of a sorted search (Pagefind omits pages that lack the sort key).
 */
export const UNDATED_SORT_VALUE = '0000-00-00';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const unique = (values: Iterable<string>) => [...new Set([...values].map(clean).filter(Boolean))];

/** `北京市 / 石景山区`-style label from a region, skipping repeats (`北京市 北京市`) and gaps. */
export function regionLabel(region: PagefindMetaProps['region']): string {
  if (!region) return '';
  return unique([region.province ?? '', region.city ?? '', region.county ?? '']).join(' ');
}

export function levelFilterValue(level: string | null | undefined): string {
  const v = clean(level);
  return (LEVEL_FILTER_LABELS as Record<string, string>)[v] ?? v;
}

/** Pad `2022` / `2022-06` to a full ISO date so string order is date order. */
export function dateSortValue(date: string | null | undefined): string {
  const d = clean(date);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return UNDATED_SORT_VALUE;
  return `${d}-00-00`.slice(0, 10);
}

/** The tags for one page, in a stable order. Empty values produce no tag. */
export function pagefindTags(props: PagefindMetaProps): PagefindTag[] {
  const tags: PagefindTag[] = [];
  const filter = (key: string, values: Iterable<string>) => {
    for (const value of unique(values)) tags.push({ attr: 'data-pagefind-filter', key, value });
  };
  const meta = (key: string, value: string) => {
    const v = clean(value);
    if (v) tags.push({ attr: 'data-pagefind-meta', key, value: v });
  };

  filter('type', [props.type]);
  meta('type', props.type);
  meta('title', props.title);
  meta('committee', props.committee ?? '');
  meta('region', regionLabel(props.region));
  meta('functions', unique(props.functions ?? []).join('、'));
  meta('mechanisms', unique(props.mechanisms ?? []).join('、'));
  if (props.date) meta('date', clean(props.date));

  filter('province', [props.region?.province ?? '']);
  filter('city', [props.region?.city ?? '']);
  filter('level', [levelFilterValue(props.level)]);
  filter('function', props.functions ?? []);
  filter('mechanism', props.mechanisms ?? []);
  filter('year', (props.years ?? []).filter((y) => Number.isInteger(y)).map(String));

  tags.push({ attr: 'data-pagefind-sort', key: 'date', value: dateSortValue(props.date) });
  return tags;
}
