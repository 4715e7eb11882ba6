import { describe, expect, it } from 'vitest';
import { convertToSimplified, toSimplified } from '../../../src/pipeline/text/to-simplified';
import { sourceText } from './corpus';

describe('toSimplified', () => {
  it('converts Traditional lines of 000 and 004', () => {
    const r = toSimplified('堅持街道政協委員聯組工作機制是西城區政協工作的特點之一。');
    expect(r.text).toBe('坚持街道政协委员联组工作机制是西城区政协工作的特点之一。');
    expect(r.script).toBe('traditional');
  });

  it('reads 著 the way the Traditional pages use it, and keeps 著 where Simplified keeps it', () => {
    expect(toSimplified('切實增優勢、加長板,補短板、強弱項,著力推動政協專門協商機構專出特色').text).toBe(
      '切实增优势、加长板,补短板、强弱项,着力推动政协专门协商机构专出特色',
    );
    expect(toSimplified('有力助推了全省相關工作取得顯著成效。').text).toBe('有力助推了全省相关工作取得显著成效。');
    expect(toSimplified('以服務為著力點,乾淨的辦公環境,這裏面').text).toBe('以服务为着力点,干净的办公环境,这里面');
  });

  it('leaves Simplified text unchanged, 著/乾/里/干 included', () => {
    for (const id of ['001', '002', '003']) {
      const text = sourceText(id);
      expect(toSimplified(text)).toEqual({ text, changes: [], script: 'simplified', converted: 0 });
    }
    const s = '显著成效,著名学者,原著与专著,乾隆年间,干部队伍,里面,公里,着力推进';
    expect(toSimplified(s).text).toBe(s);
  });

  it('summarises changes per character pair and counts every occurrence', () => {
    const r = toSimplified('協商,協商,區政協');
    expect(r.text).toBe('协商,协商,区政协');
    expect(r.converted).toBe(4);
    expect(r.changes).toEqual([
      { kind: 'to-simplified', at: 0, from: '協', to: '协', note: '3×' },
      { kind: 'to-simplified', at: 6, from: '區', to: '区', note: '1×' },
    ]);
  });

  it('converts 000 and 004 completely and is idempotent', () => {
    for (const id of ['000', '004']) {
      const r = toSimplified(sourceText(id));
      expect(r.script).toBe('traditional');
      expect(toSimplified(r.text)).toEqual({ text: r.text, changes: [], script: 'simplified', converted: 0 });
    }
  });
});

describe('toSimplified: official place names keep their own characters', () => {
  it('keeps 乾县 and 乾安县 where the page wrote 乾, and still turns 乾淨 into 干净', () => {
    expect(toSimplified('4月9日,乾縣政協副主席祝曉娣一行赴大荔縣考察調研。').text).toBe('4月9日,乾县政协副主席祝晓娣一行赴大荔县考察调研。');
    expect(toSimplified('吉林省乾安縣政協召開常委會議，會場乾淨整潔。').text).toBe('吉林省乾安县政协召开常委会议，会场干净整洁。');
    expect(convertToSimplified('乾县政协召开会议。', 'simplified')).toBe('乾县政协召开会议。');
  });
});
