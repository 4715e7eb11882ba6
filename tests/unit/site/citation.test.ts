import { describe, expect, it } from 'vitest';
import { caseCitationTitle, citeCase, citeCasebookPage, citeSource, isoDateInChina } from '../../../src/lib/citation';
import { caseOf, fixtureBook, variant } from './fixtures';

describe('GB/T 7714 references', () => {
  const book = fixtureBook();
  const c = caseOf('西城区政协');
  const source = book.sourceById.get(c.sourceId)!;
  const url = 'https://example.org/cases/x/';

  it('cites a case with publisher, title, dates and URL', () => {
    expect(citeCase({ case: c, source, url, accessed: '2025-01-02' })).toBe(
      '人民政协网. 西城区政协：民主评议让监督“长牙齿”[EB/OL]. (2022-06-14)[2025-01-02]. https://example.org/cases/x/.',
    );
  });

  it('omits the publication date when unknown, and falls back to the committee for the author', () => {
    const undated = { ...source, date: null, publisher: null, author: null };
    expect(citeCase({ case: variant(c, { date: null }), source: undated, url, accessed: '2025-01-02' })).toBe(
      '西城区政协. 西城区政协：民主评议让监督“长牙齿”[EB/OL]. [2025-01-02]. https://example.org/cases/x/.',
    );
  });

  it('does not repeat a committee the title already names', () => {
    expect(caseCitationTitle(variant(c, { title: '西城区政协民主评议' }))).toBe('西城区政协民主评议');
  });

  it('cites a source and a casebook page', () => {
    expect(citeSource(source, 'https://example.org/sources/s/', '2025-01-02')).toBe(
      '人民政协网. 北京各区政协五年履职亮点回眸[EB/OL]. (2022-06-14)[2025-01-02]. https://example.org/sources/s/.',
    );
    expect(citeCasebookPage('机制比较：民主评议', 'https://example.org/m/', '2025-01-02')).toBe(
      '政协履职实践案例库. 机制比较：民主评议[EB/OL]. [2025-01-02]. https://example.org/m/.',
    );
  });

  it('dates the access in China Standard Time', () => {
    expect(isoDateInChina(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
    expect(isoDateInChina(new Date('2024-12-31T15:59:00Z'))).toBe('2024-12-31');
  });
});
