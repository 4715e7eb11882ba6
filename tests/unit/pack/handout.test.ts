import { describe, expect, it } from 'vitest';
import { indexCasebook } from '../../../src/lib/casebook';
import { compareModel } from '../../../src/lib/pack/compare';
import { handoutDocxBuffer } from '../../../src/lib/pack/docx';
import { HANDOUT_CSV_COLUMNS, handoutCsv, handoutJson, handoutMarkdown } from '../../../src/lib/pack/formats';
import { handoutModel } from '../../../src/lib/pack/handout';
import { packDataScript, toPackCase } from '../../../src/lib/pack/pack-case';
import { compareTableHtml, handoutHtml } from '../../../src/lib/pack/render-html';
import { addCases, emptyPack, setNote, setTitle } from '../../../src/lib/pack/state';
import { packCaseSchema, type PackCase } from '../../../src/schemas';
import { bundled, catalogue } from '../casebook/pipeline-support';
import { readZip } from '../../helpers/read-zip';
import { sourceIdOfCase } from '../../../src/pipeline/cases/case-id';

// The course pack over the bundled corpus: what a trainer who picks 海淀, 延庆 and 平阳 (all
// 委员工作室) and two others gets on screen, on paper and in files.
const built = bundled();
const book = indexCasebook({ ...built, functions: catalogue.functions, mechanisms: catalogue.mechanisms });
const byCommittee = (name: string) => {
  const c = book.cases.find((x) => x.committee === name);
  if (!c) throw new Error(`no case of ${name} in the bundled corpus`);
  return c;
};
const pc = (name: string): PackCase => toPackCase(byCommittee(name), book, undefined, '2026-11-29');

describe('a case as the pack carries it', () => {
  it('is valid pack data with Chinese labels and both references', () => {
    const haidian = packCaseSchema.parse(pc('海淀区政协'));
    expect(haidian.place).toBe('北京市 海淀区');
    expect(haidian.level).toBe('县级');
    expect(haidian.date).toBe('报道日期：2022年6月14日');
    expect(haidian.functions.map((f) => f.name)).toContain('凝聚共识');
    expect(haidian.references.article).toMatch(/^人民政协网\. .*\[EB\/OL\]\. \(2022-06-14\)\[2026-11-29\]\.$/);
    expect(haidian.references.casebook).toContain(`/cases/${haidian.id}/`);
  });

  it('ranks each mechanism on the figure the mechanism tables rank it on', () => {
    const studio = pc('海淀区政协').mechanisms.find((m) => m.id === 'committee-studio')!;
    expect(studio.comparable).toEqual({ label: '33个委员工作站', value: 33 });
    expect(studio.figures).toContain('8种类型');
    // 沧州's 18个文件 are documents, not studios.
    expect(pc('沧州市政协').mechanisms.find((m) => m.id === 'committee-studio')!.comparable).toBeNull();
  });

  it('is written, with the other cases of its article, as a classic script its text cannot cut short', () => {
    const c = { ...pc('海淀区政协'), summary: '</script><script>alert(1)</script>\u2028' };
    const other = pc('延庆区政协');
    const script = packDataScript([c, other]);
    expect(script).not.toContain('</script');
    const scope: { casebookCases?: Record<string, PackCase> } = { casebookCases: { earlier: other } };
    new Function('self', script)(scope);
    expect(scope.casebookCases![c.id].summary).toBe(c.summary);
    expect(Object.keys(scope.casebookCases!)).toEqual(['earlier', c.id, other.id]);
  });

  it('is filed under its article, whose id every case id carries', () => {
    for (const c of book.cases) expect(sourceIdOfCase(c.id), c.id).toBe(c.sourceId);
    expect(sourceIdOfCase('not-a-case')).toBeNull();
  });

  it('carries the records its RIS and BibTeX downloads are made from', () => {
    const records = pc('海淀区政协').records;
    expect(records.map((r) => r.author)).toEqual(['人民政协网', '政协履职实践案例库']);
  });
});

describe('side by side', () => {
  const model = compareModel([pc('海淀区政协'), pc('延庆区政协'), pc('政协平阳县委员会')]);

  it('aligns the shared 委员工作室 in one row with 33, 20, 16', () => {
    const row = model.shared.find((r) => r.id === 'committee-studio')!;
    expect(row.shared).toBe(3);
    expect(row.cells.map((c) => c?.comparable?.value)).toEqual([33, 20, 16]);
    expect(model.shared[0].id).toBe('committee-studio');
  });

  it('lists each case’s other mechanisms after the shared ones', () => {
    const shared = new Set(model.shared.map((r) => r.id));
    for (const list of model.others) for (const m of list) expect(shared.has(m.id)).toBe(false);
    expect(model.others[2].map((m) => m.id)).toContain('reception-day');
  });

  it('renders as a table whose first row of mechanisms is the shared one', () => {
    const html = compareTableHtml(model, (p) => p);
    const row = html.slice(html.indexOf('委员工作室（站）</th>'));
    const cells = [...row.slice(0, row.indexOf('</tr>')).matchAll(/<strong class="compare-figure">([^<]+)<\/strong>/g)].map((m) => m[1]);
    expect(cells).toEqual(['33个委员工作站', '20个政协委员工作室', '16个乡镇委员工作室']);
  });
});

describe('the handout', () => {
  const names = ['怀柔区政协', '海淀区政协', '石家庄市政协', '湖北省政协', '延庆区政协', '政协平阳县委员会'];
  const loaded = new Map(names.map((n) => [byCommittee(n).id, pc(n)]));
  let pack = setTitle(addCases(emptyPack(), [...loaded.keys(), 'gone-case']), '委员工作室专题 <第1讲>');
  pack = setNote(pack, byCommittee('海淀区政协').id, '先看“8种类型”\n再看33个');
  const h = handoutModel(pack, loaded, { date: '2026-11-29', address: 'https://casebook.example/' });

  it('keeps the trainer’s order and notes, and says which cases are gone', () => {
    expect(h.cases.map((c) => c.case.committee)).toEqual(names);
    expect(h.cases[1].note).toBe('先看“8种类型”\n再看33个');
    expect(h.missing).toEqual(['gone-case']);
  });

  it('lists each original article once and numbers the cases’ references into it', () => {
    // 怀柔, 海淀 and 延庆 come from one article: 4 articles for 6 cases.
    expect(h.references).toHaveLength(4);
    expect(h.cases.map((c) => c.reference)).toEqual([1, 1, 2, 3, 1, 4]);
  });

  it('compares the mechanisms two or more chosen cases share, the most shared first', () => {
    const studio = h.comparisons.find((c) => c.mechanism.id === 'committee-studio')!;
    expect(studio.rows.map((r) => r.number)).toEqual([2, 5, 6]);
    expect(studio.rows.map((r) => r.figures.split('，')[0])).toEqual(['33个委员工作站', '20个政协委员工作室', '16个乡镇委员工作室']);
    const sizes = h.comparisons.map((c) => c.rows.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('prints as HTML with cover, contents, every case, the comparison and references, all escaped', () => {
    const html = handoutHtml(h, (p) => p);
    expect(html).toContain('委员工作室专题 &lt;第1讲&gt;');
    expect(html).not.toContain('<第1讲>');
    for (const c of h.cases) expect(html).toContain(`id="handout-case-${c.number}"`);
    expect(html).toContain('id="handout-compare"');
    expect((html.match(/class="handout-ref-number"/g) ?? []).length).toBe(4);
    expect(html).toContain('<h3>讲解要点</h3><p>先看“8种类型”</p><p>再看33个</p>');
  });

  it('downloads as Markdown with the same parts', () => {
    const md = handoutMarkdown(h);
    expect(md.startsWith('# 委员工作室专题 \\<第1讲\\>\n')).toBe(true);
    expect((md.match(/^## 案例\d+：/gm) ?? []).length).toBe(6);
    expect(md).toContain('> **讲解要点**');
    expect(md).toContain('| 案例 | 委员会 | 地区 | 数字 | 做法（原文） |');
    expect(md).toMatch(/^\[4\] /m);
  });

  it('downloads as CSV with Chinese column names, one row a case, and as JSON', () => {
    const csv = handoutCsv(h);
    expect(csv.startsWith(`\uFEFF${HANDOUT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    // The header and six cases (a note's line break stays inside its quoted cell).
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 6);
    expect(csv).toContain('"先看“8种类型”\n再看33个"');
    const json = JSON.parse(handoutJson(h));
    expect(json.cases).toHaveLength(6);
    expect(json.cases[1]).toMatchObject({ number: 2, note: h.cases[1].note, committee: '海淀区政协' });
  });

  it('downloads as a Word document that holds every case', async () => {
    const files = readZip(await handoutDocxBuffer(h));
    const doc = files.get('word/document.xml')!.toString('utf8');
    expect(doc.startsWith('<?xml')).toBe(true);
    for (const c of h.cases) expect(doc).toContain(c.case.title);
    expect(doc).toContain('委员工作室专题 &lt;第1讲&gt;');
    expect(doc).toContain('参考文献');
    expect([...files.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/styles.xml']));
  });
});
