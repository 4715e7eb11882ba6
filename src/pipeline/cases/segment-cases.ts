/**
 * Segmentation: split an article's clean paragraphs into the article's lead, its case sections,
 * and the items that are about no committee's practice.
 *
 * Headings of any decoration are strong evidence of a boundary; where there are none, a change of
 * the committee that acts is enough (the actor of a paragraph: committee-roles.ts). The layouts come
 * from how committee news is written, not from particular files:
 * - `label`: a line that is only a committee or a place (`西城区政协：`, `【海淀区政协】`,
 *   `● 黔江区 ●`, `■ 某县`, `——某区`), then possibly a headline;
 * - `committee-heading`: one line `石家庄市政协 改革创新求真务实 …`: the committee, a space, a headline;
 * - `committee-headline`: a headline line whose subject is a committee (`邯郸市政协召开主席办公会…`),
 *   two or more of them for different committees (the article's title can be the first), and in
 *   such a roundup a headline naming a person over a story its committee opens (`汪洋会见…`);
 * - `headline-points`: a roundup of untitled committees: each section opens with a short headline
 *   line followed by enumerated points (一、二、三、);
 * - `item`: a dated roundup or a list page: items that open with a date (`1月28日，某市政协召开…`,
 *   a bullet may come first) or with another committee acting, one paragraph or a few each; a
 *   chronicle's (`…大事记`) dated items even of one committee; bracketed headlines run into their
 *   stories (`【省政协视察组来鹤视察】 …`); dated items of two committees above a headed roundup;
 * - `feature`: a report that moves from one committee to the next (`在某市…`, `某某市政协则…`);
 * - `single`: an article about one committee, however many others it names.
 *
 * Guarantee: every paragraph index lies in exactly one of `lead`, a section or `other` (see
 * `coverage`).
 */
import { furnitureShape } from '../article/choose-title';
import { regionByCode } from '../regions/gazetteer';

export type Layout = 'label' | 'committee-heading' | 'committee-headline' | 'headline-points' | 'item' | 'feature' | 'single';

export interface Section {
  layout: Layout;
  /** Inclusive paragraph range, heading lines included. */
  from: number;
  to: number;
  /** First body paragraph (after the label and headline lines). */
  bodyFrom: number;
  /** Committee named by the section's label or heading, as written. */
  label: string | null;
  title: string | null;
  /** The source cut the section off: its last paragraph ends without closing punctuation. */
  incomplete: boolean;
  /** The section's title is the article's title line (a roundup whose first heading is its top line). */
  titleFromArticle?: boolean;
}

export interface Segmentation {
  lead: [number, number] | null;
  sections: Section[];
  /** Items that belong to no case: no committee acts in them (a list page's other news). */
  other: Array<[number, number]>;
}

/** What segmentation needs to know about committees (regions/committee-roles.ts gives it). */
export interface ActorReader {
  /** Whether a name is a real place (the gazetteer); place-only labels need it. */
  isPlace: (name: string) => boolean;
  /**
   * The committee acting in `text` (who it is, as a comparable key, and where it stands), or null.
   * `opening`: only a committee that opens the text (after times and frames) counts.
   */
  actor: (text: string, opening: boolean) => { key: string; name: string; start: number } | null;
  /** Keys of the committees the article names as visited, host or partner: never an item's actor. */
  offside?: ReadonlySet<string>;
  /** The place a paragraph opens in (`在菏泽定陶区政务服务大厅，…`), as a committee key, or null. */
  placeOpening?: (text: string) => { key: string; name: string } | null;
  /** The place whose committees of every level a paragraph opens with (`衡阳市各级政协…`), if any. */
  committeesOpening?: (text: string) => { key: string; name: string } | null;
  /** Whether committee `inner` lies within `outer`'s territory (or is it); false when either is unresolved. */
  within?: (inner: string, outer: string) => boolean;
  /** Whether a key is a committee above the prefecture level (national or a province's). */
  broad?: (key: string) => boolean;
  /** Whether the committee acting in `text` only speaks there (`宁波市政协主席唐一军建议…`). */
  speaks?: (text: string) => boolean;
}

const NO_ACTORS: ActorReader = { isPlace: () => false, actor: () => null };

const PROSE = /[，。！？；,.!?;]/;
/** A bracketed aside (`（管秀云，瑞安市政协主席）`): an author's credit, no sentence of the text. */
const BRACKETED = /[（(][^（()）]*[)）]/g;
const ENUMERATED = /^[一二三四五六七八九十]+[、．.]/;
const TERMINAL = /[。！？!?…”’」』）)\]】]$|\.{3}$/;
// Bullets and list numbers that may stand before a committee label (◆, 【, 一、, （二）, 3.).
const DECOR_OPEN = '(?:[◆■●▲★☆◇□○◎]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、．.])?\\s*[【\\[［]?\\s*';
const DECOR_CLOSE = '\\s*[】\\]］]?';
// A committee name: `西城区政协`, `北京市西城区政协`, `政协平阳县委员会`, `中共政协金昌市委员会党组`.
const COMMITTEE = '(?:中共)?(?:[\\u4e00-\\u9fff]{2,16}?政协|政协[\\u4e00-\\u9fff]{2,16}?委员会)(?:党组)?';
const LABEL_LINE = new RegExp(`^${DECOR_OPEN}(${COMMITTEE})${DECOR_CLOSE}[:：]?$`);
// …or bracketed and run straight into its headline, as bulletins list them: `【张北县政协】召开…`.
const COMMITTEE_HEADING = new RegExp(`^${DECOR_OPEN}(${COMMITTEE})(?:${DECOR_CLOSE}[\\s:：]+|\\s*[】\\]］]\\s*)(\\S.{1,60})$`);
// A roundup may label sections with the place alone (`西城区：打造…`); only a known place counts.
const PLACE_LABEL = new RegExp(`^${DECOR_OPEN}([\\u4e00-\\u9fff]{2,12}?(?:省|市|区|县|旗|州|盟))${DECOR_CLOSE}[:：]\\s*(\\S.{1,60})?$`);
// …or with the place alone on a decorated line: `● 黔江区 ●`, `■ 某县`, `——某区`, `【某县】`.
const DECORATION = '[●■◆▲★☆◇□○◎•·▪▶►—–\\-_=~～【】\\[\\]［］〖〗「」]';
const DECORATED_PLACE = new RegExp(`^(?:${DECORATION}\\s*)+([\\u4e00-\\u9fff]{2,12}?(?:省|市|区|县|旗|州|盟)?)(?:政协)?\\s*(?:${DECORATION}\\s*)*$`);
// …or undecorated, a place's full name alone on its line (`清新区`, `连南瑶族自治县`): a heading
// only where the article has two or more such lines.
const BARE_PLACE = /^([\u4e00-\u9fff]{2,12}?(?:市|区|县|旗|州|盟))$/;
// Words that make a "committee" collective rather than one body (各市政协, 全省政协).
const COLLECTIVE = /^(各|全省|全市|全区|全县|全国各|各级|市县|省市县|两级)/;
// A specific committee named in a title makes the article a single-committee piece.
const SPECIFIC_COMMITTEE =
  /(?<![各级])(?:[\u4e00-\u9fff]{2,8}(?:省|市|区|县|旗|州|盟)政协|政协[\u4e00-\u9fff]{2,12}委员会)/;

const MAX_HEADLINE = 60;
/** A line that is only a date (`2023-05-21`, `2023年5月21日`, `[05-21]`): a news list's dateline. */
const DATE_LINE = /^[\s[(（【]*(?:\d{4}\s*[-年/.]\s*)?\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?[\s\])）】]*$/;
/** Fewest Chinese characters a section's text must have to be a case (more than a cut-off date). */
const MIN_SECTION_TEXT = 10;
/** Fewest paragraphs of an article read as a feature moving between committees. */
const MIN_FEATURE_PARAGRAPHS = 4;
/** The heading of a roster, a line of its own (`优秀委员名单`, `…名单如下：`). */
const ROSTER_HEADING = /^[^，。；！？,;!?]{2,40}名单(?:如下)?[:：]?$/;
/** A number alone on its line (`（一）`, `2.`): the mark of a point, not a headline. */
const NUMBER_MARK = /^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?$/;
const isHeadlineShaped = (line: string) =>
  line.length <= MAX_HEADLINE && !PROSE.test(line) && !ENUMERATED.test(line) && !NUMBER_MARK.test(line.trim());

function committeeOf(m: RegExpMatchArray | null): string | null {
  if (!m) return null;
  const name = m[1];
  return COLLECTIVE.test(name) ? null : name;
}

interface Start {
  at: number;
  layout: Layout;
  label: string | null;
  title: string | null;
  headingLines: number;
  /** Who acts in the section, when the start was found by its actor. */
  actor?: string | null;
}

const hanLength = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '').length;

/** Find section starts of the labelled layouts (a committee or place named on its own line or heading). */
function labelledStarts(paragraphs: string[], isPlace: (name: string) => boolean): Start[] {
  const starts: Start[] = [];
  const barePlaces = paragraphs.filter((p) => BARE_PLACE.test(p.trim()) && isPlace(p.trim())).length;
  for (let i = 0; i < paragraphs.length; i++) {
    const line = paragraphs[i];
    if (line.length > MAX_HEADLINE + 20 || PROSE.test(line)) continue;
    const label = committeeOf(line.match(LABEL_LINE));
    if (label) {
      const next = paragraphs[i + 1];
      const hasHeadline = next !== undefined && isHeadlineShaped(next) && !LABEL_LINE.test(next);
      starts.push({ at: i, layout: 'label', label, title: hasHeadline ? next : null, headingLines: hasHeadline ? 2 : 1 });
      continue;
    }
    const heading = line.match(COMMITTEE_HEADING);
    const headingCommittee = committeeOf(heading);
    // (Not a site's sign-off: `南江政协 微信公众号`.)
    if (heading && headingCommittee && furnitureShape(heading[2].trim()) === null) {
      starts.push({ at: i, layout: 'committee-heading', label: headingCommittee, title: heading[2].trim(), headingLines: 1 });
      continue;
    }
    const place = line.match(PLACE_LABEL) ?? line.match(DECORATED_PLACE) ?? (barePlaces >= 2 ? line.trim().match(BARE_PLACE) : null);
    if (place && !COLLECTIVE.test(place[1]) && isPlace(place[1])) {
      const next = paragraphs[i + 1];
      const sameLine = place[2]?.trim();
      const hasHeadline = !sameLine && next !== undefined && isHeadlineShaped(next);
      starts.push({
        at: i,
        layout: 'label',
        label: `${place[1]}政协`,
        title: sameLine || (hasHeadline ? next : null),
        headingLines: hasHeadline ? 2 : 1,
      });
    }
  }
  return starts;
}

/** Section starts of untitled-committee roundups: a headline line directly before 一、 points. */
function headlineStarts(paragraphs: string[]): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (isHeadlineShaped(paragraphs[i]) && /^一[、．.]/.test(paragraphs[i + 1])) {
      starts.push({ at: i, layout: 'headline-points', label: null, title: paragraphs[i], headingLines: 1 });
    }
  }
  return starts;
}

/** A bracketed headline run into its story (`【省政协视察组来鹤视察】 以省政协经济委员会…`), as yearbooks and bulletins print items. */
const BRACKET_HEADLINE = /^\s*[【［\[]([^】］\]]{4,40})[】］\]]\s*(\S.*)?$/;

/**
 * Items under bracketed headlines that a committee acts in (`【省政协视察组来鹤视察】…`,
 * `【省政协与市政协联谊会组织…义诊】…`): two or more make a list, one item each, even of one
 * committee. Bracketed words no committee acts in (`【特别关注】`) are a column's, not an item's.
 */
function bracketHeadlineStarts(paragraphs: string[], actors: ActorReader): Start[] {
  const starts: Start[] = [];
  paragraphs.forEach((p, i) => {
    const m = p.match(BRACKET_HEADLINE);
    const a = m ? actors.actor(m[1], true) : null;
    if (m && a && !actors.offside?.has(a.key)) {
      starts.push({ at: i, layout: 'item', label: a.name, title: m[1], headingLines: m[2] ? 0 : 1, actor: a.key });
    }
  });
  return starts.length >= 2 ? starts : [];
}

/**
 * A headline whose subject is a committee: short, the committee first, no sentence punctuation
 * but the commas of parallel phrases in a line that does not end like a sentence
 * (`房山区政协汇聚“政”能量，“协”力抗汛情`).
 */
function committeeHeadline(line: string | null | undefined, actors: ActorReader): { key: string; name: string } | null {
  if (!line || line.length > MAX_HEADLINE || /[。；！？;!?]/.test(line)) return null;
  // A site's name left between paragraphs (`湖南政协新闻网`, a picture's watermark) heads nothing.
  if (furnitureShape(line) !== null) return null;
  if (/[，,]/.test(line) && (line.length > MAX_PHRASED_HEADLINE || TERMINAL.test(line.trim()) || (line.match(/[，,]/g) ?? []).length > 2)) return null;
  const a = actors.actor(line, true);
  return a && a.start <= 2 ? a : null;
}
/** Longest headline of parallel phrases (with commas). */
const MAX_PHRASED_HEADLINE = 32;

/**
 * Roundups headed by committee headlines (`邯郸市政协召开主席办公会…` over its story): two or more
 * headlines, for at least two committees, each followed by prose. The article's title line counts
 * as the first when it has the same shape (the page had no headline of its own).
 */
/** Fewest headlines in a row that may be a sidebar's list of related news. */
const MIN_RELATED_LIST = 4;

function committeeHeadlineStarts(
  paragraphs: string[],
  articleTitle: string | null,
  actors: ActorReader,
  periodical = false,
): { starts: Start[]; titleIsFirst: boolean } {
  const starts: Start[] = [];
  const heads = paragraphs.map((p) => committeeHeadline(p, actors));
  // Another committee headline that way, past headline-shaped lines only.
  const inHeadlineRun = (i: number, step: -1 | 1): boolean => {
    for (let j = i + step; j >= 0 && j < paragraphs.length && isHeadlineShaped(paragraphs[j]); j += step) if (heads[j]) return true;
    return false;
  };
  // A sidebar's list of related news (`凤凰山隧道今日通车` / `九江市政协十五届三次`): a run of
  // headlines most of which are no committee's is no roundup, whatever committee one of them names.
  const related = new Set<number>();
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j < paragraphs.length && isHeadlineShaped(paragraphs[j])) j++;
    const run = j - i;
    if (run >= MIN_RELATED_LIST && heads.slice(i, j).filter(Boolean).length * 2 < run) for (let k = i; k < j; k++) related.add(k);
    i = Math.max(j, i + 1);
  }
  for (let i = 0; i < paragraphs.length; i++) {
    if (related.has(i)) continue;
    // In a run of headlines, a line whose committee acts further in (`州暨延吉市政协共同组织…`) is one too.
    const a = heads[i] ?? (isHeadlineShaped(paragraphs[i]) && (inHeadlineRun(i, -1) || inHeadlineRun(i, 1)) ? actors.actor(paragraphs[i], false) : null);
    if (!a || actors.offside?.has(a.key)) continue;
    // Over its story, or over its date on a list of news headlines.
    const next = paragraphs[i + 1];
    if (next !== undefined && (PROSE.test(next) || DATE_LINE.test(next))) {
      starts.push({ at: i, layout: 'committee-headline', label: a.name, title: paragraphs[i], headingLines: 1, actor: a.key });
    } else if (inHeadlineRun(i, -1) || inHeadlineRun(i, 1)) {
      // One of a run of committee headlines with no story under them (captions of a photo
      // report, `珲春市政协举行…启动仪式` / `图们市政协组织…`): each line is its committee's item.
      starts.push({ at: i, layout: 'committee-headline', label: a.name, title: paragraphs[i], headingLines: 0, actor: a.key });
    }
  }
  const fromTitle = committeeHeadline(articleTitle, actors);
  const keys = new Set([...starts.map((s) => s.actor), ...(fromTitle ? [fromTitle.key] : [])]);
  const count = starts.length + (fromTitle ? 1 : 0);
  // (A committee's own periodical, `太湖政协工作周报`, is its items each under a headline, one committee's.)
  if (count < 2 || (keys.size < 2 && !periodical)) return { starts: [], titleIsFirst: false };
  // In such a roundup, a headline that names a person, not the committee (`汪洋会见…`), heads an
  // item too when a committee acts as its story opens (`全国政协主席汪洋20日在京会见…`).
  const at = new Set(starts.map((s) => s.at));
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (at.has(i) || at.has(i + 1) || !isHeadlineShaped(paragraphs[i]) || !PROSE.test(paragraphs[i + 1])) continue;
    const a = actors.actor(paragraphs[i + 1], true);
    if (a && !actors.offside?.has(a.key)) starts.push({ at: i, layout: 'committee-headline', label: a.name, title: paragraphs[i], headingLines: 1, actor: a.key });
  }
  return { starts: starts.sort((x, y) => x.at - y.at), titleIsFirst: fromTitle !== null };
}

/** The first sentence of a paragraph holds an item date (`5月30日，在西安市…`). */
const datedItem = (text: string, dates: readonly RegExp[]) => {
  // A bullet may stand before the date (`■ 5月20日，省政协副主席…`).
  // …or its reporters' byline (`琼海融媒记者 彭总岸 王应峰 2月23日上午，`, `本报讯（记者 李倩）1月18日，`).
  const item = text.replace(LEADING_BULLET, '').replace(LEADING_BYLINE, '');
  // What the story learned besides (`据了解，县政协…会议将于1月4日上午开幕，1月6日上午闭幕`) goes on with it.
  if (GOES_ON.test(item)) return false;
  const first = item.split(/[。！？]/)[0] ?? '';
  return dates.some((d) => d.test(item)) || /(?:^|[，,])\d{1,2}月\d{1,2}(?:[至—–~～-]\d{1,2})?日/.test(first);
};
const LEADING_BULLET = /^[■●◆▲★☆◇□○◎•·▪▶►\s]+/;
/** A story's own byline before its date: an outlet's 讯 and bracketed reporters, or reporters named after 记者. */
const LEADING_BYLINE = /^(?:[\u4e00-\u9fff]{0,10}讯\s*[（(][^（()）]{0,24}[）)]|[\u4e00-\u9fff]{0,10}记者(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,4}[ \u3000]+)\s*(?=\d)/;
/** Words that open a story's further paragraph, never a new item (`据了解，`, `据悉，`). */
const GOES_ON = /^(?:据了解|据悉|据介绍|另悉|另据了解)[，,]/;
/** A numbered line of a list (`3、`, `（2）`, `4.`). */
const NUMBERED_ITEM = /^\s*(?:\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[)）])\s*/;
/** A place's name and a colon run in before an item's text (`北京：3月14日，…`). */
const RUN_IN_LABEL = /^\s*([\u4e00-\u9fff]{2,8})[：:]\s*(?=\S)/;

/** A subject in quotes, long enough to be a topic, not a slogan's word (`“发展特色优势产业 推动民族地区高质量发展”`). */
const QUOTED_TOPIC = /“([^“”]{8,40})”/;
const quotedTopic = (text: string): string | null => text.match(QUOTED_TOPIC)?.[1] ?? null;

/** A plenary session's term and number (`十三届一次会议`, `第十三届委员会第一次会议`). */
const SESSION = /(?:第)?([一二三四五六七八九十]{1,3})届(?:委员会)?(?:第)?([一二三四五六七八九十]{1,3})次(?:全体)?会议/;
const sessionOf = (text: string): string | null => {
  const m = text.match(SESSION);
  return m ? `${m[1]}-${m[2]}` : null;
};

/**
 * Items of a dated roundup or list page: a paragraph that opens with a date, or in which another
 * committee acts, starts an item; other paragraphs continue the item before them. It is a roundup
 * only when two or more paragraphs open with a date and a committee acting, and either two
 * committees act in them or the page has no headline of its own (then each dated item is one).
 */
function itemStarts(paragraphs: string[], hasHeadline: boolean, actors: ActorReader, dates: readonly RegExp[]): Start[] {
  // A place run in before the item as its label (`北京：3月14日，北京市政协党组召开…`) is read past like a number.
  const items = paragraphs.map((p) => {
    const bare = p.replace(NUMBERED_ITEM, '').replace(LEADING_BYLINE, '');
    const label = bare.match(RUN_IN_LABEL);
    return label && actors.isPlace(label[1]) ? bare.slice(label[0].length) : bare;
  });
  const opening = items.map((p) => actors.actor(p, true));
  // Numbered lines (`3、市政协调研组来我区…`) are items like dated ones where two or more
  // committees act in them: a list of news, not one committee's numbered points.
  const numbered = paragraphs.map((p, i) => NUMBERED_ITEM.test(p) && opening[i] !== null);
  const numberedKeys = new Set(opening.filter((a, i) => a && numbered[i]).map((a) => a!.key));
  const dated = items.map((p, i) => datedItem(p, dates) || (numbered[i] && numberedKeys.size >= 2));
  const datedActors = opening.filter((a, i) => a && dated[i]);
  const distinct = new Set(datedActors.map((a) => a!.key));
  if (datedActors.length < 2 || (distinct.size < 2 && hasHeadline)) return [];
  // One committee's items all of one day (`…第六次会议圆满完成各项议程，3月1日下午闭幕` over `3月1日下午3时，
  // …会议进行大会选举`) tell one event: a summary and its account, not a list.
  const days = new Set(items.flatMap((p, i) => (dated[i] && opening[i] ? [(p.split(/[。！？]/)[0].match(/\d{1,2}月\d{1,2}日/) ?? [''])[0]] : [])));
  if (distinct.size < 2 && days.size === 1 && !days.has('')) return [];
  // …and so do its items over several days that each name the same plenary session (`1月8日，省政协
  // 十三届一次会议新闻发布会…`, `1月11日，…第十三届委员会第一次会议在沈阳隆重开幕`, `1月15日，…闭幕`).
  const sessions = new Set(items.flatMap((p, i) => (dated[i] && opening[i] ? [sessionOf(p)] : [])));
  if (distinct.size < 2 && sessions.size === 1 && !sessions.has(null)) return [];
  // …and so do its items that each name the same topic in quotes (`8月20日至24日，全国政协副主席…率调研组，就“发展
  // 特色优势产业 推动民族地区高质量发展”赴新疆…`, `9月12日，…在京召开“发展特色优势产业 推动民族地区高质量发展”…协商
  // 座谈会`): its research and its consultation on one subject, one practice.
  const topics = items.flatMap((p, i) => (dated[i] && opening[i] ? [quotedTopic(p)] : []));
  if (distinct.size < 2 && topics.length >= 2 && topics[0] !== null && topics.every((t) => t === topics[0])) return [];
  // One committee's dated items under an undated lead that frames them as one practice its people
  // ran in parts (`连日来，市政协领导分别带队开展视察活动…` over `12月19日，市政协主席…带队视察`): one case.
  if (distinct.size < 2 && !dated[0] && FRAMES_PARTS.test(paragraphs[0]) && actors.actor(paragraphs[0], false)?.key === datedActors[0]!.key) return [];

  // A list's or chronicle's own committee opens several of its items, and may host a visit in
  // another (`无锡市政协…来宜视察，市政协…陪同`): hosting there does not keep it from its own items.
  const opensDated = (key: string) => datedActors.filter((a) => a!.key === key).length;
  const offside = (key: string) => !!actors.offside?.has(key) && opensDated(key) < MIN_OWN_ITEMS;
  const starts: Start[] = [];
  let current: string | null = null;
  paragraphs.forEach((p, i) => {
    // An undated first line with no full stop over dated items is the list's headline
    // (`【政协履职动态】上周，市政协在忙啥？`): the lead, not an item.
    if (i === 0 && !dated[0] && !/[。！]/.test(p)) return;
    const a = opening[i] ?? actors.actor(p, false);
    // Inside an item, a bare 省政协 its place did not settle is the item's committee going on.
    // A dated item the committee opens acting is its own, whatever another item makes of it (a host
    // of `…调研组到淄博市` in one item, `9月27日，市政协主席…带领…考察` in the next).
    const opener = opening[i];
    const ownItem = dated[i] && !!a && !!opener && opener.key === a.key && DATE_THEN_COMMITTEE.test(items[i].slice(0, opener.start));
    const actor = a && (!offside(a.key) || ownItem) && !(isRelative(a.key) && !dated[i] && current !== null) ? a : null;
    const changes = actor !== null && actor.key !== current;
    // An item printed again on the next line (a search list's double entry) is the same item.
    const again = i > 0 && p.trim() === paragraphs[i - 1].trim();
    if ((dated[i] || changes || i === 0) && !again) {
      starts.push({ at: i, layout: 'item', label: actor?.name ?? null, title: null, headingLines: 0, actor: actor?.key ?? null });
      current = actor?.key ?? null;
    }
  });
  return starts;
}

/** A title about a province's lower committees together (`各市州政协`, `市县政协`, `各县（市、区）政协`). */
const LOWER_COMMITTEES = /各(?:市州|州市|市县|县市区?|县区|市|州|县|区)(?:[（(][^）)]{1,8}[）)])?政协|市县政协|市州政协/;

/** A paragraph that turns to the lower committees together (`各市（州）、县（市、区）政协因地制宜…`, `各地政协…`). */
const LOWER_TURN = /^各(?:地|[市州县区][、（()）市州县区]{0,10})政协(?!委员)/;

/** A lead's words for one practice done in parts by several of a committee's people or groups. */
const FRAMES_PARTS = /分别|先后|分组|分赴/;

/** Before a committee that opens its dated item: the date and nothing else (`9月27日，`). */
const DATE_THEN_COMMITTEE = /^[\s\d年月日至\-—～~上中下午晚]*[，,、\s]*$/;

/** Dated items a committee opens that make it one of a list's own actors, wherever else it hosts. */
const MIN_OWN_ITEMS = 2;

/** Longest line read as a news list's headline over its story. */
const MAX_STORY_HEADLINE = 40;
/** Fewest headlines over stories that make a page a news list, and how many of the stories must open with a date. */
const MIN_LIST_STORIES = 3;
const MIN_DATED_STORIES = 2;

/**
 * A news list of one committee's own account or column, scraped without a headline of its own:
 * headlines (short, no full stop, commas allowed: `广纳群言，广集民智，探索提案新思路`) each over a
 * story, most stories dated. Each headline and its story is an item, whoever acts in it; a
 * report's subheads are not dated stories, so they never make a list.
 */
function newsListStarts(paragraphs: string[], articleTitle: string | null, actors: ActorReader, dates: readonly RegExp[]): Start[] {
  if (articleTitle !== null) return [];
  const starts: Start[] = [];
  let dated = 0;
  // A list's own committee opens several of its headlines (`广东省政协党组扩大会议召开`, `广东省政协
  // 第二十六期“国是学堂”开讲`): whatever another item makes of it (a host of the party secretary's
  // meeting on its proposals), the items it opens are its own.
  const openers = paragraphs.map((p) => {
    const a = p.trim().length <= MAX_STORY_HEADLINE ? actors.actor(p.trim(), true) : null;
    return a && a.start === 0 ? a.key : null;
  });
  const own = (key: string) => openers.filter((k) => k === key).length >= MIN_OWN_ITEMS;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const line = paragraphs[i].trim();
    const story = paragraphs[i + 1].trim();
    if (line.length > MAX_STORY_HEADLINE || /[。！？；!?;]/.test(line) || NUMBER_MARK.test(line) || DATE_LINE.test(line)) continue;
    // The last story may be cut off where the source ends.
    const ended = /[。！？]$/.test(story) || (i + 2 === paragraphs.length && PROSE.test(story));
    if (!ended || story.length <= line.length) continue;
    const a = actors.actor(line, true) ?? actors.actor(story, true) ?? actors.actor(story, false);
    const actor = a && (!actors.offside?.has(a.key) || own(a.key)) ? a : null;
    starts.push({ at: i, layout: 'item', label: actor?.name ?? null, title: line, headingLines: 1, actor: actor?.key ?? null });
    if (datedItem(story, dates) || /^(?:近日|近期|日前|连日来)/.test(story)) dated++;
  }
  if (starts.length < MIN_LIST_STORIES || dated < MIN_DATED_STORIES) return [];
  // One line over every headline (`政协武宣县第十届委员会第一次会议` over `预备会第一阶段会议`, over
  // `主席团第一次会议` …) names the one event whose parts they are: a report in parts, not a list.
  const over = starts.map((st) => (st.at > 0 ? paragraphs[st.at - 1].trim() : ''));
  const sameEvent = (a: string, b: string) => a.length >= MIN_EVENT_LINE && b.length >= MIN_EVENT_LINE && (a.startsWith(b) || b.startsWith(a));
  if (over.every((o) => !/[。！？；!?;]/.test(o) && sameEvent(o, over[0]))) return [];
  // …and so do one committee's stories that each name the same plenary session (a reference page's
  // `会议安排`, `选举事项`, `历次会议` of one session).
  const sessions = new Set(starts.map((st) => sessionOf(`${paragraphs[st.at]}\n${paragraphs[st.at + 1]}`)));
  if (new Set(starts.map((st) => st.actor)).size === 1 && sessions.size === 1 && !sessions.has(null)) return [];
  return starts;
}

/** Shortest line read as the name of an event repeated over its parts' headlines. */
const MIN_EVENT_LINE = 6;

/**
 * A feature's paragraph that opens in a place is that place's committee's part only where it speaks
 * of a committee or its members (`在潞州区上党门前，书法爱好者刘旭伏案挥毫…` is the campaign's scene).
 */
const COMMITTEE_WORD = /政协|委员/;
/** A committee named by its level alone (`县政协`, `市政协党组`), as its own site writes it. */
const RELATIVE_COMMITTEE = /^(?:中共)?(省|市|区|县|州|旗|盟|自治区|自治州|自治县|自治旗)政协/;

/** A committee key the page's evidence did not settle (`rel:省` for a bare 省政协). */
const isRelative = (key: string) => key.startsWith('rel:');

/**
 * A bare 省政协 or 市政协 whose place the page does not settle, in a story that has named its
 * committee, is that committee going on (`四川省政协召开…` then `省政协民族宗教委员会组织…`), not a
 * new one; before any named committee it stays unsettled.
 */
function followRelatives<A extends { key: string; name: string }>(found: ReadonlyArray<A | null>): Array<A | null> {
  let last: string | null = null;
  return found.map((a) => {
    if (!a) return null;
    // A bare name the page's home placed (`县政协` on 陇县's page, in 镇安政协's part) goes on too.
    const mark = isRelative(a.key) ? a.key.slice(4) : a.name.match(RELATIVE_COMMITTEE)?.[1];
    if (!mark) {
      last = a.key;
      return a;
    }
    return last && sameLevel(mark, last) ? { ...a, key: last } : a;
  });
}

/** Municipalities, whose 市政协 is at the province's level. */
const MUNICIPALITY = /^(11|12|31|50)0000$/;
/** Autonomous regions: 内蒙古, 广西, 西藏, 宁夏, 新疆. */
const AUTONOMOUS_REGION = /^(15|45|54|64|65)0000$/;

/**
 * Whether a bare committee of level `mark` (省, 市, 县 …) can be the committee of `key`: a bare
 * 省政协 after 台州市政协 is a province's, not the city's going on. Keys that are no code agree.
 */
function sameLevel(mark: string, key: string): boolean {
  if (!/^\d{6}$/.test(key)) return true;
  const province = key.endsWith('0000');
  const city = !province && key.endsWith('00');
  if (/^(省|自治区)$/.test(mark)) return province && !MUNICIPALITY.test(key);
  // A 市 is a prefecture, a county-level city or a municipality (not a 县: `市政协` after 剑阁县政协
  // is the prefecture's); a 州 or 盟 a prefecture.
  if (mark === '市') return province ? MUNICIPALITY.test(key) : city || !!regionByCode(key)?.name.endsWith('市');
  if (/^(州|盟|自治州)$/.test(mark)) return city;
  // An autonomous region's own pages call its committee 区政协 for short (广西, 西藏).
  if (mark === '区' && AUTONOMOUS_REGION.test(key)) return true;
  return !province && !city;
}

/**
 * A feature that moves from one committee to the next every paragraph or two (`在菏泽定陶区…`,
 * `记者注意到，济宁市政协创建的…`): under a title that names no committee, or a province's or the
 * national committee, paragraphs where a committee of its territory acts (or that open in a place
 * of it) start a part of their own when that committee changes. At least two committees must act,
 * and the article must be long enough to be a feature (four paragraphs); a title naming one city
 * or county committee keeps the article whole.
 */
function featureStarts(paragraphs: string[], articleTitle: string | null, actors: ActorReader): Start[] {
  if (paragraphs.length < MIN_FEATURE_PARAGRAPHS || !actors.within || !actors.broad) return [];
  const titled = articleTitle ? actors.actor(articleTitle, false) : null;
  if (titled && !actors.broad(titled.key)) return [];
  // The national committee's session or words are a local feature's backdrop, not one of its parts;
  // so are the province's under a title about its lower committees (`各市州政协持续推动…`).
  const lowerOnly = !!articleTitle && LOWER_COMMITTEES.test(articleTitle);
  const inside = (key: string) =>
    !actors.offside?.has(key) && (titled ? actors.within!(key, titled.key) : key !== 'national') && !(lowerOnly && actors.broad!(key));
  const found = followRelatives(
    paragraphs.map((p) => {
      const acting = actors.actor(p, false);
      // A bare committee in a paragraph that opens with a place's committees of every level
      // (`衡阳市各级政协主要领导分别带队…。市政协主席刘丽华赴衡南县…`) is that place's, not the last
      // part's committee going on.
      const theirs = actors.committeesOpening?.(p) ?? null;
      const mark = acting ? (isRelative(acting.key) ? acting.key.slice(4) : acting.name.match(RELATIVE_COMMITTEE)?.[1]) : undefined;
      // …and so is one in a paragraph that opens in a place of its level, named in full (`在黎城县，县政协机关工作人员…`;
      // not a village named after a city, `在庆阳坝村，州政协驻村工作队…`).
      const opened = actors.placeOpening?.(p) ?? null;
      const a =
        acting && theirs && mark && sameLevel(mark, theirs.key)
          ? { ...acting, ...theirs }
          : acting && opened && mark && RELATIVE_COMMITTEE.test(acting.name) && opened.name.replace(/政协$/, '').endsWith(mark) && sameLevel(mark, opened.key)
            ? { ...acting, ...opened }
            : (acting ?? (opened && COMMITTEE_WORD.test(p) ? opened : null));
      // A committee's chairman speaking at the featured meeting is no part of the feature.
      if (a && actors.speaks?.(p)) return null;
      return a && (inside(a.key) || (isRelative(a.key) && !actors.offside?.has(a.key))) ? a : null;
    }),
  );
  if (new Set(found.filter(Boolean).map((a) => a!.key)).size < 2) return [];
  // Places that open paragraphs (`在北京，…`, `在天津，…`) with no committee acting in any of them are
  // the stops of someone else's trip (a party's, a delegation's), not committees in turn.
  if (!paragraphs.some((p) => actors.actor(p, false))) return [];
  // A story that opens with a bare 县政协 acting is its own committee's news, told from home: the
  // others it names later (`据悉，柳州市政协将举办…`) are asides, not parts of a feature.
  // …unless two or more others each open a paragraph of their own (`汶川县政协采取…`, `壤塘县政协机关…`):
  // the committees of the place in turn.
  const opener = found.find(Boolean);
  const turns = new Set(found.filter((a, i) => a && !isRelative(a.key) && a.key !== opener?.key && actors.actor(paragraphs[i], true)?.key === a.key).map((a) => a!.key));
  // So does a meeting of its level's whole system the page does not place (`全区政协…工作会议…召开`)
  // when the one other committee opening a paragraph is of that level (`会上，自治区政协…通报了…`): the
  // committee that holds it, named in full. (A city's part in its province's meeting is a turn.)
  const wholeLevel = opener && isRelative(opener.key) ? opener.key.slice(4) : null;
  const heldBy = wholeLevel !== null && [...turns].every((key) => sameLevel(wholeLevel, key));
  // (…nor where the text turns to the lower committees in a paragraph of its own, `各市（州）、县（市、区）政协因地制宜，
  // 精心谋划开展活动。`, before one of them opens a paragraph: the province's feature reaches its examples.)
  const turnsToLower = paragraphs.some((p, i) => LOWER_TURN.test(p.trimStart()) && found.slice(i + 1).some((a, j) => a && turns.has(a.key) && actors.actor(paragraphs[i + 1 + j], true)?.key === a.key));
  if (opener && (RELATIVE_COMMITTEE.test(opener.name) || heldBy) && turns.size < (turnsToLower ? 1 : 2)) return [];
  const starts: Start[] = [];
  let current: string | null = null;
  found.forEach((a, i) => {
    if (i === 0 || (a && a.key !== current)) {
      starts.push({ at: i, layout: 'feature', label: a?.name ?? titled?.name ?? null, title: null, headingLines: 0, actor: a?.key ?? titled?.key ?? null });
      current = a?.key ?? titled?.key ?? null;
    }
  });
  return starts;
}

export function segmentArticle(
  paragraphs: string[],
  articleTitle: string | null,
  /** Committee and place knowledge (a plain function is the old `isPlace`, for place-only labels). */
  reader: ActorReader | ((name: string) => boolean) = NO_ACTORS,
  dates: readonly RegExp[] = [/^\d{1,2}月\d{1,2}日/],
  /** A title that makes the page a chronicle (`…10月大事记`): each dated item is one, even of one committee. */
  chronicle: RegExp | null = null,
  /** The page's headlines call it one event's sidebar (`…侧记`): parts of one committee are one case. */
  oneStory = false,
): Segmentation {
  const actors: ActorReader = typeof reader === 'function' ? { ...NO_ACTORS, isPlace: reader } : reader;
  if (paragraphs.length === 0) return { lead: null, sections: [], other: [] };
  /** The first committee that acts in the paragraphs before `at` (opening its clause, if asked), none of `own` nor offside. */
  const actorBefore = (at: number, opening: boolean, own: ReadonlySet<string | null | undefined> = new Set()) =>
    paragraphs
      .slice(0, at)
      .map((p) => actors.actor(p, opening))
      .find((a) => a && !own.has(a.key) && !actors.offside?.has(a.key));
  // A page that prints its story twice over (a copy's template pasting the text again): the second
  // copy is the first again, not a second case; it stays in the text and belongs to no section.
  const half = paragraphs.length / 2;
  if (Number.isInteger(half) && paragraphs.slice(0, half).every((p, i) => p.trim() !== '' && p === paragraphs[half + i])) {
    const once = segmentArticle(paragraphs.slice(0, half), articleTitle, reader, dates, chronicle);
    return { ...once, other: [...once.other, [half, paragraphs.length - 1]] };
  }
  // A roster the page closes on (`2016年上半年全省政协系统调研成果获奖名单` over its numbered entries, each
  // signed `——榆林市政协`): those the story names, commended or elected, part of the story before it.
  const roster = paragraphs.findIndex((p, i) => i > 0 && ROSTER_HEADING.test(p.trim()));
  if (roster > 0) {
    const story = segmentArticle(paragraphs.slice(0, roster), articleTitle, reader, dates, chronicle, oneStory);
    const last = story.sections.at(-1);
    if (!last) return { ...story, other: [...story.other, [roster, paragraphs.length - 1]] };
    const sections = [...story.sections.slice(0, -1), { ...last, to: paragraphs.length - 1, incomplete: !TERMINAL.test(paragraphs[paragraphs.length - 1]) }];
    return { ...story, sections };
  }
  // A bulletin's contents (`【本期要目】` over its stories' headlines, each printed again over its story):
  // the list heads nothing, and says where each story begins.
  const contents = contentsBlock(paragraphs);
  if (contents) return contentsStories(paragraphs, contents, actors);
  const isChronicle = articleTitle !== null && chronicle !== null && chronicle.test(articleTitle);
  const found = layoutStarts(paragraphs, articleTitle, actors, dates, isChronicle);
  if (found.starts.length === 0) return { lead: null, sections: [wholeArticle(paragraphs, articleTitle)], other: [] };
  const starts = withLeadStarts(paragraphs, articleTitle, actors, dates, found, actorBefore);
  const { sections, other } = sectionsOf(paragraphs, starts, found.titleIsFirst);
  // A lead in which a committee acts over items in which none does (`县政协听从号令…发出倡议` over its
  // members' gifts, each under its own headline): the items tell the committee's practice, one case.
  if (sections.length === 0 && starts[0].at > 0 && actorBefore(starts[0].at, false)) return { lead: null, sections: [wholeArticle(paragraphs, articleTitle)], other: [] };
  // A sidebar whose parts one committee opens, each as written alike (`市政协发出…`, `2月23日上午，市政协…`): its story, one case.
  const oneActor = sections.length > 1 && sections.every((sec) => sec.label !== null && sec.label === sections[0].label) && other.length === 0;
  const leadActor = actorBefore(starts[0].at, false);
  if (oneStory && oneActor && (!leadActor || leadActor.name === sections[0].label)) {
    return { lead: null, sections: [wholeArticle(paragraphs, articleTitle)], other: [] };
  }
  return { lead: starts[0].at > 0 ? [0, starts[0].at - 1] : null, sections, other };
}

/**
 * Where the sections start, by the first layout that finds any: labels, bracketed headlines,
 * headlines over points, committee headlines, a news list (its first headline perhaps taken for the
 * title), dated items, a feature. `titleIsFirst`: the article's title heads the first section.
 */
function layoutStarts(
  paragraphs: string[],
  articleTitle: string | null,
  actors: ActorReader,
  dates: readonly RegExp[],
  isChronicle: boolean,
): { starts: Start[]; titleIsFirst: boolean } {
  let titleIsFirst = false;
  // A roundup whose first bare place heading the page took for its headline (`清新区` over
  // `（一）…`): the title heads the paragraphs before the next heading.
  const placeTitle = articleTitle !== null && BARE_PLACE.test(articleTitle.trim()) && actors.isPlace(articleTitle.trim()) ? articleTitle.trim() : null;
  let starts = labelledStarts(placeTitle ? [placeTitle, ...paragraphs] : paragraphs, actors.isPlace);
  if (placeTitle) {
    const shifted = starts.map((st) => ({ ...st, at: st.at - 1 }));
    if (shifted[0]?.at === -1 && shifted.length >= 2 && shifted.every((st) => st.layout === 'label')) {
      starts = [{ ...shifted[0], at: 0, headingLines: 0, title: null }, ...shifted.slice(1)];
      titleIsFirst = true;
    } else starts = labelledStarts(paragraphs, actors.isPlace);
  }
  // A label with nothing after it closes the page (an account's sign-off, `吕梁政协`): no section.
  // (A committee's headline says what was done: it counts as text, as below.)
  const textAfter = (st: Start) => paragraphs.slice(st.layout === 'label' ? st.at + st.headingLines : st.at).join('');
  while (starts.length && hanLength(textAfter(starts.at(-1)!)) < MIN_SECTION_TEXT) starts.pop();
  // Nor is a name alone on its line over lines without one sentence among them, up to the next
  // label (a roll of awards: `组织奖` / `政协瑞安市委员会` / `优秀论文` / `一等奖（2篇）` / a paper's title
  // (author, post)…; a site's name over its related headlines): a table's cell or a sign-off. (Nor a committee's
  // heading over a date alone, then the same heading as label and headline over the story: `岑溪市政协：协商推进…` /
  // `2022-04-07 |` / `岑溪市政协：` / `协商推进…`.)
  starts = starts.filter((st, k) => {
    const end = starts[k + 1]?.at ?? paragraphs.length;
    const repeated = st.layout === 'committee-heading' && starts[k + 1]?.label === st.label && !!st.title && starts[k + 1]?.title === st.title;
    return (st.layout !== 'label' && !repeated) || paragraphs.slice(st.at + st.headingLines, end).some((p) => PROSE.test(p.replace(BRACKETED, '')));
  });
  if (starts.length === 0) starts = bracketHeadlineStarts(paragraphs, actors);
  if (starts.length === 0) {
    const headlines = headlineStarts(paragraphs);
    const aboutOneCommittee = articleTitle !== null && SPECIFIC_COMMITTEE.test(articleTitle);
    if (headlines.length >= 2 && !aboutOneCommittee) starts = headlines;
  }
  if (starts.length === 0) ({ starts, titleIsFirst } = committeeHeadlineStarts(paragraphs, articleTitle, actors, isChronicle));
  if (starts.length === 0) starts = newsListStarts(paragraphs, articleTitle, actors, dates);
  // A news list whose first headline the page took for its title (an account's page: its name,
  // its counters, then headline over dated story, again and again): the title heads the first story.
  if (starts.length === 0 && articleTitle !== null && datedItem(paragraphs[0] ?? '', dates)) {
    const withTitle = newsListStarts([articleTitle, ...paragraphs], null, actors, dates);
    // (Its stories have headlines of their own: a headline repeated under photos is no list.)
    if (withTitle[0]?.at === 0 && new Set(withTitle.map((st) => st.title)).size === withTitle.length) {
      starts = withTitle.map((st) => ({ ...st, at: Math.max(0, st.at - 1), headingLines: st.at === 0 ? 0 : st.headingLines }));
      titleIsFirst = true;
    }
  }
  if (starts.length === 0) starts = itemStarts(paragraphs, articleTitle !== null && !isChronicle, actors, dates);
  if (starts.length === 0) starts = featureStarts(paragraphs, articleTitle, actors);
  return { starts, titleIsFirst };
}

/**
 * The starts with what comes before the first: dated items over a headed roundup, the title's own
 * section, a lead a committee acts in; and one committee's bulletin lines as one section.
 */
function withLeadStarts(
  paragraphs: string[],
  articleTitle: string | null,
  actors: ActorReader,
  dates: readonly RegExp[],
  found: { starts: Start[]; titleIsFirst: boolean },
  actorBefore: (at: number, opening: boolean, own?: ReadonlySet<string | null | undefined>) => { key: string; name: string } | null | undefined,
): Start[] {
  let starts = [...found.starts];
  const { titleIsFirst } = found;
  // Dated items of two or more committees before the first heading (photo captions over a
  // headed roundup: `9月16日，南昌市政协…`, `9月11日，都昌县政协…`) are items, not the lead; the
  // run of them ends at the first paragraph no committee acts in, which is news of its own.
  if (starts[0].at > 0 && starts[0].layout !== 'item' && starts[0].layout !== 'feature') {
    const before = itemStarts(paragraphs.slice(0, starts[0].at), true, actors, dates);
    const first = before.findIndex((st) => st.actor !== null);
    const end = before.findIndex((st, k) => k > first && st.actor === null);
    if (first >= 0) starts = [...before.slice(first, end < 0 ? before.length : end + 1), ...starts];
  }
  // The title line heads the paragraphs before the first headline: they are its section.
  if (titleIsFirst && starts[0].at > 0) {
    const a = committeeHeadline(articleTitle, actors)!;
    starts.unshift({ at: 0, layout: 'committee-headline', label: a.name, title: articleTitle, headingLines: 0, actor: a.key });
  }
  // A lead in which a committee that heads no section acts (`今年省政协组织开展了创新案例推荐活动` over
  // the committees it commends) is that committee's practice: a section under the article's title.
  else if (starts[0].at > 0 && (starts[0].layout === 'committee-heading' || starts[0].layout === 'label')) {
    // (A label's committee heads its section too: photo captions of `市政协组织…` over `南通市政协` / its headline
    // are that section's lead, not a practice of their own.)
    const own = new Set(starts.map((st) => st.actor ?? (st.label ? actors.actor(st.label, false)?.key : null)).filter(Boolean));
    const leadActor = actorBefore(starts[0].at, true, own);
    if (leadActor) starts.unshift({ at: 0, layout: 'single', label: leadActor.name, title: articleTitle, headingLines: 0, actor: leadActor.key });
  }
  // A bulletin lists several lines under one committee (`【张北县政协】召开…`, `【张北县政协】开展…`)
  // with nothing between them: one committee's lines are one section.
  starts = starts.filter((s, k) => {
    const prev = starts[k - 1];
    return !(prev && s.layout === 'committee-heading' && prev.layout === 'committee-heading' && prev.label === s.label && prev.at + prev.headingLines === s.at);
  });
  return starts;
}

/** The sections the starts make, and the items that are about no committee (or say nothing). */
function sectionsOf(paragraphs: string[], starts: readonly Start[], titleIsFirst: boolean): { sections: Section[]; other: Array<[number, number]> } {
  const sections: Section[] = [];
  const other: Array<[number, number]> = [];
  starts.forEach((s, k) => {
    const to = k + 1 < starts.length ? starts[k + 1].at - 1 : paragraphs.length - 1;
    // An item in which no committee acts is some other news of the list page, not a case; nor is
    // a heading whose text the source cut off before it said anything (`● 江津区 ●` over `12月1`).
    const bodyFrom = Math.min(s.at + s.headingLines, to);
    // A news list's headline over its date says what was done: its heading counts as its text.
    const from = s.layout === 'committee-headline' || s.layout === 'committee-heading' ? s.at : bodyFrom;
    const said = hanLength(paragraphs.slice(from, to + 1).join(''));
    if (((s.layout === 'item' || s.layout === 'feature') && s.actor === null) || said < MIN_SECTION_TEXT) {
      other.push([s.at, to]);
      return;
    }
    sections.push({
      layout: s.layout,
      from: s.at,
      to,
      bodyFrom,
      label: s.label,
      title: s.title,
      incomplete: to >= s.at + s.headingLines ? !TERMINAL.test(paragraphs[to]) : true,
      ...(titleIsFirst && k === 0 && s.at === 0 && s.headingLines === 0 ? { titleFromArticle: true } : {}),
    });
  });
  return { sections, other };
}

/** Fewest headlines a contents list repeats before it counts as one. */
const MIN_CONTENTS = 2;
/** Longest line of a contents list: a headline, never a story's sentence. */
const MAX_CONTENTS_LINE = 40;
/** How far down the page a contents list may begin. */
const MAX_CONTENTS_START = 6;

/**
 * A contents list near the top of the page: headlines each printed again later over its story
 * (`市政协召开四届二十一次主席会议` in `【本期要目】` and over its story), in the same order, and short
 * labels between them (`简讯12`), none of them a sentence. The list's first and last paragraph and
 * where each story it names begins; null when there is none.
 */
function contentsBlock(paragraphs: readonly string[]): { from: number; to: number; stories: number[] } | null {
  const lines = paragraphs.map((p) => p.trim());
  const headline = (line: string) => line !== '' && [...line].length <= MAX_CONTENTS_LINE && !/[。！？，,；]/.test(line);
  // Where a line is printed again, over a story (the next line a sentence), after `from`.
  const storyAt = (line: string, from: number) => {
    for (let k = lines.indexOf(line, from); k >= 0; k = lines.indexOf(line, k + 1)) if (/[。！？]/.test(lines[k + 1] ?? '')) return k;
    return -1;
  };
  const from = lines.slice(0, MAX_CONTENTS_START).findIndex((line, i) => headline(line) && storyAt(line, i + 1) > 0);
  if (from < 0) return null;
  // The list runs to its first headline printed again (a story the copy cut off is not printed again).
  const to = storyAt(lines[from], from + 1) - 1;
  // (A caption printed under each of several photos, `调研现场` three times, lists nothing.)
  if (new Set(lines.slice(from, to + 1)).size !== to - from + 1) return null;
  const stories: number[] = [];
  for (let i = from; i <= to; i++) {
    if (!headline(lines[i])) return null;
    const at = storyAt(lines[i], to + 1);
    if (at < 0) continue;
    if (at < (stories.at(-1) ?? 0)) return null;
    stories.push(at);
  }
  return stories.length >= MIN_CONTENTS ? { from, to, stories } : null;
}

/**
 * A bulletin's stories, each from its headline to the next: the committee that acts in its headline
 * or opens its story heads it, whoever it hosts in another story (a visit told in one item makes
 * no host of the bulletin's committee in the others). The lines above the list and the list itself
 * belong to no case, nor does a story in which no committee acts.
 */
function contentsStories(paragraphs: readonly string[], contents: { from: number; to: number; stories: number[] }, actors: ActorReader): Segmentation {
  const other: Array<[number, number]> = [[0, contents.to]];
  const first = contents.stories[0];
  if (first > contents.to + 1) other.push([contents.to + 1, first - 1]);
  const sections: Section[] = [];
  contents.stories.forEach((at, k) => {
    const to = (contents.stories[k + 1] ?? paragraphs.length) - 1;
    const a = actors.actor(paragraphs[at], true) ?? actors.actor(paragraphs[at + 1] ?? '', true);
    if (!a) return void other.push([at, to]);
    sections.push({ layout: 'committee-headline', from: at, to, bodyFrom: Math.min(at + 1, to), label: a.name, title: paragraphs[at], incomplete: !TERMINAL.test(paragraphs[to]) });
  });
  return { lead: null, sections, other };
}

/** The whole article as one committee's practice. */
function wholeArticle(paragraphs: readonly string[], articleTitle: string | null): Section {
  return {
    layout: 'single',
    from: 0,
    to: paragraphs.length - 1,
    bodyFrom: 0,
    label: null,
    title: articleTitle,
    incomplete: !TERMINAL.test(paragraphs[paragraphs.length - 1]),
  };
}

/** Which part each paragraph fell into: 'lead', 'other', a section index, or null if none (a bug). */
export function coverage(seg: Segmentation, paragraphCount: number): Array<'lead' | 'other' | number | null> {
  const owner: Array<'lead' | 'other' | number | null> = new Array(paragraphCount).fill(null);
  const claim = (i: number, who: 'lead' | 'other' | number) => {
    if (owner[i] !== null) throw new Error(`paragraph ${i} claimed twice (${owner[i]} and ${who})`);
    owner[i] = who;
  };
  if (seg.lead) for (let i = seg.lead[0]; i <= seg.lead[1]; i++) claim(i, 'lead');
  for (const [from, to] of seg.other) for (let i = from; i <= to; i++) claim(i, 'other');
  seg.sections.forEach((s, k) => {
    for (let i = s.from; i <= s.to; i++) claim(i, k);
  });
  return owner;
}
