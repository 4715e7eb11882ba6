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

/**
 * Linear in the paragraph's length: each quote is searched from where its previous occurrence was
 * taken (figures come in text order, so the scan moves forward), and overlap is checked against a
 * map of the characters already marked, not against every span so far.
 */
export function segmentParagraph(text: string, figures: readonly Figure[]): Segment[] {
  const spans: Span[] = [];
  const marked = new Uint8Array(text.length);
  const take = (start: number, end: number, segment: Segment) => {
    spans.push({ start, end, segment });
    marked.fill(1, start, end);
  };
  for (const m of text.matchAll(LOST)) take(m.index, m.index + m[0].length, { kind: 'lost', text: m[0] });
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (marked[i]) return false;
    return true;
  };
  const cursor = new Map<string, number>();
  for (const figure of figures) {
    const quote = figure.quote;
    if (!quote) continue;
    // The first occurrence after the last one taken that does not overlap what is already marked.
    for (let at = text.indexOf(quote, cursor.get(quote) ?? 0); at >= 0; at = text.indexOf(quote, at + 1)) {
      if (free(at, at + quote.length)) {
        take(at, at + quote.length, { kind: 'figure', text: quote, figure });
        cursor.set(quote, at + quote.length);
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
 * Each paragraph is searched once per distinct quote at most, so a long case stays linear.
 */
export function highlightCaseBody(c: Case): HighlightedParagraph[] {
  const indexes = c.body.map((_, i) => c.bodyFrom + i);
  const placed = new Map<number, Figure[]>(indexes.map((i) => [i, []]));
  const contains = new Map<string, boolean>();
  const has = (i: number, quote: string) => {
    const key = `${i}\u0000${quote}`;
    let found = contains.get(key);
    if (found === undefined) contains.set(key, (found = c.body[i - c.bodyFrom].includes(quote)));
    return found;
  };
  const firstWith = new Map<string, number | undefined>();
  for (const f of c.figures) {
    let where: number | undefined = placed.has(f.paragraph) && has(f.paragraph, f.quote) ? f.paragraph : undefined;
    if (where === undefined) {
      if (!firstWith.has(f.quote)) firstWith.set(f.quote, indexes.find((i) => has(i, f.quote)));
      where = firstWith.get(f.quote);
    }
    if (where !== undefined) placed.get(where)!.push(f);
  }
  return c.body.map((text, i) => ({ index: indexes[i], segments: segmentParagraph(text, placed.get(indexes[i])!) }));
}
