import { csvDocument } from '../csv';
import { formatDate } from '../format';
import type { Handout } from './handout';

/**
 * The handout as files a trainer takes elsewhere: Markdown (to edit in any editor), CSV with
 * Chinese column names (a spreadsheet of the selection), JSON (the selection's full data). Word is
 * in docx.ts. Links are the casebook's own paths or addresses, as the handout gives them.
 */

/** Markdown text is escaped where it would otherwise start markup. */
const mdText = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
const mdCell = (s: string) => mdText(s).replace(/\r?\n/g, ' ');

export function handoutMarkdown(h: Handout): string {
  const out: string[] = [
    `# ${mdText(h.title)}`,
    '',
    `政协履职实践案例库 · 培训讲义  `,
    `编印日期：${formatDate(h.date)}  `,
    `案例数：${h.cases.length}个  `,
    `案例库：${mdText(h.address)}`,
    '',
    '## 目录',
    '',
    ...h.cases.map((hc) => `${hc.number}. ${mdText(hc.case.fullTitle)}（${mdText(hc.case.place)}）`),
    '',
  ];
  for (const { number, case: c, note, reference, address } of h.cases) {
    out.push(
      `## 案例${number}：${mdText(c.fullTitle)}`,
      '',
      `- 委员会：${mdText(c.committee)}`,
      `- 地区：${mdText(c.place)}（${c.level}）`,
      `- 日期：${c.date}`,
      `- 职能：${mdText(c.functions.map((f) => f.name).join('、') || '—')}`,
      `- 机制：${mdText(c.mechanisms.map((m) => m.name).join('、') || '—')}`,
      `- 数字：${mdText(c.figures.join('、') || '—')}`,
      '',
    );
    if (note) out.push('> **讲解要点**', '>', ...note.split(/\n+/).map((p) => `> ${mdText(p)}`), '');
    for (const p of c.paragraphs) out.push(mdText(p), '');
    if (c.incomplete) out.push('……（来源文章至此中断）', '');
    out.push(`出处：参考文献[${reference}]；案例库页面：${address}`, '');
  }
  if (h.comparisons.length) {
    out.push('## 机制对照', '');
    for (const cmp of h.comparisons) {
      out.push(`### ${mdText(cmp.mechanism.name)}（${cmp.rows.length}个案例）`, '', '| 案例 | 委员会 | 地区 | 数字 | 做法（原文） |', '| ---: | --- | --- | --- | --- |');
      for (const r of cmp.rows) out.push(`| ${r.number} | ${mdCell(r.committee)} | ${mdCell(r.place)} | ${mdCell(r.figures || '—')} | ${mdCell(r.quote)} |`);
      out.push('');
    }
  }
  out.push('## 参考文献', '', ...h.references.map((r, i) => `[${i + 1}] ${mdText(r)}  `), '');
  return out.join('\n');
}

export const HANDOUT_CSV_COLUMNS = ['序号', '案例', '委员会', '地区', '地区代码', '层级', '日期', '职能', '机制', '数字', '要点', '讲解要点', '原文', '原文链接', '参考文献', '案例库页面'] as const;

export function handoutCsv(h: Handout): string {
  return csvDocument(
    HANDOUT_CSV_COLUMNS,
    h.cases.map(({ number, case: c, note, reference, address }) => [
      number,
      c.title,
      c.committee,
      c.place,
      c.regionCode ?? '',
      c.level,
      c.date,
      c.functions.map((f) => f.name).join('、'),
      c.mechanisms.map((m) => m.name).join('、'),
      c.figures.join('、'),
      c.summary,
      note,
      c.source.title,
      c.source.url ?? '',
      h.references[reference - 1],
      address,
    ]),
  );
}

export function handoutJson(h: Handout): string {
  return `${JSON.stringify(
    {
      title: h.title,
      date: h.date,
      casebook: h.address,
      cases: h.cases.map(({ number, case: c, note, reference }) => ({ number, note, reference, ...c })),
      references: h.references,
      comparisons: h.comparisons,
    },
    null,
    2,
  )}\n`;
}

/** A file name for the downloads: the title without characters file systems refuse. */
export const handoutFileName = (h: Handout, ext: string) => `${h.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || '讲义'}.${ext}`;
