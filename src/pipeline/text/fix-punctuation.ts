import { codePointBefore, isCjkContext, isTransparent } from './full-width-punctuation';
import type { Change, StageResult } from './types';

// Marks a comma cannot stand before. Closing quotes and brackets are not among them: `，”` is
// ordinary Chinese punctuation.
const CJK_MARK = new Set('，、。；：！？…');
const WHITESPACE = /\s/u;

// How far to read past marks and whitespace for context; beyond it the comma is left alone.
const CONTEXT_LIMIT = 64;

/**
 * Whether the nearest character from `i` in direction `step` that is neither whitespace nor
 * punctuation of the kind full-width-punctuation converts is Chinese. Reading past those marks
 * keeps the decision the same before and after that stage has run.
 */
function chineseBeside(text: string, i: number, step: 1 | -1): boolean {
  for (let j = i, seen = 0; j >= 0 && j < text.length && seen < CONTEXT_LIMIT; j += step, seen++) {
    if (isTransparent(text[j])) continue;
    return isCjkContext(step === 1 ? text.codePointAt(j)! : codePointBefore(text, j + 1));
  }
  return false;
}

/**
 * Remove stray ASCII commas: a `,` directly before another comma or a Chinese sentence mark
 * (`規範化,、程序化` -> `規範化、程序化`, `具體措施,。` -> `具體措施。`, `近年來,,湖北省` ->
 * `近年來,湖北省`). Whitespace between is looked through. A doubled comma is only collapsed next to
 * Chinese text, so `a,,b` in data or code is kept. Never throws, idempotent.
 */
export function fixPunctuation(text: string): StageResult {
  const changes: Change[] = [];
  const pieces: string[] = [];
  let copied = 0;
  let i = text.indexOf(',');
  while (i !== -1) {
    // A cluster of commas and whitespace, read once: what it sits between decides every comma in it.
    let end = i;
    const commas: number[] = [];
    while (end < text.length && (text[end] === ',' || WHITESPACE.test(text[end]))) {
      if (text[end] === ',') commas.push(end);
      end++;
    }
    const nextMark = CJK_MARK.has(text[end]);
    const besideChinese = chineseBeside(text, i - 1, -1) || chineseBeside(text, end, 1);
    for (let c = 0; c < commas.length; c++) {
      // Before a mark every comma of the cluster goes; otherwise all but the last, beside Chinese.
      const stray = nextMark || (c < commas.length - 1 && besideChinese);
      if (!stray) continue;
      pieces.push(text.slice(copied, commas[c]));
      copied = commas[c] + 1;
      changes.push({ kind: 'stray-punctuation', at: commas[c], from: ',', to: '' });
    }
    i = text.indexOf(',', end);
  }
  if (changes.length === 0) return { text, changes };
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes };
}
