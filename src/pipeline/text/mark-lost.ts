import { codePointBefore } from './full-width-punctuation';
import { LOST, type UnrecoverableSpan } from './repair-mojibake';
import type { Change, StageResult } from './types';

export interface MarkLostResult extends StageResult {
  unrecoverable: UnrecoverableSpan[];
}

// Words that make a sentence a question, in both scripts. 几/幾 only as "how many" (not 几乎,
// 这几年), 哪 not in 哪怕 ("even if").
const QUESTION_WORD =
  /如何|怎么|怎麼|怎样|怎樣|什么|什麼|为何|為何|吗|嗎|呢|是否|哪(?!怕)|谁|誰|多少|(?<![这這那好十])[几幾](?!乎)|难道|難道/;
const SENTENCE_END = /[。！？!\n]/;
const CLOSING = new Set('”’」』）)》〉】"\'');
const HAN = /^\p{Script=Han}$/u;
const LOOKBACK = 200;

const charAt = (text: string, i: number): string | undefined =>
  i < 0 || i >= text.length ? undefined : String.fromCodePoint(text.codePointAt(i)!);
const charBefore = (text: string, i: number): string | undefined =>
  i <= 0 ? undefined : String.fromCodePoint(codePointBefore(text, i));
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);
const isStrayByte = (ch: string | undefined) => ch !== undefined && ch.length === 1 && ch >= '@' && ch <= '~';

/** At a line's indentation: only spaces between the line's start and `i`. */
const lineStart = (text: string, i: number): boolean => /^[ \t\u00a0\u3000]*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i));
/**
 * Lost indentation: `?`s and spaces before the line's first word, two `?` or more, or one and a
 * space (a lone `?` glued to a word may be that word's lost first character).
 */
const LOST_INDENT = /^(?:\?{2,}|\?[ \t\u00a0\u3000])[? \t\u00a0\u3000]*(?=[^?\s])/;
/** Lost indentation inside a line: two `?` or more before a Chinese word (after a space the caller checks). */
const RUN_IN_INDENT = /^\?{2,}(?=\p{Script=Han})/u;

/** The sentence a `?` at `i` closes: back to the previous sentence end, at most LOOKBACK chars. */
function sentenceBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < LOOKBACK && !SENTENCE_END.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/**
 * A lone ASCII `?` after a Chinese character is either a question mark or a character the page
 * lost (its encoder wrote `?` for what it could not encode). Decided per `?`:
 * - followed by Chinese, or by one stray ASCII byte and then Chinese (`或?I特長`: `I` is the second
 *   byte of the lost 業): a question if the sentence has a question word (如何, 什么, 嗎, 是否, …),
 *   else lost. A lost character becomes `⟨?⟩` (with its stray byte) and is reported; the character
 *   itself is never guessed.
 * - at the end of a line or before a closing quote or bracket: a question, `？`.
 * Anything else (Latin text, URLs, marker text `⟨…?⟩`) is left alone. Never throws, idempotent.
 */
export function markLost(text: string): MarkLostResult {
  const changes: Change[] = [];
  const unrecoverable: UnrecoverableSpan[] = [];
  const pieces: string[] = [];
  let copied = 0;
  for (let i = text.indexOf('?'); i !== -1; i = text.indexOf('?', i + 1)) {
    if (i < copied) continue;
    // A run of `?` that opens a line before its first word (`??? 德州新聞網訊…`, `??? ??連日來`) is the
    // paragraph's indentation, full-width spaces the page's encoder could not write: whitespace, so
    // it goes, and the change log keeps it.
    const indent = lineStart(text, i) ? LOST_INDENT.exec(text.slice(i)) : null;
    if (indent) {
      pieces.push(text.slice(copied, i));
      copied = i + indent[0].length;
      changes.push({ kind: 'lost-indent', at: i, from: indent[0], to: '' });
      i = copied - 1;
      continue;
    }
    // …and so is one after a space in the middle of a line (`…理清了思路。 ????区政协主席…`, `…工作 ????近日`):
    // a copy that ran the page's paragraphs into one line kept their lost indentation, so it
    // breaks the line there.
    const runIn = lineStart(text, i) ? null : RUN_IN_INDENT.exec(text.slice(i));
    let space = i;
    while (runIn && space > copied && /[ \t\u00a0\u3000]/.test(text[space - 1])) space--;
    if (runIn && space < i) {
      pieces.push(text.slice(copied, space), '\n');
      copied = i + runIn[0].length;
      changes.push({ kind: 'lost-indent', at: space, from: text.slice(space, copied), to: '\n' });
      i = copied - 1;
      continue;
    }
    const prev = charBefore(text, i);
    const next = charAt(text, i + 1);
    if (!isHan(prev) || next === '⟩') continue;

    let to: string | null = null;
    let end = i + 1;
    const after = next !== undefined ? charAt(text, i + 1 + next.length) : undefined;
    const stray = isStrayByte(next) && isHan(after);
    if (isHan(next) || stray) {
      if (QUESTION_WORD.test(sentenceBefore(text, i))) {
        to = '？';
      } else {
        to = LOST;
        if (stray) end = i + 2;
      }
    } else if (next === undefined || /\s/u.test(next) || CLOSING.has(next)) {
      to = '？';
    }
    if (to === null) continue;

    const from = text.slice(i, end);
    pieces.push(text.slice(copied, i), to);
    copied = end;
    if (to === LOST) {
      changes.push({ kind: 'lost-character', at: i, from, to });
      unrecoverable.push({
        marked: LOST,
        raw: from,
        reason: stray
          ? 'a `?` where the page lost a character, followed by one stray byte of another damaged character'
          : 'a `?` where the page lost a character (no question word in the sentence)',
      });
    } else {
      changes.push({ kind: 'question-mark', at: i, from, to });
    }
  }
  if (changes.length === 0) return { text, changes, unrecoverable };
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes, unrecoverable };
}
