/**
 * A case's title: the section's own headline or label, the article's headline for an article
 * about one committee, and only when there is none, one made from the case's first sentence: from
 * the clause in which a committee acts (frames such as `根据…安排，` before it left out), its
 * opening time (`4月24日，`) taken off, cut at a clause boundary, with a bare committee name
 * (`市政协`) replaced by the committee the case was attributed to (`常州市政协召开…`). Pure.
 */
import { furnitureShape, PHOTO_CAPTION, SITE_DIRECTORY_ENTRY } from '../article/choose-title';

export type TitleOrigin = 'heading' | 'article' | 'text';

/** Longest made title; longer first sentences are cut at the last comma before it. */
/** Fewest characters of a first sentence, its time off, that make a title of it. */
const MIN_MADE_TITLE = 6;
const MAX_MADE_TITLE = 40;
const OPENING_TIME = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*(?:日(?:\s*[至—\-~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?|[至—\-~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)(?:上午|下午|晚上|晚|早上)?[，,]?\s*|^(?:近日|日前|近期|连日来|昨天|今天|当天)[，,]\s*/;
/**
 * A wire or paper's dateline the sentence opens with, when the page's own did not stand first (a copy
 * that glued another story above it): `中新网重庆1月27日电 （记者 钟旖）`, `央广网昆明1月28日消息（记者 魏文青）`,
 * `中新社太原一月二十一日电（张雷杰 张…）`, `本报讯（记者 李倩）`, a repost's `据联谊报 ` before a space. Not the story.
 */
const WIRE_DATELINE =
  /^(?:本报讯|[^\s，。；（(“”]{2,16}?[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日(?:电|讯|消息)|[^\s，。；（(“”\d]{2,12}?讯(?=\s*[（(])|据[^\s，。；（(“”]{2,10}?(?:报|网|社|台|客户端)(?=\s))\s*(?:[（(][^（()）]{0,30}(?:[)）]|$))?\s*/;
/** A photo's caption that opens by saying so (`图为…`, `上图为…`, `（图为天水分会场）`). */
const CAPTION_OPENING = /^[（(]?[上下左右]?图为/;
/** A reporter's credit the first paragraph opens with, before a space (`见习记者 徐丽敏 在昨天…`). */
const OPENING_CREDIT = /^(?:本报|见习|实习|特约)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*\s+/;
const RELATIVE = /^(省|市|区|县|州|旗|盟|自治区|自治州|自治县)政协/;
/** A headline line whose subject is a named committee, with no sentence punctuation. */
const STORY_HEADLINE =
  /^(?:[\u4e00-\u9fff]{2,10}(?:省|市|区|县|旗|州|盟)政协|政协[\u4e00-\u9fff]{2,12}第[一二三四五六七八九十\d]{1,3}届委员会)[^，。；！？：,;!?:]{4,48}$/;
/** A rule drawn between a page's parts (`————————`). */
const RULE_LINE = /^[—\-－_=*~～·]{3,}$/;
/** A line of a menu or list of links: a bullet, a space, a few words. */
const MENU_BULLET = /^\s*[•·▪►▶]\s*\S{1,12}\s*$/;
/** A column's label: a few words, no punctuation (`政协动态`, `工作动态`). */
const COLUMN_LABEL = /^\p{Script=Han}{2,6}$/u;
/** How far down a page with no headline the story's own headline is looked for. */
const MAX_HEADLINE_SEARCH = 6;

/** A committee named, short or by its formal name (`中国人民政治协商会议…委员会`). */
const NAMES_COMMITTEE = /政协|政治协商会议/;
/** Words that open a frame before the act (`根据区政协年度工作安排，`, `为进一步提升…，`). */
const FRAME = /^(?:根据|按照|依据|为了?|围绕|在|经|随着|结合)/;
/** A clause whose subject is a committee or its members' group, once its opening time is off (`区政协组织…`, `华新街道委员学习活动组开展…`). */
const COMMITTEE_OPENS = /^[“"]?[\u4e00-\u9fff]{0,16}?(?:政协|委员(?:学习|联络|活动)*(?:活动组|联络组|学习组))/;

/**
 * The sentence from the clause in which a committee acts, past the frames and times before it
 * (`根据区政协年度工作安排，近日，区政协组织…` -> `区政协组织…`); the sentence as it is when no
 * later clause opens with a committee.
 */
function fromActor(sentence: string): string {
  const clauses = sentence.split(/(?<=[，,])/);
  for (let k = 1; k < clauses.length; k++) {
    const clause = clauses[k].replace(OPENING_TIME, '').trim();
    if (COMMITTEE_OPENS.test(clause) && !FRAME.test(clause)) {
      const frames = clauses.slice(0, k).every((c) => FRAME.test(c.trim()) || OPENING_TIME.test(c.trim()) || !/政协/.test(c));
      return frames ? clauses.slice(k).join('') : sentence;
    }
  }
  return sentence;
}

/** The last comma not inside quotation marks (`围绕“发展渔业经济，助力乡村振兴”` is one phrase), or -1. */
function lastCommaOutsideQuotes(text: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '《') depth++;
    else if ((ch === '”' || ch === '》') && depth > 0) depth--;
    else if (ch === '，' && depth === 0) last = i;
  }
  return last;
}

export function caseTitle(
  section: { title: string | null; layout: string },
  articleTitle: string | null,
  body: readonly string[],
  committee: string,
): { title: string; from: TitleOrigin } {
  if (section.title) return { title: section.title, from: section.layout === 'single' ? 'article' : 'heading' };
  if (section.layout === 'single' && articleTitle) return { title: articleTitle, from: 'article' };
  // A page with no headline of its own may still hold the story's above its first sentence
  // (`大兴区政协召开…议政会` under a column's lines): it beats a sentence cut from the text.
  // (A place's blurb above it, `封丘县地处河南省东北部…`, is the site's, not the story's start.)
  const firstProse = body.findIndex((p) => p.includes('。') && p.includes('政协'));
  const top = body.slice(0, Math.min(MAX_HEADLINE_SEARCH, firstProse < 0 ? body.length : firstProse));
  // (Or the line straight above that first sentence, past a rule, however far down: a mobile paper
  // lists its day's contents before the story's own headline.)
  const above = firstProse > 0 ? body.slice(0, firstProse).filter((p) => !RULE_LINE.test(p.trim())).at(-1) : undefined;
  const lines = above !== undefined && !top.includes(above) ? [...top, above] : top;
  const headline = section.layout === 'single' ? lines.find((p) => STORY_HEADLINE.test(p.trim())) : undefined;
  if (headline) return { title: headline.trim(), from: 'heading' };
  // Not a menu's bullet (`• 魅力封丘`) left above the story, nor a caption of a scene
  // (`自治区政协十一届五次会议提案现场。`), nor a photo's caption that names no
  // committee (`27日上午，王宝强委员认真听取大会发言。` over `1月27日，市政协委员王宝强参加了…`): the
  // first paragraph that names one, where there is one.
  // (Nor a column's label left over the story, `政协动态`: a few words and no sentence.)
  // (Nor a line of a page's furniture that is no sentence, a document site's file name `…细则....doc`
  // among them; a sentence may name its `承办单位` and still be the story.)
  // (…nor a web directory's entry for the site, its one full stop closing no sentence: `…官网，教育，政府组织，地方政府网站。`)
  const furniture = (p: string) => (!/[。！？]/.test(p) && furnitureShape(p) !== null) || SITE_DIRECTORY_ENTRY.test(p.trim());
  // (Nor a caption that says it is one, `图为…合影。 李嘉娴 摄`, sentence and credit alike.)
  const prose = body.filter((p) => /\p{Script=Han}{4}/u.test(p) && !MENU_BULLET.test(p) && !PHOTO_CAPTION.test(p.trim()) && !CAPTION_OPENING.test(p.trim()) && !COLUMN_LABEL.test(p.trim()) && !furniture(p));
  const first = (prose.find((p) => NAMES_COMMITTEE.test(p)) ?? prose[0] ?? body[0] ?? '').trim();
  // (The first sentence with words in it: a mojibake start may leave a bare `。` first.)
  // (A sentence of a few words once its time is off, `3月 18日召开`, says nothing: the first that names a
  // committee then, or the next with words enough.)
  const sentences = first.replace(WIRE_DATELINE, '').replace(OPENING_CREDIT, '').split(/[。！？；]/).filter((s) => /\p{Script=Han}/u.test(s));
  const bare = (s: string) => s.replace(OPENING_TIME, '').trim();
  const opening = sentences[0] !== undefined && bare(sentences[0]).length < MIN_MADE_TITLE ? (sentences.find((s) => NAMES_COMMITTEE.test(s)) ?? sentences.find((s) => bare(s).length >= MIN_MADE_TITLE)) : undefined;
  let sentence = fromActor(opening ?? sentences[0] ?? '').replace(OPENING_TIME, '').trim();
  // Only the committee that bare name means (`市政协` -> `常州市政协`), never another one the case
  // was attributed to (a host's `县政协` for a visiting `市政协`).
  const mark = sentence.match(RELATIVE)?.[1];
  if (mark && committee && !committee.includes('所辖') && committee.endsWith(`${mark}政协`)) sentence = sentence.replace(RELATIVE, committee);
  if (sentence.length > MAX_MADE_TITLE) {
    const cut = lastCommaOutsideQuotes(sentence.slice(0, MAX_MADE_TITLE));
    sentence = cut >= 8 ? sentence.slice(0, cut) : `${sentence.slice(0, MAX_MADE_TITLE - 1)}…`;
  }
  return { title: sentence || committee || '（无题）', from: 'text' };
}
