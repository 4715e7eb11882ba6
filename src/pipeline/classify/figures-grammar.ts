/**
 * The grammar of counts in committee prose, for the figure extractor: numerals (Arabic and
 * Chinese), approximation marks, measure words, and the numbers that are names, not counts.
 *
 * `scanNumbers(text)` finds every number-with-measure-word that is a count: `33个`, `5300多人`,
 * `200余位`, `近20个`, `上千条`, `795万元`, `二十三个`. It leaves out what only looks like one:
 * ordinals (`第五次`, `十二届五十四次`), dates and years (`2022年12月26日`, `6月14日`), durations
 * (`两个月`), names made of numbers (`“十四五”`, `二十大`, `“1+2+6”`, `两个“全覆盖”`, `四个意识`,
 * `三会一课`, `八项规定`, `三位一体`), list markers (`一、`), and the lone `一` of idioms (`一批`,
 * `一条龙`, `一次次`). What a figure counts is the extractor's job (extract-figures.ts).
 *
 * Values are plain quantities in the unit named: `1.2万人` is 12000 人 and `795万元` is
 * 7950000 元 (万 and 亿 are multipliers, never part of the unit), so figures compare and add up.
 */

/** Measure words a count may carry, longest first where one is a prefix of another. */
export const UNITS = [
  '人次', '场次', '个', '家', '名', '人', '位', '次', '期', '场', '件', '篇', '项', '条', '份',
  '辑', '支', '种', '所', '座', '户', '批', '列', '册', '元', '%',
] as const;

/** Approximation marks written before a number (`近20个`, `超40%`). */
export const APPROX_BEFORE = ['将近', '接近', '超过', '多达', '近', '超', '逾', '约'] as const;

/**
 * Names made of numerals, never counts (most stand in quotation marks, which `scanNumbers` already
 * treats as names; these are the ones texts also write bare).
 */
export const NAMED_NUMERALS = [
  '八项规定', '四个意识', '四个自信', '两个维护', '两个确立', '两个全覆盖', '三会一课', '两学一做',
  '三位一体', '五位一体', '十四五', '十三五', '二十大', '十九大', '四史',
] as const;

/** After `个`, these make a duration, not a count (`两个月`, `三个月`). */
const DURATION_AFTER = ['月', '小时', '星期', '工作日'];

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/**
 * `二十三` -> 23, `十` -> 10, `两` -> 2, `一百零五` -> 105, `三千五百` -> 3500, `一万二千` -> 12000,
 * `一亿二千万` -> 120000000, `一亿零五百万` -> 105000000. Chinese numerals group by four digits:
 * 十百千 build a group, 万 scales the group before it, 亿 everything before it.
 */
export function parseChineseNumeral(s: string): number {
  let total = 0; // whole 亿s
  let wan = 0; // the part between 亿 and 万, already times 万
  let group = 0; // below 万
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch in CN_SMALL) {
      group += (digit || 1) * CN_SMALL[ch];
      digit = 0;
    } else if (ch === '万') {
      wan += (group + digit || 1) * 1e4;
      group = 0;
      digit = 0;
    } else if (ch === '亿') {
      total = (total + wan + group + digit || 1) * 1e8;
      wan = 0;
      group = 0;
      digit = 0;
    }
  }
  return total + wan + group + digit;
}

/** The multiplier a magnitude after an Arabic number stands for: `万` 1e4, `千万` 1e7, `亿` 1e8. */
const magnitudeOf = (mag: string) => [...mag].reduce((n, ch) => n * MAGNITUDE[ch], 1);

const UNIT_RE = UNITS.join('|');
// number: Arabic (with decimals), 上千/数百 (an order of magnitude), or a Chinese numeral
const NUMBER_RE = new RegExp(
  String.raw`(\d+(?:\.\d+)?|[上数][十百千万]|[〇零一二两三四五六七八九十百][〇零一二两三四五六七八九十百千万亿]*)` +
    String.raw`(余|多)?([十百千]?万|[十百千]?亿|万亿|千)?(余|多)?(${UNIT_RE})`,
  'g',
);
const CN_NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万亿]/;
const OPEN_QUOTES = new Set(['“', '‘', '「', '『', '"', "'"]);
const RANGE_MARKS = ['-', '—', '–', '~', '～', '至', '到'];
const OPENING = '“‘「『';
const CLOSING = '”’」』';
/** Longest quotation taken for a name (`“十重百项”`) rather than a quoted sentence. */
const MAX_QUOTED_NAME = 12;

/** The span start..end stands inside a short quotation: a name such as `“十重百项”`. */
function insideQuotedName(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= MAX_QUOTED_NAME; i--) {
    if (CLOSING.includes(text[i])) return false;
    if (OPENING.includes(text[i])) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let j = end; j < text.length && j - open <= MAX_QUOTED_NAME + 1; j++) {
    if (OPENING.includes(text[j])) return false;
    if (CLOSING.includes(text[j])) return true;
  }
  return false;
}

/** A count found by `scanNumbers`. Offsets are in the scanned text. */
export interface NumberToken {
  /** Start of the number itself. */
  start: number;
  /** Start including an approximation mark before it (`近`, `超`); equals `start` when none. */
  quoteStart: number;
  /** End of the measure word. */
  end: number;
  value: number;
  approx: boolean;
  unit: string;
  /** Written in Chinese numerals. */
  chinese: boolean;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Every count in `text`, in order. See the module comment for what is left out and why. */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const [whole, num, approx1, mag, approx2, unit] = m;
    const start = m.index;
    const end = start + whole.length;
    const before = text.slice(Math.max(0, start - 4), start);
    const prev = before.slice(-1);
    const after = text.slice(end);
    const arabic = /^\d/.test(num);
    const roundFigure = /^[上数]/.test(num);
    const chinese = !arabic;

    // Part of a longer number, an ordinal, a session number, a formula (1+2+6), a quoted name.
    if (/[\d.]/.test(prev) || prev === '第' || prev === '届' || prev === '+' || prev === '＋') continue;
    if (OPEN_QUOTES.has(prev) || insideQuotedName(text, start, end)) continue;
    if (chinese && !roundFigure && CN_NUMERAL_CHAR.test(prev)) continue;
    if (NAMED_NUMERALS.some((n) => text.startsWith(n, start))) continue;
    // Durations: 两个月, 三个月内.
    if (unit === '个' && DURATION_AFTER.some((d) => after.startsWith(d))) continue;
    if (chinese && !roundFigure) {
      // The 一 of idioms and per-period phrases (一批, 一条龙, 每月举办一次).
      if (num === '一') continue;
      // Slogans: 两个“全覆盖”, 三位一体, 四个一.
      if (OPEN_QUOTES.has(after[0] ?? '') || CN_NUMERAL_CHAR.test(after[0] ?? '')) continue;
    }

    // Ranges: 1至34辑 counts 34 (an enumeration from 1); other ranges (6-8次) have no one value.
    let approx = Boolean(approx1 || approx2);
    const rangeMark = RANGE_MARKS.find((r) => before.endsWith(r));
    if (rangeMark) {
      const lower = text.slice(0, start - rangeMark.length).match(/(\d+)$/);
      if (lower && lower[1] === '1' && rangeMark !== '-' && rangeMark !== '—' && rangeMark !== '–') {
        // 1至34辑: exact
      } else if (lower) continue;
    }

    let value: number;
    if (arabic) value = Number(num);
    else if (roundFigure) {
      value = MAGNITUDE[num[1]];
      approx = true;
    } else value = parseChineseNumeral(num);
    if (mag) value *= magnitudeOf(mag);

    let quoteStart = start;
    const mark = APPROX_BEFORE.find((a) => before.endsWith(a));
    if (mark) {
      approx = true;
      quoteStart = start - mark.length;
    }
    tokens.push({ start, quoteStart, end, value: round(value), approx, unit, chinese });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// What a figure counts: the words around it

/** Characters that end a clause: a figure's `what` never crosses them. */
export const CLAUSE_END = /[，,。；;！!？?：:…\s《》]/;

/**
 * Words that end the noun phrase after a count (`36家区属党政部门|履职情况|进行…`,
 * `200余位政协委员|通过视频…`): verbs and prepositions that follow a counted noun.
 */
export const STOPS_AFTER = [
  '履职情况', '工作情况', '情况', '进行', '开展', '通过', '参加', '参与', '围绕', '结成', '全部', '分别',
  '集中', '提出', '得到', '实现', '成为', '作为', '形成', '发挥', '组织', '举办', '推动', '深入', '持续',
  '积极', '覆盖', '涵盖', '确定', '位居', '建立', '建成', '设立', '成立', '组建', '创建', '打造', '开设',
  '了', '都', '也', '均', '在', '向', '将', '把', '被', '由', '于', '从',
] as const;

/**
 * Conjunctions after a count: they end the phrase too, but only after a `的` is looked past
 * (`40多个关系改革发展稳定和群众关心的问题` counts 问题).
 */
export const CONJUNCTIONS_AFTER = ['和', '与', '及', '并', '等'] as const;

/**
 * Words that end the noun phrase before a count, read backwards (`征集|提案2833件`,
 * `累计走访|委员400余人次`): verbs that take the counted noun as object, and function words.
 */
export const STOPS_BEFORE = [
  '开展', '组织', '举办', '召开', '建立', '创建', '组建', '成立', '编入', '走访', '征集', '整理', '形成',
  '推送', '报道', '救助', '捐赠', '提供', '参加', '选定', '遴选', '确定', '梳理', '修订', '制定', '出台',
  '颁发', '印发', '完善', '分赴', '推出', '打造', '发布', '收集', '培训', '累计', '共计', '合计', '总计',
  '的', '、', '和', '与', '及', '等方面', '等', '向', '将', '把', '为', '了', '“', '”', '‘', '’',
] as const;

/** Trailing words stripped from the phrase before a count (`成员已达|5300多人`). */
export const TAIL_BEFORE = ['已达', '达到', '多达', '共计', '共有', '累计', '合计', '总计', '达', '共', '有', '计'] as const;

/** Longest `what` kept; a longer phrase is a clause, not a name of what is counted. */
export const MAX_WHAT = 16;
