import { createHash } from 'node:crypto';
import type { Source } from '../../schemas/source';

export interface Duplicate {
  /** The source left out. */
  id: string;
  file: string;
  /** The source kept in its place. */
  keptId: string;
  keptFile: string;
}

/**
 * The article as a reader sees it, with every difference that does not change what it says taken
 * out: whitespace and line breaks (a copy saved again by an editor), page furniture (already moved
 * to metadata), and script (a Traditional mirror has been converted to Simplified by now).
 */
export function contentKey(source: Pick<Source, 'lead' | 'paragraphs'>): string {
  const h = createHash('sha256');
  for (const part of [source.lead ?? '', ...source.paragraphs]) h.update(part.replace(/\s+/gu, '')).update('\u0000');
  return h.digest('hex');
}

/**
 * Sources that say the same as another: the same article saved twice under other names. One copy
 * is kept: the one already published (its id in `published`), so adding a copy never moves an
 * article's pages or its curation; else the one whose file sorts first, so the choice does not
 * depend on listing order. The rest are returned to be reported and left out, which keeps counts
 * on region and mechanism pages honest.
 */
export function findDuplicates(sources: readonly Source[], published: ReadonlySet<string> = new Set()): Duplicate[] {
  const rank = (s: Source) => (published.has(s.id) ? 0 : 1);
  const ordered = [...sources].sort((a, b) => rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const first = new Map<string, Source>();
  const duplicates: Duplicate[] = [];
  for (const s of ordered) {
    const key = contentKey(s);
    const kept = first.get(key);
    if (kept) duplicates.push({ id: s.id, file: s.file, keptId: kept.id, keptFile: kept.file });
    else first.set(key, s);
  }
  return duplicates;
}
