import iconv from 'iconv-lite';
import { codePointBefore, leftContextIsCjk } from './full-width-punctuation';
import type { RemovedReading } from './strip-pinyin';
import { convertToSimplified } from './to-simplified';
import type { Change, StageResult } from './types';

/** Text whose bytes are lost: kept visibly marked in the output, for a person to settle. */
export interface UnrecoverableSpan {
  /** The marked text as it stands in the output, marker characters included. */
  marked: string;
  /** The damaged text it came from. */
  raw: string;
  reason: string;
}

export interface RepairMojibakeOptions {
  /**
   * Gazetteer check for a repaired place name (GB/T 2260). Called with the name as repaired
   * (possibly Traditional) and, if different, with its Simplified form.
   */
  knownPlace?: (name: string) => boolean;
  /** Readings removed by strip-pinyin, with offsets in this stage's input: evidence for the bytes. */
  readings?: readonly RemovedReading[];
}

export interface RepairMojibakeResult extends StageResult {
  unrecoverable: UnrecoverableSpan[];
}

/** Marker for characters whose bytes are lost; never a guess at what they were. */
export const LOST = '⟨?⟩';

// `。` and the first byte of `”`/`“`: what `?!` stood for before the damage.
const PREFIX_LEAD = 0xa1;
const FULL_STOP = '。';
const MAX_ITEMS = 48;
// Far enough to see past a few marks; the cap keeps `?!?!?!…` linear and errs towards no repair.
const CONTEXT_LIMIT = 256;

const ADMIN_SUFFIX = new Set('省市區区縣县旗州盟鎮镇鄉乡');
const COMMITTEE_AFTER = /^(?:政協|政协|委員會|委员会)/;
const HAN = /^\p{Script=Han}$/u;
const PUNCT = /^\p{P}$/u;

const gbkDecoder = new TextDecoder('gbk', { fatal: true });
const encodeCache = new Map<string, number[] | null>();
const pairCache = new Map<number, string | null>();

/** The two GBK bytes of a character, or null when it has no two-byte GBK form. */
function gbkPair(ch: string): number[] | null {
  let bytes = encodeCache.get(ch);
  if (bytes !== undefined) return bytes;
  const buf = iconv.encode(ch, 'gbk');
  bytes = buf.length === 2 && buf[0] >= 0x81 && buf[0] <= 0xfe ? [buf[0], buf[1]] : null;
  encodeCache.set(ch, bytes);
  return bytes;
}

/** The character two bytes decode to in GBK, or null for invalid, unassigned or private use. */
function decodePair(lead: number, trail: number): string | null {
  const key = (lead << 8) | trail;
  let ch = pairCache.get(key);
  if (ch !== undefined) return ch;
  try {
    const s = gbkDecoder.decode(Uint8Array.of(lead, trail));
    const cp = s.codePointAt(0)!;
    ch = [...s].length === 1 && cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff) ? s : null;
  } catch {
    ch = null;
  }
  pairCache.set(key, ch);
  return ch;
}

/** One character of the damaged run: its bytes, or null for a `?` standing for one unknown byte. */
interface Item {
  start: number;
  end: number;
  bytes: number[] | null;
}

interface Decoded {
  ch: string;
  /** Index of the item whose last byte ends this character, or -1 mid-item. */
  endsItem: number;
  /** Whether the unknown byte of a `?` is part of this character. */
  usesUnknown: boolean;
}

interface Simulation {
  chars: Decoded[];
  /** Last item consumed. */
  last: number;
  /** The run stopped with a lead byte still waiting for its partner. */
  dangling: boolean;
}

/**
 * Decode `A1 A3 A1` + the run's bytes in step, stopping at the first point where the repaired and
 * the damaged byte streams both have a character boundary (the damage is over there). Null when
 * some pair is not a character: then this was not a shifted GBK run.
 */
function simulate(items: Item[], unknown: number): Simulation | null {
  const chars: Decoded[] = [];
  let pending: number | null = PREFIX_LEAD;
  for (let k = 0; k < items.length; k++) {
    const bytes = items[k].bytes ?? [unknown];
    for (let b = 0; b < bytes.length; b++) {
      const byte = bytes[b];
      if (pending !== null) {
        const ch = decodePair(pending, byte);
        if (ch === null) return null;
        chars.push({ ch, endsItem: b === bytes.length - 1 ? k : -1, usesUnknown: items[k].bytes === null });
        pending = null;
      } else if (byte >= 0x81 && byte <= 0xfe) {
        pending = byte;
      } else {
        return null;
      }
    }
    if (pending === null) return { chars, last: k, dangling: false };
  }
  return { chars, last: items.length - 1, dangling: true };
}

/** What the rest of the text says about characters: counts, and the readings the page gave them. */
class Evidence {
  private counts: Map<string, number> | undefined;
  private byReading = new Map<string, Set<string>>();
  private byChar = new Map<string, Set<string>>();
  readonly readingAt = new Map<number, string>();

  constructor(
    private readonly text: string,
    readings: readonly RemovedReading[],
  ) {
    for (const { at, reading } of readings) {
      this.readingAt.set(at, reading);
      const host = at > 0 ? String.fromCodePoint(codePointBefore(text, at)) : '';
      if (!HAN.test(host)) continue; // readings after `?` or a stray byte are the damage itself
      add(this.byReading, reading, host);
      add(this.byChar, host, reading);
    }
  }

  /** How often `ch` occurs in the text outside [from, to). */
  countOutside(ch: string, from: number, to: number): number {
    if (!this.counts) {
      this.counts = new Map();
      for (const c of this.text) this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
    }
    let inside = 0;
    for (const c of this.text.slice(from, to)) if (c === ch) inside++;
    return (this.counts.get(ch) ?? 0) - inside;
  }

  /** Whether the text's own readings contradict `ch` being read `reading`. */
  contradicts(ch: string, reading: string): boolean {
    const chars = this.byReading.get(reading);
    const readings = this.byChar.get(ch);
    return (chars !== undefined && !chars.has(ch)) || (readings !== undefined && !readings.has(reading));
  }

  /** Whether the text's own readings confirm `ch` being read `reading`. */
  confirms(ch: string, reading: string): boolean {
    return this.byReading.get(reading)?.has(ch) ?? false;
  }

  /** Whether `needle` occurs in the text entirely before `from` or entirely after `to`. */
  occursOutside(needle: string, from: number, to: number): boolean {
    if (from - needle.length >= 0 && this.text.lastIndexOf(needle, from - needle.length) !== -1) return true;
    return this.text.indexOf(needle, to) !== -1;
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string) {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** The characters after `?!` that can belong to the run; stops at anything a GBK run cannot hold. */
function collectItems(text: string, from: number): { items: Item[]; cut: boolean } {
  const items: Item[] = [];
  let unknowns = 0;
  let j = from;
  while (j < text.length) {
    if (items.length === MAX_ITEMS) return { items, cut: true };
    const cp = text.codePointAt(j)!;
    const ch = String.fromCodePoint(cp);
    let bytes: number[] | null;
    if (ch === '?') {
      // Another `?!` starts its own run; a second unknown byte makes the run too uncertain.
      if (text[j + 1] === '!' || unknowns === 1) break;
      unknowns++;
      bytes = null;
    } else if (cp < 0x80) {
      // GBK trail bytes in the ASCII range: 0x40–0x7E. Anything else ends the run.
      if (cp < 0x40 || cp > 0x7e) break;
      bytes = [cp];
    } else {
      bytes = gbkPair(ch);
      if (!bytes) break;
    }
    items.push({ start: j, end: j + ch.length, bytes });
    j += ch.length;
  }
  return { items, cut: false };
}

interface Repair {
  end: number;
  replacement: string;
  lost: UnrecoverableSpan[];
  note: string;
}

/**
 * Undo GBK mojibake after a closing or opening quote. The damaged page read `。”` (`A1 A3 A1 B1`)
 * as `?` `!` and then read every following byte pair one byte out of step, until the two readings
 * met at a common character boundary: `?!北本┦形鞒菂^` is `。”北京市西城區`. A run starts at `?!`
 * after Chinese prose and followed by a non-ASCII character; its characters are encoded as GBK,
 * `A1 A3 A1` put back in front, and the bytes decoded in step up to the first common boundary.
 *
 * Evidence decides, never a guess:
 * - A `?` inside a run stands for one byte the damaged decoder could not read. Every byte value is
 *   tried; the character it completes is accepted only if the page's own pinyin readings (passed
 *   in `readings`) confirm it, or, without a reading, if it is the only candidate that occurs
 *   elsewhere in the text. Otherwise that character is marked `⟨?⟩`.
 * - The last repaired character is checked against the reading the page glued after it. When the
 *   page reads that character differently elsewhere, bytes were lost between: it becomes `⟨?⟩`.
 *   A run that ends with a lead byte and no partner also ends in `⟨?⟩`.
 * - A run whose repaired text ends in a place name with an administrative suffix right before
 *   政協/委員會 is kept only if the name (or the name without its suffix) occurs elsewhere in the
 *   text or `knownPlace` knows it; otherwise the name is kept but marked `⟨拾山區?⟩`.
 * - A run is repaired only if its repaired characters occur elsewhere in the text more often than
 *   the damaged ones do, so a real `?!` before Chinese text stays as it is.
 *
 * Returns the text, one change per run, and the marked spans. Never throws, idempotent.
 */
export function repairMojibake(text: string, opts: RepairMojibakeOptions = {}): RepairMojibakeResult {
  const changes: Change[] = [];
  const unrecoverable: UnrecoverableSpan[] = [];
  if (!text.includes('?!')) return { text, changes, unrecoverable };

  const evidence = new Evidence(text, opts.readings ?? []);
  const pieces: string[] = [];
  let copied = 0;
  for (let i = text.indexOf('?!'); i !== -1; i = text.indexOf('?!', i + 1)) {
    if (i < copied) continue;
    const repair = repairRun(text, i, evidence, opts);
    if (!repair) continue;
    pieces.push(text.slice(copied, i), repair.replacement);
    copied = repair.end;
    changes.push({ kind: 'mojibake', at: i, from: text.slice(i, repair.end), to: repair.replacement, note: repair.note });
    unrecoverable.push(...repair.lost);
    i = repair.end - 1;
  }
  if (changes.length === 0) return { text, changes, unrecoverable };
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes, unrecoverable };
}

function repairRun(text: string, at: number, evidence: Evidence, opts: RepairMojibakeOptions): Repair | null {
  const first = text.codePointAt(at + 2);
  if (first === undefined || first < 0x80 || /\s/u.test(String.fromCodePoint(first))) return null;
  if (leftContextIsCjk(text, at, CONTEXT_LIMIT) !== true) return null;

  const { items, cut } = collectItems(text, at + 2);
  if (items.length === 0 || items[0].bytes === null || items[0].bytes.length !== 2) return null;

  const unknownAt = items.findIndex((it) => it.bytes === null);
  let sim: Simulation | null;
  let unknownResolved = true;
  if (unknownAt === -1) {
    sim = simulate(items, 0);
  } else {
    const candidates: Simulation[] = [];
    for (let b = 0x81; b <= 0xfe; b++) {
      const s = simulate(items, b);
      if (s) candidates.push(s);
    }
    const needsUnknown = candidates.filter((s) => s.last >= unknownAt);
    if (needsUnknown.length < candidates.length) {
      // The run ends before the `?`: its byte does not matter.
      sim = candidates.find((s) => s.last < unknownAt) ?? null;
    } else {
      const runEnd = (s: Simulation) => items[s.last].end;
      const survivors = new Map<string, Simulation>();
      for (const s of candidates) {
        const c = s.chars.find((d) => d.usesUnknown);
        if (!c || !HAN.test(c.ch)) continue;
        const reading = c.endsItem >= 0 ? evidence.readingAt.get(items[c.endsItem].end) : undefined;
        const ok = reading !== undefined ? evidence.confirms(c.ch, reading) : evidence.countOutside(c.ch, at, runEnd(s)) > 0;
        if (ok) survivors.set(c.ch, s);
      }
      if (survivors.size === 1) {
        sim = [...survivors.values()][0];
      } else {
        sim = candidates[0] ?? null;
        unknownResolved = false;
      }
    }
  }
  if (!sim || sim.chars.length === 0) return null;
  if (sim.dangling && cut) return null;

  const [quote, ...body] = sim.chars;
  if (!PUNCT.test(quote.ch)) return null;
  const end = items[sim.last].end;
  const raw = text.slice(at, end);

  // null = lost character
  const out: Array<string | null> = body.map((d) => (d.usesUnknown && !unknownResolved ? null : d.ch));
  const reasons: string[] = [];
  if (!unknownResolved) reasons.push('the byte behind a `?` could not be told from the bytes and the text');
  const lastChar = body.at(-1);
  if (lastChar && !sim.dangling && lastChar.endsItem >= 0 && out[out.length - 1] !== null) {
    const reading = evidence.readingAt.get(items[lastChar.endsItem].end);
    if (reading !== undefined && evidence.contradicts(lastChar.ch, reading)) {
      out[out.length - 1] = null;
      reasons.push(`the bytes give ${lastChar.ch}, but the page reads it (${reading}): bytes were lost`);
    }
  }
  if (sim.dangling) {
    out.push(null);
    reasons.push('the run ends in a lead byte whose partner is lost');
  }
  if (out.some((c) => c !== null && !HAN.test(c))) return null;

  // A real `?!` followed by Chinese: its characters are at home in the text, the "repair" is not.
  let repairedScore = 0;
  for (const c of out) if (c !== null && evidence.countOutside(c, at, end) > 0) repairedScore++;
  let damagedScore = 0;
  for (const it of items.slice(0, sim.last + 1)) {
    const ch = text.slice(it.start, it.end);
    if (HAN.test(ch) && evidence.countOutside(ch, at, end) > 0) damagedScore++;
  }
  if (repairedScore <= damagedScore) return null;

  const lost: UnrecoverableSpan[] = [];
  let rendered = FULL_STOP + quote.ch;
  const placeMarks = checkPlace(out, text, at, end, evidence, opts);
  for (let k = 0; k < out.length; k++) {
    const mark = placeMarks.get(k);
    if (mark) {
      rendered += mark.marked;
      lost.push({ marked: mark.marked, raw, reason: mark.reason });
      k = mark.last;
    } else if (out[k] === null) {
      rendered += LOST;
      lost.push({ marked: LOST, raw, reason: `GBK run read one byte out of step: ${reasons.join('; ')}` });
    } else {
      rendered += out[k];
    }
  }
  const whole = lost.length === 0;
  const note = whole ? 'GBK run re-read in step' : 'GBK run re-read in step; part of it is lost and marked';
  return { end, replacement: rendered, lost, note };
}

/**
 * Place names the repaired run ends in, right before a committee word, that nothing confirms:
 * keyed by the index of their first character, with the marked form.
 */
function checkPlace(
  out: Array<string | null>,
  text: string,
  from: number,
  to: number,
  evidence: Evidence,
  opts: RepairMojibakeOptions,
): Map<number, { marked: string; last: number; reason: string }> {
  const marks = new Map<number, { marked: string; last: number; reason: string }>();
  const lastChar = out.at(-1);
  if (!lastChar || !ADMIN_SUFFIX.has(lastChar) || !COMMITTEE_AFTER.test(text.slice(to, to + 3))) return marks;

  // The trailing run of repaired characters, cut after each suffix: 北京市|西城區.
  let startK = out.length;
  while (startK > 0 && out[startK - 1] !== null) startK--;
  let unitStart = startK;
  for (let k = startK; k < out.length; k++) {
    if (!ADMIN_SUFFIX.has(out[k]!) || k === unitStart) continue;
    const name = out.slice(unitStart, k + 1).join('');
    if (!placeConfirmed(name, from, to, evidence, opts)) {
      marks.set(unitStart, {
        marked: `⟨${name}?⟩`,
        last: k,
        reason: `repaired place name ${name} occurs nowhere else in the text and is not a known place: bytes may be lost`,
      });
    }
    unitStart = k + 1;
  }
  return marks;
}

function placeConfirmed(name: string, from: number, to: number, evidence: Evidence, opts: RepairMojibakeOptions): boolean {
  const short = name.slice(0, -1);
  if (evidence.occursOutside(name, from, to)) return true;
  if (short.length >= 2 && evidence.occursOutside(short, from, to)) return true;
  if (!opts.knownPlace) return false;
  try {
    if (opts.knownPlace(name)) return true;
    const simplified = convertToSimplified(name, 'traditional');
    return simplified !== name && opts.knownPlace(simplified);
  } catch {
    return false;
  }
}
