/**
 * Twins for the development set (tests/fixtures/real/README.md, "How a batch is gathered"): the same
 * story kept twice, on another address or as a Traditional mirror with readings. Each article is read
 * as its Simplified Han characters alone (readings, punctuation, spacing and furniture's Latin letters
 * dropped), cut into runs of {@link RUN} characters; a new article's twin is the one that holds most of
 * its runs. A person reads every pair above the threshold: reports of one event by two papers share
 * phrases without being twins. Pure.
 */
import { stripPinyin } from '../../src/pipeline/text/strip-pinyin';
import { convertToSimplified } from '../../src/pipeline/text/to-simplified';

/** Characters in a run: long enough that two reports of one meeting seldom share many by chance. */
export const RUN = 8;

export interface Article {
  name: string;
  text: string;
}

export interface TwinMatch {
  name: string;
  /** The article it is most like, and the share of the article's runs found there (0–1). */
  other: string;
  share: number;
}

/** The article's Han characters, Simplified, with pinyin readings left by mirrors taken out. */
export function hanText(text: string): string {
  return convertToSimplified(stripPinyin(text).text, 'traditional').replace(/[^\u4e00-\u9fff]/gu, '');
}

/** Hashes of every run of {@link RUN} characters (FNV-1a, 32 bits: collisions only blur shares by a hair). */
export function runHashes(han: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + RUN <= han.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + RUN; j++) h = Math.imul(h ^ han.charCodeAt(j), 16777619);
    out.add(h >>> 0);
  }
  return out;
}

/**
 * For each of `fresh`, the article of `set` or of `fresh` (not itself) holding the largest share of
 * its runs, best first. One pass over `set`, counting shared runs through an index of the new
 * articles' runs, so a batch is checked against ten thousand articles in seconds.
 */
export function closestTwins(fresh: readonly Article[], set: readonly Article[]): TwinMatch[] {
  const runs = fresh.map((a) => runHashes(hanText(a.text)));
  const index = new Map<number, number[]>();
  runs.forEach((hs, k) => hs.forEach((h) => (index.get(h) ?? index.set(h, []).get(h)!).push(k)));
  const best = fresh.map((a) => ({ name: a.name, other: '', share: 0 }));
  for (const other of [...set, ...fresh]) {
    const shared = new Map<number, number>();
    for (const h of runHashes(hanText(other.text))) for (const k of index.get(h) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    for (const [k, n] of shared) {
      const share = n / runs[k].size;
      if (other.name !== fresh[k].name && share > best[k].share) best[k] = { name: fresh[k].name, other: other.name, share };
    }
  }
  return best.sort((a, b) => b.share - a.share);
}
