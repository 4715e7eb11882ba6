import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDate } from '../format';
import type { Handout } from './handout';

/**
 * The handout as a Word document, made in the browser with the `docx` library (trainers edit
 * handouts in Word or WPS). The same parts as the printed pack: cover, contents, each case from a
 * new page, the mechanism tables, the references. Fonts are named for Chinese Word and WPS
 * (宋体 body, 黑体 headings); a machine without them substitutes its own.
 *
 * The browser gets this file as a classic script of its own, /vendor/handout-docx.js, built by
 * src/integrations/casebook.ts and loaded only when the trainer asks for the Word file.
 */
const BODY_FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

const text = (s: string, bold = false) => new TextRun({ text: s, bold });
const para = (s: string) => new Paragraph({ children: [text(s)], spacing: { after: 120 } });
const labelled = (label: string, value: string) => new Paragraph({ children: [text(`${label}：`, true), text(value)], spacing: { after: 60 } });

export function handoutDocument(h: Handout): Document {
  const cover = [
    new Paragraph({ children: [text('政协履职实践案例库 · 培训讲义')], alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 480 } }),
    new Paragraph({ text: h.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 960 } }),
    new Paragraph({ children: [text(`编印日期：${formatDate(h.date)}`)], alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [text(`案例数：${h.cases.length}个`)], alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [text(`案例库：${h.address}`)], alignment: AlignmentType.CENTER }),
  ];
  const contents = [
    new Paragraph({ text: '目录', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...h.cases.map((hc) => para(`${hc.number}. ${hc.case.fullTitle}（${hc.case.place}）`)),
    ...(h.comparisons.length ? [para('机制对照')] : []),
    para('参考文献'),
  ];
  const cases = h.cases.flatMap(({ number, case: c, note, reference, address }) => [
    new Paragraph({ text: `案例${number}：${c.fullTitle}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    labelled('委员会', c.committee),
    labelled('地区', `${c.place}（${c.level}）`),
    labelled('日期', c.date),
    labelled('职能', c.functions.map((f) => f.name).join('、') || '—'),
    labelled('机制', c.mechanisms.map((m) => m.name).join('、') || '—'),
    labelled('数字', c.figures.join('、') || '—'),
    ...(note
      ? [
          new Paragraph({ text: '讲解要点', heading: HeadingLevel.HEADING_3 }),
          ...note.split(/\n+/).map(
            (p) =>
              new Paragraph({
                children: [text(p)],
                shading: { type: ShadingType.CLEAR, fill: 'F3EDE4', color: 'auto' },
                border: { left: { style: BorderStyle.SINGLE, size: 12, color: '9F1D20', space: 6 } },
                spacing: { after: 120 },
              }),
          ),
        ]
      : []),
    new Paragraph({ text: '案例原文', heading: HeadingLevel.HEADING_3 }),
    ...c.paragraphs.map((p) => new Paragraph({ children: [text(p)], indent: { firstLine: 480 }, spacing: { after: 120, line: 360 } })),
    ...(c.incomplete ? [para('……（来源文章至此中断）')] : []),
    labelled('出处', `参考文献[${reference}]；案例库页面：${address}`),
  ]);
  const cell = (s: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [text(s, bold)] })] });
  const compare = h.comparisons.length
    ? [
        new Paragraph({ text: '机制对照', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
        ...h.comparisons.flatMap((cmp) => [
          new Paragraph({ text: `${cmp.mechanism.name}（${cmp.rows.length}个案例）`, heading: HeadingLevel.HEADING_2 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: ['案例', '委员会', '地区', '数字', '做法（原文）'].map((s) => cell(s, true)) }),
              ...cmp.rows.map((r) => new TableRow({ children: [String(r.number), r.committee, r.place, r.figures || '—', r.quote].map((s) => cell(s)) })),
            ],
          }),
        ]),
      ]
    : [];
  const references = [
    new Paragraph({ text: '参考文献', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...h.references.map((r, i) => para(`[${i + 1}] ${r}`)),
  ];

  return new Document({
    title: h.title,
    creator: '政协履职实践案例库',
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 24 } },
        title: { run: { font: HEADING_FONT, size: 44, bold: true } },
        heading1: { run: { font: HEADING_FONT, size: 32, bold: true }, paragraph: { spacing: { after: 240 } } },
        heading2: { run: { font: HEADING_FONT, size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: HEADING_FONT, size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [{ children: [...cover, ...contents, ...cases, ...compare, ...references] }],
  });
}

export const handoutDocxBlob = (h: Handout): Promise<Blob> => Packer.toBlob(handoutDocument(h));
export const handoutDocxBuffer = (h: Handout): Promise<Buffer> => Packer.toBuffer(handoutDocument(h));
