import type { Change, StageResult } from './types';

/**
 * Items a page laid out side by side, run into one line by the scrape: a photo caption ends with
 * its credit, then a wide gap, then the next caption's date (`…举行。（文/廖斌 图/魏勇剑）      9月11日，都昌县
 * 政协举办…`). A gap of GAP_MIN spaces or more after a finished sentence or closing bracket, before
 * a date, is the line break the page had: the whitespace becomes one. Prose never has such a gap.
 * Pure, never throws, idempotent.
 */
const GAP_MIN = 4;
const RUN_IN = new RegExp(`(?<=[。！？；”’)）])[ \\t\\u3000\\u00a0]{${GAP_MIN},}(?=(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)`, 'g');

/**
 * An e-paper's strip of headlines run into one line, a space apart, each opening with a committee
 * (`新城区政协开展“委员活动日”活动 阎良区政协组织委员视察… 麟游县政协就提案…进行督办 …`): before
 * the line's first full stop, a space between a headline's last word and the next committee's name.
 */
const HEADLINE_GAP = /(?<=[\u4e00-\u9fff”》])[ \u3000]{1,3}(?=[\u4e00-\u9fff]{1,10}?(?:省|市|区|區|县|縣|旗|州|盟)政[协協](?!委员|委員)[\u4e00-\u9fff“])/g;
/** Fewest headlines a strip runs together. */
const MIN_STRIP_HEADLINES = 3;

/**
 * A page's timestamp run into the story's first sentence (`2024-06-28 09:16近日，大关县社会福利院…`): the
 * stamp stands on a line of its own above the text, where it is the page's date, not the sentence's first
 * words. (Not a publishing line, `2020-04-26 09:21:34作者：马蕊 来源：…`, whose keys follow the stamp.)
 */
const STAMP_THEN_SENTENCE = /^\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?=[\u4e00-\u9fff][^\n]{0,30}?[，。])(?![^\n]{0,12}?(?:来源|來源|作者|编辑|編輯|责编|責編|发布|發布|浏览|瀏覽|热度|熱度|点击|點擊|阅读|閱讀|字号|字號|星期|周[一二三四五六日]))/gm;

export function splitRunInItems(text: string): StageResult {
  // Every gap to break, as offsets into `text`, found first and applied in one pass.
  const gaps: Array<{ at: number; gap: string }> = [...text.matchAll(RUN_IN)].map((m) => ({ at: m.index!, gap: m[0] }));
  for (const m of text.matchAll(STAMP_THEN_SENTENCE)) gaps.push({ at: m.index! + m[0].length, gap: '' });
  let offset = 0;
  for (const line of text.split('\n')) {
    const stop = line.search(/[。！？]/);
    const strip = stop < 0 ? line : line.slice(0, stop);
    const found = [...strip.matchAll(HEADLINE_GAP)];
    // A run of headlines has no clause marks between them: a sentence's spaces are no strip.
    if (found.length >= MIN_STRIP_HEADLINES - 1 && !/[，,；]/.test(strip.slice(0, found[found.length - 1].index))) {
      for (const m of found) gaps.push({ at: offset + m.index!, gap: m[0] });
    }
    offset += line.length + 1;
  }
  gaps.sort((a, b) => a.at - b.at);
  const changes: Change[] = [];
  let out = '';
  let last = 0;
  for (const { at, gap } of gaps) {
    if (at < last) continue;
    out += text.slice(last, at) + '\n';
    changes.push({ kind: 'split-line', at, from: gap, to: '\n' });
    last = at + gap.length;
  }
  out += text.slice(last);
  return { text: out, changes };
}
