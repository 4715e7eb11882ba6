/**
 * Who acts in an article, for segmentation: each committee that acts gets a key that is the same
 * for every way the article names it (`郑州市政协`, `政协郑州市委员会`, and `市政协` on a 郑州 page
 * all give 410100), so a change of actor can be seen; committees the article names as visited,
 * host or partner are collected so they never start a case of their own.
 */
import type { ActorReader } from '../cases/segment-cases';
import { oncePer } from '../classify/match-mechanisms';
import type { Cues } from '../../schemas';
import { homeForMark, homeOfBare, type HomeEvidence } from './article-context';
import { assignRoles, CLOCK_TIME, COMING_TO_PLACE, ORGANISED_TOGETHER, PAIR_JOIN, SOMEONE_ELSES, STUDIES_HERE, type RoledMention } from './committee-roles';
import { findCommittees } from './find-committees';
import { getCues } from './cues';
import { contains, findPlaceNames, regionByCode } from './gazetteer';
import { leadingPlace, placeOrEnclosing, resolvePlace } from './resolve-place';

/** Home evidence this strong (the site's own address, name or publisher) says whose page it is. */
const STRONG_HOME = 2;
/** A photo's caption: it opens with 图为 or closes with the photographer's credit. */
const CAPTION = /^(?:图为|图：|图:)|(?:\s|。)[\u4e00-\u9fff]{2,4}\s*(?:摄|摄影)[)）]?$/;
/** A site's or outlet's name alone on its line (`湖南政协新闻网` over each photo, as a watermark's credit). */
const OUTLET_LINE = /^[\u4e00-\u9fff]{2,12}(?:新闻网|网|网站|客户端|频道|融媒体?|公众号)$/;
/** The places a party goes to, listed up to the end of the clause (`赴平顶山市鲁山县和郑州市中牟县，`). */
const TRIP_LIST = /赴([\u4e00-\u9fff、和及]{4,40}?)(?=[，,。；])/g;
/** A party coming to the page's own ground: `来到我县`, `莅临我市`. */
const COMING_HERE = /(?:来到|来|莅临)我(省|市|区|县|州|盟|旗)/g;

/**
 * After a committee: one of its officials by post and name, then a verb of speaking
 * (`主席刘伟说`, `主席唐一军建议`; cues.yaml `speechWords`, `sayWords`).
 */
let speakerPattern: RegExp | null = null;
function speaker(cues: ReturnType<typeof getCues>): RegExp {
  speakerPattern ??= new RegExp(`^(?:党组书记、)?(?:副主席|主席|秘书长|副秘书长)[\\u4e00-\\u9fff·]{2,4}?(?:在[^，。]{1,6}?上)?(?:特别|也|还|则|再次|同时)?(?:${[...cues.speechWords, ...cues.sayWords].join('|')})`);
  return speakerPattern;
}

/** What an opening may hold before its subject: dates, times, frames, a dateline in brackets, other posts. */
function onlyOpeners(prefix: string): boolean {
  const cues = getCues();
  let rest = prefix.replace(/[（(][^)）]{0,30}[)）]/g, '').replace(/[\s，,、]/g, '').replace(/^[■●◆▲★☆◇□○◎•·▪▶►]+/, '');
  const patterns = [
    ...cues.itemDates.map((d) => new RegExp(d, 'u')),
    /^\d{1,2}月\d{1,2}日/,
    /^[至—\-~～]\d{1,2}日/,
    CLOCK_TIME,
    /^(上午|下午|晚上|晚|早上|中午)/,
    /^(本网讯|本报讯|讯)/,
    // A person's party or government posts before the committee post (`中共中央政治局常委、全国政协主席…`).
    new RegExp(`^(?:中共)?[\\u4e00-\\u9fff]{1,12}?(?:${cues.otherPosts.join('|')})`, 'u'),
  ];
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const p of patterns) {
      const m = p.exec(rest);
      if (m?.[0]) {
        rest = rest.slice(m[0].length);
        changed = true;
      }
    }
    for (const o of cues.openers) {
      if (rest.startsWith(o)) {
        rest = rest.slice(o.length);
        changed = true;
      }
    }
  }
  return rest === '' || /^(由|经|在)$/.test(rest);
}

/** Fewest characters of a committee's name (`沧浪街道政协`) that say which committee it is without the places before it. */
const MIN_NAMED_AGAIN = 5;

/** The key of the committee a mention names: its region code, `national`, or the unresolved text. `placed`: the article's committees named with a place that resolves, by their text. */
export function committeeKey(m: RoledMention, home: readonly HomeEvidence[], named: ReadonlySet<string> = new Set(), placed: ReadonlyMap<string, string> = new Map()): string {
  if (m.national) return 'national';
  if (m.placeText) {
    const res = resolvePlace(m.placeText);
    // A namesake the article names elsewhere in full is that one (`宽城县政协` beside `宽城满族自治县政协`).
    const settled = res.candidates.filter((c) => named.has(c));
    if (res.code || settled.length === 1) return res.code ?? settled[0];
  }
  // A committee named again without the places before it (`沧浪街道政协` after `苏州市姑苏区沧浪街道政协工委`) is
  // the one named in full; not a bare one (`市政协`, `街道政协`), which every committee of its kind ends in.
  const fuller = m.text.length >= MIN_NAMED_AGAIN ? new Set([...placed].filter(([text]) => text !== m.text && text.endsWith(m.text)).map(([, code]) => code)) : new Set<string>();
  if (fuller.size === 1) return [...fuller][0];
  if (m.placeText) return `?${m.placeText}`;
  const mark = m.relativeMark ?? '';
  return homeOfBare(mark, m.townCounties, home)?.code ?? `rel:${mark}`;
}

/**
 * A reader of actors for one article. `isPlace` is the gazetteer check for place-only labels;
 * `home` the article's home evidence; `text` all of the article (title and body), where the
 * visited, host and partner committees are collected.
 */
export function actorReader(isPlace: (name: string) => boolean, home: readonly HomeEvidence[], text: string): ActorReader {
  // Several start finders ask about the same paragraphs; assignRoles keeps what it has read.
  const rolesOf = (line: string) => assignRoles(line);
  // The committees the article names unambiguously, which settle their namesakes' other spellings.
  const placed = new Map(findCommittees(text).flatMap((m) => (m.placeText && resolvePlace(m.placeText).code ? [[m.text, resolvePlace(m.placeText).code!] as const] : [])));
  const named = new Set(placed.values());
  const keyOf = (m: RoledMention) => committeeKey(m, home, named, placed);
  const offside = new Set<string>();
  for (const line of text.split('\n')) {
    for (const m of rolesOf(line)) if (SOMEONE_ELSES.has(m.role)) offside.add(keyOf(m));
    // A committee that comes to the page's own ground (`宜良县政协考察团一行来到我县`, `…一行就我县…进行了考察`) makes the
    // page's own committee the host in every paragraph, not only where the visit is told.
    for (const v of [...line.matchAll(COMING_HERE), ...line.matchAll(STUDIES_HERE)]) {
      const visitor = findCommittees(line.slice(0, v.index!)).some((o) => o.placeText);
      if (visitor) offside.add(homeForMark(v[1], home)?.code ?? `rel:${v[1]}`);
    }
    // …and so does one that goes to a place by name (`天水市政协副主席…一行深入秦州区，就…调研`):
    // that place's committee hosts, however the page names it later.
    for (const v of line.matchAll(COMING_TO_PLACE)) {
      const visitor = findCommittees(line.slice(0, v.index!)).some((o) => o.placeText !== v[1]);
      // (A prefecture's short name it shares with its own district, `来广安学习考察`, is the prefecture.)
      const code = visitor ? placeOrEnclosing(resolvePlace(v[1])) : null;
      if (code) offside.add(code);
      // A bare committee of that place's level the page does not place otherwise (`赴彝良县调研` …
      // `在县政协机关会议室召开座谈会`) is the visited place's.
      const mark = code ? (regionByCode(code)?.name.slice(-1) ?? '') : '';
      if (code && /[县区市旗]/.test(mark) && !homeForMark(mark, home)) offside.add(`rel:${mark}`);
    }
    // …and so does a list of places a committee's party goes to (`赴平顶山市鲁山县和郑州市中牟县，实地学习`).
    for (const v of line.matchAll(TRIP_LIST)) {
      const visitors = findCommittees(line.slice(0, v.index!)).filter((o) => o.placeText || o.relativeMark);
      if (!visitors.length) continue;
      for (const hit of findPlaceNames(v[1])) {
        if (hit.codes.length === 1 && !visitors.some((o) => o.placeText && resolvePlace(o.placeText).code === hit.codes[0])) offside.add(hit.codes[0]);
      }
    }
  }
  return {
    isPlace,
    offside,
    broad: (key) => key === 'national' || /^\d{2}0000$/.test(key),
    within: (inner, outer) => /^\d{6}$/.test(inner) && /^\d{6}$/.test(outer) && (inner === outer || contains(outer, inner)),
    committeesOpening(line) {
      const system = COMMITTEES_OF_PLACE.exec(line);
      const place = system ? leadingPlace(system[1]) : null;
      return place && place.name === system![1] ? { key: place.code, name: `${place.name}政协` } : null;
    },
    placeOpening(line) {
      const m = /^在([\u4e00-\u9fff]{2,12}?)(?=[\u4e00-\u9fff]{0,12}[，,])/.exec(line);
      if (!m) return null;
      // A party there (`在呼和浩特市，调研组先后深入…`) is on a trip: the place is a stop, not a committee's turn.
      if (PARTY_AT_STOP.test(line)) return null;
      // The longest run of place names the paragraph opens with (`在菏泽定陶区政务服务大厅`).
      const place = leadingPlace(line.slice(1, 1 + Math.min(12, line.length - 1)));
      // (A name a community, street or hotel takes from a place, `在永胜社区星河湾酒店西侧`, is that spot.)
      if (place && LOCAL_SPOT.test(line.slice(1 + place.name.length))) return null;
      // (…nor a firm's name that opens with a place, `在湖南广丰农林科技发展有限公司，周文与…交流`.)
      if (place && FIRM_NAMED.test(line.slice(1 + place.name.length))) return null;
      return place ? { key: place.code, name: `${place.name}政协` } : null;
    },
    speaks(line) {
      const first = rolesOf(line).find((m) => m.role === 'actor');
      return !!first && speaker(getCues()).test(line.slice(first.end));
    },
    actor(line, opening) {
      // A photo's caption (`图为桂林市政协领导与采访团开展座谈交流。吴小兰 摄`) shows the story's
      // people; it starts no part of its own.
      if (CAPTION.test(line.trim())) return null;
      // (Nor does a site's name credited under a photo, `湖南政协新闻网`: its committee is the outlet's.)
      if (OUTLET_LINE.test(line.trim())) return null;
      // (Nor does a speaker's or writer's byline, post and name, `□府谷县政协副主席 田乃飞` over a
      // speech of the digest of a meeting's speeches: the meeting's committee holds them all.)
      if (POST_AND_NAME.test(line.trim())) return null;
      // A meeting of a whole province's committees (`全省政协…文史工作交流会在盐城召开`) told on the
      // site of a committee below it is that committee's part in it, not a part of its own.
      const ownBelow = (key: string) => home.some((e) => e.rank <= STRONG_HOME && e.code !== key && contains(key, e.code));
      const first = rolesOf(line).find((m) => m.role === 'actor' && !(m.wholeSystem && ownBelow(keyOf(m))));
      if (!first) return null;
      if (opening && !onlyOpeners(line.slice(0, first.start))) return null;
      return { key: keyOf(first), name: first.text, start: first.start };
    },
  };
}

/** A committee, its official's post, a space and the person's name, and nothing else: a byline. */
const POST_AND_NAME = /^(?:[□■◇◆○●]\s*)?[\u4e00-\u9fff]{2,16}政协(?:[\u4e00-\u9fff]{0,8}?(?:委员会|委))?(?:党组)?(?:副?主席|副?秘书长|常委|委员|副?主任|党组书记|党组成员)\s+[\u4e00-\u9fff·]{2,4}$/;

/** After a place's name: a spot in some place that bears the name (`永胜社区`, `新兴镇`, `北京路`, `长寿公园`). */
const LOCAL_SPOT = /^(?:社区|小区|村|镇|乡|街道|街|路|大道|大街|广场|公园|酒店|宾馆|大酒店|饭店)/;

/** After a place's name, up to the clause's end: a firm named after the place (`广丰农林科技发展有限公司`). */
const FIRM_NAMED = /^[^，,。；]{0,20}?(?:有限公司|有限责任公司|股份公司|公司|集团|合作社)(?=[，,])/;

/** After `在` and a place, a party as the clause's subject (`…，调研组`, `…，考察团一行`, `…，委员们`): a stop on its trip. */
const PARTY_AT_STOP = /^在[^，,。]{2,24}[，,][\u4e00-\u9fff]{0,4}?(?:调研组|考察组|视察组|考察团|视察团|调研团|代表团|一行|委员们)/;

/** A paragraph that opens with a place's committees of every level (`衡阳市各级政协`, `岳阳市政协系统`): the place. */
const COMMITTEES_OF_PLACE = /^([\u4e00-\u9fff]{2,10}?)(?:各级政协|两级政协|市县两级政协|政协系统)/;

/**
 * Whether any committee acts anywhere in these lines, alone or as one of a list that acts together
 * (`昭通、毕节、泸州、遵义四市政协联合举办…`): an article in which none does yields no case.
 */
export function anyActor(lines: readonly (string | null | undefined)[]): boolean {
  const acts = (text: string) => assignRoles(text).some((m) => m.role === 'actor' || m.jointly);
  // (…read with the whole page too: a members' unit named with its brand, `根河冷极供热政协委员工作室`, is its
  // place's committee only when the page names the place elsewhere, `根河市温暖工程`, often in another paragraph.)
  return lines.some((line) => !!line && acts(line)) || acts(lines.filter((l): l is string => !!l).join('\n'));
}

/** A lead's opening date (`7月26日至28日，`, `2023年5月8日上午，`). */
const OPENING_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—-](?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?)?[，,]\s*/;

/** A democratic party's local committee named by its place alone (`大庆市委会`), as the party's own pages write it. */
const PARTY_COMMITTEE_OPENS = /^[\u4e00-\u9fff]{2,8}?[省市县区州]委会/;
/** The democratic parties' full names, beside the short ones their posts open with (cues.yaml `partyBodies`). */
const PARTY_FULL_NAMES = ['中国国民党革命委员会', '中国民主同盟', '中国民主建国会', '中国民主促进会', '中国农工民主党', '中国致公党', '台湾民主自治同盟'];

/**
 * A reply's opening: the proposal or suggestion received, the answer to follow (`…的提案收悉，现答复如下`), or a
 * co-handling office's opinion headed as such (`关于…第229号提案的会办意见`), or the handling government's report
 * to the committee (`现将政协红寺堡区委员会三届五次会议委员提案办理情况报告如下`: handling is the offices' work,
 * the committee's own report is of its 提案工作).
 */
const REPLY_OPENS = /(?:提案|建议|意见)[^。\n]{0,12}?(?:已)?收悉[，,。；\s]*(?:[^。\n]{0,8}?[，,])?(?:现|特)[^。\n]{0,12}?答复如下|号?(?:提案|建议)的?(?:会办|协办)意见|现将[^。\n]{0,40}?(?:提案|建议)[^。\n]{0,6}?办理(?:工作)?情况(?:报告|汇报)如下/;

/** A reply's headline: the answer to a proposal, or the letter that gives it (`对…第252号提案的答复`, `关于…第10号提案的复函`). */
const REPLY_HEADLINE = /^(?:关于|对)[^。\n，,]{2,60}?(?:提案|建议)的?(?:答复|答复函|复函|答复意见)$/;

/**
 * A government office's written reply to a member's proposal (`徐彦利委员：`, `您提出的…提案收悉，现答复如下`): the
 * office answers, the committee that took the proposal is named in passing. Of the development set's pages headed or
 * opened as a reply, most keys read no committee's practice (seven of the ten with a reply's headline), a few the
 * committee's proposal handling.
 */
export function replyToProposal(paragraphs: readonly string[], title: string | null = null): boolean {
  return (title !== null && REPLY_HEADLINE.test(title.trim())) || paragraphs.slice(0, 4).some((p) => REPLY_OPENS.test(p));
}

/**
 * A page headed by a democratic party's own body (`民革白城市委会开展…调研活动`, `中国民主同盟双鸭山市第四次
 * 代表大会召开`) where no committee acts once its chair's post in the committee is read as who the chair is
 * (`白城市政协副主席、民革白城市委会主委付秀杰带领…`): the party's event, not the committee's practice.
 * (A committee that holds what the party joins, `民建鞍山市委参加市政协视察活动`, still acts.)
 */
export function partyOwnEvent(title: string | null | undefined, paragraphs: readonly string[]): boolean {
  const parties = [...PARTY_FULL_NAMES, ...getCues().partyBodies.filter((b) => b !== '工商联')];
  // (A page without a headline is headed by its lead, after its date: `7月26日至28日，农工党汉中市委会组织…`.)
  const head = title?.trim() || (paragraphs[0] ?? '').trim().replace(OPENING_DATE, '');
  // (Its local committee is a 委会, `大庆市委会举办书画笔会`, as a party's and never the Communist Party's 市委.)
  if (!head || !(parties.some((p) => head.startsWith(p)) || PARTY_COMMITTEE_OPENS.test(head))) return false;
  // (…its name cut to its last character on its own pages: `社淄博市委主委` for 九三学社's, `盟市委` for 民盟's.)
  // (…its central committee's chairman a 主席, not a 主委: `全国政协副主席、致公党中央主席…万钢`.)
  const chairPost = new RegExp(`政协(?:常务)?副?主席、(?=[^，,。；]{0,16}?(?:${parties.join('|')}|[社盟][\u4e00-\u9fff]{0,6}?[省市县区州]委)[^，,。；]{0,16}?(?:主委|中央(?:常务)?副?主席))`, 'g');
  const lines = [title ?? '', ...paragraphs].map((l) => l.replace(chairPost, ''));
  // (The chair leading the committee's own bodies, `…主委胡伟率市政协城建委、致公党界别的部分政协委员赴滨江区
  // 开展专项民主监督`, acts for the committee.)
  if (paragraphs.some((p) => LEADS_COMMITTEE.test(p))) return false;
  return !anyActor(lines) && !practiceWithoutActor(lines[0], lines.slice(1));
}

/** A party's chair who leads the committee's own bodies or members (`主委胡伟率市政协城建委…`). */
const LEADS_COMMITTEE = /主委[\u4e00-\u9fff·]{2,4}(?:率领|带领|率)[^，,。；]{0,4}?[省市县区州旗]?政协/;

/** Fewest times an article with no actor writes 政协 and still tells a committee's practice. */
const MIN_COMMITTEE_WORDS = 5;
/** …and fewest committee mentions it has that are no host's, visited, partner's or someone's post. */
const MIN_OWN_MENTIONS = 2;
/** A place that convenes (`近日，翁牛特旗召开…`): its party committee or government acts. */
const PLACE_CONVENES = /(?:^|[，,])[\u4e00-\u9fff]{2,8}[省市县区旗州盟](?:召开|举行|举办)/;
/**
 * …and a place that holds an event of its own 政协 (`苍南县召开政协民主监督工作会议`) or brings in a way of its work
 * (`四川省邻水县推行政协提案办理“面商制”`, `句容市创新政协委员提案办理方式`, `太原市着力加强政协民主监督`, `滕州市选拔产生了
 * 208名镇街政协社情民意联络员`), perhaps right after the reporter's credit (`（记者田建平通讯员饶文波）太原市…`), not of another
 * level's members (`翁牛特旗召开住翁旗市政协委员座谈会`: the banner hears the city's members), nor one
 * that hears deputies and members together (`卓尼县召开《政府工作报告》征求意见座谈会 专题听取人大代表、
 * 政协委员意见建议`: the government consults them).
 */
const PLACE_HOLDS_COMMITTEE_EVENT = /(?:^|[，,\n\s]|——|(?:记者|通讯员)[^（()）]{0,20}[)）])([\u4e00-\u9fff]{2,8}(?:[省市县区旗州盟]|街道|镇|乡))(?:召开|举行|举办|开展|组织|推行|实施|建立|成立了?|设立|探索|推出|创新|启动|打造|(?:着力)?加强|深化|选拔产生了?|选聘)[^，,。；\n]{0,40}?(?<![省市县区旗州盟国]|代表[、和与及]?)政协/;

/** The place that holds its committee's event, where the headline or lead tells it so (`依兰县举办政协委员培训班`: 依兰县). */
export function committeeEventPlace(lead: string): string | null {
  return lead.match(PLACE_HOLDS_COMMITTEE_EVENT)?.[1] ?? null;
}

/**
 * …and a committee's own activity told as held (`县政协“六送下乡”社会服务月活动在郑宅镇举行`): its practice in
 * the passive, the committee only its owner.
 */
const COMMITTEE_ACTIVITY_HELD = /(?:省|市|区|县|州|旗|盟)政协(?!委员)[^。，,、\n]{0,30}?活动[^。，,\n]{0,20}?(?:举行|举办|启动|开幕)/;

/**
 * …and a committee, or its sector's members, named as the agent of what others attend (`参加了由江西省宜春市政协民建、
 * 教育界别委员开展的“…”协商会`, `该县由县政协领办的3.5万亩烟叶`), or as the host of an event, alone or with others
 * (`活动由政协北安市委员会、北安市委宣传部联合主办，…共同承办`; not its members, `由政协委员牵头`).
 */
const COMMITTEE_AS_AGENT =
  /由[^。，,；\n]{0,20}?政协[^。，,；\n]{0,30}?(?:开展|举办|召开|主办|领办|牵头|承办|发起)的|由[^。，,；\n]{0,20}?政协(?!委员)[^。，,；\n]{0,30}?(?:联合|共同)?(?:主办|承办)(?=[，,。；]|$)/;

/**
 * A committee's numbered session's groups (`县政协十一届五次会议有关分组进行讨论`, `…次会议第三小组讨论`, four
 * of them named before their joint discussion, `…第五次会议县政协文教卫体和文史活动组、吴集活动组…联组讨论`,
 * `市政协十二届一次会议第一、第二讨论组`, `该区政协八届五次全会联组讨论`, `…次会议工商联组、教育组…分组讨论`),
 * or a sector's group at one, which only a committee's session has (`县长王惠仙参加医药卫生、教育科技界别分组
 * 讨论`, `民建、工商联界委员联组讨论会`), a committee's members in groups (`福建省政协委员分组审议常委会工作报告`), or a group's members
 * on the work report (`教文卫体、人口资源组委员就…市政府工作报告进行了热烈的讨论协商`).
 */
const SESSION_GROUPS =
  /政协[^，,。；\n]{0,16}?届[^，,。；\n]{0,8}?次(?:全体)?(?:会议|全会)[^。\n]{0,60}?(?:(?:分组|小组|联组)[^，,。；\n]{0,4}?(?:讨论|审议|协商|议政)|讨论组|审议组)|界别?(?:委员)?(?:分组|小组|联组)(?:讨论|审议|会议)|政协委员们?(?:分组|小组|联组)(?:讨论|审议)|组委员[^。\n]{0,40}?工作报告[^。\n]{0,16}?(?:讨论|审议)/;
/**
 * …and its members speaking there (`委员们踊跃发言`, `委员们紧紧围绕…踊跃发言，积极建言献策`, `委员们畅所欲言`,
 * `委员分组审议`, `委员们一致认为`, `…等委员先后发言`), or what they put forward counted (`32名委员围绕…提出了112条建议`).
 */
const MEMBERS_SPEAK = /委员们?(?:[^。\n]{0,30}?(?:踊跃|积极|纷纷|争相)(?:发言|建言)|[^。\n]{0,40}?先后(?:作|进行)?了?(?:交流|大会|专题)?发言|畅所欲言|(?:踊跃|积极|纷纷|认真)?(?:分组|小组)?(?:发言|建言|讨论|审议)|[^。\n]{0,30}?提出了?[\d一二三四五六七八九十百多余]+条[^。\n]{0,6}?(?:建议|意见)|们(?:一致|普遍)?(?:认为|表示))/;

/** A committee's own consultation meeting (`省政协“…”月度协商座谈会`), not one held with its members by another body (`政协委员座谈会`). */
const OWN_CONSULTATION = /(?:[省市区县州旗盟]|全国)政协(?!委员)[^。，,；\n]{0,40}?(?:协商座谈会|协商会|议政会|协商议政会|恳谈会)/;

/**
 * A consultation meeting at which the committee's members speak (`在“…”专题协商会上，政协委员们从…分别作了精彩
 * 发言`), or its plenary (`在北京市门头沟区政协全会上，不少委员围绕“四问”讲了很多建议`): the committee's meeting,
 * whoever the page names as convening it.
 */
const MEMBERS_AT_CONSULTATION =
  /在[^。\n]{0,40}?(?:(?:协商会|协商座谈会|议政会|协商议政会|恳谈会)上[，,][^。\n]{0,12}?政协委员|政协[^。\n]{0,16}?(?:全会|全体会议|大会)上[，,][^。\n]{0,12}?委员)们?[^。\n]{0,40}?(?:发言|建言|建议)/;

/** A committee's plenary by its term and session, no place before 政协 (`，政协九届三次会议`, `出席政协十二届四次会议`, `来到九届政协第五次会议…讨论组`), or written short (`委员在政协十四届一次全会分组讨论中建言`). */
const BARE_SESSION = /(?:^|[，,。、\n“]|召开|举行|参加|出席|来到|在)(?:政协第?[一二三四五六七八九十]{1,3}届|第?[一二三四五六七八九十]{1,3}届政协)第?[一二三四五六七八九十]{1,3}次(?:(?:全体)?会议|全会)/;

/** An appeal or open letter addressed to a committee's members (`致全市各级政协委员的倡议书`, `致全体政协委员的一封信`). */
const APPEAL_TO_MEMBERS = /致[^，,。；\n]{0,12}?政协委员(?:们)?的?(?:倡议书|公开信|一封信)/;
/** A letter's salutation to a committee's members, alone on its line (`全县各级政协委员：`, `各位政协委员们：`). */
const MEMBERS_SALUTATION = /^[^。，,\n]{0,14}政协委员们?[：:]$/;
/** A proposal's headline (`关于发展特色乡村游助力乐东全域旅游的建议`). */
const PROPOSAL_HEADLINE = /^关于[^。\n]{4,60}的(?:提案|建议)$/;
/**
 * A member's proposal named as handed in (`自治区政协委员刘媛提交《关于构建…服务体系的提案》`): a proposal, which
 * only a committee takes. (Not a member's suggestion, `委员李剑建议：`: one person's opinion, written up.)
 */
const MEMBER_SUBMITS_PROPOSAL = /政协委员[\u4e00-\u9fff]{2,4}(?:[^，,。；\n]{0,8}?)(?:提交|递交|提出)了?《[^》\n]{2,60}?提案》/;
/**
 * …anywhere on the page, however it is named (`盈江县政协委员罗有田提交提案`, `政协委员陈宇晖提交的《关于…的提案》`): the
 * story of a proposal a committee took. Of the nine pages of the development set where no committee otherwise acts, eight
 * keys read the committee's proposal work.
 */
const MEMBER_HANDS_IN_PROPOSAL = /政协委员[\u4e00-\u9fff]{2,4}[^。\n]{0,60}?(?:提交|递交)了?(?:一[个件份]|[^，,。；\n]{0,6}?)?(?:《[^》\n]{2,60}?)?提案/;
/** A headline of one named member's proposal: the member, then 建议 or 呼吁 (`全国政协委员郑锦春：呼吁形成…`). */
const MEMBER_PROPOSES_HEADLINE = /(?:全国|[省市区县州旗盟])政协(?:委员|常委)(?!们)[\u4e00-\u9fff·]{2,4}[：:\s]*(?:建议|呼吁)/;
/**
 * Its key proposals followed up (`市领导领衔督办市政协重点提案`, `政协重点提案督办协商会`) with its leaders there
 * (`市政协副主席金云女参加活动`): the committee's proposal work, whoever leads the follow-up. (Of the 80 pages of the
 * development set that open so, the two whose keys read none are a party leader's follow-up with no one of the
 * committee named.)
 */
const KEY_PROPOSAL_FOLLOWED_UP = /督办[^。，,；\n]{0,12}?政协[^。，,；\n]{0,8}?重点提案|政协[^。，,；\n]{0,8}?重点提案[^。，,；\n]{0,6}?督办/;
/** One of a committee's leaders named (`市政协副主席金云女`, `县政协秘书长`). */
const COMMITTEE_LEADER = /政协[^，,。；\n]{0,6}?(?:副?主席|秘书长)/;
/** A headline that files a speech as the plenary's (`委员大会发言：…`, `政协大会发言|…`). */
const PLENARY_SPEECH_HEADLINE = /^(?:[^：:|｜丨\n]{0,12}?(?:政协|委员))大会发言\s*[：:|｜丨]/;
/** A proposal's record, headed by its cause (`案由: 关于进一步推进文明祭祀工作的建议`). */
const PROPOSAL_RECORD = /案由\s*[:：]\s*关于[^。\n]{4,60}?的(?:提案|建议)/;
/** A headline of a committee's own rules: 政协 in it, and it ends in 办法, 规定, 规则, 细则 or 制度. */
const OWN_RULES = /政协[^。，\n]{0,30}(?:办法|规定|规则|细则|制度)(?:[（(]试行[)）])?$/;
/** A mention of the page's own committee: neither someone else's (visited, host, partner) nor a person's post. */
const ownMention = (m: RoledMention) => !SOMEONE_ELSES.has(m.role) && m.role !== 'affiliation';

/** A body's name alone (`…管理委员会`, `…党支部`, `…局`): the heading of that body's page. */
const BODY_NAME = /^[^，。：:\s]{4,30}(?:委员会|党委|党组|党支部|办公室|管理局|局|协会|学会|公司|中心)$/;
/** The members' group, studio or liaison room itself, after the place or sector it serves. */
const MEMBERS_UNIT = '(?:(?:政协)?委员(?:学习|联络|活动|履职)*|政协履职)(?:活动组|联络组|学习组|小组|工作室|工作站|之家|联络室|联络站)';
/**
 * A committee's members' group or studio in a town or community, or of a sector, that acts (`华新街道委员学习活动组开展…`,
 * `天井湖社区委员工作室…组织政协委员…`, `民革界别委员工作站召开民主协商座谈会`).
 */
const TOWN_MEMBERS_GROUP_ACTS = new RegExp(`[\\u4e00-\\u9fff]{2,6}(?:街道|镇|乡|社区|界别)${MEMBERS_UNIT}[^。\\n]{0,60}?(?:开展|组织|举办|召开|走进|深入)`);
/** The members of one of the committee's groups, named after it, acting (`政协正兴小组委员在太合村召开调研座谈会`), or its members' groups (`部分政协履职小组陆续开展…`). */
const COMMITTEE_GROUP_MEMBERS_ACT = /政协[^。，,、；\n]{0,6}?(?:(?:小组|组)委员|履职小组)[^。，,；\n]{0,20}?(?:召开|开展|组织|举办)/;
/** A town's or street's unit of the committee's members (`大坞镇政协委员联络室`, `杨家坪街道委员工作站`). */
export const TOWN_MEMBERS_UNIT = new RegExp(`[\\u4e00-\\u9fff]{2,6}(?:镇|乡|街道)${MEMBERS_UNIT}`);
/**
 * A members' studio, station or parlour opened (`首个政协委员工作室…揭牌成立`, `政协委员工作站启用`), or the
 * committee's place of consultation (`江北首个政协协商驿站，揭牌！`).
 */
const STUDIO_OPENS = /政协(?:委员(?:[\u4e00-\u9fff]{0,8}?)(?:工作室|工作站|联络站|之家|会客厅)|[\u4e00-\u9fff]{0,4}?(?:协商驿站|议事室|议事厅))[^。\n]{0,24}?(?:揭牌|成立|启用|挂牌)/;
/**
 * A committee named with its place, its members (no one member's name) going somewhere to hold an
 * activity, or its members as a body (`西安市政协委员们手持卫生钳…开展清洁清理活动`, `衡阳市雁峰区政协委员开展
 * …专项民主监督活动`) holding one.
 */
const MEMBERS_GO_OUT = /\p{Script=Han}{2,10}(?:省|市|区|县|州|旗|盟)政协(?:委员们?(?:进|深入|走进|来到|赴|到)[^。\n]{0,30}?|委员们[^。\n]{0,60}?|委员(?:集中|联合|共同)?)开展[^。\n]{0,30}?活动/u;
/**
 * …or some of a place's members, as a group, inspecting or studying (`湖北省谷城县部分政协委员就当前春耕生产进行视察`):
 * a group of members is the committee's to send, as one named member is not.
 */
const PLACE_MEMBERS_INSPECT = /(?:省|市|区|县|州|旗|盟)(?:的)?(?:部分|一批|多名|[0-9一二三四五六七八九十]+名)(?:省|市|区|县|州)?政协委员[^。\n]{0,40}?(?:进行|开展)了?(?:专题)?(?:视察|调研|考察)/;
/**
 * …or one of its sectors' members going out together to study or inspect (`省市政协致公界别委员赴莆田涵江开展调研`, `率省、市
 * 政协致公界别委员一行深入莆田涵江`): the sector's activity, the committee's practice.
 */
const SECTOR_MEMBERS_GO_OUT = /政协[\u4e00-\u9fff]{1,8}?界别?委员(?:们|一行)?(?:深入|赴|到|前往|走进|来到)[^。\n]{0,30}?(?:调研|视察|考察)/;
/**
 * A place that launches a democratic supervision with the committee's members as its supervisors
 * (`罗湖启动“文明城市创建”专项集体民主监督活动，邀请一批政协委员化身“监督员”`): the committee's function
 * at work, told as the place's.
 */
const PLACE_LAUNCHES_SUPERVISION = /(?:启动|开展|组织)[^。\n]{0,24}?民主监督(?:活动|工作)?[^。\n]{0,12}?政协委员/;

/** A committee's members as a body gathered in one hall (`市政协委员们齐聚一堂`) or in the city it sits in (`省政协委员齐聚兰州`): its meeting in session. */
const MEMBERS_GATHER = /(?:省|市|区|县|州|旗|盟)政协委员们?[^。，\n]{0,10}?(?:齐聚一堂|汇聚一堂|欢聚一堂|齐聚[\u4e00-\u9fff]{2,4}(?=[，,。]))/;

/**
 * A headline whose subject is a place's committee's members as a body, no one member's name after
 * them (`贵港市覃塘区政协委员助力乡村特色旅游产业发展`, `江西吉安市政协委员聚焦脱贫攻坚建言献策`, `津市政协委员一条
 * 社情民意`, `崇左市宁明县政协委员躬身一线助春耕小记`), where a person's portrait names him: a name of two to
 * four characters closing the headline or followed by a colon, a bracket, a dash, 的 or his words
 * (`黄山市政协委员俞娟：…`, `——记市政协委员周宇`, `自治区政协委员刘媛呼吁：…`).
 */
const MEMBERS_HEADLINE = /(?:省|市|区|县|州|旗|盟)政协委员们?(?![\u4e00-\u9fff]{2,4}(?:[：:（(\s—]|$|的|呼吁|建议|说))[\u4e00-\u9fff]/;
/** …or the members named by their place's short name (`新疆政协委员为新疆自贸试验区建设建诤言献良策`, `甘肃政协委员吁政策干预`). */
const SHORT_PLACE_MEMBERS_HEADLINE = /政协委员们?(?![\u4e00-\u9fff]{2,4}(?:[：:（(\s—]|$|的|呼吁|建议|说))[\u4e00-\u9fff]/g;

/** …or named by the place the headline opens with, before its colon (`沭阳县章集街道：政协委员建言献策 助推…`). */
const PLACE_COLON_MEMBERS_HEADLINE = /^[\u4e00-\u9fff]{1,10}?(?:省|市|区|县|旗|州|盟)(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))?[：:]\s*政协委员们?(?![\u4e00-\u9fff]{2,3}(?:[：:（(\s—]|$|的|呼吁|建议|说))[\u4e00-\u9fff]/;

/** Characters before a members' place in which 住 or 驻 makes them residents elsewhere (`住澳门内蒙古`). */
const RESIDENT_REACH = 4;

/** Where in a headline whose subject is a place's members as a body their 政协委员 ends, or -1. */
function membersHeadlineEnd(headline: string): number {
  const marked = MEMBERS_HEADLINE.exec(headline);
  if (marked) return marked.index + marked[0].indexOf('政协委员') + '政协委员'.length;
  const colon = PLACE_COLON_MEMBERS_HEADLINE.exec(headline);
  if (colon) return colon[0].indexOf('政协委员') + '政协委员'.length;
  return shortPlaceMembersEnd(headline);
}

/** …where the place is named short (`青海政协委员建言…`). */
function shortPlaceMembersEnd(headline: string): number {
  for (const m of headline.matchAll(SHORT_PLACE_MEMBERS_HEADLINE)) {
    const before = headline.slice(0, m.index);
    // (Not the national members living in a province, `住宁全国政协委员`, nor a province's several levels, `四级政协委员`.)
    if (/全国$|[级各]$/.test(before)) continue;
    const place = findPlaceNames(before).find((h) => h.end === before.length && h.form === 'short');
    // (…nor the members living somewhere else, `9名住澳门内蒙古政协委员`: a place's members away from it.)
    if (place && !/[住驻]/.test(before.slice(Math.max(0, place.start - RESIDENT_REACH), place.start))) return m.index + '政协委员'.length;
  }
  return -1;
}

/**
 * A members' headline read with its members as the body they are (`青海政协委员建言…` as `青海政协委员们建言…`), its
 * committee acting through them rather than named as one member's post; and so is a headline of one member's proposal.
 */
export function membersHeadlineRoles(headline: string): readonly RoledMention[] {
  const place = shortPlaceMembersEnd(headline);
  const end = place >= 0 ? place : memberProposalEnd(headline);
  if (end < 0) return assignRoles(headline);
  if (headline.startsWith('们', end)) return assignRoles(headline).map((m) => asBody(m, end));
  // (Read with 们 put in, each mention's place given back in the headline as written.)
  const shift = (at: number) => (at > end ? at - 1 : at);
  return assignRoles(`${headline.slice(0, end)}们${headline.slice(end)}`).map((m) => asBody({ ...m, start: shift(m.start), end: shift(m.end) }, end));
}

/** Where the 政协委员 of a headline of one named member's proposal ends (`全国政协委员吉平建议：…`), or -1: his committee's proposal, taken through him. */
function memberProposalEnd(headline: string): number {
  const m = MEMBER_PROPOSES_HEADLINE.exec(headline);
  return m ? m.index + '政协委员'.length : -1;
}

/** The mention of the members' committee whose 政协委员 ends at `end`, read as acting through them. */
function asBody(m: RoledMention, end: number): RoledMention {
  return m.end + '委员'.length === end && m.role === 'affiliation' ? { ...m, role: 'actor', why: `${m.text}委员…: its members as a body head the page` } : m;
}

/**
 * A session's members as the subject of their clause (`列席县第十五届人民代表大会第五次会议的县政协委员们，在听取…后`,
 * `出席…政协房县第十届委员会第四次会议的政协委员们，集中视察…`), its session named for them (`出席区政协八届五次会议的委员
 * 以视频会议形式列席…`); not the members leaders call on (`看望出席…的政协委员`), nor a congress's deputies and the
 * members together (`出席省十四届人大四次会议、省政协十三届四次会议的代表委员们`).
 */
const SESSION_MEMBERS_OPEN = /(?:^|[，,。；;\n]|[日午晚])(?:出席|列席|参加)(?:[^。；;\n]{2,50}?会议的[^。，,；;\n]{0,12}?政协委员|[^。；;\n]{0,50}?政协[^。；;\n]{0,30}?会议的[^。，,；;\n]{0,12}?(?<!代表)委员)/;

/** A special committee (cues.yaml `specialCommittees`) opening a clause and acting, or as its party's name (`提案委考察团`). */
const specialCommitteeActs = oncePer((cues: Cues) => new RegExp(`(?:^|[，。\\n])[^，。\\n]{0,10}?(?:${cues.specialCommittees.join('|')})(?:组织|召开|开展|举办|赴|深入|邀请|考察团|调研组|视察组)`));

/** A headline or subtitle that interviews a committee's chairman or vice-chairman. */
const CHAIR_INTERVIEWED = /(?:专)?访[^，。！？\n]{0,24}?政协(?:党组(?:副)?书记、)?(?:副)?主席/;

/**
 * Whether an article in which no committee acts ({@link anyActor} false) still tells a committee's
 * practice without its verb: a members' studio unveiled, a session's members at work, a pilot
 * described (`海淀街道政协委员工作站揭牌仪式…举行。区政协副主席…出席`). It names 政协 often, names a
 * committee at least twice as neither host, visited, partner nor a person's post, and opens with
 * no other body acting (cues.yaml `otherBodies`, a place convening) before its first 政协. Or its
 * headline or `subtitle` interviews a committee's chairman, or it is a proposal under an `author` of the committee.
 */
export function practiceWithoutActor(title: string | null | undefined, paragraphs: readonly string[], subtitle?: string | null, author?: string | null): boolean {
  const text = [title, ...paragraphs].filter(Boolean).join('\n');
  // The headline and first paragraph, where a page says what it is about.
  const lead = [title ?? '', paragraphs[0] ?? ''].join('\n');
  // A named committee's members going out together to hold an activity (`下陆区政协委员进社区开展助残义诊
  // 义演活动`): the committee's practice done by its members, not one member's deed.
  if (MEMBERS_GO_OUT.test(lead) || SECTOR_MEMBERS_GO_OUT.test(lead) || PLACE_MEMBERS_INSPECT.test(lead)) return true;
  // …or a place's democratic supervision with its members as the supervisors (`罗湖启动…专项集体民主监督活动，邀请一批政协委员…`).
  if (PLACE_LAUNCHES_SUPERVISION.test(lead)) return true;
  // …or its members gathered as a body for its meeting (`来自各个界别的市政协委员们齐聚一堂，积极协商议政`).
  if (MEMBERS_GATHER.test(lead)) return true;
  // …or headed as its members' doing (`河南舞阳县政协委员助力花生产业蓬勃发展`): of the 213 such headlines in the
  // development set, 211 head a committee's practice, told through what its members did.
  // (…named by their place's short name too, `新疆政协委员为新疆自贸试验区建设建诤言献良策`.)
  if ([title, subtitle].some((h) => h && membersHeadlineEnd(h) >= 0)) return true;
  // …or its session's members opening their clause (`列席县…人民代表大会…会议的县政协委员们，…展开了热烈的讨论`): 155 of the
  // 156 pages of the development set that open so hold a committee's practice.
  if (SESSION_MEMBERS_OPEN.test(lead)) return true;
  // …or one of its special committees, named short without 政协 as its own pages do, acting at the page's opening
  // (`人资环委组织部分市政协常委、委员对我市冰雪旅游发展情况进行调研考察`, `率提案委考察团一行13人…赴宁夏、陕西`): all 25
  // such openings in the development set hold a committee's practice.
  if (text.includes('政协') && specialCommitteeActs(getCues()).test(lead)) return true;
  // …or its members' group in a town or community (`华新街道委员学习活动组开展四季度学习调研活动`) on a page that names it.
  if (TOWN_MEMBERS_GROUP_ACTS.test(lead) && text.includes('政协')) return true;
  // …or the members of one of its groups (`政协正兴小组委员在太合村召开调研座谈会`): all 8 such openings in the development set.
  if (COMMITTEE_GROUP_MEMBERS_ACT.test(lead)) return true;
  // …or a members' studio or station opened (`实验区首个政协委员工作室在实验区人民法院揭牌成立`), on a page that
  // names the committee whose it is (`平潭政协的工作品牌`): the committee's practice, told in the passive.
  if (STUDIO_OPENS.test(lead) && assignRoles(text).some(ownMention)) return true;
  // A committee's numbered session in its groups, its members speaking (`县领导…分别参加县政协十一届五次
  // 会议有关分组进行讨论。讨论会上，委员们踊跃发言`): the session at work, however seldom the page says 政协.
  if (SESSION_GROUPS.test(text) && MEMBERS_SPEAK.test(text)) return true;
  // …and so is its own consultation meeting, its members speaking (`在省政协“推进…”月度协商座谈会上，部分省政协
  // 委员和专家学者积极建言献策`), headed or opened so.
  if (OWN_CONSULTATION.test(lead) && MEMBERS_SPEAK.test(text)) return true;
  // …or any consultation meeting or plenary of its members, told as where they speak (`在“…”专题协商会上，政协委员们…发言`).
  if (MEMBERS_AT_CONSULTATION.test(paragraphs.slice(0, 2).join('\n'))) return true;
  // …or its plenary named by its term and session alone (`政协九届三次会议举行大会发言`, `参加政协九届一次会议的委员们陆续报到`):
  // only a page's own committee is named so, without its place.
  if (BARE_SESSION.test([title ?? '', ...paragraphs.slice(0, 2)].join('\n'))) return true;
  // A place that holds its committee's event (`苍南县召开政协民主监督工作会议`, `源汇区开展“讲好政协故事”…
  // 活动`, `体育馆路街道开展政协委员街道活动小组…活动`) is the committee's practice told as the place's,
  // however seldom it says 政协.
  if (PLACE_HOLDS_COMMITTEE_EVENT.test(lead)) return true;
  // …and so is the committee's own activity told as held (`县政协“六送下乡”社会服务月活动在郑宅镇举行`): all 50 pages of
  // the development set that open so hold a committee's practice.
  if (COMMITTEE_ACTIVITY_HELD.test(lead)) return true;
  // …and so is what a committee is named as the agent or host of, wherever the page says so (`参加了由…市政协民建、
  // 教育界别委员开展的…协商会`, `活动由政协北安市委员会…联合主办`): 143 of the 146 pages of the development set that say
  // so hold a committee's practice. (Not what it organises for others, `由重庆市政协办公厅组织的…媒体采访报道活动走进
  // 长寿区`: a press tour of another place's work.)
  if (COMMITTEE_AS_AGENT.test(text)) return true;
  // An interview with a committee's chairman (`——访北京市延庆区政协党组书记、主席张远`): his committee's work as he
  // tells it. (Not a member's, `——访市政协委员、住建局副局长张青`: one person's.)
  if (CHAIR_INTERVIEWED.test([title ?? '', subtitle ?? ''].join('\n'))) return true;
  // …and so is a meeting held under a committee's consultation brand (`什地镇二圣宫社区召开“有事来协商·院坝协商”
  // 议事会`, `永安洲镇组织开展“有事好商量·民生专题协商议事月”活动`, `德阳市“有事来协商”工作座谈会召开`) on a page
  // that names a committee: its platform at work, whoever convenes the meeting.
  if (text.includes('政协') && brandedMeeting(lead)) return true;
  // An appeal or open letter to its members (`聚力突破招商引资 彰显委员责任担当——致全市各级政协委员的
  // 倡议书`): only the committee writes to its members so, whatever the page names it.
  if (APPEAL_TO_MEMBERS.test(lead)) return true;
  // …and so is a letter that opens by hailing its members on a line of their own (`全县各级政协委员：`), however it is
  // headed (`殡葬改革倡议书`): all four such pages of the development set are a committee's own.
  if (paragraphs.slice(0, 3).some((p) => MEMBERS_SALUTATION.test(p.trim()))) return true;
  // …or a proposal printed whole under the byline of its members or one of its bodies (`县政协委员 陈锦峰 徐英
  // 梁文珍`, extract-metadata.ts): the committee's proposal.
  if (title && PROPOSAL_HEADLINE.test(title.trim()) && author?.includes('政协')) return true;
  // …or a proposal's record as a committee's site files it (`案由: 关于…的建议 提案号: 0053`, `提案人姓名: …`): its
  // member's proposal, the committee's however the page names it.
  if (PROPOSAL_RECORD.test(text) && /提案(?:号|人)/.test(text)) return true;
  // …or a member's proposal named as handed in, in the page's opening paragraphs.
  if (MEMBER_SUBMITS_PROPOSAL.test([title ?? '', ...paragraphs.slice(0, 3)].join('\n'))) return true;
  // …or anywhere on the page, however it is named.
  if (MEMBER_HANDS_IN_PROPOSAL.test(text)) return true;
  // …or headed as one named member's proposal (`全国政协委员吉平建议：…`, `省政协委员王敬峰呼吁 建立…`): all ten such
  // headlines of the development set head the committee's practice, though his portrait (`…委员张萍：继续加强…`) does not.
  if (title && MEMBER_PROPOSES_HEADLINE.test(title)) return true;
  // …or its key proposals followed up with its leaders there, headed or opened so (`市领导领衔督办市政协重点提案`).
  if (KEY_PROPOSAL_FOLLOWED_UP.test(lead) && COMMITTEE_LEADER.test(text)) return true;
  // …or a member's speech at its plenary, headed as one (`委员大会发言：开展乡贤和孝文化研究…`), printed whole: the
  // session's speech, the committee's however seldom the page names it.
  if (title && PLENARY_SPEECH_HEADLINE.test(title.trim())) return true;
  if ((text.match(/政协/g) ?? []).length < MIN_COMMITTEE_WORDS) return false;
  // A death and its funeral opening the page (`…原政协副主席…沈锦荣同志因病…逝世`, `…遗体送别活动…举行`): a
  // person's story, whoever presides over the mourning.
  if (getCues().mourningWords.some((w) => lead.includes(w))) return false;
  // Its own rules, headed as such (`关于政协委员履职管理系统管理办法`), that name it (`区政协自身建设`): the
  // committee's document, its verb (制定, 印发) left to the page it is filed under.
  if (OWN_RULES.test((title ?? '').trim()) && assignRoles(text).some(ownMention)) return true;
  // A page headed by another body's name alone (`郑州黄河文化公园管理委员会` over its party branch's visit
  // to the committee's history hall) is that body's news.
  if (title && BODY_NAME.test(title.trim()) && !title.includes('政协')) return false;
  const opening = [title ?? '', paragraphs[0] ?? ''].map((line) => line.split('政协')[0]).join('\n');
  const other = getCues().otherBodies.some((w) => {
    for (let at = opening.indexOf(w); at >= 0; at = opening.indexOf(w, at + 1)) if (!(w.endsWith('委') && opening[at + w.length] === '员')) return true;
    return false;
  });
  if (other || PLACE_CONVENES.test(opening)) return false;
  const own = assignRoles(text).filter(ownMention);
  return own.length >= MIN_OWN_MENTIONS;
}

/** Whether a clause of `lead` holds a meeting or activity under one of the committees' consultation brands (cues.yaml `consultationBrands`). */
function brandedMeeting(lead: string): boolean {
  const brands = getCues().consultationBrands;
  // (A bracketed alternative inside the form's name, `对口（界别）协商会`, is read past.)
  return lead.split(/[，,。；;！!？?\n]/).map((clause) => clause.replace(/[（(][^（()）]{1,6}[）)]/g, '')).some((clause) => brands.some((b) => clause.includes(b)) && HOLDS.test(clause));
}
/** Holding a meeting or an activity. */
const HOLDS = /召开|举行|举办|开展/;

/**
 * The committees that act jointly where these lines first tell someone acting: a list that opens
 * its clause (`昭通、毕节、泸州、遵义四市政协联合举办…`, `陕西、甘肃、青海、宁夏、新疆五省区政协…达成共识`),
 * each member once, in the order named. [] when the first to act is one committee, or none does: a
 * story about one committee that later names a joint step of others stays that committee's.
 */
export function jointActors(lines: readonly string[]): RoledMention[] {
  const read = lines.map((line) => ({ line, roles: assignRoles(line) }));
  // A list that does something each on its own (`五华区、盘龙区、西山区政协分别举行了…培训班`) is
  // each one's practice wherever it stands in the section.
  for (const { line, roles } of read) {
    for (let i = 0; i < roles.length; i++) {
      if (!roles[i].jointly) continue;
      const members = listFrom(line, roles, i);
      const after = line.slice(members[members.length - 1].end).replace(/^(?:[一二三四五六七八九十两\d]+个?[省市区县州旗盟]+(?:[（(][^）)]{1,8}[）)])?)?政协/, '');
      // (Not reporting to the committee that heard them: `会上，思茅区、宁洱县、景东县政协分别汇报了…`.)
      if (/^[^，。；]{0,4}分别/.test(after) && !REPORTING.test(after)) return members;
      i += members.length - 1;
    }
  }
  for (const { line, roles } of read) {
    const first = roles.findIndex((m) => m.role === 'actor' || m.jointly);
    if (first < 0) continue;
    // Two places that share one 政协 and act (`重庆、广西政协书画展在京举办`): both committees do.
    // (Counted, `岳阳、益阳两市政协举行工作交流会`, it is one's meeting with the other as guest.)
    const next = roles[first + 1];
    if (!roles[first].jointly && !roles[first].text.endsWith('政协') && next?.role === 'actor' && next.text.endsWith('政协') && /^[、和与及]$/.test(line.slice(roles[first].end, next.start))) return [roles[first], next];
    return roles[first].jointly ? listFrom(line, roles, first) : [];
  }
  return [];
}

/**
 * Whether the joint actors of these lines (from {@link jointActors}) organise an event together
 * (`四市政协联合举办…`, `由山东省政协、海南省政协共同主办`): each one's, not only the host's.
 */
export function organisedTogether(lines: readonly string[], members: readonly RoledMention[]): boolean {
  const last = members[members.length - 1];
  if (!last) return false;
  return lines.some((line) => line.slice(last.start, last.end) === last.text && line.slice(0, last.start).includes(members[0].text) && ORGANISED_TOGETHER.test(line.slice(last.end)));
}

/** Each of a list reporting or speaking at another's meeting (`分别汇报了…`, `分别作交流发言`), or taking part in another's work (`分别参与投标`). */
const REPORTING = /^[^，。；]{0,4}分别[^，。；]{0,8}?(?:汇报|发言|介绍|参与|参加)/;

/** The run of jointly acting mentions that starts at `roles[first]`, joined by 、 和 及 与. */
function listFrom(line: string, roles: readonly RoledMention[], first: number): RoledMention[] {
  const members = [roles[first]];
  for (let i = first + 1; i < roles.length && roles[i].jointly && (/^[、和及与]?$/.test(line.slice(roles[i - 1].end, roles[i].start)) || PAIR_JOIN.test(line.slice(roles[i - 1].end, roles[i].start))); i++) members.push(roles[i]);
  return members;
}

/** A meeting's venue: `在宁夏回族自治区固原市召开`, `于涿州市举行`. */
const VENUE = /[在于]([\u4e00-\u9fff]{2,16}?)(?:召开|举行|举办|开幕|闭幕)/g;

/**
 * Where `text` says a meeting was held, as region codes (the longest place each venue opens with).
 * A joint meeting held in one member's territory is that member's: it hosts, the others take part.
 */
export function venues(text: string): string[] {
  return [...text.matchAll(VENUE)].flatMap((m) => leadingPlace(m[1])?.code ?? []);
}

