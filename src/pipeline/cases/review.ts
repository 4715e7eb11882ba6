import type { Case } from '../../schemas';

/**
 * The review queue: cases of low confidence, each with the text a person should read and the
 * curation entry that would settle it, ready to paste into a file in curation/ (with the code and
 * the reason filled in). Pure; the ingest summary and the site's /review/ page show the same list.
 */
export interface ReviewItem {
  id: string;
  title: string;
  committee: string;
  regionCode: string | null;
  reasons: Case['confidence']['reasons'];
  /** What to read: the text the attribution rests on, else the case's first sentence. */
  span: string;
  /** A curation entry to complete and paste. */
  curation: string;
}

const firstSentence = (c: Case) => (c.body.find((p) => p.trim()) ?? '').split(/(?<=[。！？])/)[0].slice(0, 120);

export function reviewItem(c: Case): ReviewItem {
  const regionNeeded = c.confidence.reasons.some((r) => r === 'region-unknown' || r === 'committee-unnamed' || r === 'committee-relative' || r === 'homonym');
  const lines = ['cases:', `  - case: ${c.id}`];
  // Comments in Chinese: the snippet is shown on the site's review page for people to complete.
  if (regionNeeded) lines.push(`    region: "${c.region.code ?? '000000'}"   # 委员会所在地区的 GB/T 2260 代码`);
  if (c.confidence.reasons.includes('title-made')) lines.push(`    title: ${JSON.stringify(c.title)}`);
  if (!regionNeeded && !c.confidence.reasons.includes('title-made')) lines.push(`    committee: ${JSON.stringify(c.committee)}`);
  lines.push('    reason: …   # 核定依据：地标、原网页、其他报道等');
  return {
    id: c.id,
    title: c.title,
    committee: c.committee,
    regionCode: c.region.code,
    reasons: c.confidence.reasons,
    // The span the attribution rests on, when it is the case's own text; a sibling's name is not.
    span: c.attribution.span && !['siblings', 'article-places'].includes(c.attribution.basis) ? c.attribution.span : firstSentence(c),
    curation: lines.join('\n'),
  };
}

/**
 * The correction any case page offers (纠错): the case's id and what was decided, as a curation
 * entry a reader can change and hand to whoever keeps curation/.
 */
export function correctionEntry(c: Case): string {
  return [
    'cases:',
    `  - case: ${c.id}`,
    `    region: "${c.region.code ?? '000000'}"   # 委员会所在地区的 GB/T 2260 代码`,
    `    committee: ${JSON.stringify(c.committee)}`,
    `    title: ${JSON.stringify(c.title)}`,
    '    reason: …   # 核定依据',
  ].join('\n');
}

/** Every low-confidence case, in listing order. */
export const reviewQueue = (cases: readonly Case[]): ReviewItem[] => cases.filter((c) => c.confidence.level === 'low').map(reviewItem);
