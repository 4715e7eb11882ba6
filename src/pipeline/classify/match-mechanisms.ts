/**
 * Mechanism matching: which catalogued mechanisms a case's paragraphs show, each with the alias
 * that matched, the sentence that shows it and the paragraph it stands in.
 *
 * Also home of the term scanner the classifier and the figure extractor share (`findTerms`):
 * leftmost-longest over a set of terms, ignoring quotation marks, so that
 * - a long alias shadows the short ones inside it (`界别委员工作室` is one hit, not also `委员工作室`);
 * - `两个“全覆盖”` matches the alias `两个全覆盖` and `“委员讲堂”` matches `委员讲堂`.
 *
 * Pure: strings in, values out.
 */
import type { z } from 'astro/zod';
import type { caseMechanismSchema } from '../../schemas/case';
import type { MechanismEntry } from '../../schemas/catalogue';
import { scanNumbers } from './figures-grammar';

export type CaseMechanism = z.infer<typeof caseMechanismSchema>;

/** A paragraph and its index in the source's paragraphs. */
export interface IndexedParagraph {
  index: number;
  text: string;
}

/** Number paragraphs from `from` (a case's body starts at its `bodyFrom`). */
export function indexParagraphs(texts: readonly string[], from = 0): IndexedParagraph[] {
  return texts.map((text, i) => ({ index: from + i, text }));
}

// ---------------------------------------------------------------------------------------------
// Term scanning

const QUOTES = new Set(['“', '”', '‘', '’', '「', '」', '『', '』', '"', "'"]);

/** Terms grouped by first character, longest first: what `findTerms` scans with. */
export interface TermIndex {
  byFirst: Map<string, string[]>;
}

export function buildTermIndex(terms: Iterable<string>): TermIndex {
  const byFirst = new Map<string, string[]>();
  for (const term of new Set(terms)) {
    if (!term) continue;
    const list = byFirst.get(term[0]) ?? [];
    list.push(term);
    byFirst.set(term[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return { byFirst };
}

/** A term found in a text; `start`/`end` are offsets in the text as given (quotes included). */
export interface TermHit {
  term: string;
  start: number;
  end: number;
}

/**
 * `build(key)`, made once per key object. The catalogue is one array for a whole run, and every
 * case would otherwise rebuild the same index from it.
 */
export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, build(key));
    return made.get(key)!;
  };
}

/**
 * Every occurrence of the terms in `text`, leftmost-longest and non-overlapping, ignoring quotation
 * marks. Terms themselves are expected to have none (the catalogue check rejects them).
 */
export function findTerms(text: string, index: TermIndex): TermHit[] {
  // Project out quotation marks, keeping where each kept character came from.
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (QUOTES.has(text[i])) continue;
    chars.push(text[i]);
    origin.push(i);
  }
  const flat = chars.join('');
  const hits: TermHit[] = [];
  let i = 0;
  while (i < flat.length) {
    const candidates = index.byFirst.get(flat[i]);
    const term = candidates?.find((t) => flat.startsWith(t, i));
    if (term) {
      hits.push({ term, start: origin[i], end: origin[i + term.length - 1] + 1 });
      i += term.length;
    } else i++;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Sentences

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '"', "'"]);

/**
 * Split a paragraph at 。！？； (and their ASCII forms); closing quotes and brackets right after the
 * mark stay with the sentence they close. Offsets refer to the paragraph; `text` is trimmed.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead, end: start + lead + text.length });
    start = end;
  };
  for (let i = 0; i < paragraph.length; i++) {
    if (!SENTENCE_END.has(paragraph[i])) continue;
    let end = i + 1;
    while (end < paragraph.length && CLOSERS.has(paragraph[end])) end++;
    push(end);
    i = end - 1;
  }
  if (start < paragraph.length) push(paragraph.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** How far (in characters, same clause) a number may stand before an alias and still count it. */
const COUNTED_GAP = 12;
const CLAUSE_BREAK = /[，,：:。！？；]/;

/**
 * How well a sentence shows a mechanism: 2 when a number counts the alias (`33个委员工作站`: a
 * figure before the alias in the same clause), 1 when the sentence has some other figure, else 0.
 */
function showing(sentence: string, aliasStart: number): number {
  const tokens = scanNumbers(sentence);
  if (tokens.length === 0) return 0;
  const counts = tokens.some((t) => {
    if (t.end > aliasStart) return false;
    const gap = sentence.slice(t.end, aliasStart);
    return gap.length <= COUNTED_GAP && !CLAUSE_BREAK.test(gap);
  });
  return counts ? 2 : 1;
}

/**
 * Mechanisms shown in `paragraphs`, one entry per mechanism, in catalogue order.
 *
 * Every alias occurrence (leftmost-longest over all mechanisms' aliases, quotation marks ignored)
 * is a candidate; the entry keeps the best one: the first occurrence whose sentence has a figure
 * that counts the alias, else the first whose sentence has any figure, else the first. `alias` is
 * the alias as catalogued, `quote` the whole sentence, `paragraph` the paragraph's index.
 * Curated aliases are already in `mechanisms` (see `addAliases`).
 */
const aliasIndex = oncePer((mechanisms: readonly MechanismEntry[]) => {
  const owner = new Map<string, string>();
  for (const m of mechanisms) for (const a of m.aliases) owner.set(a, m.id);
  return { owner, index: buildTermIndex(owner.keys()) };
});

export function matchMechanisms(paragraphs: readonly IndexedParagraph[], mechanisms: readonly MechanismEntry[]): CaseMechanism[] {
  const { owner, index } = aliasIndex(mechanisms);

  const best = new Map<string, { rank: number; hit: CaseMechanism }>();
  for (const p of paragraphs) {
    for (const s of splitSentences(p.text)) {
      for (const h of findTerms(s.text, index)) {
        const id = owner.get(h.term)!;
        const current = best.get(id);
        if (current && current.rank === 2) continue;
        const rank = showing(s.text, h.start);
        if (!current || rank > current.rank) {
          best.set(id, { rank, hit: { id, alias: h.term, quote: s.text, paragraph: p.index } });
        }
      }
    }
  }
  return mechanisms.filter((m) => best.has(m.id)).map((m) => best.get(m.id)!.hit);
}
