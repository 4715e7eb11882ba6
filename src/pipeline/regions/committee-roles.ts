/**
 * Roles of committee mentions: who does something in a sentence, and who is only named.
 *
 * A committee that opens a clause (after a time or frame such as `5月25日，` `近日，` `据悉，`) is
 * the clause's subject: the *actor* (`近日，县政协在高田镇开展…`, `市政协主席刘国学率队…`). So is
 * one that the words after it make the doer (`由市政协主办`, `在剑阁县政协的推动下`, not the 组织 of
 * `党组织`), and one another accompanies (`州政协主席陪同省政协…一行`). Every other mention is
 * someone else's committee, and says which:
 * - *visited*: the place a visit goes to (`到河南省政协、郑州市政协学习考察`, `走访市政协`);
 * - *host*: the one who receives it (`梧州市政协副主席…陪同`, `…对考察组的到来表示欢迎`, `会见…一行`);
 * - *partner*: the other side of an agreement or a joint action (`与邛崃市政协签署`);
 * - *reference*: an example followed (`推广卢龙县政协…经验`, `向市政协报告`);
 * - *attendee*: an official listed among others at someone else's event (`区长…，区政协主席…到场`);
 * - *affiliation*: a person's former or present post (`山东省政协原常委…接受审查`);
 * - *passing*: anything else: inside a title or quotation, in a list of organs, an object, what
 *   someone says of it (`调研组认为，…县政协…`).
 * The words are data (src/content/cues.yaml). Pure apart from reading that file once.
 */
import type { Cues } from '../../schemas';
import { oncePer } from '../classify/match-mechanisms';
import { getCues } from './cues';
import { findCommittees, MEMBERS_EVENT, MEMBERS_PARTY, MEMBERS_SURVEY, MEMBERS_UNIT, RESIDENTS_TRAVEL, SYSTEM_MEETING, TERM_OPENING, type CommitteeMention } from './find-committees';
import { codesByName, contains, OUTSIDE_MAINLAND } from './gazetteer';
import { placeOrEnclosing, resolvePlace } from './resolve-place';

export type Role = 'actor' | 'visited' | 'host' | 'partner' | 'reference' | 'attendee' | 'affiliation' | 'passing';

/** Roles that make a mention someone else's committee: the one gone to, the host, the partner. */
export const SOMEONE_ELSES: ReadonlySet<Role> = new Set<Role>(['visited', 'host', 'partner']);

export interface RoledMention extends CommitteeMention {
  role: Role;
  /** The mention opens its clause (after times and frames). */
  opensClause: boolean;
  /** Why the role, in a few words, for reports. */
  why: string;
  /** The cue word that decided it (`推广`, `与`, `陪同`), when one did. */
  word: string | null;
  /**
   * One of a list of committees that opens its clause (not a list of their people, `…政协领导`):
   * they act together, none of them alone.
   */
  jointly?: boolean;
  /** Only the account a post is signed with, over its quotes (`华人号：福建政协“…？”`): whoever acts is told elsewhere. */
  signsPost?: boolean;
}

export const CLAUSE_END = /[，,。；;！!？?：:\n]/;
export const SENTENCE_END = /[。；;！!？?\n]/;
/** The end of a whole sentence, past its semicolons. */
const FULL_STOP = /[。！!？?\n]/;
/** Commas, full-width and plain, that may part one person's two posts. */
const COMMA = '，,';
/** A post one person holds on a committee (not its bodies: `常委会`, `办公室`). */
const PERSON_POST = /^(?:常委|副?主席|党组(?:副?书记|成员))$/;
/** A post in another body between a person's two committee posts (`九三学社中央常委、`, `上海市委主委，`), a few at most. */
const POST_BETWEEN = /^[^，,、。；\s]{2,14}?(?:主委|副主委|常委|委员|副?主席|副?书记|副?部长|副?会长|副?主任)[，,、]/;
const MAX_POSTS_BETWEEN = 3;
/** Officials of other bodies: a mention after them in one sentence is one name in a list of leaders. */
const OTHER_OFFICIALS = /(书记|区长|县长|市长|州长|省长|旗长|镇长|乡长|人大常委会|人大|政府|部长|厅长|局长|处长|主任|巡视员|调研员|领导)/;
/** A firm's head by post (`伊利集团副总裁`, `宁夏农垦集团董事长`, `…有限公司总经理`). */
const FIRM_HEAD = /(?:集团|公司|企业|银行)(?:股份)?(?:有限公司)?(?:党委)?(?:副?董事长|副?总裁|副?总经理|总监)/;
/**
 * …and, leading a sentence that names a committee's session, a people's organisation's chairman
 * (`省妇联主席吴洪芹看望省政协十一届二次会议妇联界别委员`). (Not in a roll of officials at an event, where the
 * organisation may run the committee's own sector's activity: `区政协副主席…、区侨联主席陈正树出席座谈`.)
 */
const ORGANISATION_CHAIR = /(?:妇联|工商联|总工会|文联|科协|侨联|台联|残联)副?主席/;
/**
 * Another place's committee's chairman by name, a clause of his own just before (`湖南省政协主席毛万春，湖北省政协
 * 主席孙伟出席并讲话`): a mention after him is one more name in a list of leaders. (Not a list that 、 joins, the
 * partners of a joint meeting: `上海普陀区政协主席杭春芳、浙江台州市政协主席叶海燕…出席会议并作交流研讨`.)
 */
const COMMITTEE_OFFICIAL_BEFORE = /([\u4e00-\u9fff]{1,8}?[省市县区州旗盟])政协(?:党组书记、)?副?主席[\u4e00-\u9fff·]{2,4}[，,]$/;
/** Another body holding an event (`大同市委举行`, `县人大常委会召开`). */
const OTHER_BODY_ACTS = /(?:党委|[省市县区州旗]委(?:统战部|宣传部|组织部)?|人大常委会|人民政府)(?:举行|召开|举办|组织)/;
/** Characters before 到 that make it part of another word (受到, 得到, 达到 …), not "go to". */
const NOT_GOING = /[受得达提感收遇找做想看听说办报落用见拿做]$/;
/** A committee's own session after its name: `十三届二次会议`, `第五次主席会议`, `常委会议`. */
const SESSION = /^(?:第?[一二三四五六七八九十百\d]+届)?(?:第?[一二三四五六七八九十百\d]+次)?(?:全体会议|全会|常委会议|常委会会议|主席会议|会议)(?!室|中心|厅)/;
/** Its session as the time of what follows, the clause after it opened by a body's name (`…会议上，民革陕西省委会提交`). */
const PARTY_AT_SESSION = /^[^，。；]{0,30}?会议?(?:上|期间)[，,]\s*([\u4e00-\u9fff]{2,16}?)(?:提交|提出|作了?|递交|报送|围绕|聚焦|以)/;
/** Before a committee: other bodies listed as the clause's subject with it (`县人大常委会、`, `市委统战部和`). */
const JOINT_BODIES_BEFORE = /(?:[\u4e00-\u9fff]{0,8}(?:人大常委会|人大|政府|[省市县区旗州]委|统战部|总工会|妇联|团委|工商联|科协|侨联|检察院|法院|司法局)[、和与及])+$/;
/**
 * After the committee in such a list: the act they do together, or their sessions held together
 * (`县人大、政协两会胜利闭幕`: the committee's plenary is one of the two).
 */
const JOINT_ACT_AFTER = /^(?:(?:联合|共同)?(?:组织|开展|召开|举办|举行|视察|调研|走访)|[“"]?两会[”"]?[^，。；]{0,8}?(?:开幕|闭幕|召开|举行))/;
/** Before a committee: a topic preposition (`就`, `对`, `围绕`). */
const TOPIC_BEFORE = /(?:就|对|围绕)$/;
/** After its session's name: one of the session's proposals, named or followed up (`提案——《…》`, `提案落实情况`). */
const PROPOSAL_FOLLOWED = /^的?(?:重点)?提案(?:——|—|《|[^，。；]{0,30}?(?:落实|办理)情况)/;
/** Right before a committee: a verb of attending (`参加区政协…活动`). */
const ATTENDS_BEFORE = /(?:参加|出席|参与|观摩)了?$/;
/**
 * After a committee: an event of its own, up to the end of the clause (`民生议事堂活动`, `协商座谈会`), or one
 * its unit organised (`钢都花园街道联络委组织的赴新洲区仓埠街“一线协商·共同缔造”活动`).
 */
const HELD_EVENT = /^(?:[^，。；、]{0,12}?|[^，。；、]{0,16}?(?:组织|举办|开展|召开)的[^，。；、]{0,30}?)(?:活动|协商会|座谈会|议事会|恳谈会|论坛)[，。；]?$/;
/** A clause of a list that opens with a committee's own post (`党组副书记、副主席杨义龙`): the same committee's person. */
const OWN_POST_FIRST = /^(?:党组|副?主席|副?秘书长)/;
/**
 * After a committee: an association of its members living in Hong Kong, Macao or abroad (`香港委员联谊会`,
 * `（各级）历届澳门委员联谊会`), a body of its own there. (Its former members' association at home,
 * `省政协历届委员联谊会`, is the committee's own.)
 */
const MEMBERS_ASSOCIATION = /^(?:[（(][^）)]{1,6}[)）])?(?:历届|各级)?(?:香港|澳门|港澳|港区|澳区|海外|台港澳|在港|在澳|旅港|驻港|驻澳)委员联谊会/;
/** A clause of what was done or given, opening with its preposition, not of who someone is (`为他们送去…的关爱和祝福`). */
const DEED_CLAUSE = /^(?:为|向|给|把|对)/;
/** A list of people made a party that goes somewhere (`等一行来舟曲县调研`, `一行12人赴…`). */
const PARTY_GOES = /等?一行(?:\d+人)?(?:来|到|赴|深入|前往)/;
/** After a committee: a spot it keeps (`帮扶点`, `联系点`), named after it. */
const COMMITTEE_SPOT = /^(?:帮扶点|联系点|帮扶村|扶贫点|联系村|示范点)/;
/** Before a committee: the words of a frame (`自…以来`, `随着…`, `按照…`), not of its subject. */
const FRAME_BEFORE = /(?:自|从|随着|在|按照|根据|围绕)$/;
/** After a named place's committee: its whole system and a verb of its work (`系统扎实开展`, `系统推进`). */
const SYSTEM_AT_WORK = /^系统[\u4e00-\u9fff]{0,4}?(?:推进|开展|组织|召开|举办|深化|推动|启动)/;
/** A government, a party committee or a people's congress right before `与` and a committee. */
const OTHER_BODY_BEFORE = /(?:人民政府|政府|[省市县区州旗]委|党委|人大常委会|人大)$/;
/** After the committee: the joint meeting it holds with that body (`联席会议`, `联系会议`, `协商会`). */
const JOINT_MEETING = /^(?:联席会议|联系会议|协商(?:座谈)?会|工作座谈会|座谈会)/;
/** Before a committee: `这是`, `此举也是`: what the sentence calls a practice is the committee's. */
const CLEFT_BEFORE = /(?:这|此|此举|这次活动|此次活动|本次活动)(?:也|正|更|就)?是$/;
/** …or the sentence's event, named and set off by a comma (`此次协商议政活动，是市政协…的具体举措`). */
const CLEFT_EVENT_BEFORE = /^(?:这|此|本)次[^，。；！？]{0,10}?(?:活动|会议|协商|调研|视察)[，,]\s*(?:也|正|更|就)?是$/;
/** …and after it, a verb of its own and the practice (`…推进…建设的具体实践`, `…的重要举措`). */
// (…or what it shows of a named programme: `…推出的“社区参与计划”重要体现`.)
const CLEFT_PRACTICE = /^[^。；！？]*?的(?:“[^”]{2,16}”)?(?:具体|生动|有益|重要|创新)?(?:实践|举措|做法|探索|行动|体现)/;
/** After the last of a list of bodies: the list acting as one (`联合组成调研组`, `联合开展视察`, `共同举办`). */
const LIST_ACTS_JOINTLY = /^(?:联合|共同|一道|携手)(?:组成|成立|开展|组织|举办|召开|赴|到|深入|前往|视察|调研|考察)/;
/** After one of a list of bodies: the list speaking at a meeting (`…和两位特邀信息员作交流发言`). */
const LIST_SPEAKS = /^[^，。；]*?(?:作|进行)了?(?:交流|典型|经验交流|表态)发言/;
/** Before a committee: a name in quotes said to be something (`“委员议事厅”是`). */
const NAMED_BEFORE = /[”」』]\s*(?:是|为)$/;
/** After it: the platform or brand it built (`搭建的…协商议政平台`, `打造的…品牌`). */
const BUILT_PLATFORM = /^(?:搭建|打造|创办|创建|设立|推出|建立)的[^。；！？]*?(?:平台|品牌|载体|阵地)/;
/** After a session's name: its members (`…会议的全体委员`) sitting in on another body's meeting in the sentence (not the session's own non-member attendees, `委员和列席人员`). */
const SITTING_IN = /^[^。；！]*?会议的[^。；！]*?委员[^。；！]*?列席(?!人员)/;
/**
 * One named member opening a clause (`市政协委员张鑫就…`, `王承德委员提交了…`, `政协常委李四围绕…`):
 * the member acts in their own name. (Members as a body are not one: `与会委员`, `全体委员`, `委员们`,
 * `五位政协委员分别…`: no name after 委员.)
 */
const MEMBER_OPENS = /^\s*(?!与会|全体|各位|广大|部分|参会|列席|出席|政协委员|委员们)(?:(?:[\u4e00-\u9fff]{0,8}?政协)?(?:常委|委员)(?!分别|纷纷|先后|们|等|积极|踊跃|共同|一致)[\u4e00-\u9fff·]{2,4}?|[\u4e00-\u9fff·]{2,4}?(?:常委|委员))(?:就|提交|提出|围绕|结合|以|作|在|，|,)/;
/**
 * The rest of a clause that counts what came of one of its sessions (`第十届二次会议提出的委员提案107件`)
 * or what it passed on (`转交办理提案85件`), as a list of what others handle does; not a review of its
 * own year (`开展的专题协商活动12项`).
 */
// (…or its proposals alone, counted among what a government handles: `共办理省人大代表建议181件，省政协提案513件`.)
// (The count in words, `提案二十三件`, or masked, `政协提案*件`, as copies of reports print it; how the
// office took part in them, and their split in brackets: `市政协提案144件（主办39件…）`, `省政协提案会办12件`.)
const COUNTED =
  /^(?:(?:第?[一二三四五六七八九十百\d]+届)?第?[一二三四五六七八九十百\d]+次(?:全体)?会议[^，,。；]*的|(?:转交|转送|移交))[^，,。；]*?(?:\d+|[一二三四五六七八九十百千两]+|[*＊]+)(?:余|多)?[件个条项篇]$|^(?:委员)?提案(?:主办|承办|会办|办理)?(?:\d+|[一二三四五六七八九十百千两]+|[*＊]+)(?:余|多)?件(?:[（(][^（()）]*[）)])?$/;
/**
 * After a committee: how many of another's items it took up (`省政协采用57篇`, `全国政协转送采用11条`), a
 * tally of that other's work (cues.yaml `receivedWork`).
 */
const ADOPTED_COUNT = oncePer((cues: Cues) => new RegExp(`^(?:单篇)?(?:${cues.receivedWork.join('|')})+了?(?:\\d+|[一二三四五六七八九十百千两]+)(?:余|多)?[条篇件份]`));
/** After a committee: its session and one proposal's number (`十四届五次会议第145012号提案`). */
const NUMBERED_PROPOSAL = /^[^，,。；]{0,16}?会议第?[\d一二三四五六七八九十百零〇]+号提案/;
/**
 * Its own group led by someone (`江利平带领省政协调研组到南漳县…调研`): whoever leads it, the
 * committee's group goes and acts.
 */
const LED_GROUP = /^[^，,。；]{0,40}?(?:调研组|考察组|视察组|督查组|督导组|检查组|工作组|调研团|考察团|视察团)/;
/**
 * A list of people closed by the group they make up, a body's own (`…等民盟铁岭市委调研组一行`); not a
 * group the committee leads (`带领市发改委、市住建局等部门组成的调研组`).
 */
const OTHER_GROUP = /^(?![^。；]*?(?:率|带领|率领|带队))[^。；]*?等((?:(?!组成|联合|部门|单位)[\u4e00-\u9fff]){2,16}?)(?:调研组|考察组|视察组|工作组|代表团)/;
/**
 * The longest fragment after a frame that reads as an excerpt cut mid-clause (`…会议上，谈`): shorter than
 * any subject and verb, so a clause that does go on (`…会议上，委员们积极建言`) is never taken for one.
 */
const MAX_CUT_CLAUSE = 3;
/** A person's name after a title: two to four characters. */
// A person's name: two to four characters, or a transliterated one (`努尔兰·阿不都满金`).
const NAME = '(?:[\\u4e00-\\u9fff]{1,6}(?:·[\\u4e00-\\u9fff]{1,8})+|[\\u4e00-\\u9fff]{2,4})';

/** Support given to another's activity, after a committee (`给予了宝贵支持`, `给予大力协助`). */
const SUPPORTS = /^给予了?[^，,。；]{0,6}?(?:支持|协助|配合)/;

export function clauseBounds(text: string, start: number, end: number, stop: RegExp): [number, number] {
  let from = start;
  while (from > 0 && !stop.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !stop.test(text[to])) to++;
  return [from, to];
}

/**
 * Giving a lecture to an audience (`为大家作辅导讲座`, `为学员授课`), or a named lecture at someone's training
 * (`…研究会会长陈宏志作了《人民政协与政协委员》专题讲座`), or a lecture on a topic (`…处长杨凯就反映社情民意信息工作进行授课`),
 * in one clause: handing members a form and then explaining it (`向委员发放提案表，并作了辅导说明`) is the committee's own work.
 */
const LECTURE = /^[^。；]{0,80}?(?:(?:为|给|向)(?:大家|全体|学员|委员|与会|参训|培训)(?:[^。；，,]{0,8}?(?:作|做|进行)?[^。；，,]{0,6}?(?:讲座|授课|辅导|宣讲)|带来了?(?:《[^》]{1,20}》、?)+(?:专题)?(?:教学|讲座|授课))|[\u4e00-\u9fff·]{2,4}(?:作|做)了?(?:《[^》]{1,30}》、?)+的?(?:专题)?(?:讲座|授课|辅导报告)|[\u4e00-\u9fff·]{2,4}(?:作|做)了?《[^》]{1,30}(?:讲座|授课|辅导)》|[\u4e00-\u9fff·]{2,4}就[^。；]{2,40}?(?:进行|作|做)了?(?:专题)?(?:授课|讲课|辅导讲座|专题讲座))/;

/** A range of days with the month once (`3月26至29日`, `6月30日至7月2日`). */
const DAY_RANGE = /^\d{1,2}月\d{1,2}日?[至—\-~～](?:\d{1,2}月)?\d{1,2}日/;

/** A time of day by the clock, in figures or in words, perhaps about (`3时许`, `下午三时左右`, `上午十点半`). */
export const CLOCK_TIME = /^(?:上午|下午|晚上|晚|早上|中午|凌晨|傍晚)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[点时](?:\d{1,2}分|[一二三四五六七八九十]{1,3}分|半|整)?(?:左右|许)?/;

/**
 * A story's credit in brackets: its reporters and correspondents (`(记者 卢好亮 通讯员 闫红旗)`), perhaps named
 * with their outlet (`(新甘肃·甘肃日报记者崔亚明)`).
 */
const BRACKETED_CREDIT = /^[（(]?\s*(?:本报|本台|全媒体|融媒体?|[^（()）\s，。]{2,12}?)?(?:记者|通讯员|实习生)[^（()）]{0,30}[)）]/;
/** A report relayed from another outlet (`据甘肃日报报道`), before the credit and the story. */
const RELAYED = /^据[\u4e00-\u9fff·]{2,12}?报道[，,：:]?/;

/** The text before a mention in its clause, with the openers a clause may start with taken off. */
function subjectGap(before: string, cues: Cues, dates: RegExp[]): string {
  // Decoration and brackets a heading or bulletin line opens with (`【`, `◆`, `■ `), and a column's
  // label in brackets before a headline (`【聚焦平坝两会】`, `【理响中国·讲好“中国式商量”故事】`).
  // (A photo caption's mark too: `△北京通州区政协组织委员…`.)
  let rest = before.trim().replace(/^【[^【】]{1,30}】/, '').replace(/^[【\[［（(◆■●▲△▼▽★☆◇□○◎•▪▶►\s]+/, '');
  for (let changed = true; changed && rest; ) {
    changed = false;
    // A year alone (`2022年县政协主席会协商推进…工作会举行`, `2023年度…`).
    const year = rest.match(/^\d{4}年度?/);
    if (year && !/^[\d月]/.test(rest.slice(year[0].length))) {
      rest = rest.slice(year[0].length).trim();
      changed = true;
    }
    // A range of days written once (`3月26至29日`).
    const range = rest.match(DAY_RANGE);
    if (range) {
      rest = rest.slice(range[0].length).trim();
      changed = true;
    }
    // The clock time run on after the day (`8月24日下午三时左右全国政协副主席厉无畏一行…到…参观`).
    const clock = rest.match(CLOCK_TIME);
    if (clock) {
      rest = rest.slice(clock[0].length).trim();
      changed = true;
    }
    for (const d of dates) {
      const m = d.exec(rest);
      if (m && m[0]) {
        rest = rest.slice(m[0].length).replace(/^[至—\-~～]\s*\d{1,2}日/, '').replace(/^(上午|下午|晚上|晚|早上|中午)/, '').trim();
        changed = true;
      }
    }
    for (const o of cues.openers) {
      if (rest.startsWith(o)) {
        rest = rest.slice(o.length).trim();
        changed = true;
      }
    }
    // A dateline's credit in brackets (`本报讯 (记者 卢好亮 通讯员 闫红旗)`), perhaps after the outlet relayed
    // (`据甘肃日报报道(新甘肃·甘肃日报记者崔亚明)省政协党组书记、主席庄国泰15日到省气象局调研`).
    const relayed = rest.match(RELAYED);
    if (relayed) {
      rest = rest.slice(relayed[0].length).trim();
      changed = true;
    }
    const credit = rest.match(BRACKETED_CREDIT);
    if (credit) {
      rest = rest.slice(credit[0].length).trim();
      changed = true;
    }
  }
  // 由市政协…, 经市政协…: the committee still leads the clause; so does a term (`十三届全国政协`),
  // and so do the person's other posts before its own (`中共中央政治局常委、全国政协主席汪洋会见`).
  return rest
    // A frame of time or occasion run into the clause (`在集中授牌仪式上西乡县政协主席…授牌`).
    .replace(/^在[^，。；]{1,16}?(?:上|中|期间|之际|前夕)(?=$)/, '')
    // A tag before a headline (`陈锋|驻马店市政协主席陈锋一行到西平县调研`).
    .replace(/^[\u4e00-\u9fff·]{1,10}[|｜丨]$/, '')
    // What its people came for, said of them (`出席2008泛北部湾经济合作论坛的全国政协副主席郑万通…进行了考察`).
    .replace(/^(?:出席|参加)[^，。；“”]{2,30}的$/, '')
    // …and the topic its party works on (`以“依托科技发展海南乡土珍稀树种”为调研选题的海南省政协…调研组一行来到屯昌县`).
    .replace(/^以[^，。；]{2,40}?为[\u4e00-\u9fff]{0,4}?(?:主题|选题|课题|题目|主线)的$/, '')
    .replace(/^(由|经|据|今年|去年)/, '')
    .replace(/^(?:第?[一二三四五六七八九十百\d]+|新一|本|上一?|新)届$/, '')
    .replace(otherPosts(cues), '');
}

/** After a committee: its official and name, then 在 and the people by whom it is accompanied (`主席宋敬国在…的陪同下`). */
const ACCOMPANIED = new RegExp(`^[^，,。；]{0,8}?${NAME}(?:一行)?在[^。；]{2,}?(?:的)?陪同下$`);
/** A person's party or government posts before a committee post, each closed by 、 (cues.yaml `otherPosts`). */
const otherPosts = oncePer((cues: Cues) => new RegExp(`^(?:(?:中共)?[\\u4e00-\\u9fff]{1,12}?(?:${cues.otherPosts.join('|')})、)+$`));
/** A committee's own acts (cues.yaml `ownActs`), or a 的 right before the host word (`…的陪同下`). */
const ownAct = oncePer((cues: Cues) => new RegExp(`${cues.ownActs.join('|')}|的$`));
/** After a committee: its official, a name and an attendance word (`主席姜宏及市相关领导出席`). */
// (…its second post too, and where they attend: `党组副书记、副主席洛世旭在冕宁县里庄镇出席禁毒宣传教育活动`.)
const attendanceOf = oncePer((cues: Cues) => attendance(cues, false));
/** …where a person of it, by post and name, attends (`副主任王志刚出席`), not the committee itself (`以视频形式参加`). */
const personAttends = oncePer((cues: Cues) => attendance(cues, true));
function attendance(cues: Cues, person: boolean): RegExp {
  // (Its posts may run into a post in another body: `副主席、黄冈市临空经济区党工委书记周银芝出席`;
  // or head one of its special committees: `教科卫体委员会副主任王志刚出席`.)
  const posts = `(?:${cues.officials.join('|')}|[\u4e00-\u9fff]{2,10}?委员会(?:专职)?副?主任)(?:、(?:${cues.officials.join('|')}|[\u4e00-\u9fff]{2,12}?(?:主委|会长|主任|部长|书记|主席|组长)))*`;
  const optional = person ? '' : '?';
  return new RegExp(`^(?:${posts})${optional}(?:${NAME})${optional}(?:[等及][^，。]{0,10}?)?(?:${cues.attendance.join('|')}|在[^，。；]{1,16}?(?:出席|参加|列席|观摩|见证))`);
}
/**
 * After a committee: its post, then a place's party secretary or head (`副主席、旗委书记…`), or the
 * united-front head's (cues.yaml `unitedFrontPosts`: `副主席、中央统战部部长…`). The
 * secretary of a place's party committee, not of one of its commissions (`市委政法委书记` heads the
 * political-legal commission, and the chairman still acts for the committee). Its own posts may come
 * several before it (`区政协党组书记、副主席、区党委统战部部长公保扎西…看望慰问…`).
 */
const HEAD_AFTER = oncePer((cues: Cues) => new RegExp(`^(?:${cues.officials.join('|')})(?:、(?:${cues.officials.join('|')}))*、((?:(?:(?!委)[\\u4e00-\\u9fff]){0,6}?[省市区县州旗盟党]委书记)|(?:[\\u4e00-\\u9fff]{0,6}?(?:${[...cues.executivePosts, ...cues.unitedFrontPosts].join('|')})))(?![\\u4e00-\\u9fff]{0,2}[会组])`));
/**
 * After a committee: its official who heads a government body too, leading that body's own people
 * (`市政协副主席、市交通运输局局长周保林带领市交通运输部门有关同志前往…`, `全国政协副主席、国家民委主任王正伟率国家民委调研组`):
 * the body's name (group 1), then what the person leads (group 2).
 */
const BUREAU_HEAD_LEADS = oncePer(
  (cues: Cues) => new RegExp(`^(?:${cues.officials.join('|')})、[省市区县]?([\\u4e00-\\u9fff]{2,10}?)(?:局|厅|委|办)(?:(?:党组|党委)副?书记、)?(?:局长|厅长|主任)${NAME}(?:带领|率领|率)([^，,。；]{0,24})`),
);
/**
 * After a committee: its official who heads a government department too, giving the welcoming speech
 * (`海南省政协副主席、省科技厅厅长王路在致辞中表示`): the department's part in another body's event.
 */
const BUREAU_HEAD_WELCOMES = oncePer(
  (cues: Cues) => new RegExp(`^(?:${cues.officials.join('|')})、[省市区县]?([\\u4e00-\\u9fff]{2,10}?)(?:局|厅)(?:局长|厅长)${NAME}[^，,。；]{0,10}?致辞`),
);
/**
 * After a committee: a standing member, then the person's next post (`常委、宁波沁园集团董事长…`), past
 * a staff post of the same committee (`全国政协常委、副秘书长、民盟中央副主席徐辉到我市调研`,
 * `全国政协常委兼副秘书长、民进中央副主席朱永新`).
 */
const MEMBER_THEN_OTHER = /^(常委|(?:特邀)?委员)(?:、|兼)(?:副?秘书长、)?([^、，。]{2,30})/;
/**
 * A post heading one of the committee's own special committees, after its staff post in a chain
 * (`常委、副秘书长、地联委主任李华锋率队`): written bare, where another body's is given its level
 * (`市发改委主任`).
 */
const OWN_UNIT_HEAD = /^(?![省市县区州旗盟])[\u4e00-\u9fff]{1,8}?(?:委员会|委)(?:常务)?副?主任/;
/** A standing member's next post: head of one of the committee's own special committees, no place before it (`农业农村委员会主任`). */
const OWN_SPECIAL_COMMITTEE_HEAD = /^(?![省市县区州旗盟])[\u4e00-\u9fff]{2,10}?委员会(?:常务)?副?主任/;
/** After a committee: its official named as the head of a group (`…副主任张育文为团长的人口资源环境委员会学习考察团`). */
const HEADED_GROUP = /^[^，。；]{0,24}?为(?:团长|组长|队长)的([^，。；]{0,30}?)(?:团|组|队)/;
/** After a committee: its (deputy) secretary-general, then the person's next post (`副秘书长、民盟…副主委`). */
const STAFF_THEN_PARTY = /^副?秘书长、([^、，。]{2,30})/;
/** After a committee: its (vice-)chairman, then the person's next post (`副主席、致公党省委主委`). */
const CHAIR_THEN_PARTY = /^(?:常务)?副?主席、([^、，。]{2,30})/;
/** After a committee, in the sentence: the platform or brand it made (`…打造的基层政协协商民主议事平台`). */
const OWN_MAKING = /^[^。；]{0,80}?(?:打造|搭建|创建|创立|创办|推出|建立|构建)的[^，,。；]{0,16}?(?:平台|品牌|载体|阵地|机制|模式)/;
/** A topic the committee works on, then its act (`围绕团山村集中供水管理规范化建设开展`): groups 1 and 2. */
const TOPIC_THEN_ACT = /^(?:的)?(围绕|聚焦|针对)[^，,。；！？]{2,40}?(开展|组织|举办|召开|举行)/;
/** After a committee: its official, by posts and name, leading those in the sentence (`副秘书长、民盟市委主委孙凤玲的带领下`). */
const LED_FRAME = /^[^，,。；]{0,30}?的?(?:带领|率领)下/;
/** A sector's members of the committee (`民盟界别市政协委员`, `九三学社界别委员`). */
const SECTOR_MEMBERS = /界别[^，,。；]{0,8}?委员/;
/** The committee's own members among those led (`九三学社界别委员`). */
const COMMITTEE_MEMBERS = /界别|政协|委员(?!会)/;
/** Before a committee: a matter drawing someone's attention, other heads listed first (`此事得到…、`). */
const ATTENTION_FROM = /(?:得到|受到|引起了?)(?:[^，,。；、]{2,24}、)*$/;
/** After it: its officer, then the close attention (`主席康俊的高度重视`). */
const ATTENTION_AFTER = /^[^，,。；]{0,24}?的(?:高度|极大)?(?:重视|关注)/;
/** After a committee that a report is made to: one of its sessions, then the report (`常委会通报了`, `主席会议报告`). */
const SESSION_HEARS = /^(?:第?[一二三四五六七八九十]+届)?(?:常委会(?:议)?|常务委员会(?:会议)?|主席会议|全体会议|全会)[^。；，,]{0,12}?(?:通报|报告|汇报)/;
/** After a committee: its standing committee, perhaps its charge, then the report to the plenary (`常务委员会的委托，向大会报告`). */
const STANDING_REPORT = /^(?:常务委员会|常委会)(?:的委托)?[，,]?\s*向(?:大会|全会|本次会议)(?:报告|作)/;
/** A place's party and government delegation (`党政考察团`, `县党政代表团`), led by whoever the place sends. */
const PARTY_GOVERNMENT_GROUP = /^(?:[\u4e00-\u9fff]{0,6}?[省市县区旗州])?党政(?:代表团|考察团|考察组|观摩团|学习考察团)/;
/** Whom a person leads, right after the verb (`率致公党省委专职副主委吴建东`, `率领盟市委副主委郑金贵`, `由…率领的台盟中央调研组`). */
const LED_PEOPLE = /^[^，。；]{0,30}?(?:率领|带领|率)的?([^，。；]{2,12})/;
/** Earlier in the sentence: a post in the same party, then a name, closing its clause (`农工党省委会专职副主委郭光萍，`). */
const PARTY_POST_BEFORE = (party: string) => new RegExp(`${party}[\u4e00-\u9fff]{0,8}?(?:主委|主任委员|主席)${NAME}[，,]$`);
/** Between two committees of one party: the first's people by post and name, then a comma (`党组副书记、副主席李玉林，`). */
const PARTY_SECOND = new RegExp(`^[^，。；]{0,24}?${NAME}[，,]$`);
/** After the second: its people by post and name, then 一行 (`副主席刘云波一行`). */
const PARTY_TAIL = new RegExp(`^[^，。；]{0,16}?${NAME}(?:等)?一行`);
/** Whether the place written `inner` lies inside the place written `outer` (楚雄市 in 楚雄州). */
const within = (outer: string, inner: string): boolean => {
  const o = resolvePlace(outer).code;
  const i = resolvePlace(inner).code;
  return !!o && !!i && o !== i && contains(o, i);
};
/** Before a committee: a rank in the party above it (`中共中央政治局常委、`, `省委常委、`). */
const PARTY_RANK_BEFORE = /(?:政治局常委|政治局委员|[省市县区州旗]委常委|[省市县区州旗]委(?:副)?书记)、$/;
/** After a committee: its chairman by name attending and speaking, to the end of the sentence (`主席王沪宁出席并讲话`). */
const ATTENDS_AND_SPEAKS = new RegExp(`^(?:常务)?副?主席${NAME}(?:出席|参加)(?:[\u4e00-\u9fff]{0,8}?(?:会议|大会|活动))?并(?:作)?(?:讲话|致辞)$`);
/** After a party chair's posts and name: the party's deputy chairs by name, and their attending (`，副主委宋美录、刘敏艳，秘书长李琼出席活动`). */
const PARTY_OFFICERS_ATTEND = new RegExp(`^[^。；]{0,40}?[，,]\\s*(?:专职)?副主委${NAME}(?:、${NAME})*[^。；]{0,30}?(?:出席|参加)[\u4e00-\u9fff]{0,6}$`);
/** A delegation's head or deputy head (`中央代表团副团长`), a post in another body than the committee. */
const DELEGATION_POST = /代表团(?:常务)?副?团长/;
/** A democratic party's chair or vice-chair (`省委会专职副主委`, `致公党中央主席`): the post is theirs alone. */
const PARTY_CHAIR = /^[\u4e00-\u9fff]{0,10}?(?:主委|中央(?:常务)?副?主席)/;
/** After a party chair's posts and name: a visit to a body of that party (`…王键走访昆明民进书画院`). */
const VISITS_OWN_PARTY = (party: string) => new RegExp(`^[^。；]{0,40}?(?:走访|看望|慰问|调研|视察|参观|考察)[^。；，,]{0,10}?${party}`);
/** Presiding, right after a person's posts and name (`…主委毕丰书主持会议`). */
const PRESIDES = /^[^，。；]{0,48}?主持(?:会议|座谈会|活动|仪式|召开)?(?:[。，；]|$)/;
/** Characters of a place that may stand before a party's name in a post (`黑龙江省九三学社`). */
const PARTY_POST_PREFIX = 4;
/** After a committee: its vice-chairman's next post, chair of a people's organisation (cues.yaml `peoplesBodies`), and name. */
const ORG_CHAIR_AFTER = oncePer((cues: Cues) => new RegExp(`^(?:常务)?副主席、[\u4e00-\u9fff]{0,6}?(${cues.peoplesBodies.join('|')})(?:主席|会长)${NAME}`));
/**
 * An organisation holding a meeting, earlier in the text, by its short or full name (cues.yaml
 * `peoplesBodiesFullNames`: `市委统战部、工商联在工业园区组织召开…座谈会`, `县工商业联合会…召开…执委会议`).
 */
const orgMeeting = (org: string, cues: Cues) => {
  const full = cues.peoplesBodiesFullNames[org];
  return new RegExp(`(?:${org}${full ? `|${full}` : ''})[^。；]{0,30}?(?:召开|举行)[^。；]{0,30}?(?:会议|座谈会|大会|会)`);
};
/** After an organisation's name in a post: its chair by name presiding, or giving the work report (`主席李现华主持会议`, `主席肖晓琳作工作报告`). */
const ORG_CHAIR_ACTS = /^(?:主席|会长)[\u4e00-\u9fff·]{2,4}?(?:同志)?(?:主持|作[\u4e00-\u9fff]{0,6}?报告)/;
/** That organisation's own officers later in the sentence (`工商联党组书记`, `省工商联党组成员、副主席`). */
const orgOfficers = (org: string) => new RegExp(`${org}(?:党组(?:副)?书记|党组成员|副主席|机关)`);
/** The party (cues.yaml `partyBodies`) a post is held in (`民盟黑龙江省委专职副主委`: 民盟), if any. */
const partyOfPost = (post: string, cues: Cues) => cues.partyBodies.find((b) => post.slice(0, PARTY_POST_PREFIX + b.length).includes(b));
/** After a committee: any committees listed with it, then what they do (`、河南省浚县政协加入联席会`). */
const JOINED_LIST = /^(?:、[^，。；、]{2,20}?政协)*(.*)$/;
/** Fewest committees listed together that act jointly rather than one with partners. */
const MIN_JOINT_LIST = 3;
/** Between two committees of a pair, their offices too (`云南省政协办公厅、广西壮族自治区政协办公厅`). */
export const PAIR_JOIN = /^(?:办公厅|办公室|机关)?[、和及与]$/;
/** After places listed, the count of their levels and their one team (`两级政协视察组`, `三级政协联合调研`). */
const LEVELS_TEAM = /^[两三四]级政协(?:联合|共同)?(?:视察组|调研组|考察组|督查组|监督组|工作组|联合调研|联合视察|联合开展|共同开展|联动)/;
/** After two committees: their going somewhere together to study it (`来到合江，考察…`, `一行赴长沙调研`). */
const TRAVEL_TOGETHER = /^(?:一行|联合调研组|考察组|调研组)?(?:来到|到|赴|莅临|前往|深入)[^。；，,]{1,12}?[，,]?(?:考察|调研|视察|学习|交流)/;
/**
 * After a pair: what the two do together (`共同主办`, `联合在京举办`, `携手共助`), after their count and topic too
 * (`益阳、邵阳两市政协就“…”课题联合开展专题调研`).
 */
const TOGETHER = /^(?:两[省市区县地州]政协)?(?:办公厅|办公室|机关)?(?:就(?:“[^”]{1,50}”|[^，。；“]){1,20}?)?(?:(?:联合|共同)(?:在[^，。；、]{1,10})?(?:主办|举办|承办|召开|举行|开展|组织|发起|推出)|携手(?:共|合作|推进|助力|打造))/;
/**
 * After committees listed (and their count: `四市政协`), organising an event together (`联合举办`,
 * `共同主办`), or the meeting of a mechanism they built together (`联合打造的“六城市（区）政协合作机制”第5次会议`):
 * each organises it, wherever it is held.
 */
export const ORGANISED_TOGETHER = /^(?:[一二三四五六七八九十两\d]+个?[省市区县州旗盟]+(?:[（(][^）)]{1,8}[）)])?政协)?(?:办公厅|办公室|机关)?(?:联合|共同)(?:在[^，。；、]{1,10})?(?:主办|举办|打造|发起|建立|创建)/;

/**
 * Two committees named in full, neither of a place inside the other's, listed and then said to
 * act together (`由山东省政协、海南省政协共同主办`, `重庆市政协和广西壮族自治区政协联合在京举办`): each
 * one's practice, as with a longer list. (A city's committee with one of its districts'
 * (`西宁市政协和城东区政协联合打造`) is the city's work with a partner.)
 */
function togetherPair(text: string, a: CommitteeMention, b: CommitteeMention): boolean {
  if (!a.placeText || !b.placeText || !PAIR_JOIN.test(text.slice(a.end, b.start))) return false;
  // Two levels' committees as one team (`赤峰市、元宝山区两级政协视察组`): both act, the one inside the other too.
  if (LEVELS_TEAM.test(text.slice(b.end))) return true;
  if (!(TOGETHER.test(text.slice(b.end)) || TRAVEL_TOGETHER.test(text.slice(b.end)))) return false;
  // (A short name a prefecture shares with its own county, `邵阳`, is somewhere in that prefecture either way.)
  const [x, y] = [placeOrEnclosing(resolvePlace(a.placeText)), placeOrEnclosing(resolvePlace(b.placeText))];
  return !!x && !!y && x !== y && !contains(x, y) && !contains(y, x);
}
/** A party studying the page's own ground (`…一行就我县经济社会发展情况进行了考察`): the mark of home. */
export const STUDIES_HERE = /(?:一行|调研组|考察组|考察团|视察组)(?:就|对|深入|围绕)我(省|市|区|县|州|盟|旗)/g;
/**
 * A party coming to a place for a visit (`来龙港市进行考察`, `来益阳考察学习`, `赴北京市延庆区参加…会议`,
 * `与会人员到乐至县调研`): the place. (Not the 到 of 得到, 受到, 达到 …)
 */
/** A party led out somewhere (`副主席洪礼彬带队赴…`, `率调研组到…`), within the sentence before. */
const LEADS_OUT = /(?:带队|率队|率领?|带领)[^。！？]{0,30}?(?:赴|到|前往|深入)[^。！？]*[。！？]?[^。！？]*$/;
export const COMING_TO_PLACE =
  /(?:一行来到|一行来|来到|率队来到|率队来|莅临|赴|一行深入|(?<![得受达直等收遇做感想看谈提报迟办用听找回])到)([\u4e00-\u9fff]{2,6}?)(?=进行|开展|调研|考察|视察|学习|交流|参观|指导|参加|出席|[，,](?:就|围绕))/g;
/** After a committee: a press tour it runs, going into a place (`…主题采访团15日走进奉节`). */
const PRESS_TOUR = /^[^。；]{0,40}?(?:采访团|采访活动|采访报道活动|媒体行|记者团)[^。；]{0,12}?(?:走进|来到|深入)/;
/** After a committee: its numbered session, then its members as a body acting (`十六届五次会议的政协委员列席…`). */
const SESSION_MEMBERS_AFTER = /^[^，。；]{0,16}?(?:届[^，。；]{0,6}?次(?:全体)?会议|全会)的(?:全体)?(?:政协)?委员们?(?:列席|视察|参观|分组|集中|听取|审议|讨论|观看|收看|学习)/;
/** After a committee: another body joined to it, then their people (`以及市纪委有关委室负责同志`). */
const BODIES_PEOPLE = /^(?:以及|及)[^，。；、]{2,12}?(?:有关|相关)?[^，。；、]{0,6}?(?:负责同志|负责人|同志)/;
/** Before a committee: a place or another body as the subject, then 在 (`惠济区在`, `县人民政府在`). */
const PLACE_AT = /[\u4e00-\u9fff]{2,8}(?:[省市县区旗州盟]|政府|[省市县区]委)在$/;
/** After it: one of its rooms (`一楼会议室`, `机关三楼报告厅`). */
const ITS_ROOM = /^(?:机关)?[一二三四五六七八九十\d]{0,2}楼?(?:[\u4e00-\u9fff]{0,4}?)(?:会议室|报告厅|礼堂|会堂|大厅)/;
/** After a committee: one of its buildings, then words that describe it (`文史馆建在…`, `大楼位于…`). */
const FACILITY_DESCRIBED = /^(?:文史馆|文史展馆|陈列馆|展览馆|大楼|会堂|机关大院)(?:建在|建于|位于|坐落|占地|建筑面积|始建|建成于)/;
/** After a committee: its paper, then the paper reporting (`《江淮时报》头版头条以…为题，报道了…`). */
const OWN_PAPER_REPORTS = /^《[^》]{1,16}》[^。；]{0,60}?(?:报道|刊发|刊登|刊载|转载)/;
/** Most characters between a passive's agent and its verb (`被全国政协办公厅采用`: 办公厅). */
const MAX_AGENT_GAP = 8;
/** After a committee: its official and name, then attending as a guest (`副主席金嘉祥应邀参加`). */
const guestOf = oncePer(
  // (The others who came with the official may be listed first: `副主席王能军，以及李浩、黄绍红等…同志到会指导`,
  // `副主席彭富春，市委统战部副部长、市社会主义学院党组书记王磊到会祝贺`.)
  // (…or a standing member who heads one of its special committees: `常委、界别和地区工作委员会主任于秀芬应邀出席`.)
  // (…or invited by another committee, `主席余盛武应湖北省丹江口市政协邀请，参加…会议`; invited by another body, it
  // may still go on its own work: `副主席张嘉极应广东省粤港澳合作促进会邀请，赴香港…开展系列公务活动`.)
  // (…or of a mention that ends in its party group, the group's post first: `杭州市政协党组成员、副主席毛溪浩到会祝贺`.)
  (cues: Cues) => new RegExp(`^(?:(?:成员|副?书记)、)?(?:常委、[^，。；]{2,16}?委员会(?:常务)?副?主任|${cues.officials.join('|')})?(?:${NAME})?(?:[等及][^，。]{0,10}?|[，,](?:以及)?[^。；]{0,40}?)?(?:${cues.guestAttendance.join('|')}|应[^，。；]{0,20}?政协[^，。；]{0,6}?邀请)`),
);
/** Leading or following, right before a committee (`…率领省政协…监督组`, `跟随全国政协外事委员会调研组`). */
const LEADS_BEFORE = /(?:率领|带领|率|跟随|随同)$/;
/** A committee's working group, after its name (`民主监督第五监督组`, `调研组`, `视察组`), or its research group on a topic (`专题研究课题组`). */
const WORKING_GROUP = /^[\u4e00-\u9fff]{0,12}?(?:监督组|调研组|视察组|考察组|督导组|督查组|检查组|巡视组|评议组|协商组|课题组|调研团|视察团|考察团)/;
/** A post in another body, held beside the committee's (`市委统战部长`, `民盟市委主委`). */
const OTHER_POST = /[\u4e00-\u9fff]{2,12}?(?:部长|书记|主任|局长|厅长|主委|会长|院长|校长|社长|主席)/;
/**
 * After a committee: nothing but its official and names (`副主席张大方、张灼华`), the post perhaps
 * in one of its units (`社会法制和港澳台侨民宗委主任钱峰`).
 */
const onlyNamedOf = oncePer((cues: Cues) => {
  const post = `(?:${cues.officials.join('|')})`;
  // (Each further name may have its own post: `秘书长白晓玲、副秘书长闫华`, `…委员会主任董桂红、副主任余积栋`.)
  const more = `(?:、(?:副?主任|${post})?${NAME})*`;
  // (…and the official a post elsewhere too: `副主席、市委统战部长黄大明`.)
  const elsewhere = `(?:、${OTHER_POST.source})?`;
  // (Its special committee's head, `…委员会主任董桂红`; not its official accompanied by another's, `主席宋敬国在张家川县委书记蒲军…陪同下`.)
  return new RegExp(`^(?:(?:(?!在)[\u4e00-\u9fff]){2,16}?(?:委员会|委|办公室)(?:副?主任|${post})${NAME}${more}|${post}?${elsewhere}(?:${NAME}${more})?)(?:等[^，。]{0,8})?$`);
});
/** After a committee: one of its buildings or grounds (cues.yaml `venueWords`), then an event held there (`篮球场举行`, `会议室召开`). */
const venueAfter = oncePer((cues: Cues) => new RegExp(`^((?:机关)?[\\u4e00-\\u9fff]{0,6}?(?:${cues.venueWords.join('|')}))(?:隆重)?(?:举行|召开|举办|开幕|进行)`));
/**
 * After a committee, to the clause's end: one of its places and a locative, nothing else
 * (`城厢镇委员联络站内`, `委员之家里`): a scene's setting.
 */
const SETTING_AFTER = /^[\u4e00-\u9fff]{0,16}?(?:站|室|馆|厅|中心|基地|之家|礼堂|会场)(?:内|里|中|前|外)$/;

/** After a committee: its official and name among the place's leaders (`主席张万平等市领导到家中…看望`). */
const AMONG_LEADERS = oncePer((cues: Cues) => new RegExp(`^(?:${cues.officials.join('|')})${NAME}等[省市县区州旗]?(?:领导|负责同志)`));
/** After a committee: its official and name unveiling, cutting a ribbon or giving awards for something (`副主席张世珍为…揭牌`). */
const UNVEILS_WITH = oncePer((cues: Cues) => new RegExp(`^(?:${cues.officials.join('|')})${NAME}(?:共同)?为[^，。；]{2,30}?(?:揭牌|剪彩|授牌|颁奖)`));
/** After a committee: its members as a body, going somewhere or at work (`委员们到…调研`, `委员们…开展…活动`). */
const MEMBERS_AS_BODY_ACT = /^委员们[^。；]{0,60}?(?:深入|走进|来到|前往|赴|到|开展|进行|视察|调研|考察|监督|走访|参观)/;
/** After a committee: its official and name leading a team (`副主席林茹带队的慰问组`). */
const LEADS_A_TEAM = oncePer((cues: Cues) => new RegExp(`^(?:${cues.officials.join('|')})${NAME}(?:带队|带领|率领|牵头)的[\\u4e00-\\u9fff]{0,8}?(?:组|队)`));
/** After a committee: its official and name, then the next in a list (`主席夏德仁、`). */
const officialThenName = oncePer((cues: Cues) => new RegExp(`^(?:${cues.officials.join('|')})${NAME}、`));
/** A clause of a roll: ends with anyone's post and one or more names (`副主席王宇、庄毅`, `研究室主任张焕强`). */
const ROLL_ITEM = new RegExp(`(?:主席|书记|秘书长|主任|部长|局长|厅长|市长|县长|区长|旗长|州长|主委|会长|院长|校长|馆长|社长|董事长|总经理|代表|委员|常委|成员|巡视员|调研员|处长)${NAME}(?:、${NAME})*$`);
/** A clause of a roll that names a whole group by its post (`区级机关各部门主要负责人`, `区政协机关干部`). */
// (…or every one of some units' heads: `各派出所所长`, `各村委（社区）支书`.)
const ROLL_GROUP = /(?:成员|负责人|负责同志|领导|常委|委员|主任|干部|工作人员|代表)$|^[\u4e00-\u9fff]{0,4}?各[^，,；;]{1,14}?(?:长|书记|支书)$/;
/** A roll's head count at its end (`等共100余人`, `约200人`). */
const HEAD_COUNT = /等?(?:共|约|近|计)?\d+(?:余|多)?(?:人|名)$/;
/** …and another body that such a clause names (`区级机关各部门`, `各镇、街道`, `区委统战部`). */
const OTHER_GROUP_BODY = /[省市县区]委|机关|部门|镇|街道|党派|中心组|单位|人大|政府/;
/** After a committee: members by name (`马继云、孙卡、王登等委员`, `张三等2名委员`). */
const MEMBERS_NAMED = new RegExp(`^${NAME}(?:、${NAME})*等\\d*名?委员(?!会)`);
/** After a committee: one standing member by name putting forward a proposal (`常委徐幼平提出关于…的提案`). */
const MEMBER_PROPOSES = /^常委(?!会)[\u4e00-\u9fff·]{2,4}?(?:提出|提交|撰写|领衔)/;
/**
 * A clause that opens with someone of a named body by post and name (`，市委书记曹普华致辞`, `，市政协主席黎作凤主持`;
 * not a bare post, which is this committee's own: `葛慧君出席，副主席张泽熙主持`):
 * the sentence moves on to another person, so the attending before it is all this committee's people do.
 */
const OTHER_PERSON_CLAUSE = `(?=(?:[\u4e00-\u9fff]{0,10}?(?:[省市县区州旗盟]委|政府|人大(?:常委会)?|政协|统战部|宣传部)(?:常务)?副?(?:书记|主席|主任|部长|秘书长|[省市县区州]长)|(?:常务)?副?[省市县区州]长)${NAME}(?:[、，,]|致辞|讲话|主持|出席|参加|介绍|发言|作))`;
/** After a committee, to the end of its sentence: its people by post and name, then only 参加/出席/列席. */
const onlyAttending = oncePer((cues: Cues) => {
  // (With another post between post and name: `副主席、省九三学社主委秦顺全`; and the report or speech
  // a guest gives: `出席会议并作工作报告`.)
  // (…or a second post of its own: `党组副书记、副主席干松章`; after `…政协党组`, its 副书记 or 成员.)
  // (…or its staff by rank: `副处级干部田桂新、原处级干部张自旺出席活动`, `一级巡视员单晓鸣`.)
  // (…or a post in another body, `副主席、市委统战部部长宋建民出席座谈会`, `副主席、工商联主席吴绪季参加了活动`.)
  // (…and what they attend may be an opening, `副主席赵莉莎、王应际出席开幕式`.)
  // (…and up to three posts after its own, a task group's too: `副主席、区民宗委主任、驻哲蚌寺工作组副组长洛桑久美出席`.)
  const people = `(?:${cues.officials.join('|')}|副?书记|成员|[副原]?[处科]级干部|干部|(?:[一二]级)?副?巡视员)(?:、(?:${cues.officials.join('|')}|[\u4e00-\u9fff]{2,12}?(?:主委|会长|主任|部长|局长|书记|主席|组长))){0,3}${NAME}(?:、${NAME})*`;
  // (…and after them another body's leader by place, body and post: `福建省政协主席滕佳材、福建省委副书记罗东川参加`.)
  // (…or a national leader by posts: `中共中央政治局常委、国务院副总理张高丽`.)
  // (…or in one of its departments, more of them after: `中共南通市委统战部常务副部长杨建、副部长王文圣`.)
  // (…the place perhaps left out: `市政协主席陈扬、市委副书记孔令俊参加活动`.)
  const other = `(?:[\u4e00-\u9fff]{0,8}?[省市县区州旗盟]委(?:统战部|宣传部|组织部)?(?:常务)?(?:${cues.otherPosts.join('|')})|(?:中共中央|国务院)[\u4e00-\u9fff、]{0,16}?(?:常委|委员|总理|国务委员|委员长))${NAME}(?:、(?:${cues.otherPosts.join('|')})${NAME})*`;
  // (…or another body's staff: `象山县政协副主席莫俶茜，社市委机关相关人员参加活动`.)
  const staff = `[\u4e00-\u9fff]{2,12}?(?:有关|相关)(?:人员|同志|负责同志|负责人)`;
  // (…or other bodies' heads and sectors' representatives: `区政协副主席王世海，各民主党派、工商联负责同志、无党派人士代表参加会议`.)
  const guests = `[\u4e00-\u9fff、]{0,12}?(?:民主党派|工商联|无党派人士|党外人士|有关部门|有关单位)[\u4e00-\u9fff、]{0,16}?(?:负责同志|负责人|代表)`;
  // (…or another body's people by its name, post and name: `，钟楼区政府办公室党组成员、副主任李力立，钟楼现代农业产业园区管理办公室副主任刘小成等参加活动`.)
  const posted = '(?:党组成员|副?主任|副?部长|副?局长|副?书记|副?主委|副?会长|副?院长|副?校长|副?处长|副?[镇乡区县市]长|副?组长|副?总?经理|董事长)';
  const otherPerson = `[\u4e00-\u9fff]{2,20}?${posted}(?:、${posted})*${NAME}`;
  return new RegExp(`^${people}(?:[，,、](?:${people}|${other}|${staff}|${guests}|${otherPerson}))*等?(?:现场)?(?:参加|出席|列席|观摩|(?<![率带][团队])参会)了?(?:[\u4e00-\u9fff]{0,8}?(?:会议|会|活动|仪式|开幕式|闭幕式|会见|会谈))?(?:并(?:作|做)[\u4e00-\u9fff]{0,6}?(?:报告|讲话|致辞))?(?:[，,；;]${OTHER_PERSON_CLAUSE}[^。]*)?$`);
});
/** After a committee: other bodies after 、, then their responsible people attending (`、民进毕节市工委、金沙县有关负责同志参加`). */
const BODIES_ATTEND = /^(?:、[^，。；、\s]{2,16}){1,6}(?:的)?(?:有关|相关)?(?:负责同志|负责人|领导同志)等?(?:参加|出席|列席)/;
/** The clause before: a place's party secretary by name (`…，石棉县县委书记苟乙权，`). */
const SECRETARY_BEFORE = /(?:^|[，,])[^，,。；]{0,10}?[省市县区州旗盟]委书记[\u4e00-\u9fff·]{2,3}[，,、]$/;
/** After a committee: its official by name and the party he is in (`主席李权易一行`). */
const NAMED_PARTY = new RegExp(`^[^，。；]{0,12}?${NAME}一行`);
/** After a committee in a list of leaders: its official by name, 及 and others, then attending to the clause's end. */
const ATTENDING_TAIL = new RegExp(`^[^，。；]{0,12}?${NAME}及[^，。；]{2,60}?(?:参加|出席|列席)(?:了)?[\u4e00-\u9fff]{0,6}$`);
/** A clause that ends with a person's name (`省委常委、省委秘书长谢建辉`). */
const NAME_AT_END = new RegExp(`${NAME}$`);
/** A committee's official by post and name (group 1), then others' by post and name after 、 (group 2), then their attending. */
const PAIRED_ROLL = new RegExp(`^((?:党组书记、)?(?:副?主席|副?秘书长)${NAME})((?:、[^，,。；、]{2,24})+?)(?:等[^，,。；]{0,6}?)?(?:出席|参加)(?!指导)`);

/**
 * A sentence that is a roll of people and then their attending or accompanying a visit: the roll
 * (group 1) and the verb (group 2: `…等出席会议。`, `…参加活动`, `…陪同调研。`).
 */
const ROLL_CALL = /(?<=^|[。！？\n])([^。！？\n]+?)等?(出席|参加|列席|陪同)了?[\u4e00-\u9fff]{0,8}?(?:会议|会|活动|仪式)?(?=[。！？\n]|$)/g;
/** A roll its sentence announces (`出席…仪式的领导有：`, `参加会议的嘉宾是：`): the roll (group 1), to the sentence's end. */
const ROLL_ANNOUNCED = /(?:出席|参加|列席)[^。！？\n：:]{0,20}?的(?:领导|嘉宾|领导同志|人员)(?:有|是|包括)[：:]([^。！？\n]+)/g;
/** A sentence that is a roll of people receiving guests: the roll (group 1), perhaps where (`…在贵州饭店会见了…`). */
const ROLL_RECEIVES = /(?<=^|[。！？\n])([^。！？\n]+?)(?:在[^，,。！？\n]{1,16}?)?(?:会见|接见)了?/g;
/**
 * A sentence that is a roll of people going out to look at something together (`市委常委、…区委书记连茂君，市政协
 * 副主席、市卫生健康委党委书记王建国深入院区调研`): the roll (group 1), up to the going out.
 */
const ROLL_GOES = /(?<=^|[。！？\n])([^。！？\n]+?)(?:一同|一起|共同|一行)?(?:深入|来到|前往|赴|到)[^。！？\n]{1,24}?(?:调研|视察|检查|督导|督查|考察|察看|查看)/g;
/** A roll's first clause that only says when (`金黔在线讯11月14日`, `日前`). */
const LEADING_TIME = /(?:\d{1,2}月\d{1,2}日|日前|近日|昨天|今天|上午|下午)$/;
/** After a committee, on whose behalf a guest speaks: its congratulations on the meeting (`对大会的召开表示热烈祝贺`). */
const CONGRATULATES = /^(?:[^。；，]{0,8}?)?对(?:大会|会议|本次会议|这次会议)[^。；]{0,8}?表示(?:热烈|衷心|诚挚|真诚)?的?(?:祝贺|欢迎)/;
/** After a committee named by 代表 (on behalf of): a gift or a visit of care in its name (`代表县政协向西村屯捐了款`,
 * `代表市政协为…干群捐送…慰问物资`, `代表区政协为…委员工作站…授牌`); not a gift to a host's celebration (贺礼). */
const DEED_IN_NAME = /^[^。；，]{0,12}?(?:向|为|给)[^。；]{0,30}?(?:捐|赠送|送去|送上|慰问|授牌|颁发)(?![^。；，]{0,4}贺)/;
/** Before a committee: the opening of a frame of an event held (`在昨天开展的`, `在随后召开的`). */
const FRAME_HELD = /(?:^|[，,\s])在[^，。；]{0,10}?(?:开展|举办|举行|组织|召开)的$/;
/** After it, the event and the frame's close (`…集中视察活动中`, `…调研座谈会上`). */
const EVENT_AS_FRAME = /^[^，。；]{0,40}?(?:活动|会议|座谈会|协商会|培训班|论坛)(?:中|上|期间)/;
/** After a committee named straight after 在: its meeting of consultation or study as the frame (`…调研座谈会上`, `…协商会上`). */
const OWN_MEETING_FRAME = /^[^，。；]{0,60}?(?:座谈会|协商会|议政会|恳谈会|论坛)(?:上|中|期间)(?=[，,]|$)/;
/** After a committee named after 从: its meeting as where the writer learned what follows (`…协商会上获悉`). */
const LEARNED_AT = /^[^，。；]{0,40}?(?:会议|会|论坛)上(?:获悉|了解到|得知)/;
/**
 * Right before a committee's session: a verb of discussing or studying it (`金台区政协委员热议全国政协十四届三次会议`,
 * `传达学习省政协十三届二次会议精神`): the session is what someone else talks about, not held here.
 */
const SESSION_STUDIED = /(?:热议|畅谈|学习|传达|贯彻|贯彻落实|收看|观看|聆听|关注|解读|宣讲|讨论)$/;
/**
 * Its official at a session or a consultation meeting, speaking (`副主席彭富春在政协汉阳区…会议开幕大会上讲话`,
 * `沈阳市政协主席于学利在辽宁省政协…召开的第一次专题协商会上提出`); the meeting's committee named inside.
 */
const SPEAKS_AT_SESSION = /^[^，。；]{0,16}?在[^，。；]{2,40}?(?:会议|大会|开幕会|闭幕会|协商会|座谈会|议政会)[^，。；]{0,6}?上(?:讲话|致辞|发表讲话|作讲话|发言|提出|建议)/;
/** Right before a committee's session: sending something to it (`提交市政协五届四次会议…提案`, `即将提交明年区政协二届二次会议的大会发言`), or taking a proposal to it (`准备将调查情况形成提案在市政协二届七次全会上发言`). */
const SENT_TO = /(?:提交|提交给|递交|报送|提请)(?:明年|今年|下一?届|即将召开的)?$|(?:形成|作为)提案在$/;
/** After a session's name: speeches or proposals being drafted for it (`大会发言的选题及初稿`, `提案的准备情况`). */
const DRAFTS_FOR_SESSION = /^的?(?:大会发言|发言|提案)的?(?:选题|初稿|稿件|材料|准备)/;
/** Another body's leader by post and name (`市委书记刘红兵`), who does the act a roll then attends. */
const OTHER_LEADER = /(?:书记|省长|市长|县长|区长|旗长|州长|部长|厅长|局长)[\u4e00-\u9fff·]{2,3}/;
/** After a committee: its official by post and name who attends, perhaps doing one more thing there (`副主席周康成出席并宣布项目开工`). */
const ATTENDS_AND_DOES = new RegExp(`^(?:党组(?:副)?书记、)?(?:副?主席|秘书长|副秘书长)${NAME}(?:出席|参加)(?:并[^，。；]{1,12})?$`);
/** An event held, its clause ending there (`…现场会在县工业集中区举行，`). */
const HELD = /(?:举行|召开|开幕|举办)[，,]$/;
/** Another body's leader presiding (`县委书记杨军主持会议`, `副县长王五主持`). */
const OTHER_PRESIDES = /(?:书记|省长|市长|县长|区长|旗长|州长|部长|主任)[\u4e00-\u9fff·]{2,3}主持/;
/** Another body's leader in a roll (`区人大常委会主任张新胜同志`, `市政府副市长…`). */
const OTHER_BODY_LEADER = new RegExp(`(?:[省市县区州旗]委|人大|政府)[\\u4e00-\\u9fff]{0,8}?(?:书记|主任|长)|${OTHER_LEADER.source}`);
/** Fewest other bodies' leaders in a roll that make one committee's people in it guests too. */
const MIN_OTHER_LEADERS = 3;
/** Fewest clauses in a roll (a committee's own two leaders attending is no roll of guests). */
const MIN_ROLL = 3;
/** Acts in a roll make it a report, not a roll (`…主持会议`, `…率队`). */
const ROLL_ACTS = /主持|召开|举行|举办|组织|开展|率队|带队|率领|带领|讲话|致辞|介绍|汇报|会见|会谈|看望|接见/;
/** Longest list of a host committee's people before its host word (`…陪同`). */
const MAX_HOST_LIST = 48;

/** After a committee named as the agent of 由: what it did (`由市政协负责组织开展`). */
const ORGANISED_BY = /^[^，。；,、和与]{0,6}?(?:组织|主办|承办|牵头|举办|发起|编纂|编撰|编印|编写|征编)/;
/** 由, another body and its assisting, up to a committee (`由县史志办协助`). */
const ASSISTED_BY_BEFORE = /由[^，。；,由]{2,16}?(?:协助|配合)$/;
/** 由 and a list of bodies up to a committee (`由省政协提案委、`). */
const BY_LIST_BEFORE = /由(?:[^，。；,由]{2,24}?[、和与及])*$/;
/** After a committee in such a list: the rest of the list, then what they did (`、绵阳市政协主办`, `主办`); not `共同主办`, the committees acting together (ORGANISED_TOGETHER). */
const ORGANISED_BY_LIST = /^[^，。；,]{0,6}?(?:[、和与及][^，。；,、]{2,24}?)*?(?<!共同|联合)(?:组织|主办|举办|发起)/;
/** After a list of committees, in a sentence whose event another body organises: their taking part (`共同参与`, `协办`). */
const TAKING_PART = /^(?:共同|联合)?(?:参与|协办)/;
/**
 * After a committee named with 经: its approval (`经省政协批准`). (Not its own meeting's decision, `经县政协主席会议
 * 研究决定，…继续开展捐资助学活动`: the committee decides what it then does.)
 */
const APPROVED_BY = /^[^，。；,]{0,6}?(?:批准|同意|审定|审批)/;
/** Convening, right before a committee's name. */
const CONVENED = /(?:召开|举行)了?$/;
/** A term in a committee's formal name (`政协依安县第六届委员会`). */
const TERM_IN_NAME = /第?[一二三四五六七八九十]+届委员会$/;
/**
 * Where a committee's members come from, before it (`香港特区`, `港区`): no subject of their own.
 * (Not `住湘`: the members living in a province travel as its committee's party.)
 */
const RESIDENTS = /^(?:|[\u4e00-\u9fff]{0,4}?(?:特区|特别行政区|港区|澳区))$/;
/**
 * Whether two mentions name the same committee as written: both national, the same place, or
 * two bare mentions of one level (`市政协…市政协常委`, the page's one committee).
 */
const sameCommittee = (a: CommitteeMention, b: CommitteeMention) =>
  (a.national && b.national) || (!!a.placeText && a.placeText === b.placeText) || (!a.placeText && !b.placeText && !!a.relativeMark && a.relativeMark === b.relativeMark);

const startsWithAny = (s: string, words: readonly string[]) => words.find((w) => s.startsWith(w));
const containsAny = (s: string, words: readonly string[]) => words.find((w) => s.includes(w));

/**
 * Roles already read, by text. The stages of one article read the same paragraph's roles several
 * times (its sections' mentions twice, its actors, its joint acts: 2.7 reads per text on the bench
 * corpus), and the reading depends on the text alone when the mentions and cues are the defaults.
 * Bounded, and emptied when full, so a long run holds no more than a few articles' worth.
 */
const ROLES_READ = new Map<string, readonly RoledMention[]>();
const ROLES_READ_MAX = 4096;

/** Winning an award or title, after a list of bodies at most (`、省工商联荣获二等奖`, `等8个单位荣获提名奖`, `被评为…先进集体`). */
const AWARD_WON = /^[^。！？]{0,40}?(?:荣获|获评|被评为|被授予|荣膺)[^。！？]{0,30}?(?:奖|称号|先进|单位|集体)/;

/**
 * A headline with its parts' spaces read as the commas they stand for (`谋定而后动 笃行而致远
 * 天元区政协医卫组…调研记实`): a committee that opens a part opens its clause. Same length, so
 * mentions keep their offsets.
 */
export function headlineParts(line: string): string {
  return line.replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, (gap) => '，'.repeat(gap.length));
}

/** Each mention of `text` with its role. `mentions` defaults to every committee mention in it. */
export function assignRoles(text: string, mentions?: readonly CommitteeMention[], cues?: Cues): readonly RoledMention[] {
  if (mentions !== undefined || cues !== undefined) return readRoles(text, mentions ?? findCommittees(text), cues ?? getCues());
  let roles = ROLES_READ.get(text);
  if (!roles) {
    if (ROLES_READ.size >= ROLES_READ_MAX) ROLES_READ.clear();
    roles = readRoles(text, findCommittees(text), getCues());
    ROLES_READ.set(text, roles);
  }
  return roles;
}

/**
 * 全国政协常委、四川省政协副主席刘旭光: of one person's two posts, the committee named next is
 * the one that acts; the first is a concurrent post. Start of the next mention -> the first.
 */
function concurrentPosts(text: string, mentions: readonly CommitteeMention[], cues: Cues): Map<number, CommitteeMention> {
  const posts = [...cues.officials, ...cues.affiliation];
  const concurrent = new Map<number, CommitteeMention>();
  for (const o of mentions) {
    const post = startsWithAny(text.slice(o.end), posts);
    const sep = post ? text[o.end + post.length] : undefined;
    let next = sep === '、' || (sep && COMMA.includes(sep) && PERSON_POST.test(post!)) ? o.end + post!.length + 1 : -1;
    // (…perhaps with posts in other bodies between, `全国政协常委，九三学社中央常委、上海市委主委，上海市政协副主席钱锋`.)
    for (let k = 0; next > 0 && k < MAX_POSTS_BETWEEN && !mentions.some((x) => x.start === next); k++) {
      const between = text.slice(next).match(POST_BETWEEN);
      next = between ? next + between[0].length : -1;
    }
    const at = next > 0 ? mentions.find((x) => x.start === next) : undefined;
    // (Written with a comma, only a person's two posts: `市政协常委，七星区政协主席、党组书记刘琴说`.)
    if (at && (sep === '、' || PERSON_POST.test(startsWithAny(text.slice(at.end), posts) ?? ''))) concurrent.set(next, o);
  }
  return concurrent;
}

/** Where other committees come to, and so whose committees host them there. */
interface VisitHosts {
  /**
   * `巴彦淖尔市政协…一行来我盟考察`, `全国政协…专题调研组…来我省调研`: a named committee comes to
   * the page's own ground (我盟), so the page's bare 盟政协 is the host, wherever it is named from the
   * visit's paragraph on. (Not before it: a half-year's review that opens `市政协召开机关办公会` and
   * later counts `全国政协、省政协分别来我市参观视察` among its successes is still its own committee's.)
   * Level mark -> where the first paragraph telling such a visit starts.
   */
  hostMarks: Map<string, number>;
  /** …or to a place named by its first character (`市政协副主席…率队来彭`: 彭水), whose committee hosts. */
  hostInitials: Set<string>;
  /**
   * …and when a bare committee comes there (`省政协调研组来饶召开座谈会`, `…来我市…`), the bare
   * committees of the other levels named after it in the paragraph are its hosts (`市政协主席俞健主持
   * 座谈会`). (Not before it, nor page-wide: a year's review lists `省政协来邮开展主题党日活动` among
   * its own committee's doings.)
   */
  bareVisits: Array<{ marks: Set<string>; from: number; to: number; word: string }>;
  /** …or to a place named in full or short (`珙县政协主席李智一行来龙港市进行考察`, `率队来益阳考察学习`): that place's committee hosts. */
  hostPlaces: Set<string>;
}

function visitHosts(text: string, mentions: readonly CommitteeMention[]): VisitHosts {
  const hostMarks = new Map<string, number>();
  const markHost = (mark: string, at: number) => {
    const from = text.lastIndexOf('\n', at) + 1;
    if (!hostMarks.has(mark) || from < hostMarks.get(mark)!) hostMarks.set(mark, from);
  };
  const hostInitials = new Set<string>();
  const bareVisits: Array<{ marks: Set<string>; from: number; to: number; word: string }> = [];
  /** The bare visitors' hosts are named from the visit to its paragraph's end. */
  const addBareVisit = (at: number, bare: readonly CommitteeMention[], word: string) => {
    const end = text.indexOf('\n', at);
    bareVisits.push({ marks: new Set(bare.map((o) => o.relativeMark!)), from: at, to: end < 0 ? text.length : end, word });
  };
  // (Not the 来 of time and sequence: `一年来共开展`, `接下来将开展`, `以来`, `近来`.)
  // (…nor the 到 of 得到, 受到, 达到: `考察团到我市开展了考察交流活动` is a party come to the page's own ground.)
  for (const v of text.matchAll(/(?:(?<![以年下起后原本近未带出回将从])(?:来到|来|莅临|莅)|(?<![得受达直等收遇做感想看谈提报迟办用听找回])到(?=我))(我(?:省|市|区|县|州|盟|旗)|[\u4e00-\u9fff](?=[，,。；、]|调研|考察|视察|指导|督导|开展|召开|座谈))/g)) {
    if (v[1] === '我') continue;
    const [sFrom] = clauseBounds(text, v.index!, v.index!, SENTENCE_END);
    const own = v[1].startsWith('我') ? v[1].slice(1) : null;
    const visitors = mentions.filter((o) => o.start >= sFrom && o.end <= v.index!);
    const bare = visitors.filter((o) => !o.placeText && o.relativeMark && o.relativeMark !== own);
    if (bare.length) addBareVisit(v.index!, bare, `来${v[1]}`);
    if (own) {
      if (visitors.some((o) => o.placeText || o.national)) markHost(own, v.index!);
    } else if (visitors.length) hostInitials.add(v[1]);
  }
  // …and when a bare committee comes to a place of another level named in full (`省政协港澳台侨（外事）委员会
  // 主任…来到朝阳市特殊教育中心`), that place's bare committee named after it hosts (`市政协副主席康敏主持本次活动`).
  for (const v of text.matchAll(/(?:来到|莅临|一行(?:来到|到|来))([\u4e00-\u9fff]{2,8}?[市县区旗])/g)) {
    const level = v[1].slice(-1);
    if (resolvePlace(v[1]).code === null) continue;
    const [sFrom] = clauseBounds(text, v.index!, v.index!, SENTENCE_END);
    const bare = mentions.filter((o) => o.start >= sFrom && o.end <= v.index! && !o.placeText && o.relativeMark && o.relativeMark !== level);
    if (bare.length) addBareVisit(v.index!, bare, `来到${v[1]}`);
  }
  // …or whose party studies the page's own ground (`武汉市政协副主席李富生一行就我县经济社会发展情况进行了考察`).
  for (const v of text.matchAll(STUDIES_HERE)) {
    const [sFrom] = clauseBounds(text, v.index!, v.index!, SENTENCE_END);
    if (mentions.some((o) => o.start >= sFrom && o.end <= v.index! && (o.placeText || o.national))) markHost(v[1], v.index!);
  }
  const hostPlaces = new Set<string>();
  for (const v of text.matchAll(COMING_TO_PLACE)) {
    const [sFrom] = clauseBounds(text, v.index!, v.index!, SENTENCE_END);
    if (mentions.some((o) => o.start >= sFrom && o.end <= v.index! && o.placeText !== v[1])) hostPlaces.add(v[1].replace(/[市县区旗州]$/, ''));
  }
  return { hostMarks, hostInitials, bareVisits, hostPlaces };
}

/**
 * Officials of several committees in a row, then their attending, with another committee's
 * official chairing in the same sentence (`辽宁省政协主席夏德仁、黑龙江省政协主席黄建盛…出席会议并讲话，
 * 吉林省政协主席江泽林主持会议`): guests of that committee's meeting, every one.
 */
function guestRows(text: string, mentions: readonly CommitteeMention[], cues: Cues): Set<CommitteeMention> {
  const guestRow = new Set<CommitteeMention>();
  for (let i = 0; i < mentions.length; ) {
    let j = i;
    for (; j + 1 < mentions.length; j++) {
      const link = text.slice(mentions[j].end).match(officialThenName(cues));
      if (!link || mentions[j + 1].start !== mentions[j].end + link[0].length) break;
    }
    // (The chair may come in the next sentence: `…出席会议并讲话。省政协主席黄建盛主持会议`.)
    const sentenceEnd = clauseBounds(text, mentions[j].start, mentions[j].end, SENTENCE_END)[1];
    const nextEnd = sentenceEnd + 1 < text.length ? clauseBounds(text, sentenceEnd + 1, sentenceEnd + 1, SENTENCE_END)[1] : sentenceEnd;
    const row = mentions.slice(i, j + 1);
    const presides = (o: CommitteeMention) => /^[^，。；]{0,12}?主持/.test(text.slice(o.end)) && !row.some((r) => sameCommittee(r, o));
    // (One committee's official alone is a guest only where another committee's presides.)
    const chairs = (o: CommitteeMention) => (j > i && o.start < sentenceEnd) || (o.start < nextEnd && presides(o));
    const chair = mentions.slice(j + 1).some(chairs);
    // (…and a person of it, by post and name, not the committee itself attending another's meeting.)
    const attends = j > i ? attendanceOf(cues) : personAttends(cues);
    if (chair && attends.test(text.slice(mentions[j].end))) for (let k = i; k <= j; k++) guestRow.add(mentions[k]);
    i = j + 1;
  }
  return guestRow;
}

/**
 * A roll of who attended (`苏州市政协党组成员徐刚，苏州市政协副秘书长、研究室主任张焕强；苏州市虎丘区政协主席
 * 朱奚红，…虎丘区政协秘书长邵亮和…成员等出席会议。`): people by post and name, clause after clause, and
 * their attending at the end, for two or more committees. Every committee in it attends (or, in a
 * roll of those who accompany a visit, `…县政协主席闫鹤陪同调研`, hosts); none acts there.
 * A roll that another body's leader heads, receiving guests (`省委副书记王富玉，省政协副主席、民革贵州省委主委
 * 马文骏，…在贵州饭店会见了…考察团一行`): the leader receives them, the committee's people with him as hosts.
 */
function rollCalls(text: string, mentions: readonly CommitteeMention[]): Map<CommitteeMention, 'attendee' | 'host'> {
  const rollCall = new Map<CommitteeMention, 'attendee' | 'host'>();
  const rollAll = (inRoll: readonly CommitteeMention[], verb: string) => {
    for (const o of inRoll) rollCall.set(o, verb === '陪同' ? 'host' : 'attendee');
  };
  const markRoll = (from: number, to: number, verb: string, items: readonly string[] = []) => {
    const inRoll = mentions.filter((o) => o.start >= from && o.end <= to);
    // (One committee's own people at its own event are read clause by clause, below; but among two and
    // more other bodies' leaders, `南昌市政府副市长刘家富，安义县县政府县长邹绍辉，县政协主席张芸、…参加开幕式`,
    // it is a guest too.)
    const written = new Set(inRoll.map((o) => (o.national ? '全国' : `${o.placeText ?? ''}|${o.relativeMark ?? ''}`)));
    const otherLeaders = items.filter((c) => !c.includes('政协') && OTHER_LEADER.test(c)).length;
    if (written.size >= 2 || (written.size === 1 && otherLeaders >= MIN_OTHER_LEADERS)) rollAll(inRoll, verb);
  };
  for (const roll of text.matchAll(ROLL_CALL)) {
    // (Its head count closes the roll: `…百合镇各村委（社区）支书等共100余人参加会议`.)
    const items = roll[1].replace(HEAD_COUNT, '').split(/[，,；;]/);
    const from = roll.index!;
    // …or, after another body's people doing the act (`市委书记刘红兵一同考察，`), one clause of several
    // committees' people apart by 、 (`茂名市政协主席刘芳、湛江市政协主席李多民参加活动`).
    const last = items[items.length - 1];
    const lead = roll[1].slice(0, roll[1].length - last.length);
    const others = items.length >= 2 && OTHER_LEADER.test(lead) && !mentions.some((o) => o.start >= from && o.end <= from + lead.length);
    if (others && last.split('、').length >= 2 && last.split('、').every((c) => ROLL_ITEM.test(c.trim())) && !ROLL_ACTS.test(last)) {
      markRoll(from + roll[1].length - last.length, from + roll[1].length, roll[2]);
    }
    // (…or a roll of whole groups by their posts, no names, `区委理论学习中心组全体成员；区级机关各部门主要负责人；…
    // 区政协常委，区政协各联络室主任、副主任，区政协机关干部；…参加了学习会`: the committee's people among other
    // bodies' groups attend.)
    const groups = items.every((c) => ROLL_ITEM.test(c.trim()) || ROLL_GROUP.test(c.trim()));
    if (items.length >= MIN_ROLL && groups && !ROLL_ACTS.test(roll[1]) && items.filter((c) => !c.includes('政协') && OTHER_GROUP_BODY.test(c)).length >= MIN_OTHER_LEADERS) {
      rollAll(mentions.filter((o) => o.start >= from && o.end <= from + roll[1].length), roll[2]);
      continue;
    }
    if (items.length < MIN_ROLL || !items.slice(0, -1).every((c) => ROLL_ITEM.test(c.trim())) || ROLL_ACTS.test(roll[1])) continue;
    markRoll(from, from + roll[1].length, roll[2], items);
  }
  // …or a roll its sentence announces first (`出席集中开工仪式的领导有：市政府副市长张松文同志，区委书记王秋杰同志，
  // 区政协主席王建强同志，…`): who attended, the committee's people among other bodies' leaders.
  // (Announced so, one other body's leader in it is enough.)
  for (const roll of text.matchAll(ROLL_ANNOUNCED)) {
    const from = roll.index! + roll[0].length - roll[1].length;
    if (roll[1].split(/[，,；;、]/).some((c) => !c.includes('政协') && OTHER_BODY_LEADER.test(c))) rollAll(mentions.filter((o) => o.start >= from && o.end <= from + roll[1].length), '出席');
  }
  // A roll another body's leader heads, receiving guests (above, ROLL_RECEIVES: the committee's people host with him),
  // or going out to look at its work (`…区委书记连茂君，市政协副主席、…王建国深入院区调研`: that leader's inspection, the
  // committee's people with him as guests, where no roll above has read them already).
  const ledRolls: ReadonlyArray<readonly [RegExp, 'attendee' | 'host', boolean]> = [
    [ROLL_GOES, 'attendee', false],
    [ROLL_RECEIVES, 'host', true],
  ];
  for (const [pattern, as, overrides] of ledRolls) {
    for (const roll of text.matchAll(pattern)) {
      const items = roll[1].split(/[，,；;]/);
      if (items.length && LEADING_TIME.test(items[0])) items.shift();
      if (items.length < 2 || items[0].includes('政协') || !OTHER_LEADER.test(items[0]) || !items.every((c) => ROLL_ITEM.test(c.trim()))) continue;
      const from = roll.index! + roll[0].indexOf(roll[1]);
      for (const o of mentions) if (o.start >= from && o.end <= from + roll[1].length && (overrides || !rollCall.has(o))) rollCall.set(o, as);
    }
  }
  return rollCall;
}

/** Committees listed back to back (`A政协、B政协和C政协`): each mention's list, by its first member. */
function committeeLists(text: string, mentions: readonly CommitteeMention[]): Map<CommitteeMention, CommitteeMention[]> {
  const listOf = new Map<CommitteeMention, CommitteeMention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const list = listOf.get(mentions[i]) ?? [mentions[i]];
    listOf.set(mentions[i], list);
    const next = mentions[i + 1];
    if (next && /^[、和及与]$/.test(text.slice(mentions[i].end, next.start))) {
      list.push(next);
      listOf.set(next, list);
    }
  }
  return listOf;
}

/** What the text holds for every mention's rules: read once per text. */
interface RoleFacts extends VisitHosts {
  text: string;
  mentions: readonly CommitteeMention[];
  cues: Cues;
  dates: RegExp[];
  /** Start of a mention -> the mention before it that is the same person's concurrent post. */
  concurrent: Map<number, CommitteeMention>;
  concurrentPost: Set<CommitteeMention>;
  guestRow: Set<CommitteeMention>;
  rollCall: Map<CommitteeMention, 'attendee' | 'host'>;
  listOf: Map<CommitteeMention, CommitteeMention[]>;
}

function readRoles(text: string, mentions: readonly CommitteeMention[], cues: Cues): RoledMention[] {
  const concurrent = concurrentPosts(text, mentions, cues);
  const facts: RoleFacts = {
    text,
    mentions,
    cues,
    dates: cues.itemDates.map((d) => new RegExp(d, 'u')),
    concurrent,
    concurrentPost: new Set(concurrent.values()),
    ...visitHosts(text, mentions),
    guestRow: guestRows(text, mentions, cues),
    rollCall: rollCalls(text, mentions),
    listOf: committeeLists(text, mentions),
  };
  return mentions.map((m) => roleOf(m, readMention(m, facts)));
}

/** One mention as its rules read it: its clause and sentence around it, and the text's facts. */
interface MentionReading extends RoleFacts {
  cFrom: number;
  cTo: number;
  sFrom: number;
  sTo: number;
  /** Its clause before it (a concurrent post of the same person left out). */
  before: string;
  /** …after it, to the clause's end. */
  after: string;
  sentenceAfter: string;
  /** What stands between the clause's start and the mention: '' when it opens the clause. */
  gap: string;
  opensClause: boolean;
  /** The object of 对 (`对广东省政协考察组…表示欢迎`): the one welcomed is the guest, not the host. */
  object: boolean;
  /** Its official's post right after it (`副主席`), or ''. */
  official: string;
  role: (r: Role, why: string, word?: string | null) => RoledMention;
}

/** Its official's first post and 兼 a second of its own (`副主席兼秘书长`) written as a list, same length. */
function postsHeldTogether(after: string, cues: Cues): string {
  const post = startsWithAny(after, cues.officials);
  return post && after[post.length] === '兼' && startsWithAny(after.slice(post.length + 1), cues.officials) ? `${post}、${after.slice(post.length + 1)}` : after;
}

function readMention(m: CommitteeMention, facts: RoleFacts): MentionReading {
  const { text, cues, dates, concurrent } = facts;
  const [cFrom, cTo] = clauseBounds(text, m.start, m.end, CLAUSE_END);
  const [sFrom, sTo] = clauseBounds(text, m.start, m.end, SENTENCE_END);
  const first = concurrent.get(m.start);
  // The person's concurrent post before it does not push the committee out of the subject.
  const before = text.slice(cFrom, first && first.start >= cFrom ? first.start : m.start);
  // (A post held with another, `副主席兼秘书长`, reads as two posts listed: `副主席、秘书长`.)
  const after = postsHeldTogether(text.slice(m.end, cTo), cues);
  const sentenceAfter = postsHeldTogether(text.slice(m.end, sTo), cues);
  const gap = subjectGap(before, cues, dates);
  const opensClause = gap === '';
  const role = (r: Role, why: string, word: string | null = null): RoledMention => ({ ...m, role: r, opensClause, why, word });
  const object = before.endsWith('对');
  const official = startsWithAny(after, cues.officials) ?? '';
  return { ...facts, cFrom, cTo, sFrom, sTo, before, after, sentenceAfter, gap, opensClause, object, official, role };
}

/** The rules in order, each group of them a step: the first that speaks decides. */
function roleOf(m: CommitteeMention, r: MentionReading): RoledMention {
  return (
    roleFromFacts(m, r) ??
    roleFromFrame(m, r) ??
    roleAsPartnerOrVisited(m, r) ??
    roleAsHost(m, r) ??
    roleOfMembers(m, r) ??
    roleInAnotherPost(m, r) ??
    roleAmongOthers(m, r) ??
    roleFromSpeechOrOpening(m, r) ??
    roleInsideClause(m, r)
  );
}

/**
 * What the whole text says of it: a place with no committee, its session's members as a body, a roll of
 * guests or attendees, a visit to its ground, a joint subject with another body.
 */
function roleFromFacts(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { cues, dates, hostMarks, hostInitials, bareVisits, hostPlaces, guestRow, rollCall, before, after, sentenceAfter, role } = r;
  // Hong Kong, Macao and Taiwan hold no committee of their own: `香港政协` is their members of the national one
  // (`香港政协委员`) or an association of them (`香港政协青年联会主席谭镇国`).
  const placeCodes = m.placeText && !m.national ? codesByName(m.placeText) : [];
  if (placeCodes.length > 0 && placeCodes.every((c) => OUTSIDE_MAINLAND.test(c))) return role('passing', `${m.text}: no committee of its own, its members or their association`);
  // The members at its own session, as a body, doing something together (`出席市政协十六届五次会议的政协委员
  // 列席市人大…会议`): the committee's practice through its session, not someone attending it.
  if (/(?:出席|参加)$/.test(before) && SESSION_MEMBERS_AFTER.test(sentenceAfter)) return role('actor', `出席${m.text}…会议的委员: its session's members as a body`);
  if (guestRow.has(m)) return role('attendee', `${m.text}: one of several committees' officials who attend`);
  const rolled = rollCall.get(m);
  if (rolled) return role(rolled, `${m.text}: in a roll of those who ${rolled === 'host' ? 'received or accompanied guests' : 'attended'}`);
  // A committee, alone or in a list of bodies, that wins an award (`望奎县政协、佳木斯市政协、省工商联荣获二等奖`,
  // `…等8个单位荣获提名奖`) is named on the roll of winners: the practice is the awarding body's.
  if (/(?:^|[、，,；;。：:和及])\s*$/.test(before) && AWARD_WON.test(after.split(/[，,；;。\n]/)[0])) return role('passing', `${m.text}…荣获…奖: a winner on an award's roll`, '荣获');
  if (m.relativeMark && m.start >= (hostMarks.get(m.relativeMark) ?? Infinity)) return role('host', `another committee came to 我${m.relativeMark}`, `我${m.relativeMark}`);
  if (m.placeText && hostInitials.has(m.placeText[0])) return role('host', `another committee came to ${m.placeText[0]}`, `来${m.placeText[0]}`);
  const hosted = m.relativeMark && !m.placeText ? bareVisits.find((b) => m.start > b.from && m.start < b.to && !b.marks.has(m.relativeMark!)) : undefined;
  if (hosted) return role('host', `${[...hosted.marks].join('')}政协 came to this ${m.relativeMark}`, hosted.word);
  const cameTo = m.placeText ? [...hostPlaces].find((p) => m.placeText!.endsWith(p) || m.placeText!.replace(/[市县区旗州]$/, '').endsWith(p)) : undefined;
  if (cameTo) return role('host', `another committee came to ${cameTo}`, `来${cameTo}`);
  // Named after another body as the clause's joint subject (`县人大常委会、县政协组织部分人大代表、政协委员…视察`):
  // the two act together, the committee as much as the other.
  const partners = before.match(JOINT_BODIES_BEFORE);
  if (partners && subjectGap(before.slice(0, before.length - partners[0].length), cues, dates) === '' && JOINT_ACT_AFTER.test(after)) {
    return role('actor', `${partners[0]}${m.text}…: a joint subject with another body`);
  }
  return null;
}

/**
 * Where it stands in its clause: in a title or quotation, a group its official heads, a government post
 * first, a passive's or 由's agent, an approval, the news's source.
 */
function roleFromFrame(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { text, cues, before, after, sentenceAfter, role } = r;
  if (m.enclosure) return role('passing', m.enclosure === 'book-title' ? 'inside a title 《》' : 'inside quotation marks');
  // A spot named after it (`北川政协帮扶点安昌镇建国村`, among the places a party goes to): a place, not its subject.
  const spot = after.match(COMMITTEE_SPOT);
  if (spot) return role('passing', `${m.text}${spot[0]}: a place named after it`);
  // A sentence about a death or a funeral (cues.yaml `mourningWords`, `追悼会由吉安市政协主持`): a former post, or the
  // committee among the mourners, not at its own work.
  const sentence = text.slice(r.sFrom, r.sTo);
  const mourning = cues.mourningWords.find((w) => sentence.includes(w));
  if (mourning) return role('passing', `${m.text} in a sentence about a death or funeral (${mourning})`, mourning);
  // The group its official heads, as its subject (`以省政协人资环委副主任张育文为团长的…学习考察团一行13人，赴江西省…`): the committee's.
  // (Not a party's group its official heads too: `…为组长的省民革调研组`.)
  const headed = sentenceAfter.match(HEADED_GROUP);
  if (/^\s*以$/.test(before.replace(/^.*[，,]/, '')) && headed && !cues.partyBodies.some((b) => headed[1].includes(b))) return role('actor', `以${m.text}…为团长的…团: a group its official heads`, '为团长');
  // Its press tour into a place (`重庆市政协“同心聚力巴渝行”主题采访团15日走进奉节`, `由重庆市政协办公厅组织的…
  // 媒体采访报道活动走进长寿区`) reports that place's practice: the organiser is not the story's actor.
  if (PRESS_TOUR.test(sentenceAfter)) return role('passing', `${m.text}…采访…走进: its press tour`);
  // Its paper reporting someone's work (`省政协《江淮时报》头版头条以…为题，报道了我县政协…`) is no act of its own.
  if (OWN_PAPER_REPORTS.test(sentenceAfter)) return role('passing', `${m.text}《…》 reports`);
  // Its building described (`郑州政协文史馆建在郑州市政协院内，建筑面积…`) is where others come, not an act.
  if (FACILITY_DESCRIBED.test(after)) return role('passing', `${m.text}…: its building described`);
  // Its building as where a place holds its own event (`惠济区在区政协一楼会议室举行…签约仪式`): the place acts.
  if (PLACE_AT.test(before) && ITS_ROOM.test(after)) return role('passing', `…在${m.text}…会议室: its building as another's venue`, '在');
  // …or any event's but its own (`篮球邀请赛在市政协篮球场举行开幕式`): where, not who. (`区政协在区政协一楼会议室召开…`
  // is its own meeting: the committee before 在 acts.)
  const venue = /在$/.test(before) && !r.opensClause ? after.match(venueAfter(cues)) : null;
  if (venue && !r.mentions.some((o) => o.start >= r.sFrom && o.end <= m.start && sameCommittee(o, m))) return role('passing', `在${m.text}${venue[1]}: the venue of another's event`, venue[1]);
  const executive = cues.executivePosts.find((p) => before.endsWith(`${p}、`));
  // (Unless he leads the committee's own people, `杭州市副市长、杭州市政协副主席…谢双成带领杭州市政协经济委员会主任
  // 杜国忠…走访建德市政协`: he goes as the committee's officer.)
  const ledOwn = sentenceAfter.match(LED_PEOPLE)?.[1].includes(m.text) ?? false;
  if (executive && !ledOwn) return role('affiliation', `a government post (${executive}) first: the person acts for the government`, executive);
  // The united-front head whose second post is in the committee's party group (`统战部部长、区政协党组副书记…率…`).
  const front = cues.unitedFrontPosts.find((p) => before.endsWith(`${p}、`));
  if (front && (m.text.endsWith('党组') || after.startsWith('党组'))) return role('affiliation', `${front}、${m.text}…: the united-front head, in its party group too, acts for his department`, front);
  // A term of the committee convened (`召开政协依安县第六届委员会`, a chronicle's way of telling a
  // plenary): the committee meets in full, and acts.
  if (m.form === 'committee-of' && CONVENED.test(before) && TERM_IN_NAME.test(m.text)) return role('actor', `召开${m.text}: its plenary`);
  // The committee a meeting decides shall host its next session (`决定由湖南隆回县政协主办第32次会议`):
  // tomorrow's host, not today's actor.
  if (/决定由$/.test(before) && /^(?:主办|承办|举办)/.test(after)) return role('passing', `决定由${m.text}主办: the next session's host`);
  // A matter that drew its heads' close attention (`此事得到内江市政协主席康俊、荣昌区政协主席赵天智的高度重视`):
  // the committee takes it up, the story's actor (the attention of a body that is no committee's is not).
  if (ATTENTION_FROM.test(before) && ATTENTION_AFTER.test(sentenceAfter)) return role('actor', `得到${m.text}…的高度重视: it takes the matter up`);
  // Its standing committee's report read to the plenary (`我代表政协遂宁市第七届委员会常务委员会，向大会报告…`,
  // `我受政协哈尔滨市第十一届委员会常务委员会的委托，向大会报告…`): the committee tells its own work.
  if (/我(?:代表|受)$/.test(before) && STANDING_REPORT.test(sentenceAfter)) return role('actor', `我代表${m.text}常务委员会…向大会报告: its own work report`);
  if (m.wholeSystem) return role('actor', `${m.text}…: a meeting of the whole system, held by its committee`);
  // A named place's whole system at work (`云南省政协系统推进政协协商向基层延伸`, `…扎实开展…工作`) is
  // led by that place's committee: it acts, where a system only named is the committees as a whole.
  // (Not as a frame: `自四川省政协系统开展…以来，泸县政协…`.)
  // (…or its meeting held: `绵阳市政协系统“我为扶贫攻坚做件事”活动现场推进会在北川召开`.)
  if (m.system && m.placeText && (SYSTEM_AT_WORK.test(after) || SYSTEM_MEETING.test(after)) && !FRAME_BEFORE.test(before.trim())) return role('actor', `${m.text}系统…: a place's whole system at work, led by its committee`);
  if (m.system) return role('passing', '…政协系统: the committees of a place as a whole');
  // The agent of a passive (`…支部被县政协确定为首批委员工作室`) acts.
  if (before.endsWith('被') && /^[\u4e00-\u9fff]/.test(after)) {
    const received = cues.receivedWork.find((w) => after.slice(0, MAX_AGENT_GAP + w.length).includes(w));
    return received ? role('passing', `被${m.text}…${received}: it takes up another's work`, received) : role('actor', `被${m.text}…: the agent of a passive`, '被');
  }
  // The agent of an act told as 由 (`本次学习考察是由市政协负责组织开展的`) acts, wherever the clause
  // opens; one whose approval is cited (`经省政协批准`) only allowed another's act.
  if (text[m.start - 1] === '由' && ORGANISED_BY.test(after)) return role('actor', `由${m.text}…组织: the agent`, '由');
  // …another body assisting it (`由县史志办协助县政协编纂的…专集`): still its act.
  if (ASSISTED_BY_BEFORE.test(text.slice(r.cFrom, m.start)) && ORGANISED_BY.test(after)) return role('actor', `由…协助${m.text}…: the agent, assisted`, '由');
  // …and each of a list the 由 opens (`由省政协提案委、绵阳市政协主办`): the organisers together.
  if (BY_LIST_BEFORE.test(text.slice(r.cFrom, m.start)) && ORGANISED_BY_LIST.test(after)) return role('actor', `由…${m.text}…主办: one of the organisers`, '由');
  if (text[m.start - 1] === '经' && APPROVED_BY.test(after)) return role('reference', `经${m.text}…批准: it approved another's act`, '经');
  // The committee a reporter has the news from (`记者从北京市石景山区政协获悉：…`) tells of its own work.
  if (before.endsWith('从')) {
    const told = cues.newsFrom.find((w) => after.slice(0, MAX_AGENT_GAP + w.length).includes(w));
    if (told) return role('actor', `从${m.text}…${told}: the news is its own`, told);
  }

  return null;
}

/**
 * The words right around it: accompanied or leading, a partner or one of a list acting together, an
 * example followed, a place visited.
 */
function roleAsPartnerOrVisited(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { text, mentions, cues, dates, listOf, cFrom, cTo, sTo, before, after, sentenceAfter, role } = r;
  const adjacent = before.slice(-1);
  const accompanied = cues.accompanyBefore.find((w) => before.endsWith(w));
  if (accompanied) return role('actor', `${accompanied}${m.text}: the one accompanied visits`, accompanied);
  // (…or the group it leads named after it, `由张亚忠副主席…率领的河南省政协…视察团在开封市…视察`.)
  const leader = ['带领', '率领', '率', '带着'].find((w) => before.endsWith(w) || (w !== '率' && before.endsWith(`${w}的`)));
  // (Led by the committee's own official, named first, the first mention is the actor already.)
  if (leader && LED_GROUP.test(after) && !mentions.some((o) => o.start >= cFrom && o.end <= m.start)) return role('actor', `${leader}${m.text}…组: its group acts`, leader);
  // A government's or party's joint meeting with the committee (`市政府与市政协联席会议…召开`) is the
  // committee's consultation with it: it acts, where a committee's partner is another committee.
  if (adjacent === '与' && OTHER_BODY_BEFORE.test(before.slice(0, -1)) && JOINT_MEETING.test(after)) return role('actor', `…与${m.text}${after.match(JOINT_MEETING)![0]}: its joint meeting with another body`);
  // (Unless the list goes on past it: `海淀区政协、通州区政协与滨海新区政协及保定市政协、沧州市政协…联合打造`
  // is one list of six, 与 joining it as 及 does.)
  const list = listOf.get(m) ?? [m];
  const midList = list.length >= MIN_JOINT_LIST && list[0] !== m && list[list.length - 1] !== m;
  if (cues.partnerAdjacent.includes(adjacent) && !midList) return role('partner', `${adjacent}${m.text}`, adjacent);
  // 省政协和福州市政协邀请…: the second of two committees joined by 和 is the first's partner
  // (区委、区府和区政协 is a list of bodies, below).
  // Three or more committees listed together (`上海市普陀区政协、江苏省盐城市政协…和浙江省台州市政协`)
  // do something jointly: none of them is the story's actor or another's partner.
  // (A list after a visit word is a list of places visited, below.)
  // (Not the 至 of a range of dates: `3月26至29日五华区、盘龙区、西山区政协…`.)
  const listBefore = text.slice(cFrom, list[0].start).replace(/\d{1,2}(?:月\d{1,2}日)?[至—\-~～]\d{1,2}日/g, '');
  const listVisited = cues.visitBefore.some((w) => listBefore.includes(w));
  const pair = list.length < MIN_JOINT_LIST ? mentions.find((o, k) => (o === m ? false : mentions[k + 1] === m ? togetherPair(text, o, m) : mentions[k - 1] === m && togetherPair(text, m, o))) : undefined;
  if (pair && !listVisited && subjectGap(text.slice(cFrom, Math.min(m.start, pair.start)), cues, dates) === '') {
    return { ...role('passing', `${m.text}: one of two committees acting together`), jointly: true };
  }
  // A list that takes part in an event others organise (`由…主办，广元市政协、梓潼县政协、剑阁县政协共同参与的…节目`): partners.
  if (TAKING_PART.test(text.slice(list[list.length - 1].end)) && text.slice(r.sFrom, list[0].start).includes('主办')) return role('partner', `${m.text}…参与: it takes part in another's event`);
  if (list.length >= MIN_JOINT_LIST && !listVisited) {
    const last = list[list.length - 1];
    // (Their people are not they: `…三市政协副主席…`, `长沙、株洲、湘潭三市政协委员联动履职`.)
    const people = startsWithAny(text.slice(last.end), cues.committeePeople) || /^(?:[^，。；、]{0,6}?政协)?委员(?!会)/.test(text.slice(last.end));
    const jointly = subjectGap(text.slice(cFrom, list[0].start), cues, dates) === '' && !people;
    return { ...role('passing', `${m.text}: one of ${list.length} committees listed together${jointly ? ', acting jointly' : ''}`), jointly };
  }
  // (Not two places that share the one 政协 after them, `吴兴区和…青川县两地政协`: a list, not a partner.)
  if ((adjacent === '和' || adjacent === '及') && mentions.some((o) => o.end === m.start - 1 && o.text.includes('政协'))) return role('partner', `…政协${adjacent}${m.text}`, adjacent);
  const joins = sentenceAfter.match(JOINED_LIST)?.[1] ?? '';
  const joined = cues.partnerAfter.find((w) => joins.startsWith(w));
  if (joined) return role('partner', `${m.text}…${joined}: a member of another's body`, joined);
  // …or one that lends another's activity its support (`迁西县政协给予了宝贵支持`): a partner to it.
  if (SUPPORTS.test(joins)) return role('partner', `${m.text}…给予支持: support for another's activity`, '给予');
  // Cue words are read with 政协 blanked, so none straddles it (`川渝政协助推…`: no 协助).
  const cueBefore = before.replaceAll('政协', '\u3000\u3000');
  const partner = containsAny(cueBefore, cues.partnerBefore);
  if (partner) return role('partner', `${partner}…${m.text}`, partner);
  // A report made to its own standing committee or plenary (`市政府…向永州市政协常委会通报了…提案办理工作
  // 情况`): the committee's session hears it, its own practice, not somewhere a report is sent.
  if (adjacent === '向' && SESSION_HEARS.test(text.slice(m.end, m.end + 40))) return role('actor', `向${m.text}常委会通报: its own session hears a report`);
  if (adjacent === '向') return role('reference', `向${m.text}`, '向');
  const reference = containsAny(cueBefore, cues.referenceBefore.filter((w) => w.length > 1));
  if (reference) return role('reference', `${reference}…${m.text}`, reference);
  // An award the committee gives, named after it (`被评为全国政协好新闻组织奖`, `荣获全国政协好新闻二等奖`): the
  // winner is the page's actor, the committee only the award's name.
  const award = before.match(AWARD_BEFORE);
  if (award && AWARD_AFTER.test(text.slice(m.end, sTo))) return role('reference', `${award[0]}${m.text}…奖: an award it gives`, award[0]);
  const visit = cues.visitBefore.find((w) => {
    const at = cueBefore.lastIndexOf(w);
    if (at < 0) return false;
    // 到, 赴, 至 go somewhere only when they are the verb, not part of 受到, 得到 …, nor the
    // 至 of a range of dates (`3月2日至4日市政协…`).
    if (w.length === 1 && /^\s*\d/.test(before.slice(at + 1))) return false;
    // …nor the 到 of taking up a post (`刚到任政协雷山县党组书记`): the new holder, not a visit.
    if (w.length === 1 && /^[任岗职]/.test(before.slice(at + 1))) return false;
    // …nor the 赴 of coming to a session (`赴会报到参加耀州区政协十届二次会议的全体政协委员`): its members, at home.
    if (w === '赴' && /^会/.test(before.slice(at + 1))) return false;
    return w.length > 1 || !NOT_GOING.test(before.slice(0, at));
  });
  // (But going to its session's group meeting, `省委书记…来到省政协全会民革、民建、农业界别联组会`, is coming to the
  // committee's own plenary: its practice, the visitor a guest at it.)
  if (visit && SESSION_GROUP_AFTER.test(text.slice(m.end, sTo))) return role('actor', `${visit}${m.text}…联组会: its own session's group meeting`);
  if (visit) return role('visited', `${visit}…${m.text}`, visit);
  // …and 调研 or 视察 right before it (`林洁主席调研南山区政协“委员之家”`), or someone going into it
  // (`许晓宏深入公安县政协调研`): the committee gone to.
  // (Only right before: `调研组组长、县政协副主席` is someone's post, `深入学习…市政协…` the committee's own study.
  // Not 走进: what 走进 a committee is more often a show or a press tour it hosts, `流动博物馆走进自治区政协机关
  // 住村工作点`, or a feature's way in, `走进市政协的2020`.)
  const studiedHere = before.match(/(?:调研|视察|督导|深入)$/);
  if (studiedHere) return role('visited', `${studiedHere[0]}${m.text}`, studiedHere[0]);
  // Its station or hall as the scene's setting (`2月16日，武鸣区政协城厢镇委员联络站内，自治区政协主席…翻看…`):
  // the place where another committee's people act in that sentence, not an actor.
  const setting = after.match(SETTING_AFTER);
  if (setting && mentions.some((o) => o.start >= cTo && o.end <= sTo && !sameCommittee(o, m))) return role('visited', `${m.text}${setting[0]}: the setting of another's act`, setting[0]);

  return null;
}

/** Winning something, right before a committee (`被评为全国政协…`, `荣获…`). */
const AWARD_BEFORE = /(?:评为|荣获|获评|获得|喜获)$/;
/** …that is an award named after it (`好新闻组织奖`, `优秀提案`, `先进集体`). */
const AWARD_AFTER = /^[^，,。；;]{0,12}?(?:奖|优秀提案|先进集体|先进单位)/;

/** A host word after it (`陪同`, `会见`), or receiving guests who are no committee. */
function roleAsHost(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { text, mentions, cues, sentenceAfter, role, object, official } = r;
  // The host word may close a list of the committee's people (`凤翔县政协副主席柳永利，秘书长、
  // 办公室主任靳晓春陪同调研`): far from the mention, but with no act of their own in between.
  // Quoted words are a name (`“走出去接待”的方式`, `“主席接待日”`), not the committee receiving guests.
  // Nor is a site's greeting (`欢迎光临`, spam pasted into a copy) anyone welcoming guests.
  const unquoted = sentenceAfter.replace(/“[^”]*”|欢迎(?:光临|访问|您)/g, (q) => '\u3000'.repeat(q.length));
  let receives = false;
  const host = object ? undefined : cues.hostAfter.find((w) => {
    // `一同考察` by a committee named in full is the host's (三原县政协…一同考察); by a bare
    // 市政协 it is the actor's own people joining in (市政协副主席…一同调研).
    if (w.startsWith('一同') && !m.placeText) return false;
    // Nor are its people the host when the committee itself just led the party out (`县政协副主席…带队赴
    // 黄山市祁门县…考察学习。县政协秘书长…陪同`): they go with their own.
    if (w === '陪同' && mentions.some((o) => o.end <= m.start && sameCommittee(o, m) && LEADS_OUT.test(text.slice(o.end, m.start)))) return false;
    const at = unquoted.indexOf(w);
    // Nor is it when its official is the one accompanied (`天水市政协主席宋敬国在张家川县委书记蒲军…陪同下，深入…调研`).
    if (w === '陪同' && at >= 0 && ACCOMPANIED.test(unquoted.slice(0, at + w.length + 1))) return false;
    // Receiving (会见) makes a host only of guests: a visiting committee or a party (…一行).
    if (at >= 0 && cues.receptionWords.includes(w)) {
      const received = sentenceAfter.slice(at + w.length);
      const guestCommittee = mentions.some((o) => o.start > m.end + at && o.start < m.end + sentenceAfter.length && !sameCommittee(o, m));
      if (!guestCommittee && !cues.guestWords.some((g) => received.includes(g))) return false;
      receives = !guestCommittee && cues.guestParties.some((g) => received.includes(g));
    }
    return at >= 0 && (at <= official.length + 14 || (at <= MAX_HOST_LIST && !ownAct(cues).test(unquoted.slice(0, at))));
  });
  // Receiving a party of guests who are no committee (`市政协主席…会见…澳区政协委员学习考察团一行`)
  // is the committee's own work with them: it acts. Guests from a committee make it their host.
  if (host && receives) return role('actor', `${m.text}…${host}: it receives guests who are no committee`, host);
  if (host) return role('host', `${m.text}…${host}`, host);
  return null;
}

/** Its members rather than the committee (their association, members by name), or its members as a body on the move. */
function roleOfMembers(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { text, cues, dates, before, after, opensClause, role } = r;
  // An association of its members (`潮汕三市政协香港委员联谊会`, `佛山市政协（各级）历届澳门委员联谊会`): a body of
  // its own, whose meetings and dinners are not the committee's practice.
  if (MEMBERS_ASSOCIATION.test(after)) return role('reference', `${m.text}…委员联谊会: its members' association`);
  // Its members by name (`松潘县政协马继云、孙卡等委员依托…`): they act, each on their own.
  if (MEMBERS_NAMED.test(after)) return role('affiliation', `${m.text}…等委员: its members act, not the committee`, '委员');
  if (MEMBER_PROPOSES.test(after)) return role('affiliation', `${m.text}常委…提出: a member's own proposal`, '常委');
  // A term's members as a body opening the clause (`第十一届县政协委员及驻江华的省、市政协委员，集中视察了…`).
  if (opensClause && /^委员/.test(after) && TERM_OPENING.test(text.slice(Math.max(0, m.start - 10), m.start))) {
    return role('actor', `第…届${m.text}委员: a term's members as a body`);
  }
  // A party of its members opening the clause (`县政协委员视察团`, `香港特区全国政协委员赴黑考察团`):
  // the committee sends it and acts.
  if (MEMBERS_PARTY.test(after) && RESIDENTS.test(subjectGap(before, cues, dates))) return role('actor', `…${m.text}委员…团: a party of its members`);
  // …and its members as a body going out or at work, no one named (`罗田县政协委员们到三里畈…等6个乡镇…调研`,
  // `西安市政协委员们手持卫生钳…开展清洁清理活动`): the committee's practice done by its members. (Named
  // with its place: a bare `区政协委员们前往…` after a story's named committee is that story's members.)
  if (opensClause && m.placeText && MEMBERS_AS_BODY_ACT.test(after)) return role('actor', `${m.text}委员们…: its members as a body`);
  // …and some of its members on a survey, no one named (`部分天津市滨海新区政协委员围绕…深入…调研`).
  if (MEMBERS_SURVEY.test(after) && subjectGap(before, cues, dates) === '部分') return role('actor', `部分${m.text}委员…调研: its members as a body`);
  // …and the national members resident in a province on the move (`住琼全国政协委员赴海口…`), its
  // committee's party (find-committees.ts names that committee), however led (`张春林率住晋全国政协委员在我市考察`:
  // the provincial chairman, their convener).
  if ((opensClause || LEADS_BEFORE.test(before)) && m.resident && RESIDENTS_TRAVEL.test(after)) return role('actor', `${m.text}委员…: the resident national members' party`);
  return null;
}

/** Its official in another post: a government's, a party's, an organisation's, another body's group or delegation. */
function roleInAnotherPost(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { text, cues, concurrentPost, cFrom, sFrom, after, sentenceAfter, opensClause, role } = r;
  // (Its unit for the members is the committee: `青岛市政协委员联络活动工作室主任…率队`.)
  const post = MEMBERS_UNIT.test(after) || MEMBERS_EVENT.test(after) || MEMBERS_PARTY.test(after) ? undefined : startsWithAny(after, cues.affiliation);
  if (post) return role('affiliation', `${m.text}${post}`, post);
  // A standing member listed with another body's post (`市政协常委、宁波沁园集团董事长叶建荣`)
  // acts as that person, not for the committee. (A chairman's other post does not make him
  // someone else: `省政协副主席、民革省委主委…率队` is the committee's visit.)
  const next = after.match(MEMBER_THEN_OTHER);
  // (Nor does heading one of its special committees, named without a place: `省政协常委、农业农村委员会主任徐宏源率队`.)
  // (…and so does a member, `青海省政协特邀委员、联丰兴业（集团）有限公司董事长余毅等组成的访问团`.)
  // (…nor heading one named short, as cues.yaml `specialCommittees` lists them, the person's name right after it:
  // `省政协常委、农业和农村委主任陈照瑜一行`; not with a post in another body after it, `…港澳台侨委副主任，致公党中央副主席闫小培`.)
  const ownShort = next ? cues.specialCommittees.some((c) => next[2].startsWith(c) && /^(?:常务)?副?主任[\u4e00-\u9fff·]{2}/.test(next[2].slice(c.length))) : false;
  if (next && !startsWithAny(next[2], cues.officials) && !(next[0].includes('秘书长') && OWN_UNIT_HEAD.test(next[2])) && !OWN_SPECIAL_COMMITTEE_HEAD.test(next[2]) && !ownShort) return role('affiliation', `${m.text}${next[1]}、${next[2]}: a member with another post`, next[1]);
  // Its secretary-general who is also a party's officer works for that party there
  // (`省政协副秘书长、民盟黑龙江省委专职副主委王健凤率队`, `省政协副秘书长、省委会专职副主委肖礼庆率队`): a staff
  // post is no chairman's, whose other posts stay honours.
  const staff = after.match(STAFF_THEN_PARTY);
  // (Leading the party's sector of the committee's own members, `在市政协副秘书长、民盟市委主委孙凤玲的带领下，…民盟界别
  // 市政协委员来到中央大街…调研`, is the committee's work, as a chairman's is.)
  if (staff && (PARTY_CHAIR.test(staff[1]) || partyOfPost(staff[1], cues)) && !SECTOR_MEMBERS.test(sentenceAfter)) return role('affiliation', `${m.text}${staff[0]}: a party's officer`, staff[0].split('、')[0]);
  // A place's party secretary or head who is also the committee's vice-chairman
  // (`市政协副主席、旗委书记徐茂龙`) acts as the secretary: the concurrent post is an honour.
  const head = after.match(HEAD_AFTER(cues));
  if (head) return role('affiliation', `${m.text}…、${head[1]}: the person acts in that post`, head[1]);
  // …and so does one who heads a government body and leads its own people, not the committee's.
  const bureau = after.match(BUREAU_HEAD_LEADS(cues));
  if (bureau && bureau[2].includes(bureau[1]) && !bureau[2].includes('政协')) return role('affiliation', `${m.text}…、${bureau[1]}…带领${bureau[1]}…: the person leads that body's people`, bureau[1]);
  // …or speaks to welcome another body's event in that post.
  const welcome = after.match(BUREAU_HEAD_WELCOMES(cues));
  if (welcome) return role('affiliation', `${m.text}…、${welcome[1]}…致辞: the person speaks for that department`, welcome[1]);
  // Its vice-chairman who chairs a people's organisation, with that organisation's officers beside him
  // (`县政协副主席、工商联主席张翠芹，县委统战部副部长、工商联党组书记彭倩倩一行开展企业走访调研`): the
  // organisation's work. (With the committee's own sector members, `…带领工商联机关和市政协工商联界别委员`,
  // or at a meeting of that sector the paragraph names, `市工商联组织开展市政协工商联界别…座谈会`, it stays the committee's.)
  const org = after.match(ORG_CHAIR_AFTER(cues));
  const withOrg = org ? sentenceAfter.slice(org[0].length) : '';
  if (org && orgOfficers(org[1]).test(withOrg) && !COMMITTEE_MEMBERS.test(withOrg) && !text.includes('界别')) return role('affiliation', `${m.text}…、${org[1]}主席…，${org[1]}…: the organisation's officers together`, org[1]);
  // …or presiding over or reporting to a meeting the organisation holds (`县工商业联合会…召开第十二届二次执委会议。
  // 县政协副主席、工商联主席肖晓琳作工作报告`, `华蓥市委统战部、工商联…组织召开…座谈会。…市政协副主席、工商联主席
  // 李现华主持会议`): its chair at its own meeting.
  if (org && ORG_CHAIR_ACTS.test(after.slice(after.indexOf(org[1]) + org[1].length)) && orgMeeting(org[1], cues).test(text.slice(0, m.start))) return role('affiliation', `${org[1]}…召开…，${m.text}…、${org[1]}主席…主持: the organisation's own meeting`, org[1]);
  if (concurrentPost.has(m)) return role('affiliation', `${m.text}: a concurrent post of the person the next committee names`);
  // Its official one of a list of people that makes up another body's group (`铁岭市政协副主席、
  // 民盟铁岭市委会主委…王峰、…等民盟铁岭市委调研组一行`): the group is that body's.
  const group = sentenceAfter.match(OTHER_GROUP);
  if (opensClause && group && !group[1].includes('政协')) return role('affiliation', `${m.text}…等${group[1]}: one of another body's group`, group[1]);
  // …or its chairman who is also a party's chair leading that party's own people (`省政协副主席、致公党
  // 省委主委林方略率致公党省委专职副主委吴建东、秘书长郭潘等`, `市政协副主席、民盟市委主委艾尚林率领盟市委
  // 副主委…`): the party goes, where leading a group (`…率调研组`) or the party's sector of the committee's
  // members (`…率九三学社界别委员`) stays the committee's work.
  const chair = after.match(CHAIR_THEN_PARTY);
  const party = chair && PARTY_CHAIR.test(chair[1]) ? partyOfPost(chair[1], cues) : undefined;
  const ledPeople = party ? sentenceAfter.match(LED_PEOPLE) : null;
  if (opensClause && party && ledPeople && (ledPeople[1].startsWith(party) || ledPeople[1].startsWith(party.slice(1, 2))) && !COMMITTEE_MEMBERS.test(ledPeople[1])) return role('affiliation', `${m.text}…${party}…率${party}的人: the party's own people`, chair![0].split('、')[0]);
  // A headline under a party's column label (`【民进】昆明市政协副主席王键走访…`) tells the party's news.
  const column = text.slice(cFrom, m.start).match(/^\s*【([^【】]{1,8})】/);
  if (column && cues.partyBodies.some((b) => column[1] === b || column[1] === b.slice(0, 2))) return role('affiliation', `【${column[1]}】${m.text}…: a party's column`, column[1]);
  // …or visiting the party's own body (`昆明市政协副主席、民进昆明市委主委王键走访昆明民进书画院`): the party's call.
  if (opensClause && party && VISITS_OWN_PARTY(party).test(sentenceAfter)) return role('affiliation', `${m.text}…${party}…走访${party}…: the party's own body`, chair![0].split('、')[0]);
  // …or presiding over a meeting (`民盟淮安市委会召开…专题座谈会。市政协副主席、民盟淮安市委会主委毕丰书主持会议`):
  // the party's meeting, chaired in the party's post. (The committee's own meeting names it acting elsewhere.)
  if (opensClause && party && PRESIDES.test(sentenceAfter)) return role('affiliation', `${m.text}…${party}…主持: the party's own meeting`, chair![0].split('、')[0]);
  // …or leading with another officer of that party, named before in the sentence (`省政协副秘书长、农工党省委会专职副主委
  // 郭光萍，昆明市政协副主席、农工党昆明市委会主委戴彬率省、市医疗专家…`): the party's leaders lead its own service.
  if (opensClause && party && ledPeople && PARTY_POST_BEFORE(party).test(text.slice(sFrom, cFrom))) return role('affiliation', `…${party}…，${m.text}…${party}…率: the party's leaders`, chair![0].split('、')[0]);

  // …or leading as the party's own work plan has it, named before him in the sentence (`按照九三学社牡丹江市委年初的
  // 工作安排和部署，9月7日，由牡丹江市政协副主席、九三学社市委主委张富广带队…开展送医下乡活动`): the party's service.
  if (opensClause && party && new RegExp(`按照${party}[^。；！？]{0,16}?(?:安排|部署|计划)`).test(text.slice(sFrom, m.start))) {
    return role('affiliation', `按照${party}…安排，${m.text}…${party}…: the party's own plan`, chair![0].split('、')[0]);
  }
  // …or attending with the party's other officers after him (`市政协副主席、农工党市委会主委李长青，副主委宋美录、
  // 刘敏艳，秘书长李琼出席活动`): the party's event, its leaders there as its own.
  if (opensClause && party && PARTY_OFFICERS_ATTEND.test(sentenceAfter)) return role('affiliation', `${m.text}…${party}…，副主委…出席: the party's officers attend`, chair![0].split('、')[0]);
  // …or in a delegation's post leading one of its sections (`全国政协副主席、中央代表团副团长张庆黎率四分团来到…`):
  // the delegation's visit, not the committee's.
  // (The delegation's post may come after other posts: `全国政协副主席、中共中央统战部部长、中央代表团副团长杜青林率…分团`.)
  if (opensClause && chair && DELEGATION_POST.test(sentenceAfter.split('率')[0]) && /分团/.test(sentenceAfter.match(LED_PEOPLE)?.[1] ?? '')) {
    return role('affiliation', `${m.text}…代表团…率…分团: a delegation's section`, chair[0].split('、')[0]);
  }
  // …or leading the place's party and government delegation (`沂水县政协主席郭忠友带领党政考察团赴兰山区…观摩`):
  // the delegation's trip, whoever heads it.
  if (opensClause && PARTY_GOVERNMENT_GROUP.test(sentenceAfter.match(LED_PEOPLE)?.[1] ?? '')) return role('affiliation', `${m.text}…率党政考察团: the place's party and government delegation`, '党政');
  return null;
}

/** Right after a committee: its plenary session's sector or group meeting (`全会民革、民建、农业界别联组会`, `九届二次会议特邀1组`). */
const SESSION_GROUP_AFTER = /^(?:第?[一二三四五六七八九十]+届[一二三四五六七八九十]+次会议|全会|全体会议)[^，。；]{0,24}?(?:联组|分组|[一二三四五六七八九十\d]组)/;
/** A paragraph's opening: a document, then what it provides (`《办法》规定，`, `《意见》明确：`). */
const DOCUMENT_PROVIDES = /^\s*《[^《》]{1,40}》(?:还|同时|进一步)?(?:规定|要求|明确|提出)[，,：:]/;
/** Its people among other bodies' officials, or a guest at someone else's event: an attendee. */
function roleAmongOthers(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { text, cues, cFrom, cTo, sFrom, sTo, before, after, sentenceAfter, opensClause, role } = r;
  if (guestOf(cues).test(sentenceAfter)) return role('attendee', `${m.text} attends as a guest (${cues.guestAttendance.find((w) => sentenceAfter.includes(w)) ?? '应…邀请'})`);
  // A guest greeting the meeting on the committee's behalf (`彭富春代表市政协对大会的召开表示热烈祝贺`).
  if (/代表$/.test(before) && CONGRATULATES.test(sentenceAfter)) return role('attendee', `on behalf of ${m.text}, a guest congratulates the meeting`);
  // Its office's staff giving a lecture (`市政协研究室…处长张凤翔，…先后围绕…为大家作辅导讲座`): teachers
  // at someone's training, not the committee holding it. (Its leaders teaching its own members act.)
  if (LECTURE.test(sentenceAfter) && !/^(?:召开|举办|举行|组织|开展|党组|副?主席|秘书长|常委)/.test(after)) return role('attendee', `${m.text}'s staff give a lecture`);
  // Its people by post and name, and nothing but their attending, to the end of the sentence
  // (`八届市委第152次常委会会议召开。市政协主席杨建新，副主席高东、李红参加。`): someone else's event.
  if (opensClause && onlyAttending(cues).test(sentenceAfter)) return role('attendee', `${m.text}'s people only attend`);
  // …and, named after a higher post in the party first (`中共中央政治局常委、全国政协主席王沪宁出席并讲话`),
  // attending and speaking at another body's conference in that rank. (Its chairman alone who attends
  // and speaks may be at its own meeting.)
  if (PARTY_RANK_BEFORE.test(before) && ATTENDS_AND_SPEAKS.test(sentenceAfter)) return role('attendee', `${m.text}'s chairman attends and speaks in a higher rank`);
  // …or it heads a list of bodies whose responsible people attend (`毕节市政协、民进毕节市工委、金沙县有关负责同志
  // 参加活动`): guests of someone else's event, one among the others.
  if (opensClause && BODIES_ATTEND.test(after)) return role('attendee', `${m.text} heads a list of bodies whose people attend`);
  const otherChair = text.slice(sFrom, m.start).match(COMMITTEE_OFFICIAL_BEFORE);
  const afterOtherChair = !!otherChair && !m.text.startsWith(otherChair[1]);
  const listed = (OTHER_OFFICIALS.test(text.slice(sFrom, m.start)) || afterOtherChair) && (opensClause || before.endsWith('、'));
  // One name in a list of leaders: the clause holds only the committee's official (and 等…).
  const onlyNamed = onlyNamedOf(cues);
  // (A list of units in brackets is no verb of its own: `副主席李法宝及招商引资小组（香赵庄镇、公用事业局…）成员单位参加`.)
  const unbracketed = after.replace(/[（(][^（）()]{1,40}[）)]/g, '');
  if (listed && (attendanceOf(cues).test(unbracketed) || onlyNamed.test(after) || AMONG_LEADERS(cues).test(after))) return role('attendee', `${m.text} among other officials`);
  // …or unveiling or cutting a ribbon with them (`省委常委、副省长刘永富，省政协副主席张世珍为甘肃省陇商联合会成立揭牌`):
  // the ceremony's guests, the body unveiled another's.
  if (listed && opensClause && UNVEILS_WITH(cues).test(after)) return role('attendee', `${m.text}'s official unveils with other officials`);
  // (…its official and a long tail of others' staff before the verb: `县政协副主席郭德芝及宣传部、文明办、文联等相关
  // 工作人员、部分获奖作者…参加仪式`.)
  // (Not with its own members after it: `…副主席厉春以及部分政协委员参加活动` is its own activity.)
  if (listed && opensClause && ATTENDING_TAIL.test(unbracketed) && !COMMITTEE_MEMBERS.test(unbracketed.slice(unbracketed.indexOf('及')))) return role('attendee', `${m.text} among other officials, others' staff after`);
  // …or one of the leaders who each lead a team of the same tour (`琼海市委常委…符传富，琼海市人大常委会副主任
  // 黄基钊，琼海市政协副主席林茹带队的慰问组，分别深入到…`): the bodies' joint tour, not the committee's.
  if (listed && opensClause && LEADS_A_TEAM(cues).test(after)) return role('attendee', `${m.text}'s official leads one of the tour's teams`);
  // …or the last of the party a place's party secretary heads (`县委书记苟乙权，县政协主席李权易一行来到该县电视台，看望慰问…`):
  // his visit, the chairman along.
  if (listed && opensClause && SECRETARY_BEFORE.test(text.slice(sFrom, cFrom)) && NAMED_PARTY.test(after)) return role('attendee', `${m.text}'s official goes along in the party secretary's party`);
  // First of a list of leaders (`省政协主席李微微，省委常委、省委秘书长谢建辉，…出席`): the clause
  // holds only its official, and other bodies' officials follow in the sentence: who attended, or
  // two or more of them (the list may be cut before its verb).
  const rest = text.slice(cTo, sTo);
  // (Its own people further on, `党组副书记、副主席杨义龙`, are no other body's; nor is a clause of what was
  // done, `为他们送去党和政府的关爱和祝福`, whose last words only look like a name.)
  const others = rest.split(/[，,]/).filter((c) => OTHER_OFFICIALS.test(c) && NAME_AT_END.test(c) && !OWN_POST_FIRST.test(c.trim()) && !DEED_CLAUSE.test(c.trim())).length;
  // (Not the head of a party the list makes, going somewhere, `…张坤等一行来舟曲县调研`: the committee's trip.)
  if (opensClause && onlyNamed.test(after) && others >= 1 && (others >= 2 || cues.attendance.some((w) => rest.includes(w))) && !PARTY_GOES.test(rest)) {
    return role('attendee', `${m.text} first of a list of officials`);
  }
  // …or first of a list joined by 、 in one clause, another body's official among them, and their attending
  // (`县政协主席石远定、副县长刘文武出席活动`): guests of someone else's event.
  const roll = opensClause ? after.match(PAIRED_ROLL) : null;
  // (…a firm's head among them too: `市政协主席王天军、伊利集团副总裁王维、宁夏农垦集团董事长张戈等出席仪式`.)
  if (roll && NAME_AT_END.test(roll[1]) && roll[2].split('、').some((p) => p && !p.includes('政协') && (OTHER_OFFICIALS.test(p) || FIRM_HEAD.test(p)) && NAME_AT_END.test(p))) {
    return role('attendee', `${m.text}'s official first of a roll with another body's, attending`);
  }
  // …or its official who attends (and opens or declares) an event another body's leader presides over, held in the sentence
  // before it with no committee named (`…现场会在县工业集中区举行，市政协副主席周康成出席并宣布项目开工，县委书记杨军主持会议`).
  const heldBefore = text.slice(sFrom, cFrom);
  if (opensClause && ATTENDS_AND_DOES.test(after) && HELD.test(heldBefore) && !heldBefore.includes('政协') && rest.split(/[，,]/).some((c) => !c.includes('政协') && OTHER_PRESIDES.test(c))) {
    return role('attendee', `${m.text}'s official attends an event another body's leader presides over`);
  }
  // (Not one that acts with them as one subject, `昌江县人大、政协联合组成调研组…进行专题调研`: a joint deed, its own too.)
  if (!opensClause && /(委|府|人大|政府|部门|单位)[、和及]$/.test(before)) {
    if (LIST_ACTS_JOINTLY.test(after)) return role('actor', `${m.text} acts jointly with the bodies listed before it`);
    return role('passing', 'one of a list of bodies');
  }
  // One of a list of bodies that speak at the meeting (`民革市委会、民进市委会、灌南县政协、赣榆区政协和两位特邀信息员
  // 作交流发言`): guests at someone else's meeting, not its holder.
  if ((/[、和及]$/.test(before) || /^[、和及]/.test(text.slice(m.end))) && LIST_SPEAKS.test(after)) return role('attendee', `${m.text}, one of a list that speaks at the meeting`);
  // …or the first of them, whose people (`负责同志`) come to someone's event to speak (`省政协以及市纪委有关
  // 委室负责同志也分别围绕关键主题展开专题讲座`): guests, not the committee acting.
  if (BODIES_PEOPLE.test(after)) return role('passing', `${m.text} and another body's people`);

  return null;
}

/** Spoken of, an occasion, a count or a frame; else, opening its clause, the actor. */
function roleFromSpeechOrOpening(m: CommitteeMention, r: MentionReading): RoledMention | null {
  const { text, mentions, cues, cFrom, cTo, sFrom, sTo, before, after, sentenceAfter, gap, opensClause, role } = r;
  // Speech runs on across ；: `郑俊华希望…；…努力把县政协十一届一次会议开成…`, and across 。 into
  // the sentences of what must be done (`她强调，要…。要进一步服务中心大局，…永顺县政协在田间地头召开…`).
  let [speechFrom] = clauseBounds(text, m.start, m.end, FULL_STOP);
  while (speechFrom > 1 && /^\s*要/.test(text.slice(speechFrom)) && text[speechFrom - 1] !== '\n') {
    speechFrom = clauseBounds(text, speechFrom - 1, speechFrom - 1, FULL_STOP)[0];
  }
  // (A requirement followed is no speech: `按照区委…活动要求，…`; nor one named as a thing, `聚焦…的
  // 部署要求，日前，…市政协主席…率…`.)
  const said = text
    .slice(speechFrom, cFrom)
    .replace(/“[^”]*”/g, (q) => '\u3000'.repeat(q.length))
    .replace(/(?:按照|根据|遵照|落实)[^，,。；]*/g, (x) => '\u3000'.repeat(x.length))
    .replace(/的[\u4e00-\u9fff]{0,2}(?:要求|希望)/g, (x) => '\u3000'.repeat(x.length));
  // (So does 说 where the words said follow it: `卢展明说，县政协十四届一次会议即将闭幕`; other verbs
  // of saying are nouns there as often, `征求意见和建议，`.)
  const spoken = cues.speechWords.find((w) => said.includes(w)) ?? (/说[，,：:]/.test(said) ? '说' : undefined);
  if (spoken) return role('passing', `spoken of (${spoken}…${m.text})`, spoken);
  // The occasion another committee acts at (`在青海省政协十三届四次会议新闻发布会上，果洛州政协副主席…介绍`):
  // a frame whose next clause another committee opens.
  if (/在$/.test(before.trim()) && /(?:上|期间|之际)$/.test(after.trim())) {
    // (Not the same committee going on: `省政协副主席…` after `在青海省政协…上`.)
    const goesOn = (o: CommitteeMention) => sameCommittee(o, m) || (!o.placeText && !!o.relativeMark && !!m.placeText?.endsWith(o.relativeMark));
    const next = mentions.find((o) => o !== m && o.start > cTo && o.start <= cTo + 2 && !goesOn(o));
    if (next) return role('passing', `在${m.text}…上: the occasion of ${next.text}'s act`, '在');
    // …or of one member's own act (`在汉中市政协六届三次会议上，市政协委员张鑫就…提出了…提案`,
    // `在柞水县政协十届三次会议期间，王承德委员提交了…`): a member's profile, not the session.
    if (MEMBER_OPENS.test(text.slice(cTo + 1))) return role('passing', `在${m.text}…上: the occasion of one member's act`, '在');
    // …or of nothing the page still holds (an excerpt cut in the next clause).
    if (!FULL_STOP.test(text.slice(cTo + 1)) && text.length - (cTo + 1) <= MAX_CUT_CLAUSE) return role('passing', `在${m.text}…上: the page is cut before anyone acts`, '在');
  }
  // Its official chairing another body's meeting (`县委统战部召开…筹备会议，县政协副主席、县委统战部
  // 副部长严维民同志主持会议`) acts for that body.
  if (opensClause && OTHER_BODY_ACTS.test(text.slice(sFrom, m.start)) && /^[^，。；]*主持/.test(after)) return role('attendee', `${m.text}'s official chairs another body's meeting`);
  // Its official speaking at another committee's session (`△市政协副主席彭富春在政协汉阳区第十六届委员会第三次会议
  // 开幕大会上讲话`): a guest there, the session the other's.
  const speechAt = opensClause ? sentenceAfter.match(SPEAKS_AT_SESSION) : null;
  if (speechAt && mentions.some((o) => o.start > m.end && o.end <= m.end + speechAt[0].length && !sameCommittee(o, m))) {
    return role('attendee', `${m.text}'s official speaks at another committee's session`);
  }
  // A clause that only counts what came of it (`县政协第十届二次会议提出的委员提案107件`, in a list
  // of what the government handles) has no verb of its own.
  if (opensClause && COUNTED.test(after)) return role('passing', `${m.text}…: a count of what came of it or what it passed on`);
  if (opensClause && ADOPTED_COUNT(cues).test(after)) return role('passing', `${m.text}…: a count of another's items it took up`);
  // One proposal of its session by number (`对区政协十四届五次会议第145012号提案的会办意见`): a member's, answered by others.
  if (NUMBERED_PROPOSAL.test(after)) return role('passing', `${m.text}…第…号提案: a proposal of its session`);
  // A practice said to be the committee's (`这是丰台区政协贯彻落实…，推进悦读书屋品牌化建设的具体实践`): it acts.
  if ((CLEFT_BEFORE.test(before.trim()) || CLEFT_EVENT_BEFORE.test(text.slice(sFrom, m.start).trim())) && CLEFT_PRACTICE.test(sentenceAfter)) return role('actor', `这是${m.text}…的实践`, '是');
  // …and a platform or brand named in quotes said to be the committee's making (`“委员议事厅”是深圳市政协
  // 搭建的…协商议政平台`): the page describes its practice.
  if (NAMED_BEFORE.test(before.trim()) && BUILT_PLATFORM.test(sentenceAfter)) return role('actor', `“…”是${m.text}…的平台`, '是');
  // A clause that ends in 以来 or 后 before another committee's (`贵州省政协推动…以来，台江县政协按照…打造…`,
  // `省政协发出《…倡议书》后,株洲市政协迅速…`) is a time frame: the other committee acts.
  const nextOther = mentions.find((o) => o.start > m.end && o.start < sTo && !sameCommittee(o, m));
  const frame = opensClause && nextOther ? text.slice(m.end, nextOther.start).match(/(以来|之?后)[，,]\s*$/) : null;
  if (frame) return role('passing', `${m.text}…${frame[1]}, then another committee: a time frame`, frame[1]);
  // A name alone between commas in a run of bodies' names (`…市委党史研究室，古蔺县政协，叙永县政协，…相关
  // 负责同志…参加会议`) is one of a list that attends, not a clause of its own.
  if (opensClause && /^\s*[，,]/.test(text.slice(m.end)) && /[，,]\s*$/.test(text.slice(0, m.start))) return role('passing', `${m.text}, alone between commas: one of a list of bodies`);
  // The second of two committees' officials who make up one party (`楚雄州政协…副主席李玉林，楚雄市政协副主席刘云波一行`),
  // the committee of a place inside the first's: its people go along on the higher committee's visit.
  const partyHead = opensClause && m.placeText && PARTY_TAIL.test(sentenceAfter) ? mentions.find((o) => o.start >= sFrom && o.end <= m.start && o.placeText && PARTY_SECOND.test(text.slice(o.end, m.start))) : undefined;
  if (partyHead && within(partyHead.placeText!, m.placeText!)) return role('host', `${partyHead.text}…，${m.text}…一行: the lower committee's people go along`, '一行');
  // A paragraph that sets out what a document provides (`《办法》规定，…市政协每年对此项工作进行检查`) tells
  // what is to be done, not what a committee did: the committees it names are named in its terms.
  if (opensClause && DOCUMENT_PROVIDES.test(text.slice(text.lastIndexOf('\n', m.start) + 1, m.start))) return role('passing', `《…》规定…${m.text}: named in a document's terms`);
  // Its official reporting at the meeting just told, not its own before (`…盛茂林…召开视频工作会议，连线宝坻区政协…。会上，
  // 宝坻区政协主席李维怀汇报了…工作进展情况`): the meeting's guest, reporting to it.
  if (opensClause && AT_THE_MEETING.test(text.slice(sFrom, m.start)) && REPORTS_TO_IT.test(sentenceAfter) && !mentions.some((o) => o.end <= sFrom && sameCommittee(o, m) && opensOwnClause(text, o))) {
    return role('attendee', `会上，${m.text}…汇报: reports at another committee's meeting`);
  }
  // A name before nothing but quoted questions (`华人号：福建政协“项目完成了吗？什么时候能投用？”“群众满意度如何？”……`): the
  // account a repost is signed with, its headline the story's quotes; whoever acts is told below.
  const lineEnd = text.indexOf('\n', m.end);
  if (opensClause && QUOTES_ONLY.test(text.slice(m.end, lineEnd < 0 ? text.length : lineEnd))) {
    return { ...role('passing', `${m.text}“…？”: the account a post is signed with, over quotes`), signsPost: true };
  }
  if (opensClause) return role('actor', gap === before.trim() ? 'opens its clause' : 'opens its clause after a time or frame');
  return null;
}
/** Quoted questions, one after another, and nothing else to the line's end (`“项目完成了吗？…”“群众满意度如何？”……`). */
const QUOTES_ONLY = /^(?:\s*“[^”\n]*[？?][^”\n]*”[，、,]?)+\s*(?:……|…)?\s*$/;
/** Whether a mention opens its clause (`县政协召开…`), as the one holding a meeting does. */
const opensOwnClause = (text: string, o: CommitteeMention): boolean => text.slice(clauseBounds(text, o.start, o.end, CLAUSE_END)[0], o.start).trim() === '';
/** A sentence set at the meeting just told (`会上，`, `座谈会上，`). */
const AT_THE_MEETING = /^\s*(?:[\u4e00-\u9fff]{0,6}会(?:议)?上)[，,]\s*$/;
/** After a committee: its official by post and name reporting (`主席李维怀汇报了`). */
const REPORTS_TO_IT = new RegExp(`^[^，。；]{0,16}?${NAME}(?:同志)?(?:汇报|报告)了?`);

/** Inside a clause it does not open: its own session or event, an act word after it, or only named. */
function roleInsideClause(m: CommitteeMention, r: MentionReading): RoledMention {
  const { text, mentions, cues, sFrom, sTo, before, after, sentenceAfter, role, official } = r;
  // 在省政协十三届二次会议闭幕会上: the committee's own session is its act.
  // …unless another body's leaders lead the sentence (`县委书记…看望出席县政协十一届一次会议的委员`),
  // or another body holds the sentence's event (`大同市委举行民主协商会，就拟向…政协…会议推荐的人选`).
  const led = text.slice(sFrom, m.start);
  // (Not its session's members sitting in on another body's: `出席市政协十四届一次会议的全体委员…列席了会议`.)
  if (SESSION.test(after) && SITTING_IN.test(text.slice(m.end))) return role('attendee', `${m.text}'s session's members sit in on another body's meeting`);
  // (Nor a person known by another committee's post who acts at it: `自治区政协委员、平桂区政协常委…王万传在
  // 自治区政协十二届一次会议上提交了…提案` is the district member's work.)
  const ownedBy = mentions.some((o) => o.start >= sFrom && o.end <= m.start && !sameCommittee(o, m));
  // A proposal of its session as the topic of someone's work (`就政协邢台市第十四届委员会第四次会议提案——
  // 《…》落实情况开展调研`): the proposal is followed up, by whoever opens the sentence.
  const sessionAt = after.match(SESSION);
  const topic = before.trim().match(TOPIC_BEFORE);
  if (sessionAt && topic && PROPOSAL_FOLLOWED.test(after.slice(sessionAt[0].length))) return role('reference', `${topic[0]}${m.text}…会议提案: a proposal of its session as the topic`, topic[0]);
  // (Nor its session as what someone's drafts are for: `介绍了市政协十五届二次会议大会发言的选题及初稿内容`.)
  if (sessionAt && DRAFTS_FOR_SESSION.test(after.slice(sessionAt[0].length))) return role('passing', `${m.text}…会议大会发言的选题: drafts for its session`);
  // (Nor its session as where someone sends proposals: `九三学社…确定提交市政协五届四次会议相关提案`.)
  const sentTo = before.trim().match(SENT_TO);
  if (SESSION.test(after) && sentTo) return role('passing', `${sentTo[0]}${m.text}…会议: where someone's proposals go`, sentTo[0]);
  const studied = before.trim().match(SESSION_STUDIED);
  // (Not a time frame from its session on: `聆听全国政协十四届一次会议以来提案工作情况报告`.)
  if (studied && sessionAt && !after.slice(sessionAt[0].length).startsWith('以来')) return role('reference', `${studied[0]}${m.text}…会议: its session as what others discuss`, studied[0]);
  // (Nor its session as where a party's body does its work, `在省政协十二届三次会议上，民革陕西省委会提交集体提案10件`,
  // `在市政协十五届四次会议期间，社市委会提交集体提案`.)
  const partyAtSession = text.slice(m.end, sTo).match(PARTY_AT_SESSION);
  const parties = [...cues.partyBodies.filter((b) => b !== '工商联'), ...cues.partyBodiesAbbreviated];
  if (SESSION.test(after) && partyAtSession && parties.some((b) => partyAtSession[1].startsWith(b))) {
    return role('passing', `在${m.text}…会议上，${partyAtSession[1]}…: a party's work at its session`, partyAtSession[1]);
  }
  // (Its session as the frame of a clause of its own, `…高度重视政协工作,在…举行的区政协九届二次会议闭幕式上,区委书记…听取…委员
  // 所作的大会发言`: only what leads that clause can make it another body's.)
  const clauseFrom = Math.max(sFrom, text.lastIndexOf('，', m.start - 1) + 1, text.lastIndexOf(',', m.start - 1) + 1);
  const framed = /^\s*在/.test(text.slice(clauseFrom, m.start)) && /^[^，,。；]*?上[，,]/.test(text.slice(m.end));
  const leads = framed ? text.slice(clauseFrom, m.start) : led;
  if (SESSION.test(after) && !OTHER_OFFICIALS.test(leads) && !ORGANISATION_CHAIR.test(leads) && !OTHER_BODY_ACTS.test(leads) && !ownedBy) return role('actor', `${m.text}'s own session`);
  // Its party group's meeting convened by its own officers (`党组书记、主席聂磊主持召开区政协党组理论学习中心组…会议`).
  if (/党组$/.test(m.text) && /召开$/.test(before.trim()) && /^[^，。；]{0,40}?会议/.test(after) && !OTHER_OFFICIALS.test(led.replace(/党组(?:副)?书记/g, '')) && !OTHER_BODY_ACTS.test(led) && !ownedBy) {
    return role('actor', `…召开${m.text}…会议: its party group's own meeting`);
  }
  // Its event named as the sentence's frame (`在昨天开展的市政协港澳委员…集中视察活动中，…`): the committee held it.
  if (FRAME_HELD.test(before.trim()) && EVENT_AS_FRAME.test(after)) return role('actor', `在…的${m.text}…活动中: the committee's event as the frame`);
  // …or named straight after 在 (`在全国政协社会和法制委员会“…”调研福建座谈会上，多家快递企业负责人…呼吁`), or as
  // where the writer learned what the page tells (`记者从市政协督办重点提案协商会上获悉`): the meeting is its own,
  // unless another committee opens the next clause (a guest acting at it, read where that one opens).
  const frameWord = /(?:^|[，,\s])在$/.test(before.trim()) && OWN_MEETING_FRAME.test(after) ? '在' : /从$/.test(before.trim()) && LEARNED_AT.test(after) ? '从' : null;
  if (frameWord) {
    const next = mentions.find((o) => o.start > m.end && o.start <= sTo && !sameCommittee(o, m) && opensOwnClause(text, o));
    if (!next) return role('actor', `${frameWord}${m.text}…会上: the committee's meeting as the frame`, frameWord);
  }
  // Its event that someone attends (`市政协副主席…参加区政协民生议事堂活动`): the committee holds it.
  if (ATTENDS_BEFORE.test(before) && HELD_EVENT.test(after)) return role('actor', `…参加${m.text}…活动: the committee's event`);
  // A time frame (`自全国政协发起“委员读书活动”以来，相城区政协…`) says when, not who acts.
  if (/(?:自|从)$/.test(before.trim()) && /^[^，。；]*以来/.test(after)) return role('passing', `自${m.text}…以来: a time frame`, '自');
  // An act word inside a compound (党组织, 组织部) is no act.
  const acts = cues.notActs.reduce((s, n) => s.replaceAll(n, '\u3000'.repeat(n.length)), after);
  const doer = cues.actorAfter.find((w) => acts.replace(/^的/, '').includes(w) && acts.indexOf(w) <= official.length + 8);
  if (doer) return role('actor', `${m.text}…${doer}`, doer);
  // …or its work on a topic, however long the topic (`得益于印江自治县政协围绕团山村集中供水管理规范化建设开展的协商活动`).
  const onTopic = acts.match(TOPIC_THEN_ACT);
  if (onTopic) return role('actor', `${m.text}${onTopic[1]}…${onTopic[2]}: its work on a topic`, onTopic[2]);
  // A platform or brand said to be its making (`“好商量”是上饶市政协按照…要求，采取…形式，打造的基层政协协商民主议事平台`):
  // the committee's own practice, however far its making is written from it.
  if (/是$/.test(before.trim()) && OWN_MAKING.test(sentenceAfter)) return role('actor', `…是${m.text}…打造的平台: its own making`, '打造');
  // (…however many posts its official has, in the frame of its own members led: `在市政协副秘书长、民盟市委主委孙凤玲的
  // 带领下，…民盟界别市政协委员来到中央大街…`; not a party's group, `…的带领下，农工党黄山市委…调研组赴…`.)
  const frame = /在$/.test(before.trim()) ? sentenceAfter.match(LED_FRAME) : null;
  if (frame && /委员(?!会)|界别/.test(sentenceAfter.slice(frame[0].length).split(/[，,。；]/, 2).join('，'))) return role('actor', `在${m.text}…的带领下，…委员`, '带领下');
  // The one whose invitation a guest comes at (`…主席余盛武应湖北省丹江口市政协邀请，参加…会议`): it hosts its meeting.
  if (/应$/.test(before) && /^邀请/.test(after)) return role('actor', `应${m.text}邀请: it invites`, '应');
  // Its officer giving in its name (`孔庆军副主席代表县政协向西村屯捐了款`): the committee gives, at whoever's event.
  if (/代表$/.test(before) && DEED_IN_NAME.test(sentenceAfter)) return role('actor', `代表${m.text}…: a gift or visit in its name`, '代表');
  // Its working group led by someone (`…率领省政协民主监督第五监督组对宁波…进行实地察看`), or that a member
  // goes with (`跟随全国政协外事委员会调研组赴云南省`): the committee's practice, whoever leads or tells it.
  if (LEADS_BEFORE.test(before) && WORKING_GROUP.test(after)) return role('actor', `${before.match(LEADS_BEFORE)![0]}${m.text}…组: its working group`);
  return role('passing', 'named inside a clause about something else');
}

/** The first mention of `text` that acts, or null: the committee a line or paragraph is about. */
export function firstActor(text: string): RoledMention | null {
  return assignRoles(text).find((m) => m.role === 'actor') ?? null;
}
