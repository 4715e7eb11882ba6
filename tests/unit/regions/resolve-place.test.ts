import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../../src/pipeline/regions/resolve-place';

const pick = (text: string, ...tiers: Array<[string, string[]]>) => {
  const r = resolvePlace(text, tiers.map(([label, codes]) => ({ label, codes })));
  return { code: r.code, basis: r.basis, via: r.via };
};

describe('resolvePlace', () => {
  it('resolves full and qualified names', () => {
    expect(pick('北京市西城区')).toEqual({ code: '110102', basis: 'unique', via: null });
    expect(pick('西城区')).toEqual({ code: '110102', basis: 'unique', via: null });
    expect(pick('北京市通州区')).toEqual({ code: '110112', basis: 'qualified', via: null });
    expect(pick('江苏省南通市通州区')).toEqual({ code: '320612', basis: 'qualified', via: null });
    expect(pick('浙江省温州市永嘉县')).toEqual({ code: '330324', basis: 'unique', via: null });
    expect(pick('金昌市')).toEqual({ code: '620300', basis: 'unique', via: null });
    expect(pick('定州市')).toEqual({ code: '130682', basis: 'unique', via: null });
  });

  it('reads a place written twice, a copy\'s slip, as that place (ZZZZZZZZZZZZZZZZZZZZS sd-403: 汶上汶上县)', () => {
    expect(pick('汶上汶上县').code).toBe('370830');
    // (Two places that do not nest are still a conflict.)
    expect(pick('汶上嘉祥县').code).toBeNull();
  });

  it('resolves short names only when they are unique', () => {
    expect(resolvePlace('永嘉')).toMatchObject({ code: '330324', form: 'short' });
    expect(resolvePlace('龙湾')).toMatchObject({ code: '330303', form: 'short' });
    expect(resolvePlace('北京通州')).toMatchObject({ code: '110112', basis: 'qualified' });
    expect(resolvePlace('恩施州')).toMatchObject({ code: '422800', form: 'alias' });
    // 恩施 is the prefecture and its seat: undecided, but both lie in 恩施州.
    expect(resolvePlace('恩施')).toMatchObject({ code: null, basis: 'ambiguous', candidates: ['422800', '422801'], ancestor: '422800' });
  });

  it('leaves 通州区 undecided without context, with both candidates', () => {
    expect(resolvePlace('通州区')).toEqual({
      code: null,
      candidates: ['110112', '320612'],
      basis: 'ambiguous',
      via: null,
      ancestor: null,
      form: 'full',
    });
  });

  it('decides 通州区 by context, both ways', () => {
    expect(pick('通州区', ['the article (北京 dateline)', ['110000']])).toEqual({
      code: '110112',
      basis: 'context',
      via: 'the article (北京 dateline)',
    });
    expect(pick('通州区', ['the sibling sections', ['110102', '110108', '110119']])).toMatchObject({ code: '110112' });
    expect(pick('通州区', ['the sibling sections', ['320613', '320614']])).toMatchObject({ code: '320612' });
    expect(pick('通州', ['the sibling sections', ['320600']])).toMatchObject({ code: '320612' });
  });

  it('tries tiers in order and skips a tier that does not separate the candidates', () => {
    // The section's own text names only 河北省 places; the siblings are in Beijing.
    expect(pick('通州区', ['section', ['130700']], ['siblings', ['110102']])).toEqual({
      code: '110112',
      basis: 'context',
      via: 'siblings',
    });
    // The first tier that separates them wins, even if a later one disagrees.
    expect(pick('通州区', ['section', ['320600']], ['siblings', ['110102']])).toMatchObject({ code: '320612', via: 'section' });
  });

  it('prefers the exact division among a city and a county of the same name', () => {
    // 承德 is 承德市 and 承德县 (under 承德市): the section's 承德市 decides.
    expect(pick('承德', ['section', ['130800']])).toMatchObject({ code: '130800' });
    expect(pick('承德', ['section', ['130821']])).toMatchObject({ code: '130821' });
  });

  it('never invents: conflicts and non-places resolve to nothing', () => {
    expect(resolvePlace('江苏省西城区')).toMatchObject({ code: null, basis: 'conflict', ancestor: null });
    expect(resolvePlace('首都')).toMatchObject({ code: null, basis: 'unknown', candidates: [] });
    expect(resolvePlace('')).toMatchObject({ code: null, basis: 'unknown' });
    expect(pick('河北', ['unrelated', ['440300']])).toMatchObject({ code: null, basis: 'ambiguous' });
  });
});
