import { describe, expect, it } from 'vitest';
import { evidenceRow } from '../../../scripts/fit-functions';
import { countRight, estimate, fitWeights, foldOf, mainFunction, stableChanges, weightKey, type EvidenceRow } from '../../../scripts/lib/fit-weights';
import { functionEvidence, TITLE_FACTOR } from '../../../src/pipeline/classify/classify-functions';
import type { FunctionEntry } from '../../../src/schemas/catalogue';

const functions = [
  { id: 'participation', order: 3 },
  { id: 'grassroots-governance', order: 8 },
];
const SURVEY = weightKey('调研', 'participation');
const PLATFORM = weightKey('议事室', 'grassroots-governance');
const weights = new Map([
  [SURVEY, 1],
  [PLATFORM, 1],
]);

/** A case that names a survey `survey` times and the platform `platform` times. */
const row = (group: string, survey: number, platform: number, accept: string[]): EvidenceRow => ({
  group,
  accept,
  counts: new Map([
    ...(survey ? [[SURVEY, survey] as const] : []),
    ...(platform ? [[PLATFORM, platform] as const] : []),
  ]),
  fixed: new Map(),
  fallback: 'participation',
});

describe('fitting the function weights', () => {
  it('ranks as the classifier does: score, then the catalogue order; the fallback when no word votes', () => {
    expect(mainFunction(row('a', 1, 1, []), weights, functions)).toBe('participation');
    expect(mainFunction(row('a', 1, 2, []), weights, functions)).toBe('grassroots-governance');
    expect(mainFunction(row('a', 0, 0, []), weights, functions)).toBe('participation');
  });

  it('raises a weight that sets many cases right, and leaves one a single case asks for', () => {
    // Twenty articles where the platform ties with the survey and the keys want the platform.
    const many = Array.from({ length: 20 }, (_, i) => row(`art-${i}`, 1, 1, ['grassroots-governance']));
    const fit = fitWeights(many, weights, functions);
    expect(fit.changes.map((c) => c.key)).toEqual([PLATFORM]);
    expect(fit.changes[0].to).toBeGreaterThan(1);
    expect(countRight(many, fit.weights, functions)).toBe(20);
    // One case alone moves nothing: a change must set at least two right.
    const either = ['participation', 'grassroots-governance'];
    const one = [row('one', 1, 1, ['grassroots-governance']), row('two', 1, 1, either), row('three', 1, 1, either)];
    expect(fitWeights(one, weights, functions).changes).toEqual([]);
  });

  it('proposes only what fold after fold agrees on, and measures it on articles left out', () => {
    const many = Array.from({ length: 40 }, (_, i) => row(`art-${i}`, 1, 1, ['grassroots-governance']));
    const stable = stableChanges(many, weights, functions, 5, 4);
    expect(stable.map((c) => [c.key, c.agreeing])).toEqual([[PLATFORM, 5]]);
    const e = estimate(many, weights, functions, 5, 4);
    expect(e.before).toBe(0);
    expect(e.after).toBe(40);
    expect(e.perFold.reduce((s, p) => s + p.after, 0)).toBe(40);
    // Folds never split an article, and are the same on every run.
    expect(foldOf('art-3', 5)).toBe(foldOf('art-3', 5));
  });

  it('reads the classifier\'s evidence into a row: catalogue words feed weights, a mechanism\'s alias gives fixed points', () => {
    const catalogue = [
      { id: 'participation', name: '参政议政', description: 'x', terms: [{ term: '调研', weight: 1 }], order: 3 },
      { id: 'member-development', name: '委员队伍建设', description: 'x', terms: [], order: 6 },
    ] as unknown as FunctionEntry[];
    const mechanism = { id: 'studio', name: '委员工作室', aliases: ['委员工作室'], functions: ['member-development'] } as never;
    const e = functionEvidence(['到委员工作室调研。'], '委员工作室调研', catalogue, [mechanism]);
    const r = evidenceRow(e, ['member-development'], 'g', null);
    expect(r.counts.get(weightKey('调研', 'participation'))).toBe(1 + TITLE_FACTOR);
    expect(r.fixed.get('member-development')).toBe(1 + TITLE_FACTOR);
    expect(r.counts.has(weightKey('委员工作室', 'member-development'))).toBe(false);
  });
});
