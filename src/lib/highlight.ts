import type { Case, Figure } from '../schemas';

/**
 * Split a paragraph into plain text, figure quotes (to be marked) and lost-text markers (`⟨…⟩`,
 * spans whose bytes the source lost). Guarantee: the segments' texts joined give back the
 * paragraph exactly, so marking never adds, drops or reorders characters.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; text: string; figure: Figure }
  | { kind: 'lost'; text: string };

const LOST = /⟨[^⟨⟩]*⟩/g;

interface Span {
  start: number;
  end: number;
  segment: Segment;
}

export function segmentParagraph(text: string, figures: readonly Figure[]): Segment[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(LOST)) {
    spans.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'lost', text: m[0] } });
  }
  const overlaps = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  for (const figure of figures) {
    if (!figure.quote) continue;
    // The first occurrence that does not overlap what is already marked.
    for (let at = text.indexOf(figure.quote); at >= 0; at = text.indexOf(figure.quote, at + 1)) {
      const end = at + figure.quote.length;
      if (!overlaps(at, end)) {
        spans.push({ start: at, end, segment: { kind: 'figure', text: figure.quote, figure } });
        break;
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) out.push({ kind: 'text', text: text.slice(pos, s.start) });
    out.push(s.segment);
    pos = s.end;
  }
  if (pos < text.length) out.push({ kind: 'text', text: text.slice(pos) });
  return out;
}

export interface HighlightedParagraph {
  /** Index in the source's paragraphs (the `p-<n>` anchor). */
  index: number;
  segments: Segment[];
}

/**
 * A case's body, paragraph by paragraph, with its figures marked. A figure is marked in the
 * paragraph it names; if the quote is not there (a paragraph number off by a heading line), in the
 * first body paragraph that contains it; if nowhere, it is only listed, never forced into the text.
 */
export function highlightCaseBody(c: Case): HighlightedParagraph[] {
  const indexes = c.body.map((_, i) => c.bodyFrom + i);
  const placed = new Map<number, Figure[]>(indexes.map((i) => [i, []]));
  for (const f of c.figures) {
    const home = placed.has(f.paragraph) && c.body[f.paragraph - c.bodyFrom].includes(f.quote) ? f.paragraph : null;
    const where = home ?? indexes.find((i) => c.body[i - c.bodyFrom].includes(f.quote));
    if (where !== undefined) placed.get(where)!.push(f);
  }
  return c.body.map((text, i) => ({ index: indexes[i], segments: segmentParagraph(text, placed.get(indexes[i])!) }));
}
