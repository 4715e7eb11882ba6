import type { Case, ConfidenceReason } from '../../schemas';
import { level as levelOf } from '../regions/gazetteer';

/**
 * How far a case can be trusted without a person's look, and why not more: each reason is a code
 * (the site says it in Chinese, src/lib/explain.ts) and weighs what it risks. Three and more is
 * low (the review queue lists it), one and more medium. A curated region settles the region's
 * reasons. Pure: a function of the case alone, so curation can recompute it.
 */
const WEIGHT: Record<ConfidenceReason, number> = {
  'region-unknown': 3,
  'committee-unnamed': 2,
  'committee-relative': 1,
  homonym: 1,
  'boundary-inferred': 1,
  'short-form': 0.5,
  'title-made': 0.5,
  incomplete: 0.5,
};
const RANK = { province: 1, city: 2, county: 3 } as const;
const LOW = 3;
const MEDIUM = 1;

export function assessConfidence(c: Pick<Case, 'attribution' | 'layout' | 'titleFrom' | 'incomplete' | 'region' | 'curated' | 'level'>): Case['confidence'] {
  const reasons: ConfidenceReason[] = [];
  const a = c.attribution;
  const regionSettled = c.curated.includes('region');
  if (!regionSettled) {
    // Known only as an ancestor (a county-level committee placed in its city) is not known.
    const known = c.region.code ? levelOf(c.region.code) : null;
    const onlyAncestor = known !== null && c.level !== null && c.level !== 'national' && RANK[known] < RANK[c.level];
    if (c.region.code === null || a.basis === 'ambiguous' || a.basis === 'unknown' || onlyAncestor) reasons.push('region-unknown');
    else if (a.basis === 'siblings' || a.basis === 'article-places' || (a.basis === 'place-named' && a.kind !== 'explicit')) reasons.push('committee-unnamed');
    else if (a.basis === 'page-home' || a.basis === 'place-named') reasons.push('committee-relative');
    if (a.homonym && c.region.code !== null) reasons.push('homonym');
    if (a.shortForm) reasons.push('short-form');
  }
  if (c.layout === 'item' || c.layout === 'committee-headline' || c.layout === 'feature') reasons.push('boundary-inferred');
  if (c.titleFrom === 'text' && !c.curated.includes('title')) reasons.push('title-made');
  if (c.incomplete) reasons.push('incomplete');
  const score = reasons.reduce((n, r) => n + WEIGHT[r], 0);
  return { level: score >= LOW ? 'low' : score >= MEDIUM ? 'medium' : 'high', reasons };
}
