import type { Change, StageResult } from './types';

/**
 * A pinyin reading that was taken out, and where: `at` is the offset in the returned text right
 * after the character it was glued to. Later stages use these as evidence: the mojibake repair
 * checks a decoded character against the readings the page gave the same character elsewhere.
 */
export interface RemovedReading {
  at: number;
  reading: string;
}

export interface StripPinyinResult extends StageResult {
  readings: RemovedReading[];
}

// Finals allowed after each initial ('' = no initial, with y/w spellings). Written out rather
// than generated from rules because the gaps (no "tin", no "fai") are irregular.
const FINALS_BY_INITIAL: Record<string, string> = {
  '': 'a o e ai ei ao ou an en ang eng er yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun wu wa wo wai wei wan wen wang weng',
  b: 'a o ai ei ao an en ang eng i ie iao ian in ing u',
  p: 'a o ai ei ao ou an en ang eng i ie iao ian in ing u',
  m: 'a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u',
  f: 'a o ei ou an en ang eng u',
  d: 'a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un',
  t: 'a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un',
  n: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan ü üe',
  l: 'a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe',
  g: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  k: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  h: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  j: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  q: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  x: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  zh: 'a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  ch: 'a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang',
  sh: 'a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang',
  r: 'e i ao ou an en ang eng ong u ua uo ui uan un',
  z: 'a e i ai ei ao ou an en ang eng ong u uo ui uan un',
  c: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
  s: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
};

const SYLLABLES: ReadonlySet<string> = new Set(
  Object.entries(FINALS_BY_INITIAL).flatMap(([initial, finals]) => finals.split(' ').map((f) => initial + f)),
);

const TONED: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a',
  ē: 'e', é: 'e', ě: 'e', è: 'e',
  ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o',
  ū: 'u', ú: 'u', ǔ: 'u', ù: 'u',
  ǖ: 'ü', ǘ: 'ü', ǚ: 'ü', ǜ: 'ü',
};

/**
 * True for one pinyin syllable, lowercase, with at most one tone mark. Toneless single vowels
 * (a, e, o) are refused: as a parenthesised letter they are list labels far more often than
 * readings.
 */
export function isPinyinSyllable(candidate: string): boolean {
  const s = candidate.normalize('NFC');
  let toneMarks = 0;
  let base = '';
  for (const ch of s) {
    const plain = TONED[ch];
    if (plain) {
      toneMarks++;
      base += plain;
    } else if ((ch >= 'a' && ch <= 'z') || ch === 'ü') {
      base += ch;
    } else {
      return false;
    }
  }
  if (toneMarks > 1) return false;
  // Typed input often spells ü as v (lv, nve).
  base = base.replace(/^([ln])v/, '$1ü');
  if (toneMarks === 0 && base.length < 2) return false;
  return SYLLABLES.has(base);
}

// Up to 8 letters of the pinyin alphabet (tone marks precomposed or combining), in parentheses
// (some mirrors leave a space before the closing one: `會(huì )議`);
// or only closed, right after a `?` that swallowed the opening parenthesis together with the
// damaged byte before it (`睋?jù)區`, `或?qū)I`).
const LETTERS = '[a-zü\\u00e0-\\u00fc\\u0101-\\u01dc\\u0300\\u0301\\u0304\\u0308\\u030c]{1,8}';
const CANDIDATE = new RegExp(`[(（](${LETTERS}) ?[)）]|(?<=[?\\ufffd])(${LETTERS})[)）]`, 'g');
const WHITESPACE = /\s/u;
/** One space before the next word or mark: the gap some mirrors leave after each reading. */
const SPACE_AFTER = /^ \S/u;
/** Readings that must have a space after them, and the share of all, before the spaces are theirs. */
const MIN_SPACED_READINGS = 3;
const SPACED_SHARE = 0.8;
const LATIN = /\p{Script=Latin}/u;
const PUNCT_OR_MARK = /[\p{P}\p{Z}\p{M}\p{C}]/u;

/**
 * A character a reading can follow: any non-ASCII letter, digit or symbol that is not Latin
 * (ideographs, and the stray symbols that mojibake leaves, like ┦ or π), or a question mark or
 * replacement character left where the damaged page lost a character. Punctuation never carries a
 * reading; excluding it keeps the stage idempotent after full-width punctuation runs.
 */
function isHost(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp === 0x3f || cp === 0xff1f || cp === 0xfffd) return true;
  if (cp < 0x80) return false;
  const ch = String.fromCodePoint(cp);
  return !PUNCT_OR_MARK.test(ch) && !LATIN.test(ch);
}

/**
 * One ASCII byte that is the trailing half of a GBK character whose first half was lost or
 * misread (`菂^`, `谜f`, `?I`): GBK trail bytes in the ASCII range are 0x40–0x7E.
 */
function isStrayByte(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x40 && cp <= 0x7e && cp !== 0x3f;
}

/**
 * Remove pinyin readings glued after characters: `協(xié)商` -> `協商`, `菂^(qū)` -> `菂^`,
 * `睋?jù)區` -> `睋?區`. A reading is one parenthesised pinyin syllable directly after a character
 * that can carry one (see `isHost`), or after a single stray ASCII byte that itself follows such a
 * character, or a syllable and `)` right after a `?` that follows a character (the damaged byte
 * took the opening parenthesis with it). Real parentheses (`(記者 包松婭)`, `(APP)`, `(2019)`, `(出)`) never match: their content
 * is not one lowercase syllable. Whitespace between the character and the reading is looked
 * through, so a reading cut off by a line break is still found. On a page that leaves a space after
 * (nearly) every reading, that space goes with it. Pure, never throws, idempotent.
 */
export function stripPinyin(text: string): StripPinyinResult {
  const changes: Change[] = [];
  const readings: RemovedReading[] = [];
  const pieces: string[] = [];
  let outLength = 0;
  // The last two non-whitespace code points of the output so far: the decision looks at what
  // the reading follows after earlier readings are gone (區(qū)(qū) loses both in one pass).
  let last: number | undefined;
  let beforeLast: number | undefined;
  let copied = 0;

  const feed = (chunk: string) => {
    pieces.push(chunk);
    outLength += chunk.length;
    for (const ch of chunk) {
      if (WHITESPACE.test(ch)) continue;
      beforeLast = last;
      last = ch.codePointAt(0);
    }
  };
  // Feeding a long chunk char by char is linear overall; only the tail matters, so feed the last
  // few code points of long chunks.
  const feedTail = (chunk: string) => {
    if (chunk.length <= 64) return feed(chunk);
    pieces.push(chunk.slice(0, -64));
    outLength += chunk.length - 64;
    feed(chunk.slice(-64));
  };

  // Some mirrors write every reading with a space after it (`會(hui) 議`): on such a page the space
  // is the reading's, and goes with it. Elsewhere a space after a reading is the page's own
  // (`政協(xié) 孫澤紅`, a menu's gaps) and stays.
  const candidates = [...text.matchAll(CANDIDATE)];
  const spaced = candidates.filter((m) => SPACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))).length;
  const spaceIsReadings = spaced >= MIN_SPACED_READINGS && spaced >= SPACED_SHARE * candidates.length;
  for (const m of candidates) {
    const at = m.index;
    feedTail(text.slice(copied, at));
    copied = at;
    const swallowed = m[1] === undefined;
    const reading = swallowed ? m[2] : m[1];
    const follows = swallowed
      ? isHost(beforeLast) && beforeLast !== 0x3f && beforeLast !== 0xfffd
      : isHost(last) || (isStrayByte(last) && isHost(beforeLast));
    if (follows && isPinyinSyllable(reading)) {
      const from = spaceIsReadings && SPACE_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 2)) ? `${m[0]} ` : m[0];
      changes.push({ kind: 'pinyin-reading', at, from, to: '' });
      readings.push({ at: outLength, reading: reading.normalize('NFC') });
      copied = at + from.length;
    }
  }
  feedTail(text.slice(copied));
  return { text: pieces.join(''), changes, readings };
}
