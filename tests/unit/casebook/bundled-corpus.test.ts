import { describe, expect, it } from 'vitest';
import { caseSchema, regionSchema, sourceSchema } from '../../../src/schemas';
import { comparisonRows } from '../../../src/lib/mechanism-table';
import { bundled, catalogue } from './pipeline-support';

const book = bundled();
const bySource = (id: string) => book.cases.filter((c) => c.sourceId === id).sort((a, b) => a.ordinal - b.ordinal);
const row = (c: (typeof book.cases)[number]) => [c.committee, c.region.code, c.level, c.attribution.kind, c.incomplete];

describe('the bundled corpus', () => {
  it('yields exactly its 33 cases, every paragraph covered once, all valid against the schemas', () => {
    expect(book.failures).toEqual([]);
    expect(book.cases).toHaveLength(33);
    expect(book.built.flatMap((b) => b.uncovered)).toEqual([]);
    for (const s of book.sources) sourceSchema.parse(s);
    for (const c of book.cases) caseSchema.parse(c);
    for (const r of book.regions) regionSchema.parse(r);
    expect(new Set(book.cases.map((c) => c.id)).size).toBe(33);
    expect(book.curation.dangling).toEqual([]);
  });

  it('places the six Beijing districts (000) under 北京市 with no prefecture', () => {
    expect(bySource('000-4bb3d2b3ae31962d').map(row)).toEqual([
      ['西城区政协', '110102', 'county', 'explicit', false],
      ['海淀区政协', '110108', 'county', 'explicit', false],
      ['石景山区政协', '110107', 'county', 'explicit', false],
      ['通州区政协', '110112', 'county', 'explicit', false],
      ['怀柔区政协', '110116', 'county', 'explicit', false],
      ['延庆区政协', '110119', 'county', 'explicit', false],
    ]);
    for (const c of bySource('000-4bb3d2b3ae31962d')) {
      expect(c.region).toMatchObject({ province: '北京市', city: null });
    }
  });

  it('places the twelve 温州 sections (001): named committees explicit, the rest inferred within 温州市, landmarks curated', () => {
    const rows = bySource('001-908a390d6d506da1').map(row);
    expect(rows).toEqual([
      ['鹿城区政协', '330302', 'county', 'curated', false],
      ['龙湾区政协', '330303', 'county', 'explicit', false],
      ['温州市所辖县级政协', '330300', 'county', 'inferred', false],
      ['温州市所辖县级政协', '330300', 'county', 'inferred', false],
      ['温州市所辖县级政协', '330300', 'county', 'inferred', false],
      ['瑞安市政协', '330381', 'county', 'curated', false],
      ['永嘉政协', '330324', 'county', 'explicit', false],
      ['温州市所辖县级政协', '330300', 'county', 'inferred', false],
      ['政协平阳县委员会', '330326', 'county', 'explicit', false],
      ['泰顺县政协', '330329', 'county', 'inferred', false],
      ['苍南县政协', '330327', 'county', 'explicit', false],
      ['温州市所辖县级政协', '330300', 'county', 'inferred', false],
    ]);
    for (const c of bySource('001-908a390d6d506da1')) expect(c.region).toMatchObject({ province: '浙江省', city: '温州市' });
  });

  it('gives 金昌 (002) and 湖北 (004) one case each, at city and province level', () => {
    expect(bySource('002-1c5dea9eec081a1b').map(row)).toEqual([['政协金昌市委员会', '620300', 'city', 'explicit', false]]);
    expect(bySource('004-556c2cbf0c3b394f').map(row)).toEqual([['湖北省政协', '420000', 'province', 'explicit', false]]);
  });

  it('places the thirteen Hebei committees (003); 衡水 is incomplete; 定州 and 辛集 are county-level', () => {
    expect(bySource('003-0de38e78cda0ee45').map(row)).toEqual([
      ['石家庄市政协', '130100', 'city', 'explicit', false],
      ['承德市政协', '130800', 'city', 'explicit', false],
      ['张家口市政协', '130700', 'city', 'explicit', false],
      ['秦皇岛市政协', '130300', 'city', 'explicit', false],
      ['唐山市政协', '130200', 'city', 'explicit', false],
      ['廊坊市政协', '131000', 'city', 'explicit', false],
      ['保定市政协', '130600', 'city', 'explicit', false],
      ['沧州市政协', '130900', 'city', 'explicit', false],
      ['衡水市政协', '131100', 'city', 'explicit', true],
      ['邢台市政协', '130500', 'city', 'explicit', false],
      ['邯郸市政协', '130400', 'city', 'explicit', false],
      ['定州市政协', '130682', 'county', 'explicit', false],
      ['辛集市政协', '130181', 'county', 'explicit', false],
    ]);
    const [dingzhou, xinji] = bySource('003-0de38e78cda0ee45').slice(11);
    expect(dingzhou.region).toMatchObject({ province: '河北省', city: '保定市', county: '定州市' });
    expect(xinji.region).toMatchObject({ province: '河北省', city: '石家庄市', county: '辛集市' });
  });

  it('gathers comparable practice under shared mechanisms', () => {
    const casesOf = (mechanism: string) =>
      book.cases.filter((c) => c.mechanisms.some((m) => m.id === mechanism)).map((c) => c.committee);
    expect(casesOf('committee-studio')).toEqual(expect.arrayContaining(['延庆区政协', '张家口市政协', '政协平阳县委员会', '龙湾区政协', '鹿城区政协']));
    expect(casesOf('temporary-party-branch')).toEqual(expect.arrayContaining(['怀柔区政协', '张家口市政协', '秦皇岛市政协']));
    expect(casesOf('democratic-appraisal')).toEqual(expect.arrayContaining(['石景山区政协', '邯郸市政协']));
    const counts = new Map<string, number>();
    for (const c of book.cases) for (const m of c.mechanisms) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
    expect(book.cases.filter((c) => c.figures.length > 0).length).toBeGreaterThan(book.cases.length / 2);
  });

  it('keeps the comparable figures of DOMAIN.md', () => {
    const fig = (committee: string, what: RegExp) =>
      book.cases.find((c) => c.committee === committee)!.figures.find((f) => what.test(f.what))?.value;
    expect(fig('海淀区政协', /委员工作站/)).toBe(33);
    expect(fig('延庆区政协', /委员工作室/)).toBe(20);
    expect(fig('张家口市政协', /委员工作室/)).toBe(10);
    expect(fig('怀柔区政协', /临时党支部/)).toBe(4);
    expect(fig('张家口市政协', /临时党支部/)).toBe(23);
    expect(fig('秦皇岛市政协', /临时党支部/)).toBe(15);
  });

  it('applies curation: the settled span and the curated date show as such', () => {
    const beijing = book.sources.find((s) => s.id === '000-4bb3d2b3ae31962d')!;
    expect(beijing.date).toBe('2022-06-14');
    expect(beijing.dateNote).toMatch(/^curated:/);
    expect(beijing.paragraphs.join('')).toContain('石景山区政协有关工作负责人表示');
    expect(beijing.report.unrecoverable.find((u) => u.settled === '石景山区')).toBeTruthy();
  });
});

describe('the bundled corpus, as the site compares and dates it', () => {
  it('ranks the 委员工作室 comparison on studios counted, never on other things counted in 个', () => {
    const studio = catalogue.mechanisms.find((m) => m.id === 'committee-studio')!;
    const ranked = comparisonRows(studio, book.cases).filter((r) => r.comparable);
    expect(ranked.map((r) => r.comparable!.value)).toEqual([33, 20, 16, 12, 10]);
    // 沧州's 18个文件 are documents, not studios: the row is there, its figure is not ranked.
    const cangzhou = comparisonRows(studio, book.cases).find((r) => r.committee === '沧州市政协')!;
    expect(cangzhou.comparable).toBeNull();
  });

  it('dates every case by its report, else a full date in its text, else the year of its practice', () => {
    const kinds = (id: string) => [...new Set(bySource(id).map((c) => `${c.dateKind}:${c.date}`))];
    expect(kinds('000-4bb3d2b3ae31962d')).toEqual(['report:2022-06-14']);
    expect(kinds('002-1c5dea9eec081a1b')).toEqual(['report:2022-09-19']);
    expect(kinds('004-556c2cbf0c3b394f')).toEqual(['text:2022-12-26']);
    // 001 gives no date and no year anywhere: the only cases the site shows as 日期不详.
    expect(kinds('001-908a390d6d506da1')).toEqual(['null:null']);
    for (const c of bySource('003-0de38e78cda0ee45')) expect(c.dateKind === 'year' || c.years.length === 0).toBe(true);
  });
});
