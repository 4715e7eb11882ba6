import { describe, expect, it } from 'vitest';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { createT2sConverter, packCharacters, pruneDictionary, unpackCharacters } from '../../../src/lib/search/t2s';

// Simplified text as the pipeline writes it (real case text).
const SIMPLIFIED =
  '西城区政协把民主评议作为开展民主监督的重要抓手，对全区27个区属党政部门开展民主评议，评议结果纳入部门绩效考核。' +
  '延庆区政协建成20个委员工作室，组织委员开展“请你来协商”活动，就冬奥场馆赛后利用等议题协商议政。' +
  '乾隆年间的干部在里面发展制度，著名的头发。';

const keep = new Set(SIMPLIFIED);

describe('pruneDictionary', () => {
  it('keeps entries whose Simplified side uses only kept characters, first candidate only', () => {
    expect(pruneDictionary('協 协|區 区|乾 乾 干|鬱 郁', new Set('协区乾'))).toBe('協 协|區 区|乾 乾');
  });

  it('shrinks opencc-js t->cn to what the text can match', () => {
    const chars = pruneDictionary(TSCharacters, keep);
    expect(chars.length).toBeLessThan(TSCharacters.length / 5);
    expect(chars).toContain('協 协');
  });
});

describe('packCharacters', () => {
  it('packs single-character entries as pairs, a quarter fewer bytes, and unpacks them as they were', () => {
    const chars = pruneDictionary(TSCharacters, keep);
    const packed = packCharacters(chars);
    expect(packCharacters('協 协|區 区')).toBe('協协區区');
    expect(Buffer.byteLength(packed)).toBeLessThanOrEqual(Buffer.byteLength(chars) * 0.76);
    expect(unpackCharacters(packed)).toBe(chars);
    expect(packCharacters('')).toBe('');
  });

  it('refuses an entry that pairs cannot hold', () => {
    expect(() => packCharacters('乾隆 乾隆')).toThrow(/乾隆 乾隆/);
  });
});

describe('createT2sConverter', () => {
  const convert = createT2sConverter({ phrases: pruneDictionary(TSPhrases, keep), characters: packCharacters(pruneDictionary(TSCharacters, keep)) });

  it('converts Traditional and mixed queries to Simplified', () => {
    expect(convert('協商')).toBe('协商');
    expect(convert('委員工作室')).toBe('委员工作室');
    expect(convert('民主評議')).toBe('民主评议');
    expect(convert('协商議政')).toBe('协商议政');
  });

  it('leaves Simplified text as it is', () => {
    expect(convert(SIMPLIFIED)).toBe(SIMPLIFIED);
  });

  it('without a dictionary, converts nothing', () => {
    expect(createT2sConverter({ phrases: '', characters: '' })('協商')).toBe('協商');
  });
});
