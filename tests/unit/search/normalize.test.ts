import { describe, expect, it } from 'vitest';
import { hasHan, isSearchable, MAX_QUERY_LENGTH, normalizeQuery } from '../../../src/lib/search/normalize';

describe('normalizeQuery', () => {
  it('folds full-width letters, digits and spaces (NFKC)', () => {
    expect(normalizeQuery('ＡＰＰ　１号提案')).toBe('app 1号提案');
    expect(normalizeQuery('委员工作室　')).toBe('委员工作室');
  });

  it('drops quotation marks inside a phrase instead of splitting it', () => {
    expect(normalizeQuery('两个“全覆盖”')).toBe('两个全覆盖');
    expect(normalizeQuery('“提案办理”')).toBe('提案办理');
    expect(normalizeQuery('「民主评议」')).toBe('民主评议');
  });

  it('turns other punctuation and every kind of space into one space', () => {
    expect(normalizeQuery('石景山，民主评议！')).toBe('石景山 民主评议');
    expect(normalizeQuery('\t石景山\u3000\u3000民主评议\n')).toBe('石景山 民主评议');
  });

  it('removes zero-width and control characters', () => {
    expect(normalizeQuery('委\u200b员\u0007工作室')).toBe('委员工作室');
  });

  it('leaves nothing of a query that is only punctuation', () => {
    expect(normalizeQuery('！！“”…')).toBe('');
    expect(isSearchable(normalizeQuery('！！'))).toBe(false);
    expect(isSearchable(normalizeQuery(' 1 '))).toBe(true);
  });

  it('cuts long input by characters, never inside a surrogate pair', () => {
    const long = '𠀀'.repeat(MAX_QUERY_LENGTH + 10);
    const out = normalizeQuery(long);
    expect([...out]).toHaveLength(MAX_QUERY_LENGTH);
    expect(out.isWellFormed()).toBe(true);
  });
});

describe('hasHan', () => {
  it('tells Chinese from Latin-only queries', () => {
    expect(hasHan('协商')).toBe(true);
    expect(hasHan('app 1')).toBe(false);
  });
});
