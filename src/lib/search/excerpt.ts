/**
 * Result excerpts, built in the browser from the page text Pagefind stores in each fragment.
 *
 * Pagefind's own excerpt highlights the words *it* matched, which for a Chinese query are
 * fragments (`民主`, `评*`, `议*`) and, for a catalogue term searched by token, nothing at all. People
 * expect the phrase they typed to be marked, so the excerpt is cut around the first literal
 * occurrence of the query's parts and every occurrence in the window is marked. The output is a
 * list of text segments, rendered with textContent: no HTML from the index reaches the page.
 */
import { TOKEN_PATTERN } from './terms';

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ZERO_WIDTH = /[\u200b\u200c\u200d\ufeff]/g;
// Pagefind ends each block element that lacks final punctuation with ". " (`邯郸市政协. 民主评议`).
// Chinese prose here uses full-width punctuation, so an ASCII full stop after a Han character or
// a Chinese punctuation mark, or standing alone, is one of those separators.
const BLOCK_STOP_AFTER_HAN = /(?<=[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c-\u201d\u2018-\u2019])\.(?=\s|$)/gu;
const LONE_STOP = /(^|\s)\.(?=\s|$)/g;

/**
 * Pagefind's stored text made readable: without its word separators (U+200B), its block
 * separators, and term tokens.
 */
export function cleanIndexedText(content: string): string {
  return content
    .replace(ZERO_WIDTH, '')
    .replace(TOKEN_PATTERN, '')
    .replace(BLOCK_STOP_AFTER_HAN, '')
    .replace(LONE_STOP, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * An excerpt of about `length` characters around the first occurrence of any needle, with every
 * needle occurrence in it marked (longest needle wins where two overlap). Without an occurrence
 * it is the start of the text, unmarked. Case-insensitive for Latin letters.
 */
export function buildExcerpt(text: string, needles: readonly string[], length = 90): ExcerptSegment[] {
  const clean = cleanIndexedText(text);
  const lower = clean.toLowerCase();
  const wanted = [...new Set(needles.map((n) => n.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);

  let first = -1;
  for (const n of wanted) {
    const at = lower.indexOf(n);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  const lead = Math.floor(length / 4);
  const start = first > lead ? first - lead : 0;
  const end = Math.min(clean.length, start + length);
  const window = clean.slice(start, end);
  const windowLower = lower.slice(start, end);

  const segments: ExcerptSegment[] = [];
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += t;
    else segments.push({ text: t, mark });
  };
  if (start > 0) push('…', false);
  let i = 0;
  while (i < window.length) {
    const hit = wanted.find((n) => windowLower.startsWith(n, i));
    if (hit) {
      push(window.slice(i, i + hit.length), true);
      i += hit.length;
    } else {
      push(window[i], false);
      i++;
    }
  }
  if (end < clean.length) push('…', false);
  return segments;
}

/** True when any segment is marked (the excerpt shows the query). */
export const excerptHasMatch = (segments: readonly ExcerptSegment[]) => segments.some((s) => s.mark);
