import type { Change, StageResult } from './types';

// Marks inside a sentence or at its end; a line without any is a heading, title or byline.
// 、 and quotes are left out: titles use them freely (`規範化、程序化發展`, `“西城實踐”`).
const SENTENCE_MARK = /[，。！？；,!?;]/;
// What a finished paragraph ends with (after trailing whitespace); a closing bracket ends a byline
// or photo credit in brackets (`（胡青）`, `（徐信江 崔建业）`).
const FINISHED = /[。！？；：…”’」』.!?;:)）]$/;
// A photo's caption ends with its photographer's credit (`…知识竞赛，融媒体中心记者 王文堃摄`).
const PHOTO_CREDIT = /(?:\s|记者)[\u4e00-\u9fff]{2,4}\s*摄(?:影)?$/;
// A line that opens with a date (`4月16日，…`) starts an item of its own: a dated roundup's next
// entry, not the rest of the line before it.
const DATED_START = /^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/;
// …and so does one that opens with a news item's dateline, byline mark or time (`本报讯（黄仁洪）近日，…`,
// `人民网上海5月4日电…`,
// `□ 记者 张宝勤 …`, `春节前夕，…`, `最新消息，…`), or an outlet's tag in brackets (`【连网】（…记者 徐黎一）3月30日…`):
// a list page of teasers cut off mid-sentence, or a story under its headline, not one broken sentence.
const ITEM_START = /^\s*(?:【[^】]{1,8}】|本报讯|本网讯|[^\s，。,]{2,12}讯\s*[（(]|[^\s，。,]{2,16}?\d{1,2}月\d{1,2}日(?:电|讯)|[□■◎]\s*\S|(?:近日|日前|连日来|春节前夕|节日前夕|最新消息)[，,])/;
// A sentence end inside the line: an enumerated line with one is a paragraph, without one a heading.
const SENTENCE_END = /[。！？!?]/;
// 一、 / （一） / (1) / 1. / 第一章 / ①: the start of a numbered item or section heading.
const ENUMERATED = /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[)）]|\d+[、．.](?!\d)|第[一二三四五六七八九十百\d]+[章节節条條部篇]|[①-⑳])/;
const BLANK = /^\s*$/;
const HAN_OR_MARK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u;
const WORDY = /[A-Za-z0-9]/;

const isHeading = (block: string) => ENUMERATED.test(block) && !SENTENCE_END.test(block);

/**
 * Rejoin sentences cut by hard line breaks (blank lines or not): `…连续两年集中开展` + `重点调研，持续…`
 * become one paragraph. Two blocks are joined only when both are prose (they have sentence
 * punctuation, in either width), the earlier does not end a paragraph (。！？；：…”’」』, a
 * bracket closing a byline, or a caption's photo credit) nor is a headline of parallel phrases,
 * the later does not open with a date or a news item's dateline, byline mark or time
 * (`本报讯（…）`, `□ 记者 …`, `近日，`), and neither is a numbered heading; so headings (`邢台市政协 踏上新征程 再铸新辉煌`), titles
 * (`——貫徹落實…的北京答卷`) and a section cut off in the source stay as they are. Output: one
 * paragraph per line, blank lines removed; whitespace at a join is dropped between Chinese text and
 * becomes one space between Latin words. Never throws, idempotent.
 */
export function rejoinLines(text: string): StageResult {
  const changes: Change[] = [];
  const paragraphs: string[] = [];
  let current: string | null = null;
  // Offset in `text` just past the content of the current paragraph's last line.
  let currentEnd = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (BLANK.test(line)) continue;
    if (current !== null && joinable(current, line)) {
      const kept: string = current.trimEnd();
      const next = line.trimStart();
      const glue = WORDY.test(kept.at(-1)!) && WORDY.test(next[0]) && !HAN_OR_MARK.test(kept.at(-1)!) ? ' ' : '';
      const cut = currentEnd - (current.length - kept.length);
      const resume = start + (line.length - next.length);
      changes.push({ kind: 'rejoin-line', at: cut, from: text.slice(cut, resume), to: glue });
      current = kept + glue + next;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    currentEnd = start + line.length;
  }
  if (current !== null) paragraphs.push(current);
  const out = paragraphs.join('\n');
  return { text: out, changes: out === text ? [] : changes };
}

/** Longest line read as a headline of short phrases, and the shortest and longest phrase in one. */
const MAX_PHRASE_HEADLINE = 30;
const MIN_PHRASE = 3;
const MAX_PHRASE = 12;

/**
 * A headline of parallel phrases (`广纳群言，广集民智，探索提案新思路`): commas but no full stop, no
 * mark at its end, every phrase a few characters. A sentence cut by a break leaves a long run or a
 * stub of a phrase (`坚持探索新的工作方式，高标` + `准做好…`), so it seldom has this shape.
 */
function phraseHeadline(block: string): boolean {
  if (block.length > MAX_PHRASE_HEADLINE || SENTENCE_END.test(block) || !/\p{Script=Han}$/u.test(block)) return false;
  const phrases = block.split(/[，,]/);
  return phrases.length >= 2 && phrases.every((p) => p.length >= MIN_PHRASE && p.length <= MAX_PHRASE && !/[；;：:]/.test(p));
}

/** Longest line read as a headline of a cry and a statement. */
const MAX_EXCLAIMED_HEADLINE = 40;

/**
 * A headline of a cry and a statement (`集中揭牌！潮南区设立11个镇（街道）政协联络工作室`): one ！ or ？
 * inside a short line that has no comma or full stop. A sentence cut by a break has its commas.
 */
export function exclaimedHeadline(block: string): boolean {
  block = block.trim();
  return block.length <= MAX_EXCLAIMED_HEADLINE && !/[，。；,;]/.test(block) && (block.match(/[！？!?]/g) ?? []).length === 1 && !/[！？!?]$/.test(block);
}

function joinable(earlier: string, later: string): boolean {
  const a = earlier.trim();
  const b = later.trim();
  if (!SENTENCE_MARK.test(a) || !SENTENCE_MARK.test(b) || phraseHeadline(a) || exclaimedHeadline(a)) return false;
  if (FINISHED.test(a) || PHOTO_CREDIT.test(a) || DATED_START.test(b) || ITEM_START.test(b)) return false;
  return !isHeading(a) && !ENUMERATED.test(b);
}
