import { describe, expect, it } from 'vitest';
import { bibtexFile, caseReferenceRecords, risFile } from '../../../src/lib/reference-files';
import { caseOf, fixtureBook } from './fixtures';

// The RIS and BibTeX downloads carry the same two records as the GB/T 7714 block: the original
// article, then the casebook page.
describe('reference-manager files', () => {
  const book = fixtureBook();
  const c = caseOf('海淀区政协');
  const source = book.sourceById.get(c.sourceId)!;
  const records = caseReferenceRecords(c, source, 'https://casebook.example/cases/x/', '2026-11-29');

  it('cite the original article first, then the casebook page', () => {
    expect(records.map((r) => r.author)).toEqual([source.publisher ?? source.author ?? '佚名', '政协履职实践案例库']);
    expect(records[1].title).toMatch(/（案例）$/);
  });

  it('write RIS: one tag a line, every record closed by ER', () => {
    const ris = risFile(records);
    const lines = ris.trim().split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.filter((l) => l === 'ER  -')).toHaveLength(2);
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9]  - /.test(l) || l === 'ER  -')).toBe(true);
    expect(ris).toContain('UR  - https://casebook.example/cases/x/');
    expect(ris).toContain('Y2  - 2026/11/29');
  });

  it('write BibTeX with corporate authors braced and special characters escaped', () => {
    const bib = bibtexFile([{ ...records[0], title: '100% 覆盖 & {括号}', date: '2022-06' }]);
    expect(bib).toContain('title = {100\\% 覆盖 \\& 括号}');
    expect(bib).toMatch(/author = \{\{[^{}]+\}\}/);
    expect(bib).toContain('date = {2022-06}');
  });

  it('put a site path in a note, not in the URL field reference managers would open', () => {
    const local = caseReferenceRecords(c, source, '/cases/x/', '2026-11-29');
    expect(risFile(local)).toContain('N1  - 案例库页面：/cases/x/');
    expect(risFile(local)).not.toContain('UR  - /cases');
    expect(bibtexFile(local)).toContain('note = {案例库页面：/cases/x/}');
  });
});
