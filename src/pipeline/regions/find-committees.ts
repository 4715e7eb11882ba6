/**
 * Committee mentions in clean Simplified text: every way news copy names one CPPCC committee,
 * with its span and the place text it carries.
 *
 * Forms recognised (each is one committee):
 * - place + 政协: `西城区政协`, `北京市西城区政协`, `永嘉政协`, `苍南县政协党组`, `湖北省政协`, also
 *   with a term between (`赣州市十届政协`, `市十届政协`); a short name run on from a place it does not
 *   lie in names a part of that place (`杨浦滨江政协委员工作站`: 杨浦's riverside);
 * - 政协 + place + 委员会: `政协北京市延庆区委员会`, `政协平阳县委员会`, `中共政协金昌市委员会党组`,
 *   also with a term (`政协第十五届北京市委员会`) and the formal `中国人民政治协商会议…委员会`;
 * - relative: `省政协` `市政协` `区政协` `县政协` `州政协` `自治区政协` …: a level, no place;
 * - national: `全国政协`, `中国人民政治协商会议全国委员会`;
 * - places sharing one 政协: `北京房山区、涿州市、涞水县政协`, `玉屏、铜仁、松桃三县（市）政协`,
 *   `五华区、盘龙区和西山区政协`: one mention per place, each spanning its place name alone.
 *
 * Not mentions: bare `政协` (`政协工作`, `人民政协`), members (`政协委员`, `全国政协委员`),
 * newspapers (`重庆政协报`),
 * collectives (`各市政协`, `全省政协`, `各级政协`, `市县政协`, `县（市、区）政协`, `两级政协`).
 *
 * Place text is recognised with the gazetteer, so `北京市政协` is a place mention and `市政协` in
 * `参照市政协做法` a relative one. Each mention also reports what encloses it (《…》, “…”, 系统);
 * what role it plays in its sentence is committee-roles.ts's job.
 */
import { parseChineseNumeral } from '../classify/figures-grammar';
import { getCues } from './cues';
import { findTownNames } from './towns';
import { AFTER_WORD, CONJUNCTIONS, PREPOSITIONS, findPlaceNames, getGazetteer, insideWord, level as levelOf, type NameForm } from './gazetteer';

export type CommitteeLevel = 'province' | 'city' | 'county';

export type MentionForm = 'place-prefix' | 'committee-of' | 'relative' | 'national';

export interface CommitteeMention {
  /** The mention as written, with `中共` and `党组` when present. */
  text: string;
  start: number;
  end: number;
  /** The committee itself: `text` without the party-group wrapping (`政协金昌市委员会`). */
  name: string;
  /** Place text as written (`北京市西城区`, `永嘉`), null for relative and national mentions. */
  placeText: string | null;
  /** Strongest name form in the place text: a place named only by short forms (`永嘉`) is weaker evidence. */
  placeForm: NameForm | null;
  /** Level a relative mention names (`区政协` -> county); null otherwise. */
  relativeLevel: CommitteeLevel | null;
  /** The level word of a relative mention (`市`, `自治州`); `市` may also be a county-level city or a municipality. */
  relativeMark: string | null;
  national: boolean;
  form: MentionForm;
  /** The committee's party group (`…党组`, `中共政协…党组`). */
  partyGroup: boolean;
  /** Followed by 系统: the committees of a place as a whole (`绍兴市政协系统`). */
  system: boolean;
  /** `全省政协…会议举行`: a meeting of the level's whole system, which that level's committee holds. */
  wholeSystem: boolean;
  /** Inside a title 《…》 or a quotation / brand “…”. */
  enclosure: 'book-title' | 'quote' | null;
  /** The national members resident in a province, named as its committee's party (`住琼全国政协委员赴…`). */
  resident?: true;
  /**
   * A unit of a town that several counties have, none of them named (`高桥镇政协联络处`): the codes of
   * those counties. It is the page's own county-level committee, whatever its kind (县, 区, 市, 旗),
   * as a bare 县政协 would be, and one of these where the page says which.
   */
  townCounties?: readonly string[];
}

const CPPCC = '政协';
/** 政 masked by an asterisk before 协, where 协 opens no other word (协会, 协作, 协调, 协商 …). */
const MASKED_CPPCC = /[*＊](?=协(?![会作调助商议同力办管]))/g;
const FORMAL = '中国人民政治协商会议';
/** The formal name without its first words, as a site's banner may cut it (`政治协商会议锡林郭勒盟委员会`). */
const CUT_FORMAL = '政治协商会议';
/** The first cut formal name from `from`: not the whole formal name's tail. */
function cutFormalAt(text: string, from: number): number {
  for (let k = text.indexOf(CUT_FORMAL, from); k >= 0; k = text.indexOf(CUT_FORMAL, k + 1)) {
    if (!text.endsWith('中国人民', k)) return k;
  }
  return -1;
}

// Level words of a relative mention, longest first.
const RELATIVE_MARKS: ReadonlyArray<readonly [string, CommitteeLevel]> = [
  ['自治区', 'province'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  ['自治旗', 'county'],
  // A prefecture-level 地区 (塔城地区, 阿里地区): `地区政协工委` is its committee's, not a district's.
  ['地区', 'city'],
  // 神农架林区, a forest district of county level: its committee calls itself 林区政协.
  ['林区', 'county'],
  ['省', 'province'],
  ['市', 'city'],
  ['州', 'city'],
  ['盟', 'city'],
  ['区', 'county'],
  ['县', 'county'],
  ['旗', 'county'],
];
const LEVEL_CHARS = new Set(['省', '市', '区', '县', '州', '盟', '旗']);
/** After `全省政协`: a meeting or campaign of the whole system, held (`举行`, `召开`, `启动`) in the same clause. */
export const SYSTEM_MEETING = /^(?:系统)?[^，。；！？]{0,40}?(?:会|会议|活动|论坛)[^，。；！？]{0,16}?(?:举行|召开|启动|开幕|举办)/;
// Before a level word: makes it a collective (各市政协, 全省政协) or a list (市县政协, 县（市、区）政协).
// 镇区政协 (Zhongshan's and Dongguan's town committees) is a kind of body, not one of them.
const COLLECTIVE_BEFORE = new Set(['各', '全', '、', ')', '）', '等', '级', '镇']);
/** A town's name (`海河镇`, `城关街道`), and a county committee's unit there (`政协联络委`, `政协工委`, `政协联络组`, `政协联络处`, `政协委员工作室`, `政协委员联络组`). */
const TOWN = /^[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)$/;
/**
 * A town after a county's short name (`太仓陆渡街道政协工委`): two characters or more before its ending,
 * and not a road's street office (`中山东路街道` is a street named after 中山, not 中山's town).
 */
const TOWN_AFTER_SHORT = /^[\u4e00-\u9fff]{2,4}(?<![路街道门])(?:镇|乡|街道)$/;
const TOWN_UNIT = /^(?:联络委|联络工委|联工委|(?:工作)?联络组|联络室|联络处|联络办|联络站|(?:工作)?联络(?:处|办公室)|工委|工作委员会|工作组|委员(?:联络|活动|工作|履职)?(?:组|小组)(?!讨论)|活动组|委员工作室|委员工作站|委员之家|委员会客厅|(?:工作)?召集人)/;
/**
 * Before a bare 地区: only a boundary or a preposition (`，地区政协工委`, `在地区政协工委的指导下`). After any
 * other word 地区 is part of a name or a kind of region (`长三角地区政协`, `民族地区政协工作`, `其他地区政协`),
 * and a real prefecture's full name (`阿里地区政协`) is read as a place before this is reached.
 */
const BEFORE_BARE_REGION = /(?:^|[^\u4e00-\u9fff]|[在对与和同向经由受是为及])$/;
/**
 * After `全州政协` (and any 全 + level): the work or output of all a level's committees (`全州政协文史工作开展得…`,
 * `全州政协共编纂出版文史资料65辑`, `全州政协系统`), or its bodies and people (`全州政协组织和政协委员`, `全州政协委员`),
 * not 全州县's committee. (A meeting of that work,
 * `…工作调度会召开`, is the level's committee's: SYSTEM_MEETING.)
 */
const WHOLE_LEVEL_WORK = /^(?:系统|共|组织和|委员(?!会)|干部|机关和|[\u4e00-\u9fff“”]{0,8}?工作(?![\u4e00-\u9fff]{0,4}会))/;
/** Counts of two kinds of place before a level word (`东北三省一区政协`, `两市一县政协`): several committees. */
const COMPOUND_COUNT = /[一二三四五六七八九十两]+[省市区县州旗盟]{1,2}[一二三四五六七八九十两]+$/;
/** A number of them (`11个市政协完成…平台建设`): so many committees of a level, none in particular. */
const COUNT_OF = /(?:\d+|[一二三四五六七八九十百两]+)个$/;
const TERM = '第?[一二三四五六七八九十百零〇0-9]+届';
/** 政协人: the committees' people as a body, after 政协 (not 人口, 人资, 人大, 人民, 人事, 人员, 人环, 人才, 人文, 人物, 人士). */
const PEOPLE_OF = /^人(?![口资大民事员环才文物士])/;
/**
 * A committee's unit for its members, after 政协: `委员工作委员会`, `委员联络委员会`, `委员联络活动工作室`,
 * `委员学习联络委主任` (a 委 short for 委员会), a studio, station, home or parlour of its members (`番禺政协委员镇标公园工作室`, `委员会客厅`,
 * `文昌市政协委员联系界别群众工作站`), or a group of its members by town (`区政协委员大兴小组`; not a
 * plenary's group discussion, `委员小组讨论`).
 */
export const MEMBERS_UNIT = /^委员(?:学习(?:和|与)?)?(?:工作委员会|联络(?:工作)?委员会|(?:联络|工作)委(?!员)|联络(?:活动)?(?:工作室|处|办公室)|[\u4e00-\u9fff]{0,10}?(?:工作室|工作站|联络站|之家|会客厅)|(?![在的分]|参加|出席)[\u4e00-\u9fff]{0,4}?(?:小组|学习组|联络组|活动组)(?!讨论|会))/;
/** Its members as a body (`西安市政协委员们手持卫生钳…`): the committee acting through them. */
const MEMBERS_BODY = /^委员们/;
/**
 * A party of its members on a trip (`县政协委员视察团`, `全国政协委员赴黑考察团`), or formed for a deed
 * (`政协委员组团献爱心`), or to study a subject (`美兰区政协委员组成课题组赴琼海市`): sent by the committee, which acts through it.
 */
export const MEMBERS_PARTY = /^委员(?:(?:赴[\u4e00-\u9fff]{1,6}?|[\u4e00-\u9fff]{0,4}?)(?:考察团|视察团|调研团|考察组|视察组|调研组|课题组)|组团)/;
/**
 * …but the national committee's members living in a province (`住黑龙江省全国政协委员考察团`)
 * travel as that province's committee's party, not the national committee's.
 */
const PROVINCE_RESIDENTS = /(?:住|在)[\u4e00-\u9fff]{1,6}全国$/;
/**
 * After a committee, some of its members on a survey or inspection with no one named (`部分天津市滨海新区政协委员
 * 围绕…深入中新天津生态城调研`): the committee's members as a body at work, its practice.
 */
export const MEMBERS_SURVEY = /^委员(?:们)?(?:围绕[^，。；]{2,30}?|就[^，。；]{2,30}?)?(?:深入|走进|赴|到|前往|来到)?[^，。；]{0,20}?(?:视察|调研|考察)/;
/** Right before a committee (or its place): `部分`, some of its members. */
const SOME_OF = /部分$/;
/** Whether `部分` stands right before the place or level mark before the 政协 at `at`. */
function someOfBefore(text: string, at: number): boolean {
  const chain = placeChainBefore(text, at);
  const from = chain.length ? chain[0].start : at - (relativeMarkBefore(text, at)?.[0].length ?? 0);
  return SOME_OF.test(text.slice(Math.max(0, from - 2), from));
}
/**
 * An event of the committee's named after its members, held (`福州市政协委员河长巡河业务培训会暨…在闽清县举行`,
 * `市政协委员联络工作培训班在…开班`): the committee's own.
 */
export const MEMBERS_EVENT = /^委员[\u4e00-\u9fff]{0,12}?(?:会议|会|培训班|座谈会|交流会)(?:今日|今天|近日|日前)?(?:暨|在|于|召开|举行|开班|开幕)/;
const COMMITTEE_OF = new RegExp(`^(?:${TERM})?(\\S{2,24}?)(?:[ \\u3000]?${TERM})?委员会`);
/**
 * 政协 (or the formal name, `中国人民政治协商会议苏州市吴中区四届二次会议`) + place + a term with no 委员会
 * (`政协临江市十届九次常委会议`, `政协麻城市第十届…`), or + its working
 * committee (`政协阿勒泰地区工委`, a prefecture's branch of the autonomous prefecture's committee), or
 * + its party group (`政协雷山县党组书记、主席`, short for 中共政协雷山县委员会党组).
 */
const COMMITTEE_TERM = /^(\S{2,12}?)(?:第?[一二三四五六七八九十百零〇0-9]+届|工委|工作委员会|党组)/;
/**
 * After 政协, a county's or city's name and then one of its units in a town or community (`政协石泉县老城社区委员工作室`,
 * short for 政协石泉县委员会…): the place (group 1). (A unit named by its town alone, `政协新安江街道委组`, is read by
 * the town's county: TOWN_AND_UNIT_AFTER.)
 */
const UNIT_AFTER_PLACE = /^([\u4e00-\u9fff]{1,10}[省市县区旗州盟])(?=[\u4e00-\u9fff]{0,8}?(?:委员工作室|委员工作站|委员之家|委员会客厅|(?:工作)?联络组|联络室|联络委|工委))/;
/**
 * A newspaper's name: 报 and then anything but the verbs 报 opens (报告, 报送, 报道 …): its masthead
 * words, a section (`重庆政协报区县`), punctuation or the end.
 */
const NEWSPAPER = /^报(?![告送道请批备名到销表考效答复审经])/;
/** A website's dateline after a committee's name (`政协网站消息`, `政协网讯`). */
const SITE_DATELINE = /^网站?(?:消息|讯|报道)/;
/** A term right before 政协, with or without 第 (`十届`, `第十五届`). */
const TERM_BEFORE = /(?:第?[一二三四五六七八九十百零〇0-9]+届|新一届|本届)$/;
/** A numbered term (`第十一届`): before `县政协委员`, the members of that term as a body. */
export const TERM_OPENING = /第[一二三四五六七八九十百零〇0-9]+届$/;
const TERM_MEMBERS = new RegExp(`${TERM_OPENING.source.slice(0, -1)}[省市区县州旗盟]$`);

const FORM_RANK: Record<NameForm, number> = { full: 0, alias: 1, short: 2 };
/** The strongest form in a chain: `北京西城区` is as good as a full name, `永嘉` only a short form. */
const strongest = (forms: NameForm[]): NameForm =>
  forms.reduce((a, b) => (FORM_RANK[b] < FORM_RANK[a] ? b : a), 'short' as NameForm);

interface Segment {
  start: number;
  end: number;
  form: NameForm;
  codes: readonly string[];
}

/** Whether some code of `outer` is `inner`'s ancestor (or itself). */
function encloses(outer: readonly string[], inner: readonly string[]): boolean {
  const g = getGazetteer();
  for (const code of inner) {
    for (let e = g.get(code); e; e = e.parent ? g.get(e.parent) : undefined) {
      if (outer.includes(e.code)) return true;
    }
  }
  return false;
}

/**
 * The chain of place names that ends at `end` (`北京市西城区` before 政协), longest name first at
 * each step; an outer name is kept only if it encloses the inner one (`北京市` + `西城区`).
 */
function placeChainBefore(text: string, end: number): Segment[] {
  const g = getGazetteer();
  const chain: Segment[] = [];
  let pos = end;
  while (pos > 0) {
    let seg: Segment | null = null;
    for (const len of g.lengthsEndingWith(text[pos - 1])) {
      if (len > pos || len < 2) continue;
      const found = g.lookup(text.slice(pos - len, pos));
      if (found) {
        seg = { start: pos - len, end: pos, form: found.form, codes: found.codes };
        break;
      }
    }
    if (!seg || (chain.length > 0 && !encloses(seg.codes, chain[0].codes)) || insideLongerName(text, seg)) break;
    chain.unshift(seg);
    pos = seg.start;
  }
  return chain;
}

/**
 * A name read as the tail of a longer one (`南县` in `陕西渭南县政协`, where `渭南` is a name the text
 * runs on into a county nobody lists): a place name crosses into it from the left. Not when a level
 * word ends the text before it (`广州市南沙区`) or a name that ends there encloses it (`浙江宁波市`,
 * whatever `江宁` may be), and only when the crossing name stands as a place itself.
 */
function insideLongerName(text: string, seg: Segment): boolean {
  const isHan = (ch: string | undefined) => !!ch && /\p{Script=Han}/u.test(ch);
  if (!isHan(text[seg.start - 1]) || LEVEL_CHARS.has(text[seg.start - 1])) return false;
  const g = getGazetteer();
  // A name ending at `pos` that encloses `codes` (`浙江` before `宁波`, `陕西` before `渭南`).
  const enclosedFrom = (pos: number, codes: readonly string[]) =>
    g.lengthsEndingWith(text[pos - 1]).some((len) => {
      const outer = len >= 2 && len <= pos ? g.lookup(text.slice(pos - len, pos)) : null;
      return !!outer && encloses(outer.codes, codes);
    });
  if (enclosedFrom(seg.start, seg.codes)) return false;
  // The crossing name must stand as a place itself: at the start of a run of Han characters, or
  // after a name that encloses it, never inside a word (`征集宁海`: not `集宁`).
  for (let k = 1; k < seg.end - seg.start; k++) {
    for (let from = seg.start - 1; from >= Math.max(0, seg.start - 4); from--) {
      const crossing = seg.start + k - from >= 2 ? g.lookup(text.slice(from, seg.start + k)) : null;
      if (crossing && (!isHan(text[from - 1]) || enclosedFrom(from, crossing.codes))) return true;
    }
  }
  return false;
}

/** Whether `s` is entirely a chain of place names, each enclosing the next; the forms used, or null. */
function placeChainForms(s: string): NameForm[] | null {
  const g = getGazetteer();
  const walk = (from: number, outer: readonly string[] | null): NameForm[] | null => {
    if (from === s.length) return [];
    for (let len = Math.min(g.maxNameLength, s.length - from); len >= 2; len--) {
      const found = g.lookup(s.slice(from, from + len));
      if (!found || (outer && !encloses(outer, found.codes))) continue;
      const rest = walk(from + len, found.codes);
      if (rest) return [found.form, ...rest];
    }
    return null;
  };
  return walk(0, null);
}

function enclosureAt(text: string, start: number, end: number): CommitteeMention['enclosure'] {
  const inside = (open: string, close: string) => {
    const o = text.lastIndexOf(open, start - 1);
    if (o < 0 || text.lastIndexOf(close, start - 1) > o || text.lastIndexOf('\n', start - 1) > o) return false;
    const c = text.indexOf(close, end);
    const nl = text.indexOf('\n', end);
    return c >= 0 && (nl < 0 || c < nl);
  };
  if (inside('《', '》')) return 'book-title';
  if (inside('“', '”')) return 'quote';
  return null;
}

/** A level word right after 政协, then a term and session (`政协市四届二次会议`, `政协县第十届`). */
const LEVEL_BEFORE_TERM = /^(自治区|自治州|自治县|省|市|县|区|州|旗|盟)(?=第?[一二三四五六七八九十]{1,3}届)/;

/** The level a relative mention's level word names (`区` -> county, `地区` -> city), if it is one. */
export const markLevel = (mark: string): CommitteeLevel | null => RELATIVE_MARKS.find(([m]) => m === mark)?.[1] ?? null;

/** The level word right before `at` (`区` of `区政协`, `自治州` of `自治州政协`), if any. */
function relativeMarkBefore(text: string, at: number): readonly [string, CommitteeLevel] | null {
  for (const entry of RELATIVE_MARKS) {
    if (text.endsWith(entry[0], at)) return entry;
  }
  return null;
}

/**
 * All committee mentions in `text`, in order, not overlapping. Offsets are UTF-16 indexes into
 * `text`. Pure; uses the shared gazetteer.
 */
export function findCommittees(raw: string): CommitteeMention[] {
  // A forum that masks 政 with an asterisk (`省*协委员`, `区*协紧紧依靠`) still names the committee; read
  // it unmasked, one character for one, so every position stays the text's.
  const text = raw.replace(MASKED_CPPCC, '政');
  const mentions: CommitteeMention[] = [];
  let i = 0;
  while (i < text.length) {
    const a = text.indexOf(CPPCC, i);
    const b = text.indexOf(FORMAL, i);
    const c = cutFormalAt(text, i);
    if (a < 0 && b < 0 && c < 0) break;
    const starts: Array<[number, string]> = [
      [a, CPPCC],
      [b, FORMAL],
      [c, CUT_FORMAL],
    ];
    const [at, keyword] = starts.filter(([k]) => k >= 0).reduce((x, y) => (y[0] < x[0] ? y : x));
    const floor = mentions.length ? mentions[mentions.length - 1].end : 0;
    // `玉屏、铜仁、松桃三县（市）政协`, `昭通、毕节、泸州、遵义四市政协`: places counted before one 政协.
    const count = keyword === CPPCC ? text.slice(Math.max(floor, at - 16), at).match(COUNTED) : null;
    // (Not a member of the levels counted, `黔东南州、施秉县两级政协委员宋承阳`: one person's posts.)
    const ofMembers = membersAt(text, at + CPPCC.length);
    const counted = count && !(count[0].endsWith('级') && ofMembers) ? count : null;
    const enclosure = counted ? enclosureAt(text, at, at + CPPCC.length) : null;
    const listed = counted ? sharedBefore(text, at - counted[0].length, floor, enclosure, true) : [];
    const members = counted && !listed.length ? runTogether(text, at - counted[0].length, floor, counted[0], enclosure) : listed;
    if (members.length) {
      mentions.push(...members);
      i = at + keyword.length;
      continue;
    }
    const resident = keyword === CPPCC ? residentParty(text, at) : null;
    if (resident) {
      mentions.push(resident);
      i = resident.end;
      continue;
    }
    const m = mentionAt(text, at, keyword) ?? (keyword === CPPCC ? brandedUnit(text, at, floor) : null);
    if (m) {
      if (m.form === 'place-prefix') mentions.push(...sharedBefore(text, m.start, floor, m.enclosure));
      mentions.push(m);
      i = m.end;
    } else i = at + keyword.length;
  }
  return mentions;
}

/**
 * A count of places of a level before 政协: `三县（市）`, `两区`, `等9个县（市、特区）`, `四市`, `五省区`; or of the
 * levels the places are (`赤峰市、元宝山区两级政协`, `全国、北京市和丰台区三级政协`).
 */
const COUNTED = /等?(?:[两二三四五六七八九十]{1,3}|\d{1,2})个?(?:省区|省市区|省市|省|市|区|县|州|旗|盟|地|区县|县区|市县|县市|市州|级)(?:[（(][^）)]{1,8}[）)])?$/;
/** Whether its members (`政协委员`), not the committee (`政协委员会`), follow 政协 at `at`. */
const membersAt = (text: string, at: number) => text.startsWith('委员', at) && !text.startsWith('委员会', at);
/** Joins between places that share one 政协. */
const LIST_JOIN = /[、和及与]/;

/**
 * The places listed before a committee that share its 政协 (`涿州市、涞水县、` before `易县政协`):
 * one mention each, spanning its place name. `end` is where the last listed place ends; without
 * `counted`, a join (、, 和 …) must stand there (the mention after it is the list's last member).
 * A place counts only when it is wholly a place chain and no mention before `floor` is crossed.
 */
function sharedBefore(text: string, end: number, floor: number, enclosure: CommitteeMention['enclosure'], counted = false): CommitteeMention[] {
  const out: CommitteeMention[] = [];
  let pos = end;
  for (let first = true; pos > floor; first = false) {
    if (!(first && counted)) {
      if (!LIST_JOIN.test(text[pos - 1] ?? '')) break;
      pos -= 1;
    }
    const chain = placeChainBefore(text, pos);
    if (!chain.length || chain[0].start < floor) break;
    // 和, 及, 与 join only inside a list of three or more (`五华区、盘龙区和西山区政协`): alone they
    // join a place to someone else's committee (`在涿州市与涞水县政协座谈`). A count says how many
    // share it (`吴兴区和四川省广元市青川县两地政协`).
    if (!counted && text[pos] !== '、' && text[chain[0].start - 1] !== '、') break;
    const placeText = text.slice(chain[0].start, pos);
    out.unshift(placeMention(placeText, chain[0].start, pos, `${placeText}${CPPCC}`, placeText, strongest(chain.map((s) => s.form)), enclosure));
    pos = chain[0].start;
  }
  // A counted list needs two places at least; one place before a count is no list (`全市三县政协`).
  return counted && out.length < 2 ? [] : out;
}

/**
 * A members' unit right after 政协 (`委员工作室`, `委员会客厅`, `委员工作站`, `委员之家`, `委员联络站`): the units a
 * brand names, fewer than {@link MEMBERS_UNIT}'s groups and liaison bodies, which no brand precedes.
 */
const MEMBERS_UNIT_AFTER = /^委员(?:会客厅|工作室|工作站|之家|联络站)/;
/** A brand that ends as a community's, a town's or a venue's name does (`同心社区`, `江南会客厅`). */
const TOWN_OR_VENUE_END = /(?:社区|村|街道|镇|乡|会客厅|广场|公园|中心)$/;
/** Most characters of a place and the brand after it, before a members' unit's 政协. */
const MAX_BRANDED_RUN = 12;

/**
 * A place's members' unit named with its brand between place and 政协 (`根河冷极供热政协委员工作室`,
 * `江山两岸联谊政协委员会客厅`): the place's committee, spanning the place's name. The run opens its
 * clause with the place, one place only, and the brand names no other.
 */
function brandedUnit(text: string, at: number, floor: number): CommitteeMention | null {
  if (!MEMBERS_UNIT_AFTER.test(text.slice(at + CPPCC.length))) return null;
  let from = at;
  while (from > Math.max(floor, at - MAX_BRANDED_RUN) && /\p{Script=Han}/u.test(text[from - 1])) from--;
  if (from > 0 && /\p{Script=Han}/u.test(text[from - 1])) return null;
  const run = text.slice(from, at);
  const hits = findPlaceNames(run);
  const place = hits[0];
  if (!place || place.start !== 0 || place.codes.length !== 1 || hits.length > 1 || run.length - place.end < 2) return null;
  const placeText = run.slice(0, place.end);
  const brand = run.slice(place.end);
  // (Not a community's or a venue's name, `同心社区`, `江南会客厅`: a short name is a word as often as a
  // place, so the page must name the place elsewhere too, not only before its brand.)
  if (TOWN_OR_VENUE_END.test(brand)) return null;
  if (place.form !== 'full' && text.split(placeText).length - 1 <= text.split(run).length - 1) return null;
  return placeMention(placeText, from, from + place.end, `${placeText}${CPPCC}`, placeText, place.form, enclosureAt(text, from, at + CPPCC.length));
}

/** The number a count of places says (`两地`, `三市`, `4个县`). */
const COUNT_NUMBER = /(?:[两二三四五六七八九十]{1,3}|\d{1,2})/;
/** Counts of provinces or of places in general, whose places may be one-character province abbreviations (`川渝两地`). */
const PROVINCES_COUNTED = /(?:省区|省市区|省市|省|地)(?:[（(][^）)]{1,8}[）)])?$/;

/**
 * Places run together before a count, no mark between them (`金山平湖两地政协`, `昭通毕节两市政协`, `川渝两地政协`):
 * the run is exactly as many place names as the count says, each its own committee. [] when it is not.
 */
function runTogether(text: string, end: number, floor: number, count: string, enclosure: CommitteeMention['enclosure']): CommitteeMention[] {
  const digits = count.match(COUNT_NUMBER)?.[0] ?? '';
  const n = /^\d+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
  if (n < 2 || n > 4) return [];
  let from = end;
  while (from > Math.max(floor, end - 12) && /\p{Script=Han}/u.test(text[from - 1])) from--;
  const run = text.slice(from, end);
  // Place names that tile the run's end exactly, one after the other.
  const hits = findPlaceNames(run);
  const tail: typeof hits = [];
  let pos = run.length;
  for (let k = hits.length - 1; k >= 0 && tail.length < n; k--) {
    if (hits[k].end !== pos || hits[k].codes.length !== 1) break;
    tail.unshift(hits[k]);
    pos = hits[k].start;
  }
  if (tail.length === n && (pos === 0 || !/\p{Script=Han}/u.test(run[pos - 1] ?? '') || !findPlaceNames(run.slice(0, pos)).some((h) => h.end === pos))) {
    return tail.map((h) => {
      const placeText = run.slice(h.start, h.end);
      return placeMention(placeText, from + h.start, from + h.end, `${placeText}${CPPCC}`, placeText, h.form, enclosure);
    });
  }
  // …or as many provinces by their one-character abbreviations (`川渝两地`, `陕甘宁三省区`).
  if (PROVINCES_COUNTED.test(count) && run.length >= n) {
    const abbreviations = [...run.slice(run.length - n)];
    const names = abbreviations.map((a) => residentProvince(a)).map((code) => (code ? getGazetteer().get(code)?.name : undefined));
    if (names.every(Boolean)) {
      return abbreviations.map((a, k) => placeMention(a, end - n + k, end - n + k + 1, `${names[k]}${CPPCC}`, names[k]!, 'short', enclosure));
    }
  }
  return [];
}

/**
 * National members (or deputies) resident in a province, by its one-character abbreviation (group 1):
 * `住琼全国`, `在沪全国`. Whose they are is {@link residentProvince}'s to say.
 */
export const RESIDENTS_OF = '[住在驻]([\\u4e00-\\u9fff])全国';
/** …right before their 政协. */
const RESIDENTS_BEFORE = new RegExp(`${RESIDENTS_OF}$`);
/** Provincial members resident in a city, by its short name (group 1), right before their 政协: `住威海省`. */
const RESIDENTS_IN_CITY = /[住在驻]([\u4e00-\u9fff]{2,3})省$/;

/** The province a one-character abbreviation names (`琼`: 460000; cues.yaml `provinceAbbreviations`). */
export function residentProvince(abbreviation: string): string | null {
  return getCues().provinceAbbreviations[abbreviation] ?? null;
}
/**
 * …as a party on the move (`委员赴海口…开展视察`, `委员近日赴内蒙古调查`), or as one body handing in its
 * proposals (`委员向全国政协十三届一次会议提交提案103件`), or met as one body (`住琼全国政协委员座谈会在海口召开`:
 * the province's committee calls them together, its chairman in the chair).
 */
export const RESIDENTS_TRAVEL = /^委员(?:[^，。；、]{0,4}?(?:赴|前往|到|开展|视察|考察|调研|调查|向[^，。；]{2,20}?提交)|[\u4e00-\u9fff]{0,6}?(?:座谈会|通报会|见面会|恳谈会|学习会|培训班))/;

/**
 * National members resident in a province as a party on the move (`住琼全国政协委员赴海口…开展视察`):
 * the province's committee organises them (its chairman convenes them), so it is named here, by the
 * abbreviation (cues.yaml `provinceAbbreviations`).
 */
function residentParty(text: string, at: number): CommitteeMention | null {
  const after = at + CPPCC.length;
  if (!RESIDENTS_TRAVEL.test(text.slice(after))) return null;
  // Provincial members resident in a city (`住威海省政协委员考察团来聊考察`) travel as its committee's
  // party: the city committee's chairman leads them (`威海市政协主席高旭光带领住威省政协委员考察团`).
  const inCity = RESIDENTS_IN_CITY.exec(text.slice(Math.max(0, at - 5), at));
  if (inCity) {
    const hit = findPlaceNames(inCity[1]).find((h) => h.start === 0 && h.end === inCity[1].length);
    const cities = (hit?.codes ?? []).filter((c) => levelOf(c) === 'city');
    const city = cities.length === 1 ? getGazetteer().get(cities[0]) : undefined;
    if (!city) return null;
    const start = at - inCity[0].length;
    return { ...placeMention(text.slice(start, after), start, after, `${city.name}政协`, city.name, 'full', enclosureAt(text, start, after)), resident: true };
  }
  const before = RESIDENTS_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  if (!before) return null;
  const code = residentProvince(before[1]);
  const province = code ? getGazetteer().get(code) : undefined;
  if (!province) return null;
  const start = at - before[0].length;
  // (Named as that committee, `海南省政协`: `住琼全国政协` is no committee's name.)
  return { ...placeMention(text.slice(start, after), start, after, `${province.name}${CPPCC}`, province.name, 'full', enclosureAt(text, start, after)), resident: true };
}

/** Longest town name read before a town's unit. */
const MAX_TOWN_BEFORE = 8;

/** A town's name and a county committee's unit there, after 政协 (`政协横扇街道工委`, `政协朝天门街道联络委`, `政协五常街道联络工委`, `政协新安江街道委组`). */
const TOWN_AND_UNIT_AFTER = /^([\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))(?=联络委|联络工委|联工委|委组|(?:工作)?联络组|工委|工作委员会)/;

/** A town's two-character name without its ending, and a county committee's unit there, after 政协 (`政协震泽工委`, `政协英林联络组`). */
const SHORT_TOWN_AND_UNIT_AFTER = /^([\u4e00-\u9fff]{2})(?=联络委|联络工委|联工委|(?:工作)?联络组|工委|工作委员会)/;

/**
 * The one county whose town a committee's unit named after 政协 is in (`政协横扇街道工委`: 吴江区). (A county's
 * site may drop the town's ending, `政协震泽工委` for 震泽镇's: the one county that has a town of that name and
 * some ending, none other; a word, `政协文史工委`, `政协提案联络委`, is no town's name, nor is a unit's own word,
 * `政协联络委组织`.)
 */
function townCountyAfter(text: string, after: number): string | null {
  const m = TOWN_AND_UNIT_AFTER.exec(text.slice(after, after + 12));
  const hit = m ? findTownNames(m[1]).find((t) => t.start === 0 && t.end === m[1].length && t.counties.length === 1) : undefined;
  if (hit) return getGazetteer().get(hit.counties[0])?.name ?? null;
  // (Not a unit named right after 政协, `政协联络委组织…`: 联络 is no town there.)
  const short = m || TOWN_UNIT.test(text.slice(after)) ? null : SHORT_TOWN_AND_UNIT_AFTER.exec(text.slice(after, after + 8))?.[1];
  if (!short) return null;
  const counties = new Set(
    ['镇', '乡', '街道'].flatMap((ending) => findTownNames(short + ending).find((t) => t.start === 0 && t.end === short.length + ending.length)?.counties ?? []),
  );
  return counties.size === 1 ? (getGazetteer().get([...counties][0])?.name ?? null) : null;
}

/** The counties of a town that several share, named after 政协 before a committee's unit there (`政协城关镇联络组`). */
function sharedTownAfter(text: string, after: number): readonly string[] | null {
  const m = TOWN_AND_UNIT_AFTER.exec(text.slice(after, after + 12));
  const hit = m ? findTownNames(m[1]).find((t) => t.start === 0 && t.end === m[1].length && t.counties.length > 1) : undefined;
  return hit ? hit.counties : null;
}

/**
 * A town that several counties share, right before `end`: where it starts, and the one of those
 * counties `text` names elsewhere, if exactly one is.
 */
function sharedTownBefore(text: string, end: number): { start: number; county: string | null; counties: readonly string[] } | null {
  const from = Math.max(0, end - MAX_TOWN_BEFORE);
  const hit = findTownNames(text.slice(from, end)).find((t) => t.end === end - from && t.counties.length > 1);
  if (!hit) return null;
  // (Not a county named like the town itself: `玉山政协` on 昆山's page is its 玉山镇's unit, not 玉山县.)
  const stem = hit.name.replace(/(?:街道|苏木|镇|乡)$/, '');
  const elsewhere = new Set(findPlaceNames(text.slice(0, from + hit.start) + '\n' + text.slice(end)).flatMap((p) => (p.name.startsWith(stem) ? [] : p.codes)));
  const named = hit.counties.filter((code) => elsewhere.has(code));
  return { start: from + hit.start, county: named.length === 1 ? (getGazetteer().get(named[0])?.name ?? null) : null, counties: hit.counties };
}

/** The town whose name ends at `end` (`西善桥街道`) and the one county that has a town of that name. */
function townRightBefore(text: string, end: number): { start: number; county: string } | null {
  const from = Math.max(0, end - MAX_TOWN_BEFORE);
  const hit = findTownNames(text.slice(from, end)).find((t) => t.end === end - from && t.counties.length === 1);
  const county = hit ? getGazetteer().get(hit.counties[0]) : undefined;
  return hit && county ? { start: from + hit.start, county: county.name } : null;
}

/** A town's or street's name as a unit's page may shorten it: a few characters, then 镇, 乡, 街道 or 街. */
const STREET_OR_TOWN = /^[\u4e00-\u9fff]{1,4}(?:镇|乡|街道|街)$/;

/** A county named in full, one reading, right before a town's or street's name that ends at `end`. */
function countyBeforeStreet(text: string, end: number): { start: number; name: string } | null {
  for (let townStart = end - 2; townStart >= end - MAX_TOWN_BEFORE && townStart > 0; townStart--) {
    if (!STREET_OR_TOWN.test(text.slice(townStart, end))) continue;
    const chain = placeChainBefore(text, townStart);
    const last = chain[chain.length - 1];
    if (last && last.form === 'full' && last.codes.length === 1 && levelOf(last.codes[0]) === 'county') return { start: chain[0].start, name: text.slice(chain[0].start, townStart) };
  }
  return null;
}

/** A mention that names its committee by a place and nothing else (no level word, term or party group). */
function placeMention(
  text: string,
  start: number,
  end: number,
  name: string,
  placeText: string,
  placeForm: NameForm,
  enclosure: CommitteeMention['enclosure'],
): CommitteeMention {
  return { text, start, end, name, placeText, placeForm, relativeLevel: null, relativeMark: null, national: false, form: 'place-prefix', partyGroup: false, system: false, wholeSystem: false, enclosure };
}

/** A place's bodies other than its committee, as news lists its leading bodies: 县委, 党委, 人大(常委会), (人民)政府, 纪委. */
const OTHER_BODY = '(?:党委|委|人大(?:常委会)?|(?:人民)?政府|纪委)';
/** A list of them right before a bare 政协, its first with the place or level word before it. */
const BODIES_BEFORE = new RegExp(`${OTHER_BODY}(?:[、和及与]${OTHER_BODY})*[、和及与]$`);

/**
 * The place of the bodies listed right before a bare 政协 at `at`: named by a place (`林西县人大、`:
 * 林西县) or a level word alone (`县人大、`, `自治区党委、人大、政府、`). Null when the list has neither
 * (`党委、政府、政协`, `当地政府、政协`) or names a level's collective (`州市党委、`).
 */
function placeOfBodiesBefore(text: string, at: number): { placeText: string | null; placeForm: NameForm | null; relative: readonly [string, CommitteeLevel] | null } | null {
  const list = text.slice(Math.max(0, at - 24), at).match(BODIES_BEFORE);
  if (!list) return null;
  const listStart = at - list[0].length;
  // The first body's own level word (`县委`, `市委`) stands between the place and the list's 委.
  const mark = text[listStart] === '委' ? relativeMarkBefore(text, listStart) : null;
  const placeEnd = mark ? listStart - mark[0].length : listStart;
  const chain = placeChainBefore(text, placeEnd);
  if (chain.length) {
    const placeText = text.slice(chain[0].start, placeEnd);
    if (insideWord(text, { name: placeText, end: placeEnd })) return null;
    return { placeText, placeForm: strongest(chain.map((s) => s.form)), relative: null };
  }
  const relative = mark ?? relativeMarkBefore(text, listStart);
  if (!relative) return null;
  const before = text[listStart - relative[0].length - 1];
  if (before !== undefined && (COLLECTIVE_BEFORE.has(before) || LEVEL_CHARS.has(before))) return null;
  return { placeText: null, placeForm: null, relative };
}

/** A party committee (`省委`, `党委`) and the same level's other bodies after it (`、市政府`, `和人大`), right before a level's 政协. */
const PARTY_LIST_BEFORE = /党?委(?:[、和](?:省|市|区|县|州|盟|旗|自治区|自治州)?(?:人大(?:常委会)?|(?:人民)?政府|纪委))*[、和]$/;

/**
 * The place named before the party committee that opens a list right before a level's 政协 at `start`
 * (`辽宁省委、`: 辽宁省), where the place is of that level (`县委、市政协` lists two places' bodies).
 */
function placeOfPartyListBefore(text: string, start: number, relative: readonly [string, CommitteeLevel]): { placeText: string; placeForm: NameForm } | null {
  const list = text.slice(Math.max(0, start - 30), start).match(PARTY_LIST_BEFORE);
  if (!list) return null;
  const listStart = start - list[0].length;
  const chain = placeChainBefore(text, listStart);
  if (!chain.length) return null;
  const placeText = text.slice(chain[0].start, listStart);
  if (!placeText.endsWith(relative[0]) || insideWord(text, { name: placeText, end: listStart })) return null;
  return { placeText, placeForm: strongest(chain.map((c) => c.form)) };
}

/** Where a mention starts and ends, and whose committee the words around 政协 say it is. */
interface MentionSpan {
  start: number;
  end: number;
  placeText: string | null;
  placeForm: NameForm | null;
  relative: readonly [string, CommitteeLevel] | null;
  national: boolean;
  wholeSystem: boolean;
  form: MentionForm;
  /** A town's unit named with no county: the one county with that town (its committee's). */
  townCounty: string | null;
  /** A town several counties have: those counties. */
  townCounties: readonly string[] | null;
  /** The committee's name when the text writes it apart (`林西县人大、政协`: 林西县政协). */
  sharedName: string | null;
}

/** A reading of [start, end) of one form, nothing else known yet. */
const reading = (start: number, end: number, form: MentionForm, more: Partial<MentionSpan> = {}): MentionSpan => ({
  start,
  end,
  placeText: null,
  placeForm: null,
  relative: null,
  national: false,
  wholeSystem: false,
  form,
  townCounty: null,
  townCounties: null,
  sharedName: null,
  ...more,
});

function mentionAt(text: string, at: number, keyword: string): CommitteeMention | null {
  const formal = formalName(text, at, keyword);
  if (formal === null && keyword !== CPPCC) return null;
  const found = formal ?? shortName(text, at, at + keyword.length);
  return found ? committeeMention(text, found) : null;
}

/** The formal name, `政协北京市延庆区委员会`, `中国人民政治协商会议全国委员会`, `政协赣州市第十届委员会`; null when it is none. */
function formalName(text: string, at: number, keyword: string): MentionSpan | null {
  const after = at + keyword.length;
  // (`省政协香港委员会客厅` is the provincial committee's Hong Kong members' parlour, 委员 + 会客厅: after a
  // committee already named by its level or place, no committee of another place.)
  const ofMatch = text.slice(after, after + 40).match(COMMITTEE_OF);
  const parlour = !!ofMatch && text.startsWith('客厅', after + ofMatch[0].length) && (relativeMarkBefore(text, at) !== null || placeChainBefore(text, at).length > 0);
  const of = parlour ? null : ofMatch;
  const ofForms = of ? placeChainForms(of[1]) : null;
  const committeeOf = !!of && (!!ofForms || of[1] === '全国');
  const termed = (keyword === CPPCC || keyword === FORMAL || keyword === CUT_FORMAL) && !committeeOf ? text.slice(after, after + 20).match(COMMITTEE_TERM) : null;
  const termedForms = termed ? placeChainForms(termed[1]) : null;
  if (termed && termedForms) return reading(at, after + termed[1].length, 'committee-of', { placeText: termed[1], placeForm: strongest(termedForms) });
  // (The longest place that reads as one: `政协合肥市庐阳区老字号委员工作室` is 庐阳区's, `政协石泉县老城社区…` 石泉县's.)
  const unit = keyword === CPPCC && !committeeOf ? text.slice(after, after + 24).match(UNIT_AFTER_PLACE) : null;
  if (unit) {
    for (let end = unit[1].length; end >= 2; end--) {
      const place = unit[1].slice(0, end);
      const forms = /[省市县区旗州盟]$/.test(place) ? placeChainForms(place) : null;
      if (forms) return reading(at, after + end, 'committee-of', { placeText: place, placeForm: strongest(forms) });
    }
  }
  if (!of || !committeeOf) return null;
  if (of[1] === '全国') return reading(at, after + of[0].length, 'national', { national: true });
  return reading(at, after + of[0].length, 'committee-of', { placeText: of[1], placeForm: strongest(ofForms!) });
}

/**
 * 政协 after a place (`赣州市十届政协`), a level (`区政协`), a town's unit or a place's other bodies; null
 * when it is no committee (its members, its people, its paper, a kind of committee, 政协 alone).
 */
function shortName(text: string, at: number, after: number): MentionSpan | null {
  // Members, not the committee: 政协委员, 全国政协委员, 区政协委员 (but 政协委员会 is the committee).
  // (Its units for the members are the committee: `西安市政协委员工作委员会`, `青岛市政协委员联络活动工作室`.)
  // (A term's members as a body, `第十一届县政协委员…集中视察`, are its committee's: read below.)
  if (membersAt(text, after) && !MEMBERS_BODY.test(text.slice(after, after + 3)) && !MEMBERS_UNIT.test(text.slice(after)) && !MEMBERS_EVENT.test(text.slice(after)) && !(MEMBERS_PARTY.test(text.slice(after)) && !PROVINCE_RESIDENTS.test(text.slice(Math.max(0, at - 10), at))) && !TERM_MEMBERS.test(text.slice(Math.max(0, at - 12), at)) && !(MEMBERS_SURVEY.test(text.slice(after)) && someOfBefore(text, at))) return null;
  // Its people as a body, of every level (`湖南政协人的身影遍布田间地头`, `政协人始终…`), not one committee
  // (but `政协人口资源环境委员会`, `人资环委`, `人大`, `人民` … go on).
  if (PEOPLE_OF.test(text.slice(after, after + 2))) return null;
  // A newspaper named after its committee (重庆政协报数字报纸, 重庆政协报综合), not the committee
  // reporting or submitting (市政协报告, 报送).
  if (NEWSPAPER.test(text.slice(after, after + 4))) return null;
  // …nor its website's dateline (`据内蒙古政协网站消息，锡林郭勒盟政协…`): the source of the news.
  if (SITE_DATELINE.test(text.slice(after, after + 6))) return null;
  // A term may stand between the place and 政协: 赣州市十届政协, 市十届政协, 乌鲁木齐市新一届政协.
  const term = text.slice(Math.max(0, at - 8), at).match(TERM_BEFORE);
  let placeEnd = term && at - term[0].length >= 1 ? at - term[0].length : at;
  // A county's unit in one of its towns (`射阳县海河镇政协联络委组织…`), or the town's 政协 alone as its unit calls
  // itself (`唐河县东城街道政协坚持问题导向`; not its members, nor a thing of its, `…街道政协“有事好商量”协商议事厅`):
  // the county's committee.
  if (TOWN_UNIT.test(text.slice(after)) || !/^(?:委员|[“"《「的])/.test(text.slice(after, after + 2))) {
    for (let townStart = placeEnd - 3; townStart >= placeEnd - 6 && townStart > 0; townStart--) {
      // (The county before the town is named in full, `龙陵县龙山镇`: `天山路街道` is a street's
      // subdistrict, not 路街道 of a place called 天山.)
      const county = placeChainBefore(text, townStart);
      const town = text.slice(townStart, placeEnd);
      if (TOWN.test(town) && county.length && (county[county.length - 1].form === 'full' || (county[county.length - 1].form === 'short' && TOWN_AFTER_SHORT.test(town)))) {
        placeEnd = townStart;
        break;
      }
    }
  }
  // A town's unit whose town holds a county's short name (`长平乡政协工作联络组`: 上栗县's 长平乡, not 平乡县) is the
  // town's: the county read inside the town's name is no place.
  const townAround = TOWN_UNIT.test(text.slice(after)) ? townRightBefore(text, placeEnd) : null;
  const chain = placeChainBefore(text, placeEnd).filter((h) => !townAround || h.start <= townAround.start);
  // `组长和县政协专委会主任`: 和 joins two nouns and 县政协 is the page's own, not 和县's committee
  // (a one-character place after a word: 和县, and any like it), even after a comma (`…讲话，和县政协常委会工作报告`).
  const prev = chain.length ? (text[chain[0].start - 1] ?? '') : '';
  // A chain of one place name is read as words first.
  const lone = chain.length === 1 ? text.slice(chain[0].start, placeEnd) : null;
  const joined =
    lone !== null &&
    ((lone.length === 2 && CONJUNCTIONS.has(lone[0]) && (AFTER_WORD.test(prev) || (prev === '，' && AFTER_WORD.test(text[chain[0].start - 2] ?? ''))) && !PREPOSITIONS.has(prev)) ||
      // …and `召开州政协` is 召开 + 州政协, not 开州's (cues.yaml `notPlaceWords`).
      insideWord(text, { name: lone, end: placeEnd }) ||
      // …and `全州政协…工作调度会召开` is the whole 州's system meeting, not 全州县's committee.
      (lone.length === 2 && lone[0] === '全' && LEVEL_CHARS.has(lone[1]) && (SYSTEM_MEETING.test(text.slice(after)) || WHOLE_LEVEL_WORK.test(text.slice(after)))));
  // `友好政协`: a kind of committee (cues.yaml `committeeKindWords`), not 友好区's.
  if (lone !== null && getCues().committeeKindWords.includes(lone)) return null;
  // `同心政协建设`, beside `实干政协建设`: a quality the committee builds, not 同心县's committee
  // (a place named short right before 政协建设; named in full, `同心县政协`, it is the committee).
  if (lone !== null && chain[0].form === 'short' && text.startsWith('建设', after)) return null;
  // A place's short name run on from another place it does not lie in (`杨浦滨江政协委员工作站`: 杨浦's
  // riverside, not 杭州's 滨江区) names a part of that other place: its committee's.
  const outer = lone !== null && chain[0].form === 'short' ? placeChainBefore(text, chain[0].start) : [];
  if (outer.length && !encloses(outer[outer.length - 1].codes, chain[0].codes)) {
    return reading(outer[0].start, after, 'place-prefix', { placeText: text.slice(outer[0].start, outer[outer.length - 1].end), placeForm: strongest(outer.map((s) => s.form)) });
  }
  if (chain.length > 0 && !joined) {
    return reading(chain[0].start, after, 'place-prefix', { placeText: text.slice(chain[0].start, placeEnd), placeForm: strongest(chain.map((s) => s.form)) });
  }
  if (text.endsWith('全国', at)) return reading(at - 2, after, 'national', { national: true });
  const relative = relativeMarkBefore(text, placeEnd);
  if (relative) return levelBefore(text, at, after, placeEnd, relative);
  return townUnit(text, at, after, placeEnd) ?? levelAfter(text, at, after) ?? sharedPlace(text, at, after, placeEnd);
}

/** A town's unit, or the town's 政协 alone, with no level before it: its county's committee. */
function townUnit(text: string, at: number, after: number, placeEnd: number): MentionSpan | null {
  // A town's unit with no county named (`西善桥街道政协工委组织…`) is the county's committee's, where
  // only one county has a town of that name.
  // (…or the town's 政协 alone, as its unit calls itself: `响石镇政协按照…部署`; not its members.)
  const town = TOWN_UNIT.test(text.slice(after)) || !text.startsWith('委员', after) ? townRightBefore(text, placeEnd) : null;
  if (town) return reading(town.start, after, 'place-prefix', { placeText: town.county, townCounty: town.county, placeForm: 'full' });
  // …or a town or street the list of towns does not know by that form, right after its county named in full
  // (`安源区东大街政协工作联络组`: 东大街 for 东大街街道): the county's.
  const countyBefore = TOWN_UNIT.test(text.slice(after)) ? countyBeforeStreet(text, placeEnd) : null;
  if (countyBefore) return reading(countyBefore.start, after, 'place-prefix', { placeText: countyBefore.name, townCounty: countyBefore.name, placeForm: 'full' });
  // …or named after 政协 (`政协横扇街道工委召开…`), as a county's sites write their towns' units.
  const countyOfTownAfter = townCountyAfter(text, after);
  if (countyOfTownAfter) return reading(at, after, 'place-prefix', { placeText: countyOfTownAfter, townCounty: countyOfTownAfter, placeForm: 'full' });
  // …or, where several counties have a town of that name (`高桥镇政协联络处`), the one of them the
  // text names (`建设桐乡“南部新城区”`).
  const sharedTown = TOWN_UNIT.test(text.slice(after)) ? sharedTownBefore(text, placeEnd) : null;
  if (sharedTown?.county) return reading(sharedTown.start, after, 'place-prefix', { placeText: sharedTown.county, townCounty: sharedTown.county, placeForm: 'full' });
  // …and where it names none of them, the page's own county's, as a bare 县政协 would be.
  if (sharedTown) return reading(sharedTown.start, after, 'relative', { relative: ['县', 'county'], sharedName: `县${CPPCC}`, townCounties: sharedTown.counties });
  // …and, named after 政协 with a town several counties have (`政协城关镇联络组`), the page's own
  // county's, as a bare 县政协 would be.
  const townsAfter = sharedTownAfter(text, after);
  if (townsAfter) return reading(at, after, 'relative', { relative: ['县', 'county'], sharedName: `县${CPPCC}`, townCounties: townsAfter });
  return null;
}

/** Its level written after it, before a term (`出席政协市四届二次会议的委员`): the page's own 市政协. */
function levelAfter(text: string, at: number, after: number): MentionSpan | null {
  const level = text.slice(after).match(LEVEL_BEFORE_TERM);
  if (!level) return null;
  const mark = level[1];
  return reading(at, after + mark.length, 'relative', { relative: [mark, markLevel(mark)!], sharedName: `${mark}${CPPCC}` });
}

/**
 * A place's other bodies listed before it share its place (`林西县人大、政协两会`, `旗委、人大、政府、政协`):
 * the 政协 is that place's committee. Otherwise 政协 alone is no committee (人民政协, 政协工作, 各级政协).
 */
function sharedPlace(text: string, at: number, after: number, placeEnd: number): MentionSpan | null {
  const shared = placeOfBodiesBefore(text, placeEnd);
  if (!shared) return null;
  const sharedName = `${shared.placeText ?? shared.relative![0]}${CPPCC}`;
  if (shared.placeText) return reading(at, after, 'place-prefix', { placeText: shared.placeText, placeForm: shared.placeForm, sharedName });
  return reading(at, after, 'relative', { relative: shared.relative, sharedName });
}

/** A level right before it (`区政协`, `全省政协…会议`, `（广东）省政协`); null for a list of levels or an area. */
function levelBefore(text: string, at: number, after: number, placeEnd: number, mark: readonly [string, CommitteeLevel]): MentionSpan | null {
  let relative = mark;
  let start = placeEnd - relative[0].length;
  // A place in brackets right before it is an editor's gloss naming it (`（广东）省政协副主席唐豪`).
  const gloss = text.slice(Math.max(0, start - 12), start).match(/[（(]([\u4e00-\u9fff]{2,10})[)）]$/);
  const glossForms = gloss ? placeChainForms(gloss[1]) : null;
  // A bare 区政协 with a general office (`区政协办公厅`, which only a province-level committee
  // has; a district's is its 办公室) is an autonomous region's.
  if (relative[0] === '区' && text.startsWith('办公厅', after)) relative = ['自治区', 'province'];
  // 港区/澳区政协委员 are the national committee's members from Hong Kong and Macao, no district's;
  // and an area's committees (`六盘山片区政协`, `景区`, `辖区`, `社区`, a development zone's work
  // station, `高新区、临空经济区政协工作站`, or a zone's liaison group of its county's committee,
  // `经开区政协工作联络组`, `开发区政协工委`) are no district's either. (A zone named after its place,
  // `无为经开区政协工作室`, is read below as that place's.)
  if (relative[0] === '区' && /[港澳片景辖社园济]/.test(text[start - 1] ?? '')) return null;
  if (relative[0] === '区' && /(?:经开|开发)$/.test(text.slice(0, start)) && placeChainBefore(text, start - 2).length === 0) return null;
  if (relative[0] === '区' && text.endsWith('高新', start)) return null;
  if (glossForms) return reading(start, after, 'place-prefix', { placeText: gloss![1], placeForm: strongest(glossForms) });
  if (COMPOUND_COUNT.test(text.slice(Math.max(0, start - 8), start)) || COUNT_OF.test(text.slice(Math.max(0, start - 6), start))) return null;
  if (relative[0] === '地区' && !BEFORE_BARE_REGION.test(text.slice(Math.max(0, start - 1), start))) return null;
  const before = text[start - 1];
  // (A town's members of its county's committee, `周寨镇县政协委员学习组`, are the county's: only
  // 镇区政协 is a kind of body.)
  const inTown = before === '镇' && relative[0] === '县';
  // A level written twice after a place named in full (`安康市市政协副主席`, `福州市市政协`): a slip
  // for the place's own committee, not a list of levels (`省、市政协`).
  if (before === relative[0]) {
    const named = placeChainBefore(text, start);
    const last = named[named.length - 1];
    if (last && last.end === start && last.form === 'full' && text[start - 1] === before) {
      const placeText = text.slice(named[0].start, start);
      return reading(named[0].start, after, 'place-prefix', { placeText, placeForm: strongest(named.map((c) => c.form)), sharedName: `${placeText}${CPPCC}` });
    }
  }
  let wholeSystem = false;
  // (A bracket closes a list of levels, `三县（市）政协`; one closing a byline, `（全媒体记者 黎晖）市政协…`, does not.)
  const bylineBracket = /[)）]/.test(before ?? '') && !/[（(][省市区县州盟旗、]{1,8}[)）]$/.test(text.slice(Math.max(0, start - 10), start));
  if (before !== undefined && !inTown && !bylineBracket && (COLLECTIVE_BEFORE.has(before) || LEVEL_CHARS.has(before))) {
    // 省、市、县政协 is a list of levels; 全国政协、省政协 is two committees. A meeting of a
    // level's whole system (`全省政协主席读书会…举行`, `全市政协系统…推进会召开`) is held by
    // the committee of that level: it stands for that committee.
    wholeSystem = before === '全' && SYSTEM_MEETING.test(text.slice(after));
    if (wholeSystem) start -= 1;
    // (…and so is `县(市)、区政协`, its second level after a bracket.)
    else if (before !== '、' || LEVEL_CHARS.has(text[start - 2]) || (/[)）]/.test(text[start - 2] ?? '') && LEVEL_CHARS.has(text[start - 3]))) return null;
  }
  // …named by its county before the town (`砀山县周寨镇县政协委员学习组`): that county's.
  if (inTown) {
    for (let townStart = start - 2; townStart >= start - 5 && townStart > 0; townStart--) {
      const county = placeChainBefore(text, townStart);
      if (TOWN.test(text.slice(townStart, start)) && county.length && county[county.length - 1].form === 'full') {
        const placeText = text.slice(county[0].start, townStart);
        return reading(county[0].start, after, 'place-prefix', { placeText, townCounty: placeText, placeForm: strongest(county.map((c) => c.form)) });
      }
    }
  }
  // …and after its place's party committee, and other bodies of that level, listed before it (`由辽宁省委、省政协主办`,
  // `中共恩施州委、州政府、州政协`): that place's, however the page names its own.
  const listed = before === '、' || before === '和' ? placeOfPartyListBefore(text, start, relative) : null;
  if (listed) return reading(start, after, 'place-prefix', { placeText: listed.placeText, placeForm: listed.placeForm, sharedName: `${listed.placeText}${CPPCC}` });
  // …and a place named right before it is that level's (`崇左全市政协系统…会议召开`: 崇左市's).
  const chain = wholeSystem ? placeChainBefore(text, start) : [];
  if (chain.length) {
    return reading(chain[0].start, after, 'place-prefix', { placeText: text.slice(chain[0].start, start), placeForm: strongest(chain.map((c) => c.form)), wholeSystem });
  }
  return reading(start, after, 'relative', { relative, wholeSystem });
}

/** The mention a reading makes, the party-group wrapping (中共 … 党组) widening its span. */
function committeeMention(text: string, r: MentionSpan): CommitteeMention {
  let { start, end } = r;
  // The committee proper is [start, end).
  // (A town's unit with no county named is the county's committee: `雨花台区政协`, not `西善桥街道政协`.)
  // (…and a place's bodies' shared place is its committee's: `林西县政协` of `林西县人大、政协`.)
  const name = r.townCounty ? `${r.townCounty}${CPPCC}` : (r.sharedName ?? text.slice(start, end));
  let partyGroup = false;
  if (text.endsWith('中共', start)) {
    start -= 2;
    partyGroup = true;
  }
  for (const suffix of ['党组', '机关党组']) {
    if (text.startsWith(suffix, end)) {
      end += suffix.length;
      partyGroup = true;
      break;
    }
  }
  return {
    text: text.slice(start, end),
    start,
    end,
    name,
    placeText: r.placeText,
    placeForm: r.placeForm,
    relativeLevel: r.relative ? r.relative[1] : null,
    relativeMark: r.relative ? r.relative[0] : null,
    national: r.national,
    form: r.form,
    partyGroup,
    system: text.startsWith('系统', end),
    wholeSystem: r.wholeSystem,
    enclosure: enclosureAt(text, start, end),
    ...(r.townCounties ? { townCounties: r.townCounties } : {}),
  };
}
