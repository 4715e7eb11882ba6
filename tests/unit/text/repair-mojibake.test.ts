import { describe, expect, it, vi } from 'vitest';
import { repairMojibake } from '../../../src/pipeline/text/repair-mojibake';
import { stripPinyin } from '../../../src/pipeline/text/strip-pinyin';
import { sourceLine, sourceText } from './corpus';

/** The stage as the pipeline runs it: on text without readings, with the readings as evidence. */
const repair = (raw: string, knownPlace?: (name: string) => boolean) => {
  const stripped = stripPinyin(raw);
  return { stripped: stripped.text, ...repairMojibake(stripped.text, { readings: stripped.readings, knownPlace }) };
};

describe('repairMojibake on the bundled corpus', () => {
  const r000 = repair(sourceText('000'));
  const r004 = repair(sourceText('004'));

  it('finds all six runs and says what each became', () => {
    expect([...r000.changes, ...r004.changes].map((c) => [c.from, c.to])).toEqual([
      ['?!北本┦形鞒菂^', '。”北京市西城區'],
      ['?!睋?', '。”據'],
      ['?!笔吧絽^', '。”⟨拾山區?⟩'],
      ['?!搬槍π乱粚谜f', '。“針對新一屆⟨?⟩'],
      ['?!毖討c', '。”延慶'],
      ['?!蔽錆h', '。”武漢'],
    ]);
    expect(r000.text).not.toContain('?!');
    expect(r004.text).not.toContain('?!');
  });

  it('repairs four runs whole, in their sentences', () => {
    expect(r000.text).toContain('助力西城高質量發展。”北京市西城區政協有關工作負責人介紹');
    expect(r000.text).toContain('三位一體學習品牌。”據區政協有關工作負責人介紹');
    expect(r000.text).toContain('開展了更加有效的管理和更加到位的服務。”延慶區政協有關工作負責人補充道');
    expect(r004.text).toContain('一次集中助力。”武漢市政協主席楊智說');
  });

  it('tells the byte behind a `?` by the reading the page gave that character elsewhere (據 = jù)', () => {
    const line = sourceLine('000', '三位一體學(xué)習(xí)品牌');
    // On its own line the reading jù is never given to 據 elsewhere: the byte stays unknown.
    const alone = repair(line);
    expect(alone.text).not.toContain('。”據區');
    // With the whole article, 據(jù) occurs in 據(jù)了解: the byte is FE.
    expect(r000.text).toContain('。”據區政協');
  });

  it('marks a place name the bytes cannot support (拾山區: 石景山區 lost two bytes)', () => {
    expect(r000.text).toContain('能力。”⟨拾山區?⟩政協有關工作負責人表示');
    expect(r000.unrecoverable).toContainEqual({
      marked: '⟨拾山區?⟩',
      raw: '?!笔吧絽^',
      reason: expect.stringContaining('拾山區'),
    });
  });

  it('asks the gazetteer, with the name as repaired and in Simplified', () => {
    const knownPlace = vi.fn((name: string) => name === '拾山区');
    const r = repair(sourceText('000'), knownPlace);
    expect(knownPlace).toHaveBeenCalledWith('拾山區');
    expect(knownPlace).toHaveBeenCalledWith('拾山区');
    expect(r.text).toContain('能力。”拾山區政協有關工作負責人表示');
    expect(r.unrecoverable.map((u) => u.marked)).toEqual(['⟨?⟩']);
  });

  it('confirms 西城區 by the text and 北京市 by the text, without a gazetteer', () => {
    expect(r000.unrecoverable.map((u) => u.marked)).toEqual(['⟨拾山區?⟩', '⟨?⟩']);
  });

  it('marks the end of a run whose last bytes are lost (新一屆政協: the bytes give 說, the page reads xié)', () => {
    expect(r000.text).toContain('更好履職。“針對新一屆⟨?⟩委員中一批專家');
    expect(r000.unrecoverable).toContainEqual({ marked: '⟨?⟩', raw: '?!搬槍π乱粚谜f', reason: expect.stringContaining('xié') });
  });

  it('is idempotent', () => {
    expect(repairMojibake(r000.text).text).toBe(r000.text);
    expect(repairMojibake(r004.text).text).toBe(r004.text);
  });
});

describe('repairMojibake on lines', () => {
  it('leaves a real `?!` before Chinese text alone', () => {
    // A line of 003 with its comma turned into `?!`: decoded in step, 不断开创… would be garbage.
    const line = sourceLine('003', '沧州市政协牢牢把握').replace('新使命,', '新使命?!');
    const text = sourceText('003').replace(sourceLine('003', '沧州市政协牢牢把握'), line);
    expect(line).toContain('?!不断开创');
    expect(repairMojibake(text)).toEqual({ text, changes: [], unrecoverable: [] });
    expect(repairMojibake(line)).toEqual({ text: line, changes: [], unrecoverable: [] });
  });

  it('needs Chinese before the `?!` and a non-ASCII character after it', () => {
    for (const s of ['What?!北京', 'x ?!', '?!', '西城?! 北本┦形鞒菂^']) expect(repairMojibake(s).changes).toEqual([]);
  });
});
