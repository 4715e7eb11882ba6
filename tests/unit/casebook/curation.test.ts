import { describe, expect, it } from 'vitest';
import { curateSources } from '../../../src/pipeline/cases/apply-curation';
import type { CurationFile } from '../../../src/schemas';
import { bundled, EMPTY_CURATION, catalogue } from './pipeline-support';
import { buildCasebook } from '../../../src/pipeline/cases/build-casebook';

const book = bundled();
const beijing = book.sources.find((s) => s.id === '000-4bb3d2b3ae31962d')!;

describe('curation', () => {
  it('settles a marker in context, in the body or the lead, and reports one that matches nothing', () => {
    const curation: CurationFile = {
      ...EMPTY_CURATION,
      spans: [
        { source: beijing.id, marked: '或⟨?⟩特长', text: '或专业特长', reason: 'the page reads 专业 here' },
        { source: beijing.id, marked: '⟨不存在⟩', text: 'x', reason: 'points at nothing' },
      ],
    };
    const out = curateSources([beijing], curation);
    expect(out.value[0].paragraphs.join('')).toContain('就所从事的专门领域或专业特长');
    expect(out.applied).toHaveLength(1);
    expect(out.dangling).toEqual([`span "⟨不存在⟩" in source ${beijing.id}: marked text not found`]);
    expect(beijing.paragraphs.join('')).toContain('或⟨?⟩特长'); // the input is not changed
  });

  it('curated values win over what the pipeline found, and are marked curated', () => {
    const xicheng = book.cases.find((c) => c.committee === '西城区政协')!;
    const curation: CurationFile = {
      ...EMPTY_CURATION,
      cases: [
        { case: xicheng.id, title: '西城区协商议政实践', functions: ['political-consultation', 'not-a-function'], reason: 'a trainer’s title' },
        { case: 'gone-case', region: '110102', reason: 'the case was removed' },
      ],
    };
    const again = buildCasebook(book.sources, catalogue, curation);
    const c = again.cases.find((x) => x.id === xicheng.id)!;
    expect(c.title).toBe('西城区协商议政实践');
    expect(c.functions.map((f) => f.id)).toEqual(['political-consultation']);
    expect(c.curated).toEqual(['title', 'functions']);
    expect(again.curation.dangling).toEqual([
      `case ${xicheng.id}: unknown functions not-a-function`,
      'case gone-case: no such case (was its article removed or re-segmented?)',
    ]);
  });
});
