import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertNoTokenCollisions,
  countTerms,
  normalizeTerms,
  placeNameForms,
  planQuery,
  requiredWords,
  TOKEN_PATTERN,
  TOKEN_PREFIX,
  termToken,
} from '../../../src/lib/search/terms';
import { catalogueTerms } from '../../../src/lib/search/site-terms';
import { loadCatalogue } from '../../../src/pipeline/classify/catalogue';

const TERMS = normalizeTerms(['委员工作室', '民主评议', '协商议事会', '议事会', '石景山区', '石景山', '两个全覆盖', '提案办理']);

describe('termToken', () => {
  it('is Latin letters only, of one fixed length, and stable', () => {
    const t = termToken('民主评议');
    expect(t).toMatch(/^[a-z]+$/);
    expect(t.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(t).toHaveLength(termToken('委员工作室').length);
    expect(termToken('民主评议')).toBe(t);
    expect(termToken('民主监督')).not.toBe(t);
  });

  it('is found by TOKEN_PATTERN inside indexed text', () => {
    const text = `案例\u200b${termToken('民主评议')}\u200b原文 ${termToken('石景山')}`;
    expect(text.match(TOKEN_PATTERN)).toEqual([termToken('民主评议'), termToken('石景山')]);
  });

  it('has no collisions among this catalogue, and the check reports one', () => {
    expect(() => assertNoTokenCollisions(TERMS)).not.toThrow();
    expect(() => assertNoTokenCollisions(['a', 'a'])).not.toThrow();
    // Two strings with the same 32-bit FNV-1a hash, found by search.
    expect(termToken('k4uzx')).toBe(termToken('kf2ad'));
    expect(() => assertNoTokenCollisions(['k4uzx', 'kf2ad'])).toThrow(/share the token/);
  });
});

describe('normalizeTerms', () => {
  it('folds like a query, drops one-character terms and terms with separators, sorts longest first', () => {
    expect(normalizeTerms(['讲堂', '讲', '委员工作室（站）', '“两个全覆盖”', '讲堂', 'ＡＰＰ'])).toEqual(['两个全覆盖', 'app', '讲堂']);
  });
});

describe('placeNameForms', () => {
  it('adds the short form people write', () => {
    expect(placeNameForms('石景山区')).toEqual(['石景山区', '石景山']);
    expect(placeNameForms('北京市')).toEqual(['北京市', '北京']);
    expect(placeNameForms('广西壮族自治区')).toEqual(['广西壮族自治区', '广西']);
    expect(placeNameForms('辛集市')).toEqual(['辛集市', '辛集']);
  });

  it('keeps names whose short form would be a single character', () => {
    expect(placeNameForms('沙市')).toEqual(['沙市']);
    expect(placeNameForms('')).toEqual([]);
  });
});

describe('countTerms', () => {
  it('counts every occurrence, ignoring quotation marks as the mechanism matcher does', () => {
    const counts = countTerms('实现“两个全覆盖”。开展民主评议，民主评议结果公开。', TERMS);
    expect(counts.get('两个全覆盖')).toBe(1);
    expect(counts.get('民主评议')).toBe(2);
    expect(counts.has('委员工作室')).toBe(false);
  });

  it('counts a shorter term inside a longer one too (literal substring semantics)', () => {
    const counts = countTerms('设立协商议事会', TERMS);
    expect(counts.get('协商议事会')).toBe(1);
    expect(counts.get('议事会')).toBe(1);
  });

  it('counts as a search for each term would, without overlapping one term with itself', () => {
    // The one-scan trie against the plain definition: indexOf per term, left to right.
    const naive = (text: string, terms: string[]) => {
      const out = new Map<string, number>();
      for (const t of terms) {
        let n = 0;
        for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + t.length)) n++;
        if (n) out.set(t, n);
      }
      return out;
    };
    const word = fc.string({ unit: fc.constantFrom('协', '商', '议', '事', '会', '政'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 8 }), fc.string({ unit: fc.constantFrom('协', '商', '议', '事', '会', '政', '。'), maxLength: 40 }), (terms, text) => {
        expect(countTerms(text, terms)).toEqual(naive(text, terms));
      }),
    );
    expect(countTerms('议议议', ['议议'])).toEqual(new Map([['议议', 1]]));
  });
});

describe('planQuery', () => {
  it('replaces a catalogue term by its token', () => {
    const plan = planQuery('民主评议', TERMS);
    expect(plan.pagefindQuery).toBe(termToken('民主评议'));
    expect(plan.needles).toEqual(['民主评议']);
  });

  it('takes the longest term at each position and keeps the rest as typed', () => {
    const plan = planQuery('石景山区协商议事会工作', TERMS);
    expect(plan.parts).toEqual([
      { text: '石景山区', token: termToken('石景山区') },
      { text: '协商议事会', token: termToken('协商议事会') },
      { text: '工作' },
    ]);
    expect(plan.pagefindQuery).toBe(`${termToken('石景山区')} ${termToken('协商议事会')} 工作`);
  });

  it('plans each space-separated part on its own', () => {
    expect(planQuery('石景山 民主评议', TERMS).pagefindQuery).toBe(`${termToken('石景山')} ${termToken('民主评议')}`);
  });

  it('passes text without terms through unchanged', () => {
    const plan = planQuery('评议', TERMS);
    expect(plan.pagefindQuery).toBe('评议');
    expect(plan.parts).toEqual([{ text: '评议' }]);
  });
});

describe('requiredWords', () => {
  it('lists the tokens and the words of the rest, each once', () => {
    const words = requiredWords(planQuery('民主评议 望远镜 民主评议', TERMS));
    expect(words[0]).toBe(termToken('民主评议'));
    expect(words).toContain('望远镜');
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('catalogueTerms', () => {
  it('leaves the classifier\'s phrase cues (cue: true) out of the search\'s terms, and keeps its other terms', () => {
    const catalogue = loadCatalogue('src/content/functions.yaml', 'src/content/mechanisms.yaml');
    const terms = catalogueTerms(catalogue.functions, catalogue.mechanisms);
    expect(terms).not.toContain('次会议在');
    expect(terms).not.toContain('的提案');
    expect(terms).toContain('调研活动');
    expect(terms).toContain('提案');
  });
});
