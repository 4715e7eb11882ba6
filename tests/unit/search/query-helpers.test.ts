import { describe, expect, it } from 'vitest';
import { cataloguePages, packPages, pagesFor, unpackPages } from '../../../src/lib/search/catalogue-pages';
import { orderOptions } from '../../../src/lib/search/filter-options';
import { prefixExpansions, termToken } from '../../../src/lib/search/terms';
import { termsInUse } from '../../../src/lib/search/support';

describe('prefixExpansions', () => {
  const terms = ['党员委员履职临时党支部', '临时党支部', '临时党组织', '委员工作室', '委员工作站'];
  it('finds the catalogue terms a short query begins, shortest first', () => {
    expect(prefixExpansions('临时', terms)).toEqual(['临时党支部', '临时党组织']);
    expect(prefixExpansions('委员工作', terms)).toEqual(['委员工作室', '委员工作站']);
  });
  it('does not expand a whole term, one character, or several words', () => {
    expect(prefixExpansions('临时党支部', terms)).toEqual([]);
    expect(prefixExpansions('临', terms)).toEqual([]);
    expect(prefixExpansions('临时 工作', terms)).toEqual([]);
  });
});

describe('pagesFor', () => {
  const pages = cataloguePages(
    [{ id: 'committee-studio', name: '委员工作室（站）', aliases: ['委员工作室', '委员工作站'] }],
    [{ id: 'democratic-supervision', name: '民主监督', aliases: [] }],
  );
  it('leads a query for a mechanism or function name to its page', () => {
    expect(pagesFor('委员工作室', pages).map((p) => p.url)).toEqual(['/mechanisms/committee-studio/']);
    expect(pagesFor('民主监督', pages).map((p) => p.title)).toEqual(['职能：民主监督']);
  });
  it('travels packed against the term list and comes back the same', () => {
    const terms = [...new Set(pages.flatMap((p) => p.terms))];
    expect(unpackPages(packPages(pages, terms), terms)).toEqual(pages);
  });

  it('keeps in the term list only the terms some page carries, and the words of every catalogue page', () => {
    const terms = ['党员委员履职临时党支部', '委员工作室', '委员工作站', '次会议在', '民主监督', '西城区'];
    const used = termsInUse({ terms, pages: packPages(pages, terms) }, new Set([termToken('西城区'), termToken('党员委员履职临时党支部')]));
    expect(used.terms).toEqual(['党员委员履职临时党支部', '委员工作室', '委员工作站', '民主监督', '西城区']);
    expect(unpackPages(used.pages, used.terms)).toEqual(unpackPages(packPages(pages, terms), terms));
  });

  it('also for the beginning of one, and not for other words', () => {
    expect(pagesFor('委员工作', pages).map((p) => p.url)).toEqual(['/mechanisms/committee-studio/']);
    expect(pagesFor('提案', pages)).toEqual([]);
  });
});

describe('orderOptions', () => {
  it('puts the values with most cases first, years newest first, levels top down', () => {
    expect(orderOptions('mechanism', { 民主评议: 3, 委员工作室: 12, 临时党支部: 8 }, [])).toEqual(['委员工作室', '临时党支部', '民主评议']);
    expect(orderOptions('year', { 2019: 3, 2022: 1 }, [])).toEqual(['2022', '2019']);
    expect(orderOptions('level', { 县级: 9, 省级: 1, 市级: 4 }, ['全国', '省级', '市级', '县级'])).toEqual(['省级', '市级', '县级']);
  });
});
