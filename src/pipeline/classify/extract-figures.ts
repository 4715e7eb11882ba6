/**
 * Figures and years: the comparable numbers of a case (`33个委员工作站`, `23个临时党支部`,
 * `5300多人`) and the years its text names (`2018年`).
 *
 * A figure is `{ value, approx, unit, what, quote, paragraph, mechanism }`:
 * - `value` is a plain quantity in `unit`: 万 and 亿 are multipliers, so `1.2万人` is 12000 人 and
 *   `795万元` is 7950000 元 (one scale for every figure, so they compare and add up; the quote keeps
 *   the text's own form);
 * - `approx` is true for 余, 多, 近, 超, 逾, 约, 上千, 数百;
 * - `what` is what the text says is counted: the noun phrase after the measure word
 *   (`33个委员工作站` -> 委员工作站, `12家特色鲜明、功能各异的界别委员工作室` -> 界别委员工作室), or,
 *   when nothing follows, the one before the number (`征集提案2833件` -> 提案); empty when neither
 *   can be told;
 * - `quote` is the exact text from the `what` to the measure word; `paragraph` the paragraph index;
 * - `mechanism` is the mechanism whose alias the `what` ends with (`20个政协委员工作室` ->
 *   committee-studio), when the figure's unit is one the mechanism is counted in (or it lists none).
 *
 * Not figures: see figures-grammar.ts (ordinals, dates, durations, names made of numbers). Years
 * (`2019年`, and the year of a date such as `2022年12月26日`) go to `extractYears`, never to figures.
 *
 * Pure: strings in, values out.
 */
import type { Figure } from '../../schemas/case';
import type { MechanismEntry } from '../../schemas/catalogue';
import {
  CLAUSE_END,
  CONJUNCTIONS_AFTER,
  MAX_WHAT,
  STOPS_AFTER,
  STOPS_BEFORE,
  TAIL_BEFORE,
  scanNumbers,
  type NumberToken,
} from './figures-grammar';
import { buildTermIndex, findTerms, oncePer, type IndexedParagraph, type TermIndex } from './match-mechanisms';

export type { IndexedParagraph };

const stopsAfter = buildTermIndex(STOPS_AFTER);
const stopsBefore = buildTermIndex(STOPS_BEFORE);
const conjunctions = buildTermIndex(CONJUNCTIONS_AFTER);
const QUOTE_CHARS = /[“”‘’「」『』"']/g;
const DIGIT = /[0-9０-９]/;

/** The clause text after a measure word, up to punctuation or the next number. */
function clauseAfter(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < MAX_WHAT + 8 && !CLAUSE_END.test(text[end]) && !DIGIT.test(text[end])) end++;
  return text.slice(from, end);
}

/** The clause text before a number, back to punctuation or the previous number. */
function clauseBefore(text: string, to: number): string {
  let start = to;
  while (start > 0 && to - start < MAX_WHAT + 8 && !CLAUSE_END.test(text[start - 1]) && !DIGIT.test(text[start - 1])) start--;
  return text.slice(start, to);
}

/** Drop quotation marks that wrap the whole phrase or hang at its ends, and a trailing 、. */
function tidy(phrase: string): string {
  let s = phrase.replace(/[、]+$/, '');
  const inner = s.replace(QUOTE_CHARS, '');
  // “委员讲堂” -> 委员讲堂; “回头看”清单 keeps its quotes (they are inside the phrase).
  if (/^[“‘「『"']/.test(s) && /[”’」』"']$/.test(s) && inner.length === s.length - 2) s = inner;
  return s.replace(/^[”’」』]+/, '').replace(/[“‘「『]+$/, '');
}

interface What {
  what: string;
  /** Offsets in the paragraph of the phrase. */
  start: number;
  end: number;
}

const CLOSING_QUOTE = /[”’」』"']/;

/**
 * The noun phrase after the measure word: up to the first stop word (a verb or preposition); past
 * the last `的` before it (the head noun of a modified phrase); and either up to the end of the
 * first mechanism alias in it (`20个政协委员工作室`), or else up to the first conjunction.
 */
function whatAfter(text: string, token: NumberToken, aliases: TermIndex): What | null {
  const run = clauseAfter(text, token.end);
  if (!run) return null;
  const head = run.slice(0, findTerms(run, stopsAfter)[0]?.start ?? run.length);
  const alias = findTerms(head, aliases)[0];
  let from: number;
  let end: number;
  const beforeAlias = alias ? head.slice(0, alias.start) : '';
  const aliasFrom = alias ? Math.max(beforeAlias.lastIndexOf('的'), beforeAlias.lastIndexOf('、')) + 1 : 0;
  if (alias && findTerms(head.slice(aliasFrom, alias.start), conjunctions).length === 0) {
    from = aliasFrom;
    end = alias.end;
    while (end < run.length && CLOSING_QUOTE.test(run[end])) end++;
  } else {
    from = head.lastIndexOf('的') + 1;
    end = from + (findTerms(head.slice(from), conjunctions)[0]?.start ?? head.length - from);
  }
  while (end > from && /[、\s]/.test(run[end - 1])) end--;
  const what = tidy(run.slice(from, end));
  if (what.length < 2 || what.length > MAX_WHAT) return null;
  return { what, start: token.end + from, end: token.end + end };
}

/** The noun phrase before the number, when nothing follows the measure word. */
function whatBefore(text: string, token: NumberToken): What | null {
  let run = clauseBefore(text, token.quoteStart);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of TAIL_BEFORE) {
      if (run.endsWith(t)) {
        run = run.slice(0, -t.length);
        changed = true;
      }
    }
  }
  const hits = findTerms(run, stopsBefore);
  const from = hits.length ? hits[hits.length - 1].end : 0;
  const phrase = run.slice(from);
  const what = tidy(phrase);
  if (what.length < 2 || what.length > MAX_WHAT) return null;
  const start = token.quoteStart - (clauseBefore(text, token.quoteStart).length - from);
  return { what, start, end: start + phrase.length };
}

/** Alias -> mechanism, for the aliases of `mechanisms`. */
function aliasOwners(mechanisms: readonly MechanismEntry[]): Map<string, MechanismEntry> {
  const owner = new Map<string, MechanismEntry>();
  for (const m of mechanisms) for (const a of m.aliases) if (!owner.has(a)) owner.set(a, m);
  return owner;
}

const ownersIndex = oncePer((mechanisms: readonly MechanismEntry[]) => {
  const owners = aliasOwners(mechanisms);
  return { owners, aliases: buildTermIndex(owners.keys()) };
});

/** The mechanism a `what` names: the alias it ends with, if the unit fits the mechanism. */
function mechanismOf(what: string, unit: string, owners: Map<string, MechanismEntry>, index: TermIndex): string | null {
  const hits = findTerms(what, index);
  const last = hits[hits.length - 1];
  if (!last || last.end !== what.length) return null;
  const m = owners.get(last.term)!;
  return m.units.length === 0 || m.units.includes(unit) ? m.id : null;
}

/**
 * The figures in `paragraphs`, in text order. `mechanisms` is the catalogue (with any curated
 * aliases), used to tell which mechanism a figure counts.
 */
export function extractFigures(paragraphs: readonly IndexedParagraph[], mechanisms: readonly MechanismEntry[]): Figure[] {
  const { owners, aliases } = ownersIndex(mechanisms);
  const figures: Figure[] = [];
  for (const p of paragraphs) {
    for (const token of scanNumbers(p.text)) {
      const after = whatAfter(p.text, token, aliases);
      const found = after ?? whatBefore(p.text, token);
      const what = found?.what ?? '';
      const quoteFrom = after || !found ? token.quoteStart : found.start;
      const quoteTo = after ? after.end : token.end;
      figures.push({
        value: token.value,
        approx: token.approx,
        unit: token.unit,
        what,
        quote: p.text.slice(quoteFrom, quoteTo),
        paragraph: p.index,
        mechanism: what ? mechanismOf(what, token.unit, owners, aliases) : null,
      });
    }
  }
  return figures;
}

const YEAR = /(?<![\d.])(1[89]\d\d|20\d\d)(?=年)/g;

/**
 * Years the text names (`2018年`, and the year of a full date `2022年12月26日`), unique and
 * ascending. Accepts indexed paragraphs or plain strings. Spans such as `70年` or `3年来` are
 * lengths of time, not years, and are left out (only four-digit years from 1800 to 2099 count).
 */
export function extractYears(paragraphs: readonly (IndexedParagraph | string)[]): number[] {
  const years = new Set<number>();
  for (const p of paragraphs) {
    const text = typeof p === 'string' ? p : p.text;
    for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  }
  return [...years].sort((a, b) => a - b);
}
