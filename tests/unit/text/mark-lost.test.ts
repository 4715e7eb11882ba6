import { describe, expect, it } from 'vitest';
import { markLost } from '../../../src/pipeline/text/mark-lost';

describe('markLost', () => {
  it('marks a `?` that stands for a lost character (004: 一線協商?共同締造)', () => {
    const line = '今年,,省政協結合省委“共同締造”部署,,在全省政協推進“一線協商?共同締造”行動,,市縣政協普遍感受到';
    const r = markLost(line);
    expect(r.text).toBe('今年,,省政協結合省委“共同締造”部署,,在全省政協推進“一線協商⟨?⟩共同締造”行動,,市縣政協普遍感受到');
    expect(r.changes).toEqual([{ kind: 'lost-character', at: line.indexOf('?'), from: '?', to: '⟨?⟩' }]);
    expect(r.unrecoverable).toEqual([{ marked: '⟨?⟩', raw: '?', reason: expect.any(String) }]);
  });

  it('takes the stray byte after a lost character into the marker (000: 或?qū)I(yè) after strip-pinyin)', () => {
    const r = markLost('邀請市、區政協委員,就所從事的專門領域或?I特長、履職實踐作專題講座');
    expect(r.text).toBe('邀請市、區政協委員,就所從事的專門領域或⟨?⟩特長、履職實踐作專題講座');
    expect(r.unrecoverable).toEqual([{ marked: '⟨?⟩', raw: '?I', reason: expect.stringContaining('stray byte') }]);
  });

  it('turns a real question mark into `？` (004: the sentence asks 如何)', () => {
    const line = '如何檢驗這幾年的貫徹成效,,防止虎頭蛇尾,,走過場?湖北省政協以開展中央和省委政協工作會議精神貫徹落實情況';
    const r = markLost(line);
    expect(r.text).toBe('如何檢驗這幾年的貫徹成效,,防止虎頭蛇尾,,走過場？湖北省政協以開展中央和省委政協工作會議精神貫徹落實情況');
    expect(r.changes).toEqual([{ kind: 'question-mark', at: line.indexOf('?'), from: '?', to: '？' }]);
    expect(r.unrecoverable).toEqual([]);
  });

  it('reads a `?` at the end of a line or before a closing quote as a question', () => {
    expect(markLost('在推進理論武裝上更進一步,搞清楚地方政協是什麼?\n以理論學習統一思想').text).toBe(
      '在推進理論武裝上更進一步,搞清楚地方政協是什麼？\n以理論學習統一思想',
    );
    expect(markLost('“地方政協怎麼干?”').text).toBe('“地方政協怎麼干？”');
  });

  it('takes a run of `?` before a line\'s first word as lost indentation, logged (ZZZZZZZQ sd-67, yn-36)', () => {
    const text = '??? □記者 趙霞 報道\n??? 德州新聞網訊 12月15日,區政協召開座談會。\n????市政協副主席出席。';
    const r = markLost(text);
    expect(r.text).toBe('□記者 趙霞 報道\n德州新聞網訊 12月15日,區政協召開座談會。\n市政協副主席出席。');
    expect(r.changes.map((c) => [c.kind, c.from])).toEqual([
      ['lost-indent', '??? '],
      ['lost-indent', '??? '],
      ['lost-indent', '????'],
    ]);
    // (A lone `?` glued to a line's first word may be that word's lost first character.)
    expect(markLost('前言\n?家鄉的變化').text).toBe('前言\n?家鄉的變化');
  });

  it('breaks a line where a copy ran paragraphs together, keeping their lost indentation (sd-630)', () => {
    const text = '同時也為明年的工作理清了思路。 ????區政協視察綠化工作 ????近日,市南區政協社會政法委員會視察了我區綠化工作。';
    const r = markLost(text);
    expect(r.text).toBe('同時也為明年的工作理清了思路。\n區政協視察綠化工作\n近日,市南區政協社會政法委員會視察了我區綠化工作。');
    expect(r.changes.map((c) => [c.kind, c.from, c.to])).toEqual([
      ['lost-indent', ' ????', '\n'],
      ['lost-indent', ' ????', '\n'],
    ]);
    // (A question asked twice after a space is still a question: `为什么 ??` ends the line.)
    expect(markLost('為什麼 ??').text).not.toContain('\n');
    expect(markLost(r.text)).toEqual({ text: r.text, changes: [], unrecoverable: [] });
  });

  it('does not count 幾 in 這幾年 or 幾乎 as a question word', () => {
    expect(markLost('這幾年幾乎都在推進“一線協商?共同締造”').text).toBe('這幾年幾乎都在推進“一線協商⟨?⟩共同締造”');
  });

  it('leaves `?` in Latin text, URLs and markers alone, and is idempotent', () => {
    for (const s of ['What?', 'https://example.cn/a?b=1', '⟨拾山區?⟩政協', '⟨?⟩', '區?!毖討c']) expect(markLost(s).text).toBe(s);
    const once = markLost('推進“一線協商?共同締造”行動。如何檢驗?').text;
    expect(markLost(once)).toEqual({ text: once, changes: [], unrecoverable: [] });
  });
});
