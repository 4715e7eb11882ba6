import { describe, expect, it } from 'vitest';
import { buildExcerpt, cleanIndexedText, excerptHasMatch } from '../../../src/lib/search/excerpt';
import { termToken } from '../../../src/lib/search/terms';

const text = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('cleanIndexedText', () => {
  it('removes word separators, block separators and term tokens', () => {
    const indexed = `邯郸​市​政协. ​民主​评​议​促​作风​转变. 案例。 . . ${termToken('民主评议')} ${termToken('邯郸')}`;
    expect(cleanIndexedText(indexed)).toBe('邯郸市政协 民主评议促作风转变 案例。');
  });

  it('keeps full stops in Latin text', () => {
    expect(cleanIndexedText('APP v2.0. Done')).toBe('APP v2.0. Done');
  });
});

describe('buildExcerpt', () => {
  const body = '2021年起，西城区政协把民主评议作为开展民主监督的重要抓手，每年选取群众关注度高的领域，对全区27个区属党政部门开展民主评议，评议结果纳入部门绩效考核。';

  it('marks every occurrence of the query in the window', () => {
    const out = text(buildExcerpt(body, ['民主评议'], 200));
    expect(out).toBe(body.replaceAll('民主评议', '[民主评议]'));
  });

  it('cuts around the first occurrence, with ellipses where text is left out', () => {
    const long = `${'前文'.repeat(50)}民主评议${'后文'.repeat(50)}`;
    const out = text(buildExcerpt(long, ['民主评议'], 40));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[民主评议]');
  });

  it('prefers the longer needle where two overlap', () => {
    expect(text(buildExcerpt('协商议事会和议事会', ['议事会', '协商议事会'], 50))).toBe('[协商议事会]和[议事会]');
  });

  it('falls back to the start of the text, unmarked', () => {
    const segments = buildExcerpt(body, ['不存在'], 10);
    expect(excerptHasMatch(segments)).toBe(false);
    expect(text(segments)).toBe(`${body.slice(0, 10)}…`);
  });

  it('matches Latin text case-insensitively', () => {
    expect(text(buildExcerpt('履职管理APP记录', ['app'], 50))).toBe('履职管理[APP]记录');
  });
});
