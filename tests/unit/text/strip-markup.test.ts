import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../../src/pipeline/text/strip-markup';

// Copies that kept their page's markup (tests/fixtures/real/sn-93-linwei-chengzhongcun-trad, hb-74-qingshan-htmljunk).
describe('stripMarkup', () => {
  it('turns block tags into the line breaks they stood for and drops the rest, logging each (ZZZZZZZZP sn-93)', () => {
    const text = '<p class="ql-block"> 為進一步改善城中村消防安全突出問題。</p> <p class="ql-block"> 會議首先通報了<span style="font-size:18px;">基本情況</span>。</p>';
    const r = stripMarkup(text);
    expect(r.text).toBe('\n 為進一步改善城中村消防安全突出問題。\n \n 會議首先通報了基本情況。\n');
    expect(r.changes.map((c) => [c.kind, c.from, c.to])).toEqual([
      ['markup', '<p class="ql-block">', '\n'],
      ['markup', '</p>', '\n'],
      ['markup', '<p class="ql-block">', '\n'],
      ['markup', '<span style="font-size:18px;">', ''],
      ['markup', '</span>', ''],
      ['markup', '</p>', '\n'],
    ]);
    expect(stripMarkup(r.text).changes).toEqual([]);
  });

  it('leaves a text with one tag-like run, or comparisons, as it is', () => {
    for (const s of ['委员<b>张三</b说', '增长率<5%，大于>3%', '市政协召开常委会议。']) expect(stripMarkup(s).text).toBe(s);
  });
});
