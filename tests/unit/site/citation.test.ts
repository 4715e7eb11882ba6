import { describe, expect, it } from 'vitest';
import { caseCitationTitle, caseReferences, citableUrl, citeCase, citeCasebookPage, citeSource, isoDateInChina } from '../../../src/lib/citation';
import { caseOf, fixtureBook, variant } from './fixtures';

describe('GB/T 7714 references', () => {
  const book = fixtureBook();
  const c = caseOf('西城区政协');
  const source = book.sourceById.get(c.sourceId)!;

  it('cites the original article first, with its address when known, then the casebook page', () => {
    const refs = caseReferences({ case: c, source: { ...source, url: 'https://www.rmzxb.com.cn/c/x.shtml' }, url: 'https://example.org/cases/x/', accessed: '2025-01-02' });
    expect(refs).toEqual([
      '人民政协网. 北京各区政协五年履职亮点回眸：协商于民 协商为民[EB/OL]. (2022-06-14)[2025-01-02]. https://www.rmzxb.com.cn/c/x.shtml.',
      '政协履职实践案例库. 西城区政协：民主评议让监督“长牙齿”（案例）[EB/OL]. [2025-01-02]. https://example.org/cases/x/.',
    ]);
  });

  it('writes 佚名 for an unknown publisher, never the committee, and leaves out an unknown address', () => {
    expect(citeSource({ ...source, publisher: null, author: null, date: null, url: null }, '2025-01-02')).toBe(
      '佚名. 北京各区政协五年履职亮点回眸：协商于民 协商为民[EB/OL]. [2025-01-02].',
    );
  });

  it('does not repeat a committee the title already names, and names none the text did not', () => {
    expect(caseCitationTitle(variant(c, { title: '西城区政协民主评议' }))).toBe('西城区政协民主评议');
    expect(caseCitationTitle(variant(c, { committee: '温州市所辖县级政协', committeeNamed: false, title: '聚焦改革命题' }))).toBe('聚焦改革命题');
    expect(citeCase({ case: c, source, url: '/cases/x/', accessed: '2025-01-02' })).toBe(
      '政协履职实践案例库. 西城区政协：民主评议让监督“长牙齿”（案例）[EB/OL]. [2025-01-02]. /cases/x/.',
    );
  });

  it('cites a casebook page', () => {
    expect(citeCasebookPage('机制比较：民主评议', 'https://example.org/m/', '2025-01-02')).toBe(
      '政协履职实践案例库. 机制比较：民主评议[EB/OL]. [2025-01-02]. https://example.org/m/.',
    );
  });

  it('gives an absolute address only when the site’s address is known', () => {
    expect(citableUrl('/cases/x/', new URL('https://example.org/'))).toBe('https://example.org/cases/x/');
    expect(citableUrl('/cases/x/', undefined)).toBe('/cases/x/');
  });

  it('dates the access in China Standard Time', () => {
    expect(isoDateInChina(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
    expect(isoDateInChina(new Date('2024-12-31T15:59:00Z'))).toBe('2024-12-31');
  });
});
