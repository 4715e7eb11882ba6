import { describe, expect, it } from 'vitest';
import { repairKinds, sourceBlocks } from '../../../src/lib/source-view';
import { caseOf, fixtureBook, variant } from './fixtures';

describe('sourceBlocks', () => {
  const book = fixtureBook();
  const source = book.sourceById.get('fx-hb-2019')!;

  it('covers every paragraph exactly once, in order, with case blocks where cases are', () => {
    const blocks = sourceBlocks(source, book.cases);
    expect(blocks.map((b) => [b.kind, b.from, b.to])).toEqual([
      ['text', 0, 0],
      ['case', 1, 3],
      ['case', 4, 6],
      ['case', 7, 8],
      ['case', 9, 10],
    ]);
  });

  it('clamps overlapping or out-of-range case ranges instead of repeating or inventing text', () => {
    const a = caseOf('张家口市政协');
    const overlapping = variant(caseOf('秦皇岛市政协'), { paragraphs: [3, 40] });
    const blocks = sourceBlocks(source, [a, overlapping]);
    expect(blocks.map((b) => [b.kind, b.from, b.to])).toEqual([
      ['text', 0, 0],
      ['case', 1, 3],
      ['case', 4, 10],
    ]);
  });

  it('puts the cases of committees acting together over the same paragraphs into one block', () => {
    const a = caseOf('张家口市政协');
    const together = variant(caseOf('秦皇岛市政协'), { paragraphs: a.paragraphs, ordinal: a.ordinal + 1 });
    const blocks = sourceBlocks(source, [a, together]);
    expect(blocks.map((b) => [b.kind, b.from, b.to, b.kind === 'case' ? b.cases.map((c) => c.committee) : []])).toEqual([
      ['text', 0, 0, []],
      ['case', 1, 3, ['张家口市政协', '秦皇岛市政协']],
      ['text', 4, 10, []],
    ]);
  });

  it('ignores cases of other sources', () => {
    expect(sourceBlocks(source, [caseOf('西城区政协')])).toEqual([{ kind: 'text', from: 0, to: 10 }]);
  });
});

describe('repairKinds', () => {
  it('lists repairs by kind, most frequent first, with labels and a few examples', () => {
    const report = fixtureBook().sourceById.get('fx-bj-2022')!.report;
    const kinds = repairKinds(report, 1);
    expect(kinds.map((k) => [k.label, k.count])).toEqual([
      ['繁体转为简体', 1260],
      ['去除夹在字后的拼音注音', 214],
      ['半角标点改为全角', 18],
      ['修复乱码', 3],
    ]);
    expect(kinds[1].examples).toEqual([{ kind: 'pinyin-reading', at: 112, from: '協(xié)', to: '協' }]);
  });

  it('names a kind it does not know in general words, never by its id', () => {
    const report = { ...fixtureBook().sourceById.get('fx-hb-2019')!.report, repairs: { 'new-stage': 2 } };
    expect(repairKinds(report).map((k) => k.label)).toEqual(['其他修复']);
  });
});
