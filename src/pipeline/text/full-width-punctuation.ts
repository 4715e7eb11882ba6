import type { Change, StageResult } from './types';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

// Punctuation this stage may change (in either width) and whitespace. Context is read past them,
// so converting one mark never changes the context another mark sees: that is what makes the
// stage idempotent, and it lets a mark at a line break see the prose on the other side.
const TRANSPARENT = new Set(',:;()!?，：；（）！？ \t\n\r\u3000\u00a0');

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * True for a character of Chinese prose: ideographs, CJK and full-width punctuation and forms,
 * curly quotes, ellipsis and dash, and the ⟨ ⟩ that mark lost text.
 */
export function isCjkContext(cp: number): boolean {
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return true;
  if (cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019) return true;
  if (cp === 0x2026 || cp === 0x2014 || cp === 0x00b7 || cp === 0x27e8 || cp === 0x27e9) return true;
  if (cp < 0x2e80) return false;
  const ch = String.fromCodePoint(cp);
  return HAN.test(ch) || KANA.test(ch);
}

/** Whether `ch` is whitespace or a mark this stage converts (either width): context reads past it. */
export function isTransparent(ch: string): boolean {
  return TRANSPARENT.has(ch);
}

/** Code point of the character that ends at `end` (exclusive), joining a surrogate pair. */
export function codePointBefore(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = text.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.codePointAt(end - 2)!;
  }
  return c;
}

/**
 * Whether the nearest character left of `i` that is not transparent punctuation or whitespace is
 * Chinese prose; `null` when there is none within `limit` characters (or none at all).
 */
export function leftContextIsCjk(text: string, i: number, limit = Infinity): boolean | null {
  let j = i;
  let seen = 0;
  while (j > 0 && seen < limit) {
    const ch = text[j - 1];
    if (!TRANSPARENT.has(ch)) return isCjkContext(codePointBefore(text, j));
    j--;
    seen++;
  }
  return null;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * ASCII `, : ; ( ) ! ?` used in Chinese prose -> `，：；（）！？`. A mark is converted when the
 * nearest real character on either side (past other such marks and whitespace) is Chinese;
 * `! ?` look left, since they close what precedes them. Left alone: marks between digits
 * (`1,000`, `10:01:02`), `://` in URLs, marks in Latin text, and the `?` of a lost-text marker
 * (`⟨?⟩`). A matched pair of parentheses changes together: both when the content or an outer
 * neighbour is Chinese (`（記者 包松婭）`, `（GDP）` after Chinese), neither otherwise. Linear,
 * never throws, idempotent.
 */
export function toFullWidthPunctuation(text: string): StageResult {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (FULL_WIDTH[text[i]] !== undefined) positions.push(i);
  if (positions.length === 0) return { text, changes: [] };

  // Nearest non-transparent neighbour of each mark (1 Chinese, 0 other, -1 none), and for the
  // parentheses a running count of Chinese characters, so that "content has Chinese" is a
  // subtraction instead of a rescan.
  const left = new Int8Array(positions.length);
  const right = new Int8Array(positions.length);
  const cjkBefore = new Float64Array(positions.length);
  let last = -1;
  let cjkCount = 0;
  for (let i = 0, p = 0; i < text.length && p < positions.length; i++) {
    if (i === positions[p]) {
      left[p] = last;
      cjkBefore[p] = cjkCount;
      p++;
      continue;
    }
    if (TRANSPARENT.has(text[i])) continue;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) continue; // read at its low half
    const cjk = isCjkContext(codePointBefore(text, i + 1));
    last = cjk ? 1 : 0;
    if (cjk) cjkCount++;
  }
  last = -1;
  for (let i = text.length - 1, p = positions.length - 1; i >= 0 && p >= 0; i--) {
    if (i === positions[p]) {
      right[p] = last;
      p--;
      continue;
    }
    if (TRANSPARENT.has(text[i])) continue;
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) continue; // read at its high half
    last = isCjkContext(text.codePointAt(i)!) ? 1 : 0;
  }

  const convert = new Uint8Array(positions.length);
  const open: number[] = [];
  for (let p = 0; p < positions.length; p++) {
    const i = positions[p];
    const ch = text[i];
    const numeric = isDigit(text[i - 1]) && isDigit(text[i + 1]);
    if (ch === ',' || ch === ';') {
      convert[p] = !numeric && (left[p] === 1 || right[p] === 1) ? 1 : 0;
    } else if (ch === ':') {
      const url = text.startsWith('//', i + 1);
      convert[p] = !numeric && !url && (left[p] === 1 || right[p] === 1) ? 1 : 0;
    } else if (ch === '!' || ch === '?') {
      const marker = text[i + 1] === '⟩';
      convert[p] = !marker && (left[p] === 1 || (left[p] === -1 && right[p] === 1)) ? 1 : 0;
    } else if (ch === '(') {
      open.push(p);
    } else {
      const o = open.pop();
      if (o === undefined) {
        convert[p] = left[p] === 1 || right[p] === 1 ? 1 : 0;
      } else {
        const both = cjkBefore[p] > cjkBefore[o] || left[o] === 1 || right[p] === 1;
        convert[o] = convert[p] = both ? 1 : 0;
      }
    }
  }
  for (const o of open) convert[o] = left[o] === 1 || right[o] === 1 ? 1 : 0;

  const changes: Change[] = [];
  const pieces: string[] = [];
  let copied = 0;
  for (let p = 0; p < positions.length; p++) {
    if (!convert[p]) continue;
    const i = positions[p];
    const to = FULL_WIDTH[text[i]];
    pieces.push(text.slice(copied, i), to);
    copied = i + 1;
    changes.push({ kind: 'full-width', at: i, from: text[i], to });
  }
  if (changes.length === 0) return { text, changes };
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes };
}
