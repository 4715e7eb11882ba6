/**
 * Function classification: which functions of committee work (政治协商, 民主监督 …) a case is
 * about, main function first, with the terms that decided it.
 *
 * Deterministic and explainable: a function's score is the sum over its terms of
 * `weight × (count in body + TITLE_FACTOR × count in title)`, and the output lists each term with
 * how often it occurred, so anyone can redo the sum by hand.
 *
 * - Vocabulary: each function's `terms` (functions.yaml), plus the aliases of the mechanisms the
 *   case was found to run, which vote for those mechanisms' functions with weight
 *   `MECHANISM_ALIAS_WEIGHT` (a function that lists the same word as a term keeps its own weight).
 * - Shadowing: all words are matched together, leftmost-longest, quotation marks ignored, so a
 *   longer word hides the shorter ones inside it: `提案办理协商` counts once, for 提案工作, and
 *   not also as `协商`. A word listed by several functions votes for each of them.
 * - Consultative sessions: a standing committee meeting held to consult on a topic, or to hear the
 *   government brief it on the place's affairs, counts as a 议政性常委会, and its meeting form's words are not counted.
 * - Watched sessions: in a paragraph where members watch a session's opening on screen, the
 *   session's words are not counted: the committee is not holding one.
 * - Threshold: a function is kept when its score is at least `MIN_SCORE` and at least
 *   `MIN_SHARE` of the top score; the top function is always kept when any word occurred.
 * - Order: score descending; ties by the catalogue's `order`, then position in the catalogue.
 *
 * Pure: strings in, values out.
 */
import type { z } from 'astro/zod';
import type { caseFunctionSchema } from '../../schemas/case';
import type { FunctionEntry, MechanismEntry } from '../../schemas/catalogue';
import { weightedTerms } from './catalogue';
import { buildTermIndex, findTerms, oncePer, type TermIndex } from './match-mechanisms';

export type CaseFunction = z.infer<typeof caseFunctionSchema>;

/** A word in the title counts this many times a word in the body. */
export const TITLE_FACTOR = 3;
/** Weight of a matched mechanism's alias as a vote for the mechanism's functions. */
export const MECHANISM_ALIAS_WEIGHT = 1;
/** Least score a function needs to be listed (the top one excepted). */
export const MIN_SCORE = 3;
/** Least share of the top score a function needs to be listed (the top one excepted). */
export const MIN_SHARE = 0.25;

const round = (n: number) => Math.round(n * 100) / 100;
/** `常委（扩大）会议` is a 常委会议: the enlarged-meeting mark splits the term. */
const ENLARGED = /[（(]扩大[)）]/g;
/**
 * 民生 read across two words (`人民生活水平`, `居民生活`, `一刻钟便民生活圈`): 人民 or 便民 + 生活, no
 * people's livelihood the case is about.
 */
const LIVES_OF = /(?<=[人居农市便村牧渔移灾军侨])民生(?=活)/g;
/**
 * Another body's standing committee meeting (`会议传达学习了…市委常委（扩大）会议精神`, `县人大常委会会议`): the party's
 * or the congress's, whose business the committee studies or attends; not the committee's own order.
 */
const OTHER_STANDING = /(?:[省市县区州旗盟镇乡]委|党委|党工委|人大)常委会?会议/g;
/**
 * `常务委员会第一次会议`, `常委会第十二次会议`, `常务委员会召开第二十九次会议` are what the catalogue calls a
 * 常务委员会会议: the session's number (and the verb before it) splits the term. (Not another body's:
 * `全国人大常委会第六次会议`, `县委常委会第45次会议`.)
 */
const STANDING_NUMBER = /(?<=(?<![大委])(?:常务委员会|常委会))(?:召开|举行)?第[一二三四五六七八九十百\d]+次(?=会议)/g;
/**
 * `党组召开2023年第15次会议`, `党组召开扩大会议`, `党组扩大会议`, `党组第17次会议` are what the catalogue calls a
 * 党组会议: the verb, year, number or enlargement splits the term. (Not `党组成员参加会议`.)
 */
const PARTY_GROUP_NUMBER = /(?<=党组)(?:召开|举行)?(?:\d{4}年)?(?:第[一二三四五六七八九十百\d]+次)?(?:扩大)?(?=会议)/g;
/**
 * `主席团第二次会议`, `主席团常务主席第一次会议` are what the catalogue calls a 主席团会议 (the session's
 * presidium at its business: the agenda, the lists, the votes): the number splits the term, and its
 * `次会议召开` is not the session's.
 */
const PRESIDIUM_NUMBER = /(?<=主席团)(?:常务主席)?(?:举行|召开)?第[一二三四五六七八九十百\d]+次(?=会议)/g;
/**
 * A special committee's plenary (`社会和法制委员会第一次全体会议`, `农业和农村委员会召开2022年度全体委员会议`) is what the
 * catalogue calls a 专门委员会全体会议: the committee's own body meeting, not its plenary session. (Not the
 * committee's term, `政协…第十届委员会第一次全体会议`, nor a place's committee, `政协…县委员会全体会议`.)
 */
const SPECIAL_PLENARY = /(?<![届省市县区州旗盟])委员会(?:召开|举行)?(?:\d{4}年度?)?(?:第[一二三四五六七八九十百\d]+次)?全体(?:委员)?会议/g;
/** `看望市政协委员`, `走访县政协委员` are what the catalogue calls 看望政协委员: the level splits the term. */
const MEMBERS_LEVEL = /(?<=看望|走访|慰问)[省市县区州](?=政协委员)/g;
/**
 * `第一次会议在蓉开幕`, `…次会议在科尔沁文化中心多功能厅开幕`, `…次会议隆重开幕`, `…次会议10日开幕`,
 * `…第五次会议12月25日上午在保康剧院开幕` are a session's opening: the day, venue or adverb splits the term.
 */
const VENUE = /(?<=次会议)(?:(?:\d{1,2}月)?\d{1,2}日|今天|今日|昨天|昨日)?(?:上午|下午|晚上|晚)?(?:在[^，。；、\s]{1,12}?)?(?:隆重|胜利|顺利)?(?=开幕|闭幕)/g;
/** …and a press conference's (`…新闻发布会19日在广州举行`): the day and venue split 新闻发布会举行. */
const PRESS_VENUE = /(?<=新闻发布会)(?:(?:\d{1,2}月)?\d{1,2}日|今天|今日|昨天|昨日)?(?:上午|下午)?(?:在[^，。；、\s]{1,12}?)?(?=召开|举行)/g;
/**
 * A person's party post in a list of their posts (`党组书记、主席李四主持`, `党组副书记、副主席…率`,
 * `主席、党组书记韩军一行`), or right after the committee (`太原市政协党组书记操学诚`): nearly every
 * report names one, so it says nothing about what the case is for.
 */
const PARTY_POST = /(?:机关)?党组(?:副书记|书记|成员)、|(?<=政协)(?:机关)?党组(?:副书记|书记|成员)|(?<=(?:主席|秘书长)、)党组(?:副书记|书记|成员)/g;
/**
 * A special committee's or a working committee's name in a person's post (`宝鸡市政协文化文史和学习委员会
 * 主任张辉带领…`, `塔城地区政协工委主任张其洲一行`): who leads, not what the case is about. (Not a meeting of
 * such heads: `召开官湖片区政协工委主任座谈会`.)
 */
const SPECIAL_COMMITTEE_POST = /(?<=政协)(?:[\u4e00-\u9fff]{2,12}?委员会|工委)(?=(?:专职)?副?主任(?!座谈|会议|培训|联席|工作))/g;
/**
 * A special committee named by the fields it joins (`区政协文化文史和学习委员会就“…古镇的保护开发…”开展专题协商`,
 * `市政协教科卫体和文化文史学习委主任`): who acts, not what for, since such a committee consults, inspects and
 * studies on any topic in its fields. (Not its own plenary, which the catalogue names by it: `…农业和农村委员会召开
 * 全体委员会议`; nor the leaders and a party committee, `政协领导和区委`.)
 */
const JOINED_SPECIAL_COMMITTEE = /(?<=政协)[\u4e00-\u9fff]{1,8}和[\u4e00-\u9fff]{1,8}?(?:委员会|(?<![区市县省州旗盟党专]|和[\u4e00-\u9fff])委(?!员))(?!全体)/g;
/**
 * The places a party goes to (`到管城区陇一社区实地调研`, `深入基层`, `走进穿紫河街道`): where the work is
 * done, not what it is.
 */
const PLACE_GONE_TO = /(?<=(?:到|赴|深入|走进|来到|前往|走访)[^，,。；、\n]{0,12}?)(?:社区|街道|乡镇|村居|基层)/g;
/**
 * A committee's office doing the committee's work (`壤塘县政协机关协同县妇联…`, `州政协机关为联系村…`):
 * it says who acts, not that the case is about the office (机关建设).
 */
const OFFICE_ACTING = /(?<=政协)机关(?=为|协同|联合|积极|组织|开展|发动|捐)/g;
/**
 * Another body's party branch (`毛村党支部第一书记`, `社区党委`, `企业党组织`, `文化馆党支部书记`): the village's, the
 * firm's or the museum's party work (often a member's own post), not the committee's.
 */
const OTHER_PARTY_BRANCH = /(?<=(?:村|社区|镇|乡|街道|公司|企业|学校|医院|园区|文化馆|图书馆|博物馆|纪念馆|展览馆|科技馆|合作社|协会|商会)(?:的)?)党(?:支部|总支|委|组织)/g;
/**
 * A leader's inspection whose speech a case studies (`学习贯彻习近平总书记视察东北重要讲话`, `考察江西时的重要讲话
 * 精神`): the visit is his, not the committee's.
 */
const LEADER_VISIT = /(?:视察|考察)(?=[^，,。；、\n]{0,12}?(?:重要讲话|重要指示))/g;

/**
 * A survey of the committee's own members' units (`调研委员联络站建设`, `调研孙平良委员工作室`): work with its
 * members, the survey's word telling nothing of participation.
 */
const OWN_UNIT_SURVEYED = /(?:调研|视察|考察)(?=[^，,。；\n]{0,16}?(?:委员工作室|委员工作站|委员联络站|委员联络室|委员之家|政协联络室|政协联络组|政协联络处))/g;
/**
 * A consultation's topic quoted right before its meeting (`省政协“产业链链长制运行情况调研与建议”界别协商会`): the
 * subject's name, its words (调研) telling nothing of what the meeting is.
 */
const QUOTED_TOPIC = /“[^“”\n]{2,40}”(?=(?:专题|界别|对口|提案办理)?(?:协商会|协商座谈会|座谈会|议政会|恳谈会|协商))/g;

/**
 * The committee's three functions named together (`履行政治协商、民主监督、参政议政职能`): said of any of
 * its work, they tell nothing of what this case is for.
 */
const ALL_FUNCTIONS = /政治协商[、，,和及与]\s*民主监督[、，,和及与]\s*参政议政/g;

/**
 * A standing committee meeting held to consult on a topic (`召开…常委会会议，围绕“…”开展专题协商`, or
 * in the paragraph's next sentence: `…常委(扩大)会议。会议传达…，围绕“…”开展协商议政`; `…常务委员会第四次会议，
 * 将聚焦“…”协商议政`; the topic straight after the meeting, or as a later clause of its sentence: `…常委会会议,专题协商讨论“…”问题`,
 * `…常委会议在…召开,主要议题为:听取…汇报,专题协商…问题`): a consultative
 * session (议政性常委会), whose meeting form says nothing of what it is for. The paragraph may also just
 * call it one (`通报市政协专题议政性常委会调研组调研情况`, `经过专题议政性协商`), unless it
 * lists it among kinds of work (`议政性常委会等协商活动`).
 */
const CONSULTING_SESSION =
  /(?:常委会|常务委员会)(?:会议|议)?(?:[^\n]{0,160}?(?:围绕|就|聚焦)[^。；\n]{2,40}?|[^。；\n]{0,120}?[，,：:]\s*)(?:专题协商|协商议政|专题议政|议政性协商|建言献策)|专题议政性|议政性(?:常委会|常务委员会)(?!等)/;

/**
 * The government briefing the standing committee on the place's affairs (`市长余功斌参加会议并通报1—8月份全市经济运行情况`,
 * `副市长曹全民应邀出席会议并通报了…“厕所革命”相关情况`, `听取了省政府关于全省数字经济发展情况的通报`): the briefing
 * members are called to discuss, a consultative session's business. (Not its report on how it handled the committee's
 * proposals, `县政府关于…提案办理情况的通报`, which is proposals work; its clause says so.)
 */
const GOVERNMENT_BRIEFING = /(?:[省市区县州旗]长|政府)[^。；\n]{0,30}?通报[^。；\n]{0,50}/g;
const PROPOSALS_HANDLED = /提案|建议案|办理|督办/;
const briefsGovernment = (p: string) => [...p.matchAll(GOVERNMENT_BRIEFING)].some((m) => !PROPOSALS_HANDLED.test(m[0]));

/**
 * A chairs' meeting held on one topic (`…次主席会议，专题听取县政府关于提案办理…情况通报`, `…主席会议在莪山召开,
 * 专题视察莪山畲族乡建设发展工作`, `什邡市政协主席(扩大)会议专题协商禁毒工作`), or to follow up its own recommendation
 * (`长春市政协主席会议专题督办“食品安全”`, `采取主席会议督办的方式`), or held with a consultation on it
 * (`…第九次主席会议暨“激发民间投资活力…”专题协商会议召开`): its topic is what it is for, its meeting form says nothing.
 */
const CHAIRS_ON_TOPIC = /主席(?:会议|办公会|会)(?:(?:在[^，,。；\n]{1,12}?(?:召开|举行))?[，,]?\s*专题(?:听取|协商|研究|视察|调研|督办|督查)|[，,]\s*(?:围绕|就|聚焦)[^。；\n]{2,40}?(?:建言献策|协商议政|议政建言|专题协商)|督办(?![^，,。；\n]{0,6}?会议)|暨(?:“[^”\n]{0,40}”)?[^，,。；\n]{0,20}?(?:专题)?协商(?:会议|会|座谈会))/;

/**
 * The chairs' meeting as the body that tours (`省政协主席会议视察团`, `主席会议成员视察…`, `开展主席会议视察`):
 * an inspection, not a meeting of the chairs.
 */
const CHAIRS_TOUR = /主席会议(?=(?:成员)?(?:视察|调研|督导|考察))/g;

/**
 * The government's joint meeting with the committee, however the two are written (`区政府与区政协召开…联席会议`,
 * `市政府、市政协召开工作联席会`, `政府政协联席会议`, `两政联席会`): the catalogue's 政府政协联席会议.
 */
const GOVERNMENT_JOINT_MEETING = /政府[与和、]?[省市区县]?政协[^。；，,\n]{0,12}?联席会|两政联席会/;

/**
 * Members watching a session's opening or closing on screen (`集中收看…第四次会议开幕会实况`,
 * `共同收看了开幕式实况电视直播`): in that paragraph the session's words tell what they watched, not
 * a session the committee holds. (Watching a film at its own session's opening is no such thing.)
 */
const WATCHING = /(?:收看|收听|观看)[^。\n]{0,40}?(?:开幕会|开幕式|闭幕会|闭幕式|开幕大会|闭幕大会)/;

/**
 * A numbered standing-committee meeting (`市政协三届二十次常委会议`, `常务委员会第四次会议`) on a page that
 * names no plenary session (`三届五次会议`, `全体会议`, `全会`): its opening and closing (`举行闭幕会议`,
 * `作闭幕会总结讲话`) are that meeting's, not a plenary's.
 */
const STANDING_MEETING = /[一二三四五六七八九十百\d]+次常委(?:会|扩大会)|常委[（(]扩大[)）]会议|常务委员会第[一二三四五六七八九十百\d]+次会议/;
const PLENARY = /届[一二三四五六七八九十百\d]+次(?:全体)?会议|(?<!常务委员会)第[一二三四五六七八九十百\d]+次会议|全体会议|(?<!中)全会/;

/**
 * A headline that is a member's own suggestion, the member named before a colon (`成都市政协委员王劲夫：解决…`,
 * `江西省政协港澳委员邓文云：让萍乡…`, `自治区政协委员联名建议：…`): the catalogue's 委员建言. (Not a members' unit
 * so headed, `江大清委员工作室：…`, `…委员履职小组：…`.)
 */
const MEMBER_VOICE = /(?:委员|常委)(?:(?![们])[\u4e00-\u9fff·]{2,4}(?<!工作室|工作站|小组|之家|联络站|讲堂)(?:呼吁|建议)?|联名(?:建议|呼吁))[：:]/;
/** …where what stands for the name is no one's: the members' work told (`委员履职特写：`, `委员访谈：`, `委员们表示：`). */
const NO_NAME = /(?:委员|常委)[\u4e00-\u9fff]{0,2}?(?:履职|访谈|特写|风采|心声|故事|表示|纷纷|通道|代表)/;

/** Blank `forms` in `text`, keeping its length (so no word forms across the gap). */
const blank = (text: string, forms: ReadonlySet<string>) => [...forms].reduce((t, form) => t.replaceAll(form, '\u3000'.repeat(form.length)), text);

/**
 * What the function catalogue votes with, made once per catalogue (`oncePer`): every case used to
 * rebuild the same table and term index from it (about 8 % of ingest on the bench corpus).
 */
interface FunctionVotes {
  voters: Map<string, Map<string, number>>;
  known: Set<string>;
  sessionForms: Set<string>;
  standingForms: Set<string>;
  chairsForms: Set<string>;
  index: TermIndex;
  withExtra: Map<string, TermIndex>;
}
const functionVotes = oncePer((functions: readonly FunctionEntry[]): FunctionVotes => {
  const voters = new Map<string, Map<string, number>>();
  // The meeting forms' words (functions.yaml marks them): muted where the meeting is not the case's business.
  const sessionForms = new Set<string>();
  const standingForms = new Set<string>();
  const chairsForms = new Set<string>();
  for (const f of functions) {
    for (const t of weightedTerms(f)) {
      const byFn = voters.get(t.term) ?? new Map<string, number>();
      byFn.set(f.id, t.weight);
      voters.set(t.term, byFn);
      if (t.form === 'session') sessionForms.add(t.term);
      if (t.form === 'standing') standingForms.add(t.term);
      if (t.form === 'chairs') chairsForms.add(t.term);
    }
  }
  return { voters, known: new Set(functions.map((f) => f.id)), sessionForms, standingForms, chairsForms, index: buildTermIndex(voters.keys()), withExtra: new Map() };
});
/** The catalogue's index with a case's mechanism aliases that are no catalogue term, kept by alias set (there are few). */
function indexWith(base: FunctionVotes, extra: string[]): TermIndex {
  const key = [...new Set(extra)].sort().join('\n');
  let index = base.withExtra.get(key);
  if (!index) base.withExtra.set(key, (index = buildTermIndex([...base.voters.keys(), ...extra])));
  return index;
}

/**
 * What a case's words vote with: each catalogue word found (leftmost-longest, after the muting
 * above) with how often it occurs in the body and in the title, and the weights it votes with
 * (the catalogue's, and its mechanisms' aliases). The ranking is a sum over these; kept apart so
 * that `npm run fit:functions` can try other weights on the same evidence.
 */
export interface FunctionEvidence {
  body: ReadonlyMap<string, number>;
  title: ReadonlyMap<string, number>;
  /** word -> function id -> weight, for the words found. */
  votes: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** word -> function id -> weight of the catalogue's own terms (not the mechanisms' aliases), for the words found. */
  catalogueVotes: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * Rank the functions `paragraphs` (the case body) and `title` (its headline) are about.
 *
 * @param functions the function catalogue
 * @param mechanisms catalogue entries of the mechanisms matched in this case (with any curated
 *   aliases); their aliases vote for their functions. Pass `[]` to classify by terms alone.
 * @returns functions above the threshold, main first; `[]` only when no word occurred at all.
 */
export function classifyFunctions(
  paragraphs: readonly string[],
  title: string,
  functions: readonly FunctionEntry[],
  mechanisms: readonly MechanismEntry[] = [],
): CaseFunction[] {
  return rankFunctions(functionEvidence(paragraphs, title, functions, mechanisms), functions);
}

/** The words of `paragraphs` and `title` that vote, as {@link classifyFunctions} reads them. */
export function functionEvidence(
  paragraphs: readonly string[],
  title: string,
  functions: readonly FunctionEntry[],
  mechanisms: readonly MechanismEntry[] = [],
): FunctionEvidence {
  // word -> function id -> weight. The catalogue's own terms are read once per catalogue; a
  // mechanism's alias votes only where no function term of the same function already does.
  const base = functionVotes(functions);
  const { sessionForms, standingForms, chairsForms } = base;
  let voters = base.voters;
  const extra: string[] = [];
  for (const m of mechanisms) {
    for (const fid of m.functions) {
      if (!base.known.has(fid)) continue;
      for (const a of m.aliases) {
        if (voters.get(a)?.has(fid)) continue;
        if (voters === base.voters) voters = new Map(base.voters);
        const byFn = new Map(voters.get(a) ?? []);
        byFn.set(fid, MECHANISM_ALIAS_WEIGHT);
        voters.set(a, byFn);
        if (!base.voters.has(a)) extra.push(a);
      }
    }
  }
  const index = extra.length ? indexWith(base, extra) : base.index;
  const body = new Map<string, number>();
  const inTitle = new Map<string, number>();
  const all = [title, ...paragraphs].join('\n');
  const standingOnly = STANDING_MEETING.test(all) && !PLENARY.test(all.replace(STANDING_MEETING, ''));
  const count = (into: Map<string, number>, text: string) => {
    const plain = text.replace(ENLARGED, '').replace(LIVES_OF, '\u3000\u3000').replace(OTHER_STANDING, (m) => '\u3000'.repeat(m.length)).replace(SPECIAL_PLENARY, '专门委员会全体会议').replace(STANDING_NUMBER, '').replace(PARTY_GROUP_NUMBER, '').replace(PRESIDIUM_NUMBER, '').replace(MEMBERS_LEVEL, '').replace(VENUE, '').replace(PRESS_VENUE, '').replace(PARTY_POST, '').replace(SPECIAL_COMMITTEE_POST, (m) => '\u3000'.repeat(m.length)).replace(JOINED_SPECIAL_COMMITTEE, (m) => '\u3000'.repeat(m.length)).replace(PLACE_GONE_TO, (m) => '\u3000'.repeat(m.length)).replace(OFFICE_ACTING, '').replace(OTHER_PARTY_BRANCH, (m) => '\u3000'.repeat(m.length)).replace(ALL_FUNCTIONS, (m) => '\u3000'.repeat(m.length)).replace(CHAIRS_TOUR, (m) => '\u3000'.repeat(m.length)).replace(LEADER_VISIT, (m) => '\u3000'.repeat(m.length)).replace(OWN_UNIT_SURVEYED, (m) => '\u3000'.repeat(m.length)).replace(QUOTED_TOPIC, (m) => '\u3000'.repeat(m.length));
    for (const h of findTerms(WATCHING.test(text) || standingOnly ? blank(plain, sessionForms) : plain, index)) into.set(h.term, (into.get(h.term) ?? 0) + 1);
  };
  for (const p of paragraphs) count(body, p);
  count(inTitle, title);
  const voice = title.match(MEMBER_VOICE);
  if (voice && !NO_NAME.test(voice[0])) inTitle.set('委员建言', (inTitle.get('委员建言') ?? 0) + 1);
  const joint = [title, ...paragraphs].filter((p) => GOVERNMENT_JOINT_MEETING.test(p)).length;
  if (joint && !body.has('政府政协联席会议') && !inTitle.has('政府政协联席会议')) body.set('政府政协联席会议', joint);
  const standingHeld = [...standingForms].some((form) => body.has(form) || inTitle.has(form));
  if (paragraphs.some((p) => CONSULTING_SESSION.test(p.replace(ENLARGED, ''))) || (standingHeld && paragraphs.some(briefsGovernment))) {
    let titled = 0;
    for (const form of standingForms) {
      titled += inTitle.get(form) ?? 0;
      body.delete(form);
      inTitle.delete(form);
    }
    body.set('议政性常委会', (body.get('议政性常委会') ?? 0) + 1);
    if (titled) inTitle.set('议政性常委会', (inTitle.get('议政性常委会') ?? 0) + titled);
  }
  if ([title, ...paragraphs].some((p) => CHAIRS_ON_TOPIC.test(p.replace(ENLARGED, '')))) {
    for (const form of chairsForms) {
      body.delete(form);
      inTitle.delete(form);
    }
  }

  const found = new Set([...body.keys(), ...inTitle.keys()]);
  const pick = (from: ReadonlyMap<string, ReadonlyMap<string, number>>) => new Map([...found].flatMap((w) => (from.has(w) ? [[w, from.get(w)!] as const] : [])));
  return { body, title: inTitle, votes: pick(voters), catalogueVotes: pick(base.voters) };
}

/** Words weighing this or less are weak: common words that name a topic as often as a kind of work (基层, 民生, 学习). */
const WEAK_WEIGHT = 1;
/**
 * Most times a weak word counts in a section's text. Measured on the development set: capping them at five set 21 cases
 * right and 8 wrong (at four, 27 and 29; at six, 11 and 3; capping words up to 1.5 too, 22 and 16).
 */
const MAX_WEAK_COUNT = 5;

/** Functions ranked by their words' votes, main first, with the threshold applied (see the module's notes). */
export function rankFunctions(evidence: FunctionEvidence, functions: readonly FunctionEntry[]): CaseFunction[] {
  const { body, title: inTitle, votes } = evidence;
  const ranked = functions.map((f, position) => {
    const terms: Array<{ term: string; count: number; points: number }> = [];
    for (const word of new Set([...body.keys(), ...inTitle.keys()])) {
      const weight = votes.get(word)?.get(f.id);
      if (weight === undefined) continue;
      const b = body.get(word) ?? 0;
      const t = inTitle.get(word) ?? 0;
      // (A weak word counts at most so many times in the text: `基层` eight times in a survey of grassroots emergency
      // systems says what the topic is, not that the work is grassroots governance.)
      const times = weight <= WEAK_WEIGHT ? Math.min(b, MAX_WEAK_COUNT) : b;
      terms.push({ term: word, count: b + t, points: weight * (times + TITLE_FACTOR * t) });
    }
    terms.sort((a, b) => b.points - a.points || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    const score = round(terms.reduce((s, t) => s + t.points, 0));
    return { id: f.id, score, terms: terms.map(({ term, count }) => ({ term, count })), order: f.order, position };
  });

  ranked.sort((a, b) => b.score - a.score || a.order - b.order || a.position - b.position);
  const top = ranked[0]?.score ?? 0;
  if (top <= 0) return [];
  return ranked
    .filter((r, i) => i === 0 || (r.score >= MIN_SCORE && r.score >= MIN_SHARE * top))
    .map(({ id, score, terms }) => ({ id, score, terms }));
}
