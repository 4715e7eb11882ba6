import { describe, expect, it } from 'vitest';
import { casesCsv, casesExport, mechanismsExport, sourcesExport } from '../../../src/lib/exports';
import { bundled, catalogue } from './pipeline-support';

const book = bundled();

describe('public data exports', () => {
  it('cases.json carries the documented fields; a municipality district has no city', () => {
    const { cases } = casesExport(book.cases, book.sources);
    const xicheng = cases.find((c) => c.committee === '西城区政协')!;
    expect(Object.keys(xicheng)).toEqual([
      'id', 'url', 'title', 'committee', 'committeeNamed', 'jointWith', 'level', 'region', 'attribution', 'functions', 'mechanisms', 'figures',
      'years', 'source', 'paragraphs', 'incomplete', 'date', 'dateKind', 'summary', 'confidence', 'text',
    ]);
    expect(xicheng.attribution).toMatchObject({ kind: 'explicit', basis: 'heading' });
    expect(xicheng).toMatchObject({ date: '2022-06-14', dateKind: 'report' });
    expect(xicheng.url).toBe(`/cases/${xicheng.id}/`);
    expect(xicheng.region).toEqual({ code: '110102', province: '北京市', city: null, county: '西城区' });
    expect(xicheng.source).toMatchObject({ publisher: '人民政协网', date: '2022-06-14', file: '000_4bb3d2b3ae31962d.txt' });
    expect(xicheng.text).toContain('\n\n');
  });

  it('sources.json has clean text with paragraphs separated by a blank line and no furniture', () => {
    const { sources } = sourcesExport(book.sources);
    for (const s of sources) {
      expect(s.text).not.toMatch(/首页\s*>|编辑：|关键词：|责任编辑/);
      expect(s.text.split('\n\n').length).toBeGreaterThan(1);
    }
  });

  it('mechanisms.json lists each mechanism with its cases', () => {
    const { mechanisms } = mechanismsExport(catalogue.mechanisms, book.cases);
    const studio = mechanisms.find((m) => m.id === 'committee-studio')!;
    expect(studio.cases.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(studio)).toEqual(['id', 'name', 'aliases', 'functions', 'cases']);
  });

  const names = {
    functions: new Map(catalogue.functions.map((f) => [f.id, f.name])),
    mechanisms: new Map(catalogue.mechanisms.map((m) => [m.id, m.name])),
  };

  it('cases.csv is UTF-8 with a BOM, one row a case, quoted where needed', () => {
    const csv = casesCsv(book.cases, book.sources, names);
    expect(csv.startsWith('\uFEFFid,url,title,committee,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + book.cases.length);
    const tricky = { ...book.cases[0], title: '=SUM(A1) "引号",逗号' };
    const row = casesCsv([tricky], book.sources, names).split('\r\n')[1];
    expect(row).toContain(`"'=SUM(A1) ""引号"",逗号"`);
  });

  it('cases.csv carries Chinese names beside every code', () => {
    const csv = casesCsv(book.cases, book.sources, names).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    const columns = header.split(',');
    const haidian = rows.find((r) => r.includes('海淀区政协'))!;
    const cell = (name: string) => haidian.split(',')[columns.indexOf(name)];
    expect(cell('level_name')).toBe('县级');
    expect(cell('function_names').split(';')).toContain('委员队伍建设');
    expect(cell('mechanism_names').split(';')).toContain('委员工作室（站）');
    expect(cell('functions')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
