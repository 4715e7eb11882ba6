import { describe, expect, it } from 'vitest';
import { repairText } from '../../../src/pipeline/text/repair-text';
import { toSimplified } from '../../../src/pipeline/text/to-simplified';
import { sourceText } from './corpus';

const ids = ['000', '001', '002', '003', '004'];
const repaired = Object.fromEntries(ids.map((id) => [id, repairText(sourceText(id))]));
const all = ids.map((id) => repaired[id].text).join('\n');

describe('repairText on the bundled corpus', () => {
  it('leaves no pinyin reading, no `?!` and no ASCII comma between Chinese characters', () => {
    expect(all).not.toMatch(/[(（]?[a-zü\u00e0-\u00fc\u0101-\u01dc]{1,6}[)）]/);
    expect(all).not.toContain('?!');
    expect(all).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
  });

  it('brings back the three runs whose text is whole', () => {
    expect(repaired['000'].text).toContain('北京市西城区政协有关工作负责人介绍');
    expect(repaired['000'].text).toContain('延庆区政协有关工作负责人补充道');
    expect(repaired['004'].text).toContain('武汉市政协主席杨智说');
    expect(repaired['000'].text).toContain('三位一体学习品牌。”据区政协有关工作负责人介绍');
  });

  it('marks what is lost, with the marked text as it stands in the output', () => {
    expect(repaired['000'].text).toContain('。”⟨拾山区?⟩政协有关工作负责人表示');
    expect(repaired['000'].unrecoverable.map((u) => [u.marked, u.raw])).toEqual([
      ['⟨拾山区?⟩', '?!笔吧絽^'],
      ['⟨?⟩', '?!搬槍π乱粚谜f'],
      ['⟨?⟩', '?I'],
    ]);
    expect(repaired['004'].unrecoverable.map((u) => [u.marked, u.raw])).toEqual([['⟨?⟩', '?']]);
    for (const id of ids) for (const u of repaired[id].unrecoverable) expect(repaired[id].text).toContain(u.marked);
    expect(repaired['004'].text).toContain('走过场？湖北省政协');
  });

  it('leaves no Traditional character: converting the output again changes nothing', () => {
    for (const id of ids) expect(toSimplified(repaired[id].text).text).toBe(repaired[id].text);
    expect(repaired['000'].script).toBe('traditional');
    expect(repaired['004'].script).toBe('traditional');
    expect(repaired['001'].script).toBe('simplified');
  });

  it('rejoins the broken sentences of 003 and keeps the cut-off 衡水 section cut off', () => {
    const lines = repaired['003'].text.split('\n');
    expect(repaired['003'].text).toContain('连续两年集中开展重点调研');
    const cut = lines.findIndex((l) => l.startsWith('始终强化思想政治引领'));
    expect(lines[cut]).toMatch(/正确的政治方向$/);
    expect(lines[cut + 1]).toBe('邢台市政协 踏上新征程 再铸新辉煌');
  });

  it('gives the header lines the shape the metadata stage reads', () => {
    expect(repaired['000'].text.split('\n').slice(0, 5)).toEqual([
      '首页>协商>政协动态',
      '为展现新时代首都政协新作为汇聚力量',
      '——贯彻落实中央政协工作会议精神的北京答卷',
      '人民政协网北京6月14日电 （记者 包松娅）',
      '编者按：',
    ]);
    expect(repaired['002'].text.split('\n').slice(0, 4)).toEqual([
      '首页 > 理论探索',
      '贯彻落实《中国共产党政治协商工作条例》 着力提升政协履职质量',
      '中共政协金昌市委员会党组',
      '发布时间：2022-09-19 10:01:02 来源：民主协商新闻网',
    ]);
  });

  it('counts every kind of repair', () => {
    expect(repaired['000'].counts).toMatchObject({ mojibake: 5, 'lost-character': 1 });
    expect(repaired['004'].counts).toMatchObject({ mojibake: 1, 'lost-character': 1, 'question-mark': 1 });
    expect(repaired['003'].counts['rejoin-line']).toBe(19);
    expect(repaired['004'].counts['stray-punctuation']).toBeGreaterThan(100);
    for (const id of ids) expect(repaired[id].counts['pinyin-reading'] > 0).toBe(id === '000' || id === '004');
  });

  it('is idempotent on the corpus', () => {
    for (const id of ids) expect(repairText(repaired[id].text).text).toBe(repaired[id].text);
  });
});
