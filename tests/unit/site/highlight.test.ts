import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightCaseBody, segmentParagraph } from '../../../src/lib/highlight';
import type { Figure } from '../../../src/schemas';
import { caseOf, variant } from './fixtures';

const figure = (quote: string, paragraph = 0): Figure => ({
  value: 1, approx: false, unit: '个', what: '', quote, paragraph, mechanism: null,
});
const joined = (segments: Array<{ text: string }>) => segments.map((s) => s.text).join('');

describe('segmentParagraph', () => {
  it('marks figures and lost-text markers in order', () => {
    const text = '“党员委员在哪里。”⟨拾山区?⟩政协组建临时党支部6个，联系2至3名党外委员。';
    const segments = segmentParagraph(text, [figure('2至3名党外委员'), figure('临时党支部6个')]);
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['text', '“党员委员在哪里。”'],
      ['lost', '⟨拾山区?⟩'],
      ['text', '政协组建'],
      ['figure', '临时党支部6个'],
      ['text', '，联系'],
      ['figure', '2至3名党外委员'],
      ['text', '。'],
    ]);
  });

  it('keeps spaces where the text has them (履职管理 APP)', () => {
    const text = '通过履职管理 APP 记录33次活动';
    const segments = segmentParagraph(text, [figure('33次')]);
    expect(joined(segments)).toBe(text);
    expect(segments[0]).toEqual({ kind: 'text', text: '通过履职管理 APP 记录' });
  });

  it('marks a repeated quote at its next free occurrence and skips overlaps', () => {
    const segments = segmentParagraph('10个，10个', [figure('10个'), figure('10个'), figure('个，1')]);
    expect(segments.filter((s) => s.kind === 'figure').map((s) => s.text)).toEqual(['10个', '10个']);
  });

  it('leaves a paragraph without matches as one text segment, and an empty one empty', () => {
    expect(segmentParagraph('没有数字。', [figure('33个')])).toEqual([{ kind: 'text', text: '没有数字。' }]);
    expect(segmentParagraph('', [figure('33个')])).toEqual([]);
  });

  it('always joins back to the paragraph exactly', () => {
    const chars = fc.constantFrom('委', '员', '工', '作', '室', '3', '个', '，', ' ', '⟨', '⟩', '?');
    const str = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(str, fc.array(fc.array(chars, { minLength: 1, maxLength: 5 }).map((a) => a.join('')), { maxLength: 4 }), (text, quotes) => {
        expect(joined(segmentParagraph(text, quotes.map((q) => figure(q))))).toBe(text);
      }),
    );
  });
});

describe('highlightCaseBody', () => {
  it('marks each figure in the body paragraph it names, keyed by source paragraph index', () => {
    const c = caseOf('秦皇岛市政协');
    const body = highlightCaseBody(c);
    expect(body.map((p) => p.index)).toEqual([5, 6]);
    expect(body[1].segments.filter((s) => s.kind === 'figure').map((s) => s.text)).toEqual(['12个市直部门', '问题40余项']);
    expect(body.map((p) => joined(p.segments))).toEqual(c.body);
  });

  it('finds a figure whose paragraph number is off, and drops one the body lacks', () => {
    const c = caseOf('海淀区政协');
    const moved = variant(c, {
      figures: [{ ...c.figures[0], paragraph: 6 }, { ...c.figures[0], quote: '不在文中的数字' }],
    });
    const body = highlightCaseBody(moved);
    expect(body[0].segments.some((s) => s.kind === 'figure' && s.text === '33个委员工作站')).toBe(true);
    expect(body.flatMap((p) => p.segments).filter((s) => s.kind === 'figure')).toHaveLength(1);
  });
});
