import type { Attribution, Figure, Level } from '../schemas';

/** Display strings: Chinese labels for schema enums, dates and figures. */

const LEVEL_LABELS: Record<Level, string> = { national: '全国', province: '省级', city: '市级', county: '县级' };
export const levelLabel = (level: Level | null) => (level ? LEVEL_LABELS[level] : '层级不详');

const ATTRIBUTION_LABELS: Record<Attribution['kind'], string> = {
  explicit: '原文明示',
  inferred: '推断',
  curated: '人工核定',
  unknown: '地区不详',
};
export const attributionLabel = (kind: Attribution['kind']) => ATTRIBUTION_LABELS[kind];

const CURATED_FIELD_LABELS: Record<string, string> = {
  region: '地区',
  committee: '委员会',
  title: '标题',
  functions: '职能',
  mechanisms: '机制',
};
/** Names of the fields a curation entry set on a case (`curated`), for the reader. */
export const curatedFieldsLabel = (fields: readonly string[]) => fields.map((f) => CURATED_FIELD_LABELS[f] ?? f).join('、');

/** `2022-06-14` -> `2022年6月14日`; `2022-06` -> `2022年6月`; `2022` -> `2022年`; null -> `日期不详`. */
export function formatDate(iso: string | null): string {
  if (!iso) return '日期不详';
  const [y, m, d] = iso.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

export const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);

/** Paragraph ranges are stored as 0-based indexes; people count from 1. */
export function paragraphRangeLabel([from, to]: readonly [number, number]): string {
  return from === to ? `第${from + 1}段` : `第${from + 1}—${to + 1}段`;
}

/** `{value: 33, unit: 个, what: 委员工作站}` -> `33个委员工作站`; approximate figures get 约. */
export function figureLabel(f: Pick<Figure, 'value' | 'unit' | 'what' | 'approx'>): string {
  return `${f.approx ? '约' : ''}${f.value}${f.unit}${f.what}`;
}
