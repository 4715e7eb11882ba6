/**
 * One province's share of the casebook, for a build of that province alone
 * (`npm run build -- --shard 44`): a national corpus is then built as one job per province, each
 * job's site published at an address of its own. Pure.
 *
 * A shard holds the cases placed in the province, the articles they come from (whole: an article
 * that also tells of another province keeps its text, and its other cases are in that province's
 * shard) and the province's part of the region tree. Cases placed nowhere belong to no shard.
 */
import type { Case, Region, Source } from '../../schemas';
import { getGazetteer } from '../regions/gazetteer';

export interface ShardContent {
  sources: Source[];
  cases: Case[];
  regions: Region[];
}

/**
 * The province a `--shard` value names: two digits (`44`) or a province's six-digit code
 * (`440000`). Returns its six-digit code and name, or null when no province has it.
 */
export function shardProvince(value: string): { code: string; name: string } | null {
  const code = /^\d{2}$/.test(value) ? `${value}0000` : value;
  if (!/^\d{2}0000$/.test(code)) return null;
  const entry = getGazetteer().get(code);
  return entry ? { code, name: entry.name } : null;
}

export function shardOf(book: ShardContent, provinceCode: string): ShardContent {
  const prefix = provinceCode.slice(0, 2);
  const inProvince = (code: string | null) => code !== null && code.startsWith(prefix);
  const cases = book.cases.filter((c) => inProvince(c.region.code));
  const sourceIds = new Set(cases.map((c) => c.sourceId));
  return {
    sources: book.sources.filter((s) => sourceIds.has(s.id)),
    cases,
    regions: book.regions.filter((r) => inProvince(r.id)),
  };
}
