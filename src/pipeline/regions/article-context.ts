/**
 * Where an article is at home: the places its own page gives, outside the text of any case, that
 * tell a bare `市政协` or `区政协` which committee it is. In order of strength:
 *
 * 1. a committee the page names as itself: its site name or sign-off in the furniture
 *    (`安庆政协`, `终审：鼎城政协`, `中国人民政治协商会议重庆市委员会 主办`), or its author line;
 * 2. the publisher (`来源：中山政协`, `天津新闻信息网`, `成都日报`), the site's owner in its footer
 *    (`版权所有：石家庄市栾城区人民政府`), and the place an official site's address spells
 *    (`zx.jiangyin.gov.cn`; a namesake only where other evidence agrees), and the place whose leaders
 *    attend by name (`晋江市领导许宏程、吴尊意…参加会议`);
 * 3. the dateline place (`人民政协网北京6月14日电` gives 北京);
 * 4. committees and places of the title, subtitle, kicker and lead that are not somewhere visited
 *    (`刘国学率队到梧州市学习考察` does not make 梧州 home);
 * 5. a place the text says people came to (`来常`: the writer is in 常州), and the division a site's
 *    public-security registration number opens with (`闽公网安备 35030002001082号`);
 * 6. places the body names (in full, or a prefecture's or province's short name that recurs, or a
 *    town only one county has, or a short name the page's province or the site's initials settle),
 *    never as somewhere visited, the most named first; and the parents of places the committee
 *    inspects (`赴临清市、东昌府区视察` gives 聊城市), which lie in its territory; last, the
 *    initials an official site's address abbreviates its place by (`bsszx.gov.cn`: 白山市), settled
 *    by the provinces the page names when they spell several places, and a media platform's county
 *    subdomain (`xiaochang.cjyun.org`).
 *
 * Each piece of evidence keeps what it was, so an attribution can say which evidence decided.
 * Pure apart from the shared gazetteer.
 */
import { addressInitialPlaces, addressInitials, addressPathCities, addressPathCommittee, addressPathNames, addressPathFormalName, addressPathPlaces, addressPlaces, addressSiteName, committeePaperInitials, committeeSite, initialsOf, localMediaHost, mediaHost, newsSiteInitialPlace, paperInitials, regionalDomainProvince } from './address-places';
import { findCommittees, residentProvince, RESIDENTS_OF, type CommitteeMention } from './find-committees';
import { assignRoles, CLAUSE_END, clauseBounds, SENTENCE_END, SOMEONE_ELSES } from './committee-roles';
import { getCues } from './cues';
import { findPlaceNames, getGazetteer, lineage, level as levelOf, OUTSIDE_MAINLAND, regionByCode, type Gazetteer, type PlaceNameHit, type RegionLevel } from './gazetteer';
import { leadingPlace, placeOrEnclosing, resolvePlace } from './resolve-place';
import { findTownNames } from './towns';
import { oncePer } from '../classify/match-mechanisms';

export interface HomeContext {
  title?: string | null;
  subtitle?: string | null;
  kicker?: string | null;
  lead?: string | null;
  publisher?: string | null;
  place?: string | null;
  author?: string | null;
  /** The byline's writer (`作者：安宁市政协经农委 马丽平`, `记者 王鹏`). */
  reporter?: string | null;
  /** Lines taken out of the body as page furniture (site names, sign-offs, breadcrumbs …). */
  furniture?: readonly string[];
  /** The body text, for `来X`. */
  body?: string;
  /** The article's address (a 原文链接 line, or curated). */
  url?: string | null;
}

export interface HomeEvidence {
  code: string;
  /** The text that gave it and where it stood: `鼎城政协 (page furniture: 终审：鼎城政协)`. */
  what: string;
  /** 1 strongest … 6 weakest (see the module comment). */
  rank: number;
  /** One of several readings of one spelling: it counts only for a bare committee of its kind. */
  reading?: boolean;
  /** A reading that stands only inside a place other evidence names (`海州区政协`: 连云港's or 阜新's). */
  within?: boolean;
}

/** A copyright line of the site's name and nothing else (`© 2017 今日房县`): the name (group 1). */
const COPYRIGHT_SITE = /^\s*(?:Copyright\s*)?©\s*(?:\d{4}(?:\s*[-—–]\s*\d{4})?\s*)?([\u4e00-\u9fff]{2,12})\s*$/i;
/** A footer naming the site's owner (`版权所有：石家庄市栾城区人民政府`, `主办单位：…`). */
const SITE_OWNER = /(?:版权所有|主办单位|主办)\s*[:：]?\s*([^|｜，。]{2,40}?)(?:人民政府|政府|委员会|办公室|\s|[|｜]|$)/;
/** …or names it before 版权所有 (`淳安县千岛湖传媒中心版权所有`). */
const OWNER_BEFORE = /^\s*(?:Copyright\s*)?(?:©\s*)?(?:\d{4}(?:-\d{4})?\s*)?([^\s|｜，。:：©]{4,30}?)\s*版权所有/i;
/** A footer that opens with the site's owner (`中共鄂尔多斯市委办公室主办 备案：…`, `…柳州市委员会主办`). */
const OWNER_FIRST = /^\s*(?:本网站?由)?([^|｜，。:：\s]{2,40}?(?:办公室|委员会|人民政府|政府|办公厅|宣传部|中心|报社))\s*主办/;
/** A leader taking people along, earlier in the sentence (`…率`, `…带领`), and where they go, later. */
const LED_BEFORE = /(?:率领?|带领)[^。；！？\n]*$/;
const GOING_AFTER = /^[^。；！？\n]*?(?:赴|前往|到)[\u4e00-\u9fff]/;
/** Before a committee named by its short place: somewhere gone to or a partner (`赴濮阳政协`, `与濮阳政协`). */
const SHORT_NAMED_AWAY = /(?:赴|到|来|前往|走进|与|和|同|及|、)$/;
/** A meeting held somewhere (`会议在成都召开`, `…座谈会在临夏州举行`): the place (group 1). */
const VENUE_HELD = /(?:会|会议)在([\u4e00-\u9fff]{2,8}?)(?:召开|举行|举办|开幕)/g;
/** Most characters between the leader's verb, a committee of the party and where it goes. */
const MAX_PARTY = 60;
/** The site's name at the head of a breadcrumb, after any `您的位置：` label, perhaps in title marks (`当前位置:《平和网》>`). */
const BREADCRUMB_SITE = /^(?:[^>＞»›:：]{0,10}[:：])?\s*《?([^>＞»›:：\s《》]{2,12}?(?:网|网站|门户))》?(?:首页)?\s*[>＞»›]/;
/** What a site named after its place is about, after the place (`建湖文史`, `漳平新闻`). */
const SITE_KIND = /(?<=^[\u4e00-\u9fff]{2,8})(?:文史|政协|新闻|在线|资讯|政务)$/;
/** A site's channel for a place (`莆田政务`, `永川新闻`, `江津频道`). */
const PLACE_CHANNEL = /^([\u4e00-\u9fff]{2,6}?)(?:政务|新闻|资讯|频道|要闻|动态)$/;
/** `在沪全国政协委员`: national members (or deputies) resident in a province, named by its one-character abbreviation. */
const RESIDENT_MEMBERS = new RegExp(`${RESIDENTS_OF}(?:政协委员|人大代表)`, 'g');
/** A national leader's visit right before a place (`总书记考察`, `总书记来`). */
const LEADER_VISIT = /(?:总书记|总理|委员长)[\u4e00-\u9fff]{0,4}?(?:考察|视察|来到|莅临|到|来)$/;
/** Members of the committees above resident in a place (`在诸暨的省、绍兴市政协委员`): the place (group 1). */
const RESIDENT_HIGHER_MEMBERS = /[在住驻]([\u4e00-\u9fff]{2,4}?)的(?:全国|省|[\u4e00-\u9fff]{2,4}[市州])(?:[、和及](?:全国|省|[\u4e00-\u9fff]{2,4}[市州]))*政协委员/g;
/** A place's leaders by name (`晋江市领导许宏程、`): the place written in full, then names. */
const PLACE_LEADERS = /([\u4e00-\u9fff]{1,8}?[省市县区州旗])领导(?=[\u4e00-\u9fff·]{2,4}?(?:[、，,]|参加|出席|陪同))/g;
/** A column for a place's two sessions (`2026当阳两会`, `2026垫江“两会”`): the place (group 1). */
const PLACE_SESSIONS = /(?<=[【\[［]|聚焦|\d{4}年?)([\u4e00-\u9fff]{2,4}?)“?两会”?/g;
/** A development zone and the county it is one with, in brackets (group 1): `高新区（滨江）`. */
const ZONE_AND_COUNTY = /(?:高新区|开发区|经开区|新区)[（(]([\u4e00-\u9fff]{2,4})[)）]/g;
/** A headline's place before a colon at its start (`本溪：…`). */
const TITLE_PLACE = /^([\u4e00-\u9fff]{2,6})[：:]/;
/** The natives of a place (`临安籍乡贤`, `莆田籍在外人士`), or the place called home (`家乡临安`): the place ends group 1 or opens group 2. */
const NATIVES_OF = /([\u4e00-\u9fff]{2,4})籍(?:乡贤|在外|企业家|专家|学者|知名人士|人士)|家乡([\u4e00-\u9fff]{2,3})(?=[，,。、的发])/g;
/**
 * The sign-off in brackets that closes a paragraph, a body that opens with its place and the writer's name after
 * it (`（邵阳民盟 邹建山）`, `（萧县委统战部 唐国吕）`): the group 1 body.
 */
const BRACKETED_SIGN_OFF = /[（(]([\u4e00-\u9fff]{3,16})[ \u3000]+[\u4e00-\u9fff·]{2,3}(?:[ \u3000]+[\u4e00-\u9fff·]{2,3})*[)）]\s*$/;
/** …never a reporter's credit (`（记者 王素娟）`), nor a committee's own body, which the committee rules read. */
const NOT_A_PLACED_BODY = /记者|通讯员|实习生|编辑|政协/;
/** …or its place's first of a kind (`荆州首家政协委员“扶贫车间”成立`): the place whose first it is. */
const TITLE_PLACE_FIRST = /^([\u4e00-\u9fff]{2,4}?)(?:首家|首个|首批|首座)/;
/** A consultation programme or brand named after a place: the place, then (好)商量, quoted or as a title. */
const PLACE_CONSULTATION_BRAND = /[《“]([\u4e00-\u9fff]{2,4}?)好?商量[》”]/g;
/** A campaign named after a place (`平安肥城建设`, `建设美丽莆田`): the place (group 1 or 2). */
const PLACE_CAMPAIGN = /(?:平安|美丽|健康|法治|文明|幸福|智慧|数字|书香|诚信)([\u4e00-\u9fff]{2,4}?)(?:建设|创建)|(?:建设|创建|打造)(?:平安|美丽|健康|法治|文明|幸福|智慧|数字|书香|诚信)([\u4e00-\u9fff]{2,4}?)(?=[，。；、！,\s”]|$)/g;
/**
 * A place's chronicle by its full name (`《修水县志》`, `《海淀区志》`), perhaps of a span of years and in
 * volumes (`《九江市志(1991-2010)第三册》`, `《海淀区志（1991—2010）·上卷》`).
 */
const PLACE_CHRONICLE = /《([\u4e00-\u9fff]{1,8}?[县市区旗])志(?:\s*[(（]\d{4}\s*[-－—–~～至]+\s*\d{4}(?:年)?[)）])?(?:[·•]?(?:第?[一二三四五六七八九十\d]+|[上中下])(?:册|卷|分册|编))?》/g;
/**
 * A place's committees of every level (`辽宁省各级政协`, `岳阳市政协系统`): the place (group 1). (Not the
 * whole of the page's own, `全州各级政协组织`: 全州 is also a county's name.)
 */
const PLACE_COMMITTEES = /(?<![\u4e00-\u9fff])(?![全本我该])([\u4e00-\u9fff]{2,10}?)(?:各级政协|政协系统)/g;
/** The committee's local-history series, which takes its place's short name (`《民权文史资料》`, `《周至文史》`). */
const PLACE_HISTORY_SERIES = /《([\u4e00-\u9fff]{2,4}?)文史(?:资料)?(?:选辑|专辑)?》/g;
/** A link to the site's previous, next or related article. */
const OTHER_ARTICLE = /^\s*[>》]*\s*(?:上一篇|下一篇|上一条|下一条|相关(?:新闻|阅读|文章))/;
/** Full names of districts that any town's parts share (攀枝花's 西区, 阳泉's 城区 and 矿区): read only after their city. */
const GENERIC_DISTRICT = /^(?:[东西南北中]|城|郊|矿)区$/;
/** Longest furniture line read for a site name; longer ones are navigation lists and footers. */
const MAX_FURNITURE_LINE = 40;
/** A site's name opening a longer line, before a separator (`陆丰政协网： mustafaesen.com 发布时间：…`). */
const SITE_NAME_FIRST = /^\s*([\u4e00-\u9fff]{2,12}(?:网站|网|门户))\s*(?:[：:|｜丨]|\s)/;
/** Words earlier in a clause that make the places after them somewhere visited (`赴杭锦后旗、五原县`). */
const VISIT_IN_CLAUSE = /(到|赴|前往|来到|走访|考察|参观)/;
/** A trip's verb right before the place it sets out for (not 到 of `感受到`, `看到`, `达到`). */
const TRIP_VERB_BEFORE = /(?:赴|前往|来到|(?<![感看受达得识想做遇听见提找回])到)$/;
/** The clause around `at`. */
function clauseAround(text: string, at: number): string {
  const [from, to] = clauseBounds(text, at, at, CLAUSE_END);
  return text.slice(from, to);
}

/**
 * Whether the place name ending at `end` is part of an organisation's name (`湖北商会`, and
 * `安徽省` in `安徽省湖北商会`; cues.yaml `organisationWords`): neither home nor somewhere visited.
 */
export function namesOrganisation(text: string, end: number): boolean {
  const words = getCues().organisationWords;
  // Right after it, or after another place name (`安徽省` + `湖北` + `商会`).
  for (let k = 0; k <= 4; k++) {
    if (!words.some((w) => text.startsWith(w, end + k))) continue;
    if (k === 0 || findPlaceNames(text.slice(end, end + k)).some((h) => h.start === 0 && h.end === k)) return true;
  }
  // …or a company's, its brand and trade between (`吉林梅花氨基酸有限责任公司`): no verb or join in them.
  return COMPANY_AFTER.test(text.slice(end));
}
/** A brand and trade, then a company's legal form, right after a place: the place opens the company's name. */
const COMPANY_AFTER = /^(?:(?![考调参视走到赴与和及的在对为等、，。])[\u4e00-\u9fff]){1,8}?(?:有限责任公司|股份有限公司|有限公司)/;

/**
 * Whether the place at `start` is one whose experience is borrowed (`借鉴陇西、康县等扶贫发展经验`,
 * `学习浙江经验`): someone else's, with no trip to it.
 */
export function learnedFrom(text: string, start: number): boolean {
  const [from, to] = clauseBounds(text, start, start, CLAUSE_END);
  const before = text.slice(from, start);
  const after = text.slice(start, to);
  return (/借鉴/.test(before) && /经验|做法|模式/.test(after)) || (/学习$/.test(before) && /^[\u4e00-\u9fff]{2,8}?(?:经验|做法|模式)/.test(after));
}

/** Whether the place at `start` is one a study trip goes to (`赴桐庐县环溪村参观`): someone else's. */
export function studied(text: string, start: number): boolean {
  // A committee's unit (`文化文史和学习委员会`) is a name, not a trip's purpose.
  // (Nor is touring a place's exhibition, `参观武山县蔬菜史话展`: an inspection's stop as often as a study trip's.)
  // (Nor is looking at a place's works on site, `督查组一行还实地考察了石林县生猪屠宰场`: an inspection's stop.)
  const clause = clauseAround(text, start).replace(/[\u4e00-\u9fff]{2,12}委员会/g, '').replace(EXHIBITION_TOURED, '').replace(ON_SITE_LOOK, '');
  return visited(text, start) && getCues().studyTripWords.some((w) => clause.includes(w));
}
/** Whether the place at `start` is visited to learn its experience (cues.yaml `learnElsewhereWords`). */
function learnsElsewhere(text: string, start: number): boolean {
  const clause = clauseAround(text, start);
  return visited(text, start) && getCues().learnElsewhereWords.some((w) => clause.includes(w));
}
/** An on-site look (`实地考察了`), an inspection's word. */
const ON_SITE_LOOK = /实地考察了?/g;
/** 参观 and the exhibition or hall toured, named after its place (`参观武山县蔬菜史话展`, `参观了县规划展览馆`). */
const EXHIBITION_TOURED = /参观了?(?!学习|考察|交流|调研|指导)[\u4e00-\u9fff]{2,16}?(?:展览馆|展馆|展厅|展览|陈列馆|纪念馆|博物馆|史馆|(?<![发进拓开施])展)/g;

/**
 * Whether the place at `start` is a partner's (`携手四川资阳市打造…`): a cues.yaml `partnerBefore`
 * word right before it, or before its province's name.
 */
export function partnered(text: string, start: number): boolean {
  const cues = getCues();
  const before = text.slice(Math.max(0, start - 8), start);
  const outer = findPlaceNames(before).find((h) => h.end === before.length);
  const rest = outer ? before.slice(0, outer.start) : before;
  // (Not 与, 同: `与张家口12345热线对接` joins a thing, not a partner.)
  return cues.partnerBefore.some((w) => rest.endsWith(w));
}

/**
 * Whether the place at `start` is one whose meetings' spirit or decisions are relayed (`传达了省、安庆市“两会”精神`,
 * `贯彻落实省、合肥市重大决策部署`): the bodies above the writer's own as often as its own
 * (`传达学习石门县第十八届人民代表大会…精神`).
 */
export function relayed(text: string, start: number): boolean {
  const [from, to] = clauseBounds(text, start, start, CLAUSE_END);
  const before = text.slice(from, start);
  return getCues().relayWords.some((w) => before.includes(w)) && RELAYED.test(text.slice(start, to));
}

/** What a relayed place's bodies give: their meetings' spirit or their decisions (`决策部署`). */
const RELAYED = /精神|决策部署/;

/** A meeting held somewhere (`在白沙茶厂召开`, `在…会议室举行`): the clause's `在` is its venue. */
const MEETING_AT = /在[^，。；]{0,16}?(?:召开|举行|举办)/;

/** Whether the place at `start` stands after a visit verb in its clause. */
export function visited(text: string, start: number): boolean {
  const before = text.slice(clauseBounds(text, start, start, CLAUSE_END)[0], start);
  // (Not where a national leader went, `习近平总书记考察宁夏重要讲话`: the writer's own ground, recalled.)
  if (LEADER_VISIT.test(before)) return false;
  // (Nor a place inside the title of an exhibition seen there, `参观《中国共产党宁波百年历史主题展》`: its subject.)
  if (/(?:参观|观看|观展)[^，。；]{0,4}《[^《》]*$/.test(before)) return false;
  // `在` makes a place somewhere visited only in a clause of a trip (cues.yaml `tripWords`), not in a clause
  // whose `在` is where its meeting is held (`县政协在白沙茶厂召开推动白沙茶产业…专题调研座谈会`: a venue and a topic).
  const venue = MEETING_AT.test(clauseAround(text, start));
  return VISIT_IN_CLAUSE.test(before) || (before.includes('在') && !venue && getCues().tripWords.some((w) => clauseAround(text, start).includes(w)));
}

function committeesIn(text: string, rank: number, where: string, out: HomeEvidence[]): void {
  for (const m of assignRoles(text)) {
    if (!m.placeText || m.role === 'visited' || m.role === 'host' || m.role === 'partner' || m.role === 'reference') continue;
    const res = resolvePlace(m.placeText);
    const code = res.code ?? (rank <= 2 ? siteNamePlace(m.placeText) : null);
    if (code) out.push({ code, what: `${m.text} (${where})`, rank });
    // (A committee named by a place two divisions share, `海州区政协` of 连云港 and 阜新: each reading, kept
    // only where the page's other evidence names the place it lies in.)
    else if (res.candidates.length > 1) {
      for (const c of res.candidates) out.push({ code: c, what: `${m.text} (${where}, read as ${regionByCode(c)?.name})`, rank, reading: true, within: true });
    }
  }
}

/**
 * A site names its own committee by the short form of a prefecture or province (`中山政协`,
 * `河南政协`): where the short form also fits a district elsewhere (中山区 of 大连), the one
 * prefecture or province it fits is meant.
 */
function siteNamePlace(placeText: string): string | null {
  const candidates = resolvePlace(placeText).candidates.filter((c) => levelOf(c) !== 'county');
  return candidates.length === 1 ? candidates[0] : null;
}

/**
 * A newspaper, broadcaster or media centre named after its place (`成都日报社出版`, `常州日报`, `枝江融媒`,
 * `岳阳广电全媒体讯`, a station by its place and 台 before its reporters, `广元台全媒体记者`), or a county
 * paper's e-edition named `今日` and its place (`今日京山数字报纸`).
 */
const MEDIA = /([\u4e00-\u9fff]{2,8}?)(?:日报社|日报|晚报|政协报|广播电视台|电视台|广电|融媒体中心|融媒|传媒中心|新闻网|数字报纸|数字报|电子报|台(?=全媒体记者|记者))/g;
/** Fewest letters of a site's initials that say whose site it is when the text names the place they spell. */
const MIN_SITE_INITIALS = 3;
/** The word county papers put before their place's name (`今日京山`, `今日象山`). */
const PAPER_BRAND = /^今日/;

/** After a portal's name: its dateline (`讯`, `1月19日讯`, `记者`). */
const BRAND_DATELINE = /^(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|记者|报道)/;

function mediaPlaces(text: string, rank: number, where: string, out: HomeEvidence[], datelineOnly = false): void {
  const brands = getCues().mediaBrands;
  for (const m of text.matchAll(MEDIA)) {
    // (A brand's name is no place's: `解放日报` is read below as 上海's, not as 解放区's paper.)
    if (Object.hasOwn(brands, m[0])) continue;
    // (A place's centre with a brand after the place, `淳安县千岛湖传媒中心`: the place named in full first.)
    const name = m[1].replace(PAPER_BRAND, '');
    const lead = leadingPlace(name);
    const code = resolvePlace(name).code ?? siteNamePlace(name) ?? (lead && /[省市县区旗州盟]$/.test(lead.name) ? lead.code : null) ?? (OWN_SITE.test(m[0]) ? wordCounty(name) : null);
    if (code) out.push({ code, what: `${m[0]} (${where})`, rank });
  }
  // A province's portal or paper, named in a source line, or in the text as its own dateline (`华龙网讯`,
  // `东北网1月19日讯`; not a company the story visits, `上海东方网股份有限公司`).
  for (const [brand, code] of Object.entries(brands)) {
    const at = text.indexOf(brand);
    if (at < 0 || (datelineOnly && !BRAND_DATELINE.test(text.slice(at + brand.length)))) continue;
    out.push({ code, what: `${brand} (${where})`, rank });
  }
  // A news site's dateline (`今日竹山网消息`, `映象网驻马店讯`): the one place its name holds.
  for (const m of text.matchAll(SITE_DATELINE)) {
    if (Object.hasOwn(brands, `${m[1]}网`)) continue;
    const codes = new Set(findPlaceNames(m[1]).flatMap((h) => (h.codes.length === 1 ? h.codes : [])));
    if (codes.size === 1) out.push({ code: [...codes][0], what: `${m[0]} (${where})`, rank });
  }
}

/** A county's own news site or media centre (`会同新闻网`, `通道融媒`), not a paper (`光明日报`) or a station. */
const OWN_SITE = /(?:新闻网|融媒体中心|融媒|传媒中心)$/;

/**
 * The one county whose short form is `name`, a common word (cues.yaml `wordShortNames`: 会同, 通道) read
 * only in full in running text: the whole name of a site that is that word and a media centre's suffix is
 * the county's own.
 */
function wordCounty(name: string): string | null {
  if (!getCues().wordShortNames.includes(name)) return null;
  const codes = [...getGazetteer().entries()].filter((e) => e.level === 'county' && e.shortNames.includes(name)).map((e) => e.code);
  return codes.length === 1 ? codes[0] : null;
}

/** A news site's name before its dateline word or its reporter's credit (`洛阳网记者 孙小蕊`). */
const SITE_DATELINE = /([\u4e00-\u9fff]{2,10}?)网(?:消息|讯|记者)/g;

function placesIn(text: string, rank: number, where: string, out: HomeEvidence[], shortProvincesOnly: boolean): void {
  const masked = maskCommittees(text);
  const hits = findPlaceNames(masked);
  hits.forEach((hit, k) => {
    if (visited(masked, hit.start)) return;
    // (…and a county's one short name as the scope of the writer's own work: `为建设“活力新城、幸福宁津”贡献政协智慧`.)
    let codes = hit.form === 'short' && shortProvincesOnly && !(hit.codes.length === 1 && namesOwnScope(masked, hit)) ? hit.codes.filter((c) => levelOf(c) === 'province') : hit.codes;
    // A name many places share, right after its parent (`枣庄市市中区`), is the one the chain gives.
    const prev = hits[k - 1];
    if (codes.length > 1 && prev && prev.end === hit.start) {
      const chain = resolvePlace(masked.slice(prev.start, hit.end)).code;
      if (chain) codes = [chain];
    }
    // A province right after another (`香港福建希望工程基金会`, `澳门江苏联谊会`) opens the name of its people's
    // association there, and is not where the story happens.
    const provinceLevel = (h: PlaceNameHit) => h.codes.every((c) => levelOf(c) === 'province');
    if (prev && prev.end === hit.start && provinceLevel(prev) && provinceLevel(hit)) return;
    if (codes.length === 1) out.push({ code: codes[0], what: `${hit.name} (${where})`, rank });
  });
}

/**
 * The place an owner's name opens with (`石家庄市栾城区人民政府`: 栾城区, by the chain; `海南南海网传媒股份有限公司`:
 * 海南, the province its short name reads as, not the 南海 of its brand after it).
 */
function ownerPlace(owner: string): { code: string; name: string } | null {
  const hits = findPlaceNames(maskCommittees(owner));
  if (!hits.length) return null;
  let end = 0;
  while (end + 1 < hits.length && hits[end + 1].start === hits[end].end) end++;
  const chain = resolvePlace(owner.slice(hits[0].start, hits[end].end)).code;
  if (chain) return { code: chain, name: owner.slice(hits[0].start, hits[end].end) };
  const provinces = hits[0].codes.filter((c) => levelOf(c) === 'province');
  return hits[0].start === 0 && provinces.length === 1 ? { code: provinces[0], name: hits[0].name } : null;
}

/**
 * Committee mentions (`committees`, found in `text` when not given) blanked out, so their place
 * names are not read twice.
 */
function maskCommittees(text: string, committees: readonly CommitteeMention[] = findCommittees(text)): string {
  let masked = text;
  // (A town's unit that names no county keeps its town, which is what places it: `板桥街道政协工委`.)
  for (const m of committees) if (!m.townCounties) masked = masked.slice(0, m.start) + '\u3000'.repeat(m.end - m.start) + masked.slice(m.end);
  return masked;
}

/**
 * Everything a page says of its own place, each with its strength (`rank`, 1 the strongest): its
 * furniture and byline, its text's markers, its headlines, the places its text names and the ways it
 * names them, its address. The steps run in this order, each adding to the list; the address's
 * readings are settled by the provinces of what came before them.
 */
export function homeEvidence(article: HomeContext): HomeEvidence[] {
  const out: HomeEvidence[] = [];
  furnitureEvidence(article, out);
  bylineEvidence(article, out);
  const body = article.body ?? '';
  textMarkerEvidence(body, article.furniture ?? [], out);
  const committees = findCommittees(body);
  headlineEvidence(article, body, committees, out);
  const page = readPageText(article, body, committees, out);
  ownPlaceEvidence(article, page, out);
  // (Readings that stand only inside a place the rest names wait for the rest.)
  const pending = out.filter((e) => e.within);
  const found = out.filter((e) => !e.within);
  // The page's provinces, and those of the evidence found since they were read.
  const provinces = new Set([...page.provinces, ...found.map((e) => lineage(e.code)[0])]);
  siteInitialsEvidence(article.url, page, provinces, found);
  addressEvidence(article.url, page, provinces, found);
  const confirmed = pending.filter((e) => found.some((o) => !o.reading && o.code !== e.code && lineage(e.code).includes(o.code)));
  // Taiwan, Hong Kong and Macao have no local committee: a page that names them (`来自台湾、香港及我省的
  // 书画名家`) is at home elsewhere, and a bare 省政协 or 区政协 is never theirs.
  return [...found, ...confirmed].filter((e) => !OUTSIDE_MAINLAND.test(e.code));
}

/** The page's furniture: the site's owner, its breadcrumb and channels, and committees and media it names. */
function furnitureEvidence(article: HomeContext, out: HomeEvidence[]): void {
  for (const line of article.furniture ?? []) {
    // The site's owner in its footer (`版权所有：石家庄市栾城区人民政府`) says whose site it is.
    const owner = line.match(OWNER_FIRST) ?? line.match(OWNER_BEFORE) ?? line.match(SITE_OWNER);
    if (owner) {
      // (Not the firm that built the site, named before the owner: `本网站由北京凯行同创科技有限公司提供技术支持-
      // 中国致公党版权所有`.)
      const code = ownerPlace(owner[1].replace(/^.*技术支持[-—－_:：\s]*/, ''));
      if (code) out.push({ code: code.code, what: `${code.name} (site owner: ${owner[1].trim()})`, rank: 2 });
    }
    // A copyright line of the site's name alone (`© 2017 今日房县`): the place its name holds in full.
    const brand = owner ? null : line.match(COPYRIGHT_SITE);
    const places = brand ? findPlaceNames(brand[1]).filter((h) => h.form === 'full' && h.codes.length === 1) : [];
    if (places.length === 1) out.push({ code: places[0].codes[0], what: `${places[0].name} (site name in its copyright line: ${brand![1]})`, rank: 2 });
    // A breadcrumb opens with the site's name (`您的位置:武隆网 > 时政新闻 > 正文 | …`).
    const site = line.match(BREADCRUMB_SITE);
    if (site) {
      // (…its kind after the place: `建湖文史网`, `景德镇政协网`, `漳平新闻网`.)
      const name = site[1].replace(/(?:网站|网|门户)$/, '').replace(SITE_KIND, '');
      const code = resolvePlace(name).code ?? siteNamePlace(name);
      if (code) out.push({ code, what: `${site[1]} (breadcrumb)`, rank: 2 });
    }
    // …and a crumb that is a place's channel (`东南网 > 莆田政务 > 正文`) files the page under it.
    // (Slashes part the crumbs of a line that says it is the page's place: `当前位置:网站首页 / 太湖要闻`.)
    const crumbs = /[>＞»›]/.test(line) ? line.split(/[>＞»›]/) : /位置\s*[:：]/.test(line) ? line.split(/[/／]/) : [];
    if (crumbs.length > 1) {
      for (const crumb of crumbs) {
        const channel = crumb.trim().match(PLACE_CHANNEL);
        const code = channel ? (resolvePlace(channel[1]).code ?? siteNamePlace(channel[1])) : null;
        if (code) out.push({ code, what: `${crumb.trim()} (breadcrumb)`, rank: 2 });
      }
    }
    // A link to another article (`上一篇：宜城市政协为…`) names someone else's news.
    if (OTHER_ARTICLE.test(line)) continue;
    if (line.length > MAX_FURNITURE_LINE) {
      // (A long line's first item may still be the site's name, before its date and clicks:
      // `陆丰政协网： mustafaesen.com 发布时间：2018-01-22 发布者：liang 字号：…`.)
      const site = line.match(SITE_NAME_FIRST)?.[1];
      if (site) committeesIn(site, 1, `page furniture: ${site}`, out);
      continue;
    }
    committeesIn(line, 1, `page furniture: ${line.trim()}`, out);
    mediaPlaces(line, 2, `page furniture: ${line.trim()}`, out);
  }
}

/** The author line and the publisher. */
function bylineEvidence(article: HomeContext, out: HomeEvidence[]): void {
  if (article.author) committeesIn(article.author, 1, 'author line', out);
  // A writer who signs as one of a committee's people (`作者：安宁市政协经农委 马丽平`) writes of that
  // committee, wherever the page is published (`来源：昆明市政协`): as strong as an author line.
  if (article.reporter) committeesIn(article.reporter, 1, 'byline', out);
  if (article.publisher) {
    committeesIn(article.publisher, 2, 'publisher', out);
    // (A brand's name holds no place, `解放日报`: read as its province's below.)
    // (Nor a national agency's, `中新河南网`: its 河南 channel, no 新河.)
    const unbranded = [...Object.keys(getCues().mediaBrands), ...getCues().nationalMedia].reduce((t, b) => t.replaceAll(b, '\u3000'.repeat(b.length)), article.publisher);
    placesIn(unbranded, 2, 'publisher', out, false);
    mediaPlaces(article.publisher, 2, 'publisher', out);
  }
}

/** Markers in the text of whose page it is: the site's registration, members resident in the place, its own leaders. */
function textMarkerEvidence(body: string, furniture: readonly string[], out: HomeEvidence[]): void {
  // A site's public-security registration (`闽公网安备 35030002001082号`) opens with the code of the
  // bureau's division, where the site is run: weaker than what the page says of itself.
  for (const line of [...furniture, body]) {
    for (const m of line.matchAll(/公网安备\s*(\d{6})\d*/g)) {
      const code = [m[1], `${m[1].slice(0, 4)}00`].find((c) => regionByCode(c));
      if (code) out.push({ code, what: `${m[0]} (site registration)`, rank: 5 });
    }
  }
  // National members resident in a province (`在沪全国政协委员`, `住宁全国政协委员`) are that
  // province's, and so is the committee whose chairman convenes them.
  for (const m of body.matchAll(RESIDENT_MEMBERS)) {
    const code = residentProvince(m[1]);
    if (code) out.push({ code, what: `${m[0]} (the text)`, rank: 4 });
  }
  // Members of the committees above who live in the place (`列席本次大会的有：在诸暨的省、绍兴市政协委员`)
  // sit in on its own committee's session: the place is the page's.
  for (const m of body.matchAll(RESIDENT_HIGHER_MEMBERS)) {
    const code = placeOrEnclosing(resolvePlace(m[1]));
    if (code) out.push({ code, what: `${m[0]} (the text)`, rank: 2 });
  }
  // The place's own leaders at the meeting (`晋江市领导许宏程、吴尊意…参加会议`): a committee's meetings
  // are attended by the leaders of its own place, as strong a sign as its site's name.
  // (Not where two places' leaders attend, neither within the other: `绍兴市领导施惠芳、魏伟，杭州市领导毛溪浩参加`, a
  // visit that both the host's and the visitor's leaders join.)
  const leaders = [...body.matchAll(PLACE_LEADERS)].flatMap((m) => {
    const code = resolvePlace(m[1]).code;
    return code ? [{ code, what: `${m[0]} (the text)` }] : [];
  });
  const related = (a: string, b: string) => lineage(a).includes(b) || lineage(b).includes(a);
  if (leaders.every((l) => leaders.every((o) => related(l.code, o.code)))) for (const l of leaders) out.push({ ...l, rank: 2 });
}

/** The body as the place rules read it, read once: its committees, its place names, the page's provinces. */
interface PageText {
  body: string;
  committees: readonly CommitteeMention[];
  /** The body with its committee mentions blanked. */
  masked: string;
  names: PlaceNameHit[];
  /** The provinces the page is in, as far as it has said so far. */
  provinces: Set<string>;
  /** Places the body names in full, never as somewhere visited, most named first. */
  named: Array<{ code: string; name: string }>;
  /** The counties of the towns the text names, read on first use. */
  townCounties: () => Set<string>;
}

/** The headlines and the text's own: one officer under two names, a masthead, the dateline, a sign-off, the title lines. */
function headlineEvidence(article: HomeContext, body: string, committees: readonly CommitteeMention[], out: HomeEvidence[]): void {
  // A bare committee whose officer the text also names under the committee's full name (`临湘市政协主席
  // 彭海云…参加` … `市政协主席彭海云带队…`): one person, so one committee.
  out.push(...samePeople(body, committees));
  // A committee named in full in a sentence that calls its place ours (`周口市政协积极探索建立符合我市实际的…`, quoted from
  // its chairman): the writers' own committee, whatever venue the page names.
  // (Not one another committee hosts: `在黄岛区政协主席…和我区在黄岛区挂职干部…陪同下`.)
  for (const m of assignRoles(body, committees)) {
    const mark = m.placeText?.match(/[市县区旗]$/)?.[0];
    if (!mark || SOMEONE_ELSES.has(m.role)) continue;
    const [from, to] = clauseBounds(body, m.start, m.end, SENTENCE_END);
    const code = resolvePlace(m.placeText!).code;
    if (code && body.slice(from, to).includes(`我${mark}`)) out.push({ code, what: `${m.text}…我${mark} (a sentence of ours)`, rank: 4 });
  }
  // A masthead or dateline in the text itself (`成都日报社出版`, `（成都日报锦观新闻记者 …）`).
  mediaPlaces(body, 3, 'the text', out, true);
  if (article.place) {
    const res = resolvePlace(article.place);
    if (res.code) out.push({ code: res.code, what: `${article.place} (dateline)`, rank: 3 });
  }
  for (const [text, where] of [
    [article.title, 'title'],
    [article.subtitle, 'subtitle'],
    [article.kicker, 'series line'],
    [article.lead, 'lead'],
  ] as const) {
    if (!text) continue;
    committeesIn(text, 4, where, out);
    placesIn(text, 4, where, out, true);
  }
  // A body that signs the story off by its place (`（邵阳民盟 邹建山）`: the city's 民盟) writes of its own
  // place's committee: as strong as a dateline, read as one of a kind where the name is a city's and a county's.
  for (const paragraph of body.split('\n')) {
    const signOff = paragraph.match(BRACKETED_SIGN_OFF);
    const signer = signOff?.[1];
    if (!signer || NOT_A_PLACED_BODY.test(signer)) continue;
    const lead = leadingPlace(signer);
    if (lead) {
      out.push({ code: lead.code, what: `${signOff![0].trim()} (sign-off)`, rank: 3 });
      continue;
    }
    for (let len = Math.min(signer.length - 1, 6); len >= 2; len--) {
      const res = resolvePlace(signer.slice(0, len));
      if (res.candidates.length < 2) continue;
      for (const c of res.candidates) if (aloneOfKind(c, res.candidates)) out.push({ code: c, what: `${signer.slice(0, len)} (sign-off, read as ${regionByCode(c)?.name})`, rank: 3, reading: true });
      break;
    }
  }
  // A headline that opens with its place's name and a colon (`本溪：省市政协委员视察我市…`) is datelined, and
  // so is one that opens with its place's first of a kind (`荆州首家…`).
  // (A city and its namesake county, `本溪`: each for the bare committee of its kind. A province so, `湖北：…`,
  // the title's places above read already.)
  const placed = article.title?.match(TITLE_PLACE) ?? article.title?.match(TITLE_PLACE_FIRST);
  const resolved = placed ? resolvePlace(placed[1]) : null;
  const res = resolved && ![resolved.code ?? '', ...resolved.candidates].some((c) => c && levelOf(c) === 'province') ? resolved : null;
  if (placed && res?.code) out.push({ code: res.code, what: `${placed[0]} (the headline's place)`, rank: 3 });
  else if (placed && res) {
    for (const c of res.candidates) {
      if (aloneOfKind(c, res.candidates)) out.push({ code: c, what: `${placed[0]} (the headline's place, read as ${regionByCode(c)?.name})`, rank: 3, reading: true });
    }
  }
}

/** The body read once for the place rules below: its place names, the page's provinces, the places it names most. */
function readPageText(article: HomeContext, body: string, committees: readonly CommitteeMention[], out: HomeEvidence[]): PageText {
  // The body with its committee mentions blanked, and the place names in it: read once, for the
  // provinces the page is in and for the places it names (in full, never as somewhere visited, most
  // named first: the weakest evidence, added by ownPlaceEvidence).
  const masked = maskCommittees(body, committees);
  const names = findPlaceNames(masked);
  // The page's furniture (related news, menus) says which province the site is in (`广西设分会场`),
  // when it names one: a national site's related news name any (`邓立军到四川…`, `民盟宁夏区委会…`).
  const furnitureProvinces = findPlaceNames(maskCommittees((article.furniture ?? []).join('\n'))).filter((h) => levelOf(h.codes[0]) === 'province');
  const oneProvince = new Set(furnitureProvinces.map((h) => h.codes[0])).size === 1;
  const pageProvinces = provincesOf(out.filter((e) => !e.within), body, [...names, ...(oneProvince ? furnitureProvinces : [])], committees);
  const named = bodyPlaces(masked, names, pageProvinces, addressInitials(article.url), paperInitials(article.url));
  // The counties of the towns the text names, read once and only where a rule below asks.
  let towns: Set<string> | null = null;
  const townCounties = () => (towns ??= new Set(findTownNames(masked).flatMap((t) => t.counties)));
  return { body, committees, masked, names, provinces: pageProvinces, named, townCounties };
}

/**
 * The ways the text names its own place: visits that come here, its sessions, campaigns and series,
 * its committees at work, where it meets, the places it names most.
 */
function ownPlaceEvidence(article: HomeContext, page: PageText, out: HomeEvidence[]): void {
  const { body, committees, masked, names, named } = page;
  // The committees of three or more counties of one prefecture, whatever they do on the page (`耀州区政协、
  // 印台区政协代表队获二等奖，…王益区政协、宜君县政协代表队…`): the city's system, whose 市政协 the page's is.
  // (Not where one of them is a county-level 市, whose own the bare 市政协 may be: `…北流市政协的新闻信息工作…`.)
  const countyCommittees = committees.flatMap((m) => {
    const code = m.placeText && !m.townCounties ? resolvePlace(m.placeText).code : null;
    return code && levelOf(code) === 'county' ? [{ key: code, code }] : [];
  });
  for (const [parent, set] of countiesByParent(countyCommittees)) {
    if (levelOf(parent) === 'city' && set.size >= MIN_COUNTIES_FOR_PREFECTURE && ![...set].some((c) => regionByCode(c)?.name.endsWith('市'))) {
      out.push({ code: parent, what: `${[...set].map((c) => regionByCode(c)?.name).join('、')} (committees of its counties)`, rank: 5 });
    }
  }
  // 来常, 来淄: a visit that comes *here* names the writer's place by its short form.
  for (const m of body.matchAll(/来([\u4e00-\u9fff]{1,3}?)(?:[，,。；、]|调研|考察|视察|指导|督导|开展|学习|交流)/g)) {
    // (Not a national leader's visit the text recalls: `重温习近平总书记来平利视察的重要讲话`.)
    if (/(?:总书记|总理|委员长)$/.test(body.slice(Math.max(0, m.index! - 6), m.index))) continue;
    const codes = shortOrSingle(m[1], named, names);
    if (codes.length === 1) out.push({ code: codes[0], what: `来${m[1]} (the text)`, rank: 5 });
  }
  // Natives of the place living elsewhere (`临安籍乡贤余新忠`, `家乡临安`): a committee visits and writes to its own
  // place's people, where they are (a trip to 天津 to see them).
  for (const m of body.matchAll(NATIVES_OF)) {
    const run = m[1] ?? m[2];
    for (let len = Math.min(run.length, 4); len >= 2; len--) {
      const codes = shortOrSingle(m[1] ? run.slice(run.length - len) : run.slice(0, len), named, names);
      if (codes.length !== 1) continue;
      out.push({ code: codes[0], what: `${m[0]} (the text: the place's natives)`, rank: 5 });
      break;
    }
  }
  // The place's own two sessions as a column names them (`【2026当阳两会】`, `聚焦2026垫江“两会”`): the
  // sessions of the page's own place.
  for (const m of [article.title ?? '', article.kicker ?? '', body].join('\n').matchAll(PLACE_SESSIONS)) {
    const codes = shortOrSingle(m[1], named, names);
    if (codes.length === 1) out.push({ code: codes[0], what: `${m[0]} (the place's two sessions)`, rank: 5 });
  }
  // A campaign named after the writer's own place (`视察平安肥城建设工作`, `法治江门建设`): local
  // campaigns take the place's short name, as visits never do.
  for (const m of body.matchAll(PLACE_CAMPAIGN)) {
    const codes = shortOrSingle(m[1] ?? m[2], named, names);
    if (codes.length === 1) out.push({ code: codes[0], what: `${m[0]} (a campaign named after the place)`, rank: 5 });
  }
  // A committee's consultation programme or brand named after its place (`大型访谈栏目《六安商量》`,
  // `“来宾好商量”`).
  for (const m of body.matchAll(PLACE_CONSULTATION_BRAND)) {
    const codes = shortOrSingle(m[1], named, names);
    if (codes.length === 1) out.push({ code: codes[0], what: `${m[0]} (a consultation brand named after the place)`, rank: 5 });
  }
  // A committee's local-history series, named after its place (`《民权文史资料》第一辑`).
  for (const m of body.matchAll(PLACE_HISTORY_SERIES)) {
    const codes = shortOrSingle(m[1], named, names);
    if (codes.length === 1) out.push({ code: codes[0], what: `${m[0]} (a local-history series named after the place)`, rank: 5 });
  }
  // A place's own chronicle the page is taken from (`内容出处：《修水县志》`): the place it tells of.
  for (const m of [body, ...(article.furniture ?? [])].join('\n').matchAll(PLACE_CHRONICLE)) {
    const code = resolvePlace(m[1]).code;
    if (code) out.push({ code, what: `${m[0]} (the place's chronicle)`, rank: 5 });
  }
  // A place's committees of every level at work (`辽宁省各级政协组织和广大政协委员纷纷向四川地震灾区…`,
  // `全市政协系统`): the page tells of that place's committees, wherever they send help.
  for (const m of body.matchAll(PLACE_COMMITTEES)) {
    const place = leadingPlace(m[1]);
    if (place && place.name === m[1]) out.push({ code: place.code, what: `${m[0]} (the place's committees)`, rank: 5 });
  }
  // A zone run as one with a county, the county in brackets (`高新区（滨江）`, `开发区（汉南区）`): the
  // page's place when it speaks of the zone as its own.
  for (const m of body.matchAll(ZONE_AND_COUNTY)) {
    const res = resolvePlace(m[1]);
    if (res.code && levelOf(res.code) === 'county') out.push({ code: res.code, what: `${m[0]} (a zone one with its county)`, rank: 5 });
  }
  // The people a leader takes along on a trip come from home (`省政协副主席曹素华率…省直有关部门和石家庄市、
  // 邯郸市政协的负责同志…赴福建学习考察`): the committees among them name the page's place.
  for (const m of committees) {
    if (!m.placeText || !LED_BEFORE.test(body.slice(Math.max(0, m.start - MAX_PARTY), m.start)) || !GOING_AFTER.test(body.slice(m.end, m.end + MAX_PARTY))) continue;
    const code = resolvePlace(m.placeText).code;
    if (code) out.push({ code, what: `${m.text} (in the party a leader takes along)`, rank: 5 });
  }
  // Where the committee's own meeting is held (`十二届省政协党组第25次（扩大）会议在成都召开`): its ground,
  // on a page that goes nowhere (`赴福建学习考察…座谈会在福州召开` is a trip's stop).
  const trip = names.some((h) => visited(masked, h.start));
  for (const v of trip ? [] : masked.matchAll(VENUE_HELD)) {
    const place = leadingPlace(v[1]);
    if (place) out.push({ code: place.code, what: `在${v[1]}召开 (venue)`, rank: 5 });
  }
  for (const { code, name } of named) out.push({ code, what: `${name} (the text)`, rank: 6 });
  // A committee the page calls by its place's short name alone (`结合濮阳政协的履职实践`): so locals write
  // their own; a visitor's or partner's is named in full. Only on a page whose other committees are all
  // bare (`市政协主席…讲授思政课`; not one of several committees a joint event names, `徐州政协`), and below a
  // province; a short name of several kinds (濮阳市, 濮阳县) counts for a bare committee of each.
  const shortNamed = committees.filter((m) => m.placeForm === 'short' && !m.relativeMark && !m.national && !SHORT_NAMED_AWAY.test(body.slice(Math.max(0, m.start - 6), m.start)));
  const placedOthers = committees.filter((m) => m.placeText && m.placeText !== shortNamed[0]?.placeText && !m.national);
  if (new Set(shortNamed.map((m) => m.placeText)).size === 1 && placedOthers.length === 0) {
    const m = shortNamed[0];
    const codes = [...new Set(findPlaceNames(m.placeText!).filter((h) => h.start === 0 && h.end === m.placeText!.length).flatMap((h) => h.codes))].filter((c) => levelOf(c) !== 'province');
    for (const c of codes) {
      if (codes.length === 1) out.push({ code: c, what: `${m.text} (the text, the committee by its place's short name)`, rank: 6 });
      else if (aloneOfKind(c, codes)) out.push({ code: c, what: `${m.text} (the text, the committee by its place's short name, read as ${regionByCode(c)?.name})`, rank: 6, reading: true });
    }
  }
  // A short name of places of different kinds that the body names again and again, never as somewhere
  // gone to (`北魏王朝迁都大同…大同古城…为大同的文化旅游`: 大同市, and 大庆's 大同区): each reading counts for a
  // bare committee of its kind, as an address's homophones do.
  out.push(...recurringReadings(masked, names));
  // A place the text names whose initials, three letters or more, are the site's (`wysxww.com`, 武夷山新闻网,
  // and `武夷山以数字化为突破口`): the site is that place's own, as strong as a dateline. (Two letters
  // abbreviate too many places to say so.)
  const siteInitials = [...addressInitials(article.url)].filter((i) => i.length >= MIN_SITE_INITIALS);
  for (const { code, name } of named) {
    const spelled = siteInitials.find((i) => initialsOf(code).has(i));
    if (spelled) out.push({ code, what: `${name} (the text, whose initials the site's address spells: ${spelled})`, rank: 3 });
  }
}

/** Each province's initials, read once per gazetteer. */
const provinceInitials = oncePer((gazetteer: Gazetteer) => {
  const byLetters = new Map<string, string[]>();
  for (const e of gazetteer.entries()) if (e.level === 'province') for (const i of initialsOf(e.code)) byLetters.set(i, [...(byLetters.get(i) ?? []), e.code]);
  return byLetters;
});
/** Whether two letters are a province's initials too (`sx`: 陕西, 山西, besides 绍兴). */
const spellsProvince = (letters: string) => provinceInitials(getGazetteer()).has(letters);

/**
 * The initials a site's address abbreviates its place by, settled by the page's provinces and the
 * towns and places it names.
 */
function siteInitialsEvidence(url: string | null | undefined, page: PageText, provinces: ReadonlySet<string>, out: HomeEvidence[]): void {
  const { names, townCounties } = page;
  // The site's initials (`bsszx.gov.cn`: 白山市, 百色市 or 保山市), last of all, settled by the
  // provinces of every place the page names, visited ones too: a trip seldom leaves the province.
  const initials = addressInitialPlaces(url);
  if (initials) {
    let fits = initials.codes.length === 1 ? initials.codes : initials.codes.filter((c) => provinces.has(lineage(c)[0]));
    // …or by a town the text names that one of them has (`qjxzx.gov.cn` and 大墅镇: 全椒县, not
    // 巧家县), even a town that several counties share.
    if (fits.length !== 1) {
      fits = initials.codes.filter((c) => townCounties().has(c));
    }
    // …or by a place it names, short or inside an organisation's name (`lcszx.gov.cn` and 聊城大学).
    if (fits.length !== 1) {
      const one = namedOnce(initials.codes, names);
      fits = one ? [one] : [];
    }
    if (fits.length === 1) out.push({ code: fits[0], what: `${initials.label} (site address initials)`, rank: 6 });
    // A city and its namesake counties (`jxja`: 江西 吉安市, 吉安县, 靖安县): the one reading of a
    // kind is that kind's (a bare 市政协 is 吉安市's); kinds read more than once settle nothing.
    else {
      // (A province among them, `gdszx`: 广东省 beside 广德市, is read for a bare 省政协 whatever places the
      // page goes to: the one province the letters spell is the only one such a committee can be.)
      const province = initials.codes.filter((c) => levelOf(c) === 'province');
      const candidates = initials.codes.filter((c) => provinces.size === 0 || provinces.has(lineage(c)[0]) || (province.length === 1 && c === province[0]));
      for (const c of candidates) {
        if ((candidates.length > 1 || c === province[0]) && aloneOfKind(c, candidates)) {
          out.push({ code: c, what: `${initials.label} (site address initials, read as ${regionByCode(c)?.name})`, rank: 6, reading: true });
        }
      }
    }
  } else {
    // Two letters (`zszx`: zs + 政协) are a prefecture's initials at most, read only where the
    // page's provinces leave one prefecture that has them.
    const short = [...addressInitials(url)].filter((i) => i.length === 2);
    // …or a province's (`hbzx.gov.cn`: 湖北 or 河北 + 政协), where the page's provinces hold one of them: a
    // bare 省政协's home.
    const provincesSpelled = [...provinces].filter((p) => levelOf(p) === 'province' && short.some((i) => initialsOf(p).has(i)));
    if (provincesSpelled.length === 1) out.push({ code: provincesSpelled[0], what: `${short.join('、')} (site address initials, the page's province)`, rank: 6 });
    // …or, on a committee's own site where the page names none of them, the one province in the country
    // they spell (`jszx.gov.cn`: 江苏), read for a bare 省政协 only (two letters spell a prefecture as often;
    // a news site's, `scnews.com`, spell a brand).
    else if (provincesSpelled.length === 0 && COMMITTEE_SITE.test(url ?? '')) {
      const spelled = [...new Set(short.flatMap((i) => provinceInitials(getGazetteer()).get(i) ?? []))];
      if (spelled.length === 1) out.push({ code: spelled[0], what: `${short.join('、')} (site address initials, the one province they spell)`, rank: 6, reading: true });
    }
    // (On a page that names no province, the one prefecture in the country with them, `zxxm.gov.cn`: 厦门;
    // unless the host spells a place too, `ptzx.putuo.gov.cn`, whose pt is 普陀's, not 莆田's, or the letters spell
    // provinces as well, `sxzx`: 陕西's and 山西's before 绍兴's, whose bare 省政协 they would put in 浙江.)
    const alone = addressPlaces(url).length === 0;
    // (A page only in one municipality reads them as its districts' and counties'.)
    const municipality = provinces.size === 1 && regionByCode([...provinces][0])?.name.endsWith('市') ? [...provinces][0] : null;
    const cities = short.flatMap((i) => prefecturesWithInitials(i, municipality).filter((c, _, all) => (provinces.size ? provinces.has(lineage(c)[0]) : alone && all.length === 1 && !spellsProvince(i))));
    // (Of two, `hz` in 浙江: 杭州 or 湖州, the one the text names, or one of whose counties it names,
    // even as somewhere visited: `市政协…赴拱墅区…` goes within its own city.)
    const within = cities.filter((c) => names.some((h) => h.codes.some((code) => lineage(code).includes(c))));
    const city = cities.length === 1 ? cities[0] : within.length === 1 ? within[0] : null;
    if (city) out.push({ code: city, what: `${short.join('、')} (site address initials)`, rank: 6 });
    // Of several, the one 州, 盟 or 地区 (`ybzx`: 宜宾市 or 延边州) is a bare 州政协's; a 市 among several
    // is not a bare 市政协's (a 州's site tells of its county-level 市).
    else {
      const all = short.flatMap((i) => prefecturesWithInitials(i, municipality)).filter((c) => (provinces.size ? provinces.has(lineage(c)[0]) : alone));
      for (const c of all) {
        if (all.length > 1 && !regionByCode(c)?.name.endsWith('市') && aloneOfKind(c, all)) {
          out.push({ code: c, what: `${short.join('、')} (site address initials, read as ${regionByCode(c)?.name})`, rank: 6, reading: true });
        }
      }
    }
  }
  // A province's paper or news site by its three initials (`epaper.hljnews.cn/hljrb/…`: 黑龙江日报), on a page
  // that names no province: a bare 省政协's home. (Only the provinces of three syllables are spelled so alone;
  // two letters are a city's paper as often, `zjrb`: 镇江日报.)
  if (provinces.size === 0) {
    const threeLetters = [...new Set([...paperInitials(url), ...addressInitials(url)])].filter((i) => i.length === 3);
    const spelled = [...new Set(threeLetters.flatMap((i) => provinceInitials(getGazetteer()).get(i) ?? []))];
    if (spelled.length === 1) out.push({ code: spelled[0], what: `${threeLetters.join('、')} (a paper's or news site's initials, the one province they spell)`, rank: 6, reading: true });
  }
  // Two letters and a town the text names, each shared by many places, seldom share more than one county
  // (`cxzx.gov.cn` and 龙山镇: 慈溪市; read by kind, 苍溪县 shares both, for a bare 县政协).
  const twoLetters = [...addressInitials(url)].filter((i) => i.length === 2);
  if (twoLetters.length) {
    const spelled = [...townCounties()].filter((c) => twoLetters.some((i) => initialsOf(c).has(i)) && (provinces.size === 0 || provinces.has(lineage(c)[0])));
    for (const c of spelled) {
      if (spelled.length === 1) out.push({ code: c, what: `${twoLetters.join('、')} (site address initials) and a town of ${regionByCode(c)?.name} the text names`, rank: 6 });
      else if (aloneOfKind(c, spelled)) out.push({ code: c, what: `${twoLetters.join('、')} (site address initials) and a town the text names, read as ${regionByCode(c)?.name}`, rank: 6, reading: true });
    }
  }
}

/** A portal's channel for a county's news: its initials and `news` (`dqnews`, `khnews`). */
const COUNTY_CHANNEL = /^([a-z]{2,3})news$/;

/**
 * What the address says otherwise: a regional domain, a news portal and its channels, a place's
 * name or path, a paper's initials.
 */
function addressEvidence(url: string | null | undefined, page: PageText, provinces: ReadonlySet<string>, out: HomeEvidence[]): void {
  const { names, townCounties } = page;
  // A host under a province's regional domain (`bzx.baoshan.sh.cn`) is in that province.
  const regional = regionalDomainProvince(url);
  if (regional) out.push({ code: regional, what: `${regionByCode(regional)?.name} (regional domain of the site address)`, rank: 6 });
  // A provincial news portal (`rednet.cn`) is in its province, and its city channel's subdomain is
  // the city's initials (`zjj.rednet.cn`: 张家界), where the province has one city with them.
  const portal = mediaHost(url);
  if (portal) {
    out.push({ code: portal.province, what: `${regionByCode(portal.province)?.name} (provincial news portal of the site address)`, rank: 6 });
    for (const label of portal.labels) {
      const cities = prefecturesWithInitials(label).filter((c) => lineage(c)[0] === portal.province);
      if (cities.length === 1) out.push({ code: cities[0], what: `${label} (city channel of the provincial news portal)`, rank: 6 });
      // …and a county's news channel, its initials and `news` (`dqnews.zjol.com.cn`: 德清), read for a bare
      // committee of its kind where the province has one such county. (Not the province's own channel,
      // `zjnews.zjol.com.cn`: 浙江新闻, though 诸暨 has the same initials.)
      const channel = label.match(COUNTY_CHANNEL)?.[1];
      if (!channel || cities.length > 0 || initialsOf(portal.province).has(channel)) continue;
      const counties = [...getGazetteer().entries()].filter((e) => e.level === 'county' && lineage(e.code)[0] === portal.province && initialsOf(e.code).has(channel)).map((e) => e.code);
      for (const c of counties) {
        if (aloneOfKind(c, counties)) out.push({ code: c, what: `${label} (a county's channel of the provincial news portal, read as ${regionByCode(c)?.name})`, rank: 6, reading: true });
      }
    }
  }
  // A local paper's or station's site (`epaper.zzxw.net`: 忠州新闻网, 忠县's), recorded by hand: as weak as a
  // provincial portal, for its stories of visitors as much as of its own place.
  const local = localMediaHost(url);
  if (local) out.push({ code: local.code, what: `${local.domain} (curated local news site)`, rank: 6 });
  // The one of several places whose town the text names (`浮屠镇`: 阳新, not 阳信).
  const townOf = (codes: readonly string[]) => {
    const fits = codes.filter((c) => townCounties().has(c));
    return fits.length === 1 ? fits[0] : null;
  };
  // A committee's own site whose letters spell several places (`ssxzx.gov.cn`), settled by hand: as
  // strong as a host that spells its place in full.
  const site = committeeSite(url);
  if (site) out.push({ code: site.code, what: `${site.host} (curated committee site)`, rank: 2 });
  // …or a committee's site whose three or four letters are a province's initials and no other place's
  // (`hljzx.gov.cn`: 黑龙江; not `gdszx`, 广德市's too): that province's own, as strong.
  else {
    const letters = url?.match(COMMITTEE_SITE_LETTERS)?.[1].toLowerCase();
    const fits = letters ? placesWithInitials(letters) : [];
    if (fits.length === 1 && levelOf(fits[0]) === 'province') out.push({ code: fits[0], what: `${letters} (a province's initials and 政协)`, rank: 2 });
  }
  // Last, so a namesake in the address (two 普陀区) can be settled by what the page says.
  // A platform's county subdomain (`xiaochang.cjyun.org`) is weak (spam mirrors name cities so
  // too), and read after the official host's labels.
  const address = addressPlaces(url);
  for (const place of [...address.filter((p) => p.official), ...address.filter((p) => !p.official)]) {
    const [where, rank] = place.official ? (['site address', 2] as const) : ([place.channel ? 'news channel in the site path' : 'site subdomain', 6] as const);
    // Homophones (`qinglong`: 青龙, 晴隆) are also settled by the one the text names (`青龙建昊…`).
    const code = place.codes.length === 1 ? place.codes[0] : (agreeing(place.codes, out) ?? namedOnce(place.codes, names) ?? townOf(place.codes));
    if (code) out.push({ code, what: `${place.label} (${where})`, rank });
    // Homophones of different kinds (`wuxi`: 无锡市, 巫溪县; `wulumuqi`: 乌鲁木齐市, 乌鲁木齐县) are
    // each kept: a bare 市政协 can only mean the 市, a 县政协 the 县. Namesakes of one kind (two
    // 普陀区) settle nothing, though the one of another kind still does (`xiangshan`: 象山县, for a
    // 县政协, beside 相山区 and 象山区).
    else {
      for (const c of place.codes) {
        if (aloneOfKind(c, place.codes)) out.push({ code: c, what: `${place.label} (${where}, read as ${regionByCode(c)?.name})`, rank, reading: true });
      }
    }
  }
  // A paper's two initials in its host or its e-paper folder (`…/ZJRB/PC/…`: 镇江日报), read like a
  // site's two letters: where the page's provinces leave one prefecture that has them.
  // (…or, where the provinces leave none, the one of them in whose counties lies a town the text names:
  // `lyrb` and 白马寺镇, of 洛阳's 洛龙区 and of 江陵县, read as 洛阳.)
  for (const i of paperInitials(url)) {
    const cities = i.length === 2 && provinces.size > 0 ? prefecturesWithInitials(i).filter((c) => provinces.has(lineage(c)[0])) : [];
    if (cities.length === 1) out.push({ code: cities[0], what: `${i}rb (paper initials)`, rank: 6 });
    else if (i.length === 2 && cities.length === 0) {
      const withTown = [...new Set([...townCounties()].flatMap((c) => lineage(c).filter((a) => levelOf(a) === 'city' && initialsOf(a).has(i))))];
      if (withTown.length === 1) out.push({ code: withTown[0], what: `${i}rb (paper initials) and a town in it the text names`, rank: 6 });
    }
  }
  // A province's committee paper (`cqzxb`: 重庆政协报): its province, where its initials spell one
  // province, or one of the page's.
  for (const i of committeePaperInitials(url)) {
    const spelled = [...getGazetteer().entries()].filter((e) => e.level === 'province' && initialsOf(e.code).has(i)).map((e) => e.code);
    const fits = spelled.length === 1 ? spelled : spelled.filter((c) => provinces.has(c));
    if (fits.length === 1) out.push({ code: fits[0], what: `${i}zxb (a province's committee paper)`, rank: 6 });
  }
  // A news site named after a place (`zhushan.cn`, `dayuntongzhou.com`), where the text names that place
  // too (`…竹山新篇章`), or a town of it (`台湖镇`).
  const siteName = addressSiteName(url);
  const siteCode = siteName ? (namedOnce(siteName.codes, names) ?? townOf(siteName.codes)) : null;
  if (siteCode) out.push({ code: siteCode, what: `${siteName!.label} (site name; the text names it or a town of it)`, rank: 6 });
  // …or whose paper's initials in the address are that place's (`heze.cn/hzrb/…`: 菏泽, 菏泽日报): two weak signs that agree.
  else if (siteName) {
    const papered = siteName.codes.filter((c) => [...paperInitials(url)].some((i) => initialsOf(c).has(i)));
    if (papered.length === 1) out.push({ code: papered[0], what: `${siteName.label} (site name) and its paper's initials`, rank: 6 });
  }
  // …or after its province's initials (`fjscnews.com`: 福建 顺昌), four letters or more: one place.
  const initialled = newsSiteInitialPlace(url);
  if (initialled) out.push({ code: initialled.codes[0], what: `${initialled.label} (site name, initials)`, rank: 6 });
  // A county's news filed under its name on its prefecture committee's site (`…/liujiang_news/`), or
  // a copy filed under its city on a mirror (`…/longyan/ly/…`).
  for (const place of [...addressPathPlaces(url), ...addressPathCities(url)]) {
    if (place.codes.length === 1) out.push({ code: place.codes[0], what: `${place.label} (site path)`, rank: 6 });
  }
  // …or a county's short name a mirror files its copies under, where the text names it too
  // (`…/news/taixing/…` and `泰兴中学`).
  for (const place of addressPathNames(url)) {
    const code = namedOnce(place.codes, names);
    if (code && !out.some((e) => e.code === code && e.what.endsWith('(site path)'))) out.push({ code, what: `${place.label} (site path; the text names it)`, rank: 6 });
  }
  // …or under its committee's name in Chinese (`dyzx.gov.cn/什邡市政协/contents/…`).
  const filedUnder = addressPathCommittee(url);
  if (filedUnder) out.push({ code: filedUnder.codes[0], what: `${filedUnder.label} (site path)`, rank: 6 });
  // …or under its formal name's initials (`…/ztzgrmzzxshyzqsbsqwyh/…`: 重庆市璧山区's), as precise as its name.
  const formal = addressPathFormalName(url);
  if (formal) out.push({ code: formal.codes[0], what: `${formal.label} (site path, the committee's formal name by initials)`, rank: 3 });
}

/** …by three or four letters (group 1) and 政协 (`hljzx.gov.cn`). */
const COMMITTEE_SITE_LETTERS = /^https?:\/\/(?:[\w-]+\.)*([a-z]{3,4})zx\.(?:gov\.cn|org\.cn|cn|org|com)(?:[:/]|$)/i;
/** A committee's own site named by two letters and 政协 (`jszx.gov.cn`, `oldback.hbzx.gov.cn`). */
const COMMITTEE_SITE = /^https?:\/\/(?:[\w-]+\.)*[a-z]{2}zx\.(?:gov\.cn|org\.cn|cn|org|com)(?:[:/]|$)/i;

/** After a committee: one of its officers' posts and the three characters after it (a name, `主席彭海云`). */
const OFFICER_NAME = /^(?:党组书记、)?(主席|副主席|秘书长|副秘书长)([\u4e00-\u9fff·]{3})/;

/**
 * Bare committees (`市政协`) whose officer, by post and name, the text names after a committee of that
 * level in full (`临湘市政协主席彭海云`): that committee. Names are compared by the three characters after
 * the post, so two-character names followed by different words are left alone.
 */
function samePeople(body: string, mentions: readonly CommitteeMention[]): HomeEvidence[] {
  const known = new Map<string, { code: string; text: string }>();
  for (const m of mentions) {
    const officer = m.placeText ? body.slice(m.end).match(OFFICER_NAME) : null;
    const code = officer ? resolvePlace(m.placeText!).code : null;
    if (officer && code) known.set(officer[2], { code, text: `${m.text}${officer[1]}${officer[2]}` });
  }
  const out: HomeEvidence[] = [];
  for (const m of mentions) {
    const officer = m.relativeMark && !m.placeText ? body.slice(m.end).match(OFFICER_NAME) : null;
    const full = officer ? known.get(officer[2]) : undefined;
    if (full && regionByCode(full.code)?.name.endsWith(m.relativeMark!)) out.push({ code: full.code, what: `${m.text}${officer![1]}${officer![2]} (the same officer as ${full.text})`, rank: 2 });
  }
  return out;
}

/** Every place, of any level, one of whose names has `initials`. */
function placesWithInitials(initials: string): string[] {
  return [...getGazetteer().entries()].filter((e) => initialsOf(e.code).has(initials)).map((e) => e.code);
}

/** Prefectures whose short name's initials are `initials` (`zs`: 中山市, 舟山市 …). */
function prefecturesWithInitials(initials: string, municipality: string | null = null): string[] {
  // (In a municipality, its districts and counties stand where prefectures stand elsewhere: `zgsz`, 石柱;
  // and so does a city a province runs directly, `jyzx.gov.cn`: 济源 as well as 揭阳.)
  const gazetteer = getGazetteer();
  const direct = (e: { level: string; parent: string | null; municipal?: boolean }) => e.level === 'county' && !e.municipal && !!e.parent && gazetteer.get(e.parent)?.level === 'province';
  return [...gazetteer.entries()]
    .filter((e) => (e.level === 'city' || (e.municipal && e.parent === municipality) || direct(e)) && initialsOf(e.code).has(initials))
    .map((e) => e.code);
}

/** The one of `codes` that the text names (short forms too), or null. */
function namedOnce(codes: readonly string[], names: readonly PlaceNameHit[]): string | null {
  const named = new Set(names.flatMap((h) => h.codes));
  const fits = codes.filter((c) => named.has(c));
  return fits.length === 1 ? fits[0] : null;
}

/** The one of `codes` in the same province as some other evidence, or null. */
function agreeing(codes: readonly string[], evidence: readonly HomeEvidence[]): string | null {
  const provinces = new Set(evidence.map((e) => lineage(e.code)[0]).filter(Boolean));
  const fits = codes.filter((c) => provinces.has(lineage(c)[0]));
  return fits.length === 1 ? fits[0] : null;
}

/** Times a prefecture's short name recurs before it tells the page's province. */
const MIN_PREFECTURE_REPEATS = 2;

/**
 * The provinces the page is in by what it says outside the body's short names: the evidence so far,
 * provinces the body names (once is enough: `重庆比亚迪锂电池项目`), the provinces of the places it
 * names in full, visited ones too (`杭州市委党校`: 浙江), of the committees it names with their place
 * (`黄冈市政协`: 湖北), and the one-character abbreviations of cues.yaml `provinceCharacters`
 * (`“赣事好商量”`).
 */
function provincesOf(
  evidence: readonly HomeEvidence[],
  body: string,
  names: readonly PlaceNameHit[],
  committees: readonly CommitteeMention[],
): Set<string> {
  const out = new Set(evidence.map((e) => lineage(e.code)[0]).filter(Boolean));
  for (const h of names) {
    if (h.codes.length === 1 && (h.form !== 'short' || levelOf(h.codes[0]) === 'province')) out.add(lineage(h.codes[0])[0]);
    // (…and a prefecture's short name the body gives more than once, `舟山`, seldom a word.)
    else if (h.codes.length === 1 && levelOf(h.codes[0]) === 'city' && names.filter((o) => o.name === h.name).length >= MIN_PREFECTURE_REPEATS) out.add(lineage(h.codes[0])[0]);
  }
  for (const [ch, code] of Object.entries(getCues().provinceCharacters)) if (body.includes(ch)) out.add(code);
  // Committees named with their place (`黄冈市政协`) are in provinces too.
  for (const m of committees) {
    const code = m.placeText ? resolvePlace(m.placeText).code : null;
    if (code) out.add(lineage(code)[0]);
  }
  return out;
}

/**
 * The place a short name right after its parent's gives (`沈阳` + `法库`: 法库县), as a full name from
 * the parent's start, or null when the two are no chain.
 */
function afterParent(masked: string, names: readonly PlaceNameHit[], k: number): PlaceNameHit | null {
  const [prev, h] = [names[k - 1], names[k]];
  if (!prev || h.form !== 'short' || prev.end !== h.start) return null;
  const code = resolvePlace(masked.slice(prev.start, h.end)).code;
  return code && h.codes.includes(code) ? { ...h, name: masked.slice(prev.start, h.end), start: prev.start, form: 'full', codes: [code] } : null;
}

/**
 * Full place names of the body (`masked`: its committee mentions blanked; `names`: the place
 * names in it) outside committee mentions and visits, by how often they stand there.
 * A county's short name (`璧山`) or a town that several counties have (`高田镇`) counts when only
 * one of its readings lies in `provinces`, the provinces the page is otherwise known to be in; a
 * short name also counts when the site's host abbreviates it (`yczf.gov.cn` and `阳城`), or when
 * the text names it as the scope of its own work (cues.yaml `ownScopeAfter`, `ownScopeBefore`:
 * `结合常山实际`, `助力美丽宜昌建设`); never as a village's name (`商都嘎查`).
 */
function bodyPlaces(
  masked: string,
  names: readonly PlaceNameHit[],
  provinces: ReadonlySet<string>,
  hostInitials: ReadonlySet<string>,
  paperHostInitials: ReadonlySet<string> = new Set(),
): Array<{ code: string; name: string }> {
  const scope = bodyScope(masked, names, provinces, hostInitials, paperHostInitials);
  const hits = namedPlaceHits(scope);
  addListedCounties(scope, hits);
  const { away, destinations } = placesGoneTo(scope, hits);
  addTownHits(scope, hits);
  return countPlaces(hits, away, destinations);
}

/** A place the body names, read as one division; `settled` when its reading needs no recurrence. */
type PlaceHit = PlaceNameHit & { settled?: boolean; scoped?: boolean };

/** What the place rules of one body share: its text, its place names, and what settles a name. */
interface BodyScope {
  /** The body with its committee mentions blanked. */
  masked: string;
  names: readonly PlaceNameHit[];
  hostInitials: ReadonlySet<string>;
  paperHostInitials: ReadonlySet<string>;
  /** Of several codes, those in the page's provinces. */
  within: (codes: readonly string[]) => string[];
  /** Of several codes, those that initials abbreviate. */
  spelledBy: (initials: ReadonlySet<string>) => (codes: readonly string[]) => string[];
  /** …the site's initials (`yczf.gov.cn`: 阳城). */
  abbreviated: (codes: readonly string[]) => string[];
  /** …its paper's initials (`czrb`: 沧州). */
  paperOf: (codes: readonly string[]) => string[];
  /** In a sentence about helping another place (`东西部协作…助力毕节乡村振兴`). */
  helpsAnother: (h: PlaceNameHit) => boolean;
  /** The place as the scope of the writer's own work (`结合常山实际`, `对江苏工作重要讲话`), or a slogan's last item. */
  ownScope: (h: PlaceNameHit) => boolean;
}

function bodyScope(
  masked: string,
  names: readonly PlaceNameHit[],
  provinces: ReadonlySet<string>,
  hostInitials: ReadonlySet<string>,
  paperHostInitials: ReadonlySet<string>,
): BodyScope {
  const within = (codes: readonly string[]) => codes.filter((c) => provinces.has(lineage(c)[0]));
  const spelledBy = (initials: ReadonlySet<string>) => (codes: readonly string[]) => codes.filter((c) => [...initialsOf(c)].some((i) => initials.has(i)));
  const helpsAnother = (h: PlaceNameHit) => helpsAnotherPlace(masked, h);
  const ownScope = (h: PlaceNameHit) => namesOwnScope(masked, h);
  return { masked, names, hostInitials, paperHostInitials, within, spelledBy, abbreviated: spelledBy(hostInitials), paperOf: spelledBy(paperHostInitials), helpsAnother, ownScope };
}

/** In a sentence about helping another place (`东西部协作…助力毕节乡村振兴`). */
function helpsAnotherPlace(masked: string, h: PlaceNameHit): boolean {
  const [from, to] = clauseBounds(masked, h.start, h.end, SENTENCE_END);
  return getCues().otherPlaceWork.some((w) => masked.slice(from, to).includes(w));
}

/**
 * The place as the scope of the writer's own work (cues.yaml `ownScopeAfter`, `ownScopeBefore`), or a
 * quoted slogan's last item (`打造“东北瓷都、中国牛县、山水法库”`, `“公园大渡口”`; one item of two
 * words, the place the second: not `“因地制宜推动兴业、…`), unless it helps another place.
 */
function namesOwnScope(masked: string, h: PlaceNameHit): boolean {
  const cues = getCues();
  const sloganEnd =
    /^[”、]/.test(masked.slice(h.end)) && /[“、][\u4e00-\u9fff]{2}$/.test(masked.slice(0, h.start)) && /“[^“”\n]{0,24}$/.test(masked.slice(Math.max(0, h.start - 26), h.start));
  return (cues.ownScopeAfter.some((w) => masked.startsWith(w, h.end)) || cues.ownScopeBefore.some((w) => masked.slice(0, h.start).endsWith(w)) || sloganEnd) && !helpsAnotherPlace(masked, h);
}

/** Full names; and short names of prefectures and provinces (`武汉城市圈`), which are seldom words. */
function namedPlaceHits(scope: BodyScope): PlaceHit[] {
  const { masked, names, within, abbreviated, paperOf, ownScope } = scope;
  const hits: PlaceHit[] = [];
  names.forEach((hit, k) => {
    // (Not a place whose experience is borrowed: `借鉴陇西、康县等扶贫发展经验`.)
    if (learnedFrom(masked, hit.start)) return;
    // A county's short name right after its prefecture's (`沈阳法库通航产业基地`) is as plain as its full
    // name: the chain leaves one place.
    const chained = afterParent(masked, names, k);
    const h = chained ?? hit;
    if (namesOrganisation(masked, h.end) || inPersonName(masked, h)) return;
    if (chained) return void hits.push({ ...chained, settled: true });
    // A two-character name that is any town's part too (`西区指挥部`, `城区学校`), named alone, not
    // right after its city (`攀枝花市西区`): no place.
    if (GENERIC_DISTRICT.test(h.name) && !names.some((p) => p.end === h.start && h.codes.some((c) => p.codes.some((pc) => pc !== c && lineage(c).includes(pc))))) return;
    // A village or town of that name (`商都嘎查`, `黄山村`, `城关镇`) is not the county it shares it with.
    if (h.form === 'short' && VILLAGE_AFTER.test(masked.slice(h.end))) return;
    // (…nor one listed before the towns' word: `江东、江北、龙桥等街道委员联络站` lists 涪陵's streets, not 江北区.)
    if (h.form === 'short' && LISTED_BEFORE_VILLAGES.test(masked.slice(h.end))) return;
    // A prefecture's or province's short name counts once named when the page's province or the
    // site's initials (`ybzx.gov.cn` and `延边`) agree with it; otherwise once it recurs.
    const scoped = h.form === 'short' && ownScope(h);
    // (A paper's initials too: `czrb` and 沧州, the city its 日报 is named after.)
    if (h.codes.length === 1 && (h.form !== 'short' || levelOf(h.codes[0]) !== 'county'))
      hits.push({ ...h, scoped, settled: h.form === 'short' && (within(h.codes).length === 1 || abbreviated(h.codes).length === 1 || paperOf(h.codes).length === 1 || scoped) });
    // (A full name two provinces' counties share, `永定区`, is the one in the page's province.)
    else if (within(h.codes).length === 1) hits.push({ ...h, codes: within(h.codes), settled: true });
    else if (h.form === 'short' && abbreviated(h.codes).length === 1) hits.push({ ...h, codes: abbreviated(h.codes), settled: true });
    // A short name as the scope of the writer's work (`结合常山实际`, `关于吉林工作的重要指示`,
    // `助力美丽宜昌建设`) is home: a county's one short name, or the province a short name may be.
    // (…or the prefecture that shares it with its own county: `为濮阳经济社会发展`, 濮阳市 over 濮阳县.)
    else if (scoped) {
      const provinceOnly = h.codes.filter((c) => levelOf(c) === 'province');
      const codes = h.codes.length === 1 ? h.codes : provinceOnly.length ? provinceOnly : enclosing(h.codes) ? [enclosing(h.codes)!] : [];
      if (codes.length === 1) hits.push({ ...h, codes, settled: true, scoped: true });
    }
    // A county's short name the body names beside its own prefecture (`禅城乃至佛山`) is that county: the two
    // agree, where either alone may be a word.
    // (Not where it is somewhere gone to, `到遵化法院调研`: the page may be its prefecture's, or the county's own.)
    else if (h.form === 'short' && !visited(masked, h.start) && withParentNamed(h, names).length === 1) hits.push({ ...h, codes: withParentNamed(h, names), scoped, settled: true });
    // A short name a prefecture shares with places inside it (`临夏`: 临夏州, 临夏市, 临夏县) is
    // somewhere in that prefecture whichever it means; settled once named, like any prefecture's
    // short name, when the page's province holds it (`克拉玛依实现了…` on a page about 新疆).
    else if (h.form === 'short' && h.codes.length > 1 && enclosing(h.codes)) {
      const codes = [enclosing(h.codes)!];
      hits.push({ ...h, codes, settled: within(codes).length === 1 || abbreviated(codes).length === 1 });
    }
  });
  return hits;
}

/** Of a short name's county readings, those whose prefecture the body names elsewhere too. */
function withParentNamed(h: PlaceNameHit, names: readonly PlaceNameHit[]): string[] {
  return h.codes.filter((c) => {
    const parent = levelOf(c) === 'county' ? regionByCode(c)?.parent : undefined;
    return !!parent && levelOf(parent) === 'city' && names.some((p) => p !== h && (p.start >= h.end || p.end <= h.start) && p.codes.length === 1 && p.codes[0] === parent);
  });
}

/**
 * Three or more counties' short names listed together that one prefecture or municipality holds:
 * each settled there (added to `hits`).
 */
function addListedCounties(scope: BodyScope, hits: PlaceHit[]): void {
  const { masked, names } = scope;
  // Three or more counties' short names listed together that one prefecture or municipality holds
  // (`对松江、金山、杨浦、宝山、崇明、奉贤等地区…开展专项监督`) are that place's counties: each is settled
  // there, where a short name alone is a word as often as a place (`大兴调查研究之风`, `金山银山`).
  for (const list of shortNameLists(masked, names)) {
    const byParent = countiesByParent(list.flatMap((h) => h.codes.map((code) => ({ key: h.name, code }))));
    const most = Math.max(0, ...[...byParent.values()].map((set) => set.size));
    const holders = [...byParent].filter(([, set]) => set.size === most);
    if (most < MIN_COUNTIES_FOR_PREFECTURE || holders.length !== 1) continue;
    for (const h of list) {
      const code = h.codes.find((c) => regionByCode(c)?.parent === holders[0][0]);
      if (code && !hits.some((x) => x.start === h.start)) hits.push({ ...h, codes: [code], settled: true });
    }
  }
}

/**
 * The places the body goes to (`away`: someone else's, wherever else named) and a study trip's
 * destinations. Takes out of `hits` the places whose meetings' spirit is relayed, and adds the parent
 * of each place inspected (a committee inspects within its own territory).
 */
function placesGoneTo(scope: BodyScope, hits: PlaceHit[]): { away: Set<string>; destinations: Set<string> } {
  const { masked, ownScope, helpsAnother } = scope;
  // A place visited anywhere in the article is someone else's, wherever else it is named. But a
  // committee that inspects or surveys places (视察, 调研, 检查督导) goes within its own territory,
  // so their parent is home (`赴临清市、东昌府区视察` -> 聊城市); a study trip (cues.yaml
  // `studyTripWords`: 学习, 交流 …) goes elsewhere and says nothing.
  // A place studied in one clause (`赴通化县考察`) is not inspected in another (`深入到通化县…村`).
  // A trip the page says stays on the committee's own ground (下基层) goes nowhere else: the
  // places it goes to are home like any other.
  const ownGround = getCues().ownGroundWords.some((w) => masked.includes(w));
  const away = new Set<string>();
  const studiedPlaces = new Set<string>();
  const inspected: typeof hits = [];
  // A place whose meetings' spirit is relayed (`传达了省、安庆市“两会”精神`) is as often the body above
  // as the page's own (`传达学习中共石门县…精神`): that mention says nothing of home either way.
  // (But a leader's words on the writer's own work are relayed at home: `学习贯彻…对江苏工作重要讲话…精神`.)
  for (let i = hits.length - 1; i >= 0; i--) if (relayed(masked, hits[i].start) && !ownScope(hits[i])) hits.splice(i, 1);
  for (const h of hits) {
    // A partner's place (`携手四川资阳市`) is someone else's too, and says nothing of home; but a
    // grassroots partner (`联合银川市兴庆区解放西路文艺社区开展…活动`) is a community the committee
    // pairs with on its own ground, unless the page says it helps another place (对口, 帮扶 …).
    if (partnered(masked, h.start) && !(GRASSROOTS_AFTER.test(masked.slice(h.end)) && !helpsAnother(h))) {
      away.add(h.codes[0]);
      continue;
    }
    // (But a trip to learn others' experience goes elsewhere even from a page about its own ground:
    // `深入基层倾听民意` … `远赴河北邯郸、沧州…学习先进经验`.)
    if (!visited(masked, h.start) || (ownGround && !learnsElsewhere(masked, h.start))) continue;
    // (A visit to the place's own firms or units, `前往铜陵市部分民营企业开展走访活动`, goes no further
    // than the committee's own ground, unless it is a study trip.)
    const study = studied(masked, h.start) && !toursOwnCounties(masked, h, hits);
    if (UNITS_AFTER.test(masked.slice(h.end)) && !study) continue;
    away.add(h.codes[0]);
    if (study) studiedPlaces.add(h.codes[0]);
    else inspected.push(h);
  }
  // The places a study trip sets out for, right after its verb (`赴甘孜州和阿坝州考察调研`), not any place
  // a clause of study names (`考察了…北师大宁德实验学校`).
  const destinations = new Set<string>();
  let lastDestination = -1;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const before = masked.slice(Math.max(0, h.start - 3), h.start);
    const listed = lastDestination >= 0 && h.start === lastDestination + 1 && /[和、及与]$/.test(before);
    if ((TRIP_VERB_BEFORE.test(before) || listed) && studiedPlaces.has(h.codes[0])) {
      destinations.add(h.codes[0]);
      lastDestination = h.end;
    }
  }
  for (const h of inspected) {
    const parent = regionByCode(h.codes[0])?.parent;
    if (parent && !studiedPlaces.has(h.codes[0])) hits.push({ ...h, codes: [parent], settled: true });
  }
  return { away, destinations };
}

/**
 * Whether a place toured (`参观`, the clause's only word of study) is one of two or more counties of one
 * prefecture the clause lists (`参观了天宁区…、钟楼区…、武进区…`): a city's committee touring its own
 * districts, not a study trip, which names the city it goes to.
 */
function toursOwnCounties(masked: string, h: PlaceHit, hits: readonly PlaceHit[]): boolean {
  const [from, to] = clauseBounds(masked, h.start, h.start, CLAUSE_END);
  const clause = masked.slice(from, to);
  if (getCues().studyTripWords.some((w) => w !== '参观' && clause.includes(w))) return false;
  const parent = regionByCode(h.codes[0])?.parent;
  if (!parent || levelOf(h.codes[0]) !== 'county') return false;
  const siblings = new Set(hits.filter((x) => x.start >= from && x.end <= to && x.codes.length === 1 && regionByCode(x.codes[0])?.parent === parent).map((x) => x.codes[0]));
  return siblings.size >= MIN_TOURED_COUNTIES;
}
/** Counties of one prefecture a tour lists before it is read as their city's own committee at home. */
const MIN_TOURED_COUNTIES = 2;

/** Towns the body names, each read as its county where that is settled (added to `hits`). */
function addTownHits(scope: BodyScope, hits: PlaceHit[]): void {
  const { masked, within, spelledBy, hostInitials, paperHostInitials } = scope;
  // Towns name their county (`昂素镇` is in 鄂托克前旗) when only one county (in the page's
  // provinces, if more have one) has a town of that name. A bare committee that goes to a town
  // goes to one of its own: a trip to another county's town names the county (`赴X县X镇`), so a
  // town counts even after a visit verb, unless a county name stands right before it.
  // Two or more towns of one county (`赴周庄、荻垛两乡镇`: 荻垛 is only 兴化's, and 兴化 has a 周庄
  // too) settle it, where one town alone counts only once it recurs.
  const towns = findTownNames(masked).filter((t) => !countyRightBefore(masked, t.start));
  const townsOf = new Map<string, Set<string>>();
  for (const t of towns) for (const c of t.counties) townsOf.set(c, (townsOf.get(c) ?? new Set()).add(t.name));
  for (const t of towns) {
    const shared = t.counties.filter((c) => townsOf.get(c)!.size >= MIN_TOWNS_OF_COUNTY);
    if (shared.length === 1) {
      hits.push({ name: t.name, start: t.start, end: t.end, form: 'full', codes: shared, settled: true });
      continue;
    }
    // …and so does a town of the one county the site's or its paper's initials abbreviate
    // (`ydrb` and 尚庄镇: 盐都区).
    const byHost = spelledBy(new Set([...hostInitials, ...paperHostInitials]))(t.counties);
    if (byHost.length === 1) {
      hits.push({ name: t.name, start: t.start, end: t.end, form: 'full', codes: byHost, settled: true });
      continue;
    }
    const counties = t.counties.length === 1 ? t.counties : within(t.counties);
    if (counties.length !== 1) continue;
    // (A town of a name no other county has, of three characters before its ending, is no word by
    // chance: `易俗河镇` counts once named.)
    // (…nor is a town of a name no other county has that a party goes to, `到神头乡慰问`: a county's committee
    // goes to its own towns.)
    const rare = t.counties.length === 1 && (t.name.replace(/(?:街道|苏木|镇|乡)$/, '').length >= MIN_RARE_TOWN || GOING_TO_TOWN.test(masked.slice(Math.max(0, t.start - 3), t.start)));
    hits.push({ name: t.name, start: t.start, end: t.end, form: 'full', codes: counties, settled: rare });
  }
}

/** The places named, most named first (a short name or a town only once it recurs or is settled); not the places gone to. */
function countPlaces(hits: readonly PlaceHit[], away: ReadonlySet<string>, destinations: ReadonlySet<string>): Array<{ code: string; name: string }> {
  const count = new Map<string, { code: string; name: string; n: number; first: number; settled: boolean }>();
  for (const hit of hits) {
    // (…and so is a place inside the places a study trip sets out for: the counties a trip
    // `赴甘孜州和阿坝州考察调研…` goes on to, `先后深入康定市、道孚县…`.)
    // (…unless the text names it as the scope of its own work there too: `“政协委员唐山行”暨“助力唐山高质量发展…”`.)
    if (!hit.scoped && (away.has(hit.codes[0]) || lineage(hit.codes[0]).some((c) => c !== hit.codes[0] && destinations.has(c)))) continue;
    const seen = count.get(hit.codes[0]) ?? { code: hit.codes[0], name: hit.name, n: 0, first: hit.start, settled: false };
    seen.n++;
    seen.settled ||= hit.settled === true;
    count.set(hit.codes[0], seen);
  }
  // A short name or a town counts once it recurs (once alone may be a word that happens to be a
  // place's name: `小城镇`), or a county's short name once the page's province settles it.
  return [...count.values()]
    .filter((p) => p.n >= 2 || p.settled || findPlaceNames(p.name).some((h) => h.form !== 'short'))
    .sort((a, b) => b.n - a.n || a.first - b.first);
}

/** Times a short name of several kinds of place recurs before each reading counts. */
const MIN_RECURRING_READING = 3;

/**
 * Each reading of a short name that several kinds of place share (`大同`: 大同市, 大同区), where the body
 * names it at least {@link MIN_RECURRING_READING} times and never as somewhere gone to: evidence only
 * for a bare committee of that reading's kind.
 */
function recurringReadings(masked: string, names: readonly PlaceNameHit[]): HomeEvidence[] {
  const byName = new Map<string, PlaceNameHit[]>();
  for (const h of names) {
    if (h.form !== 'short' || h.codes.length < 2 || namesOrganisation(masked, h.end) || inPersonName(masked, h)) continue;
    byName.set(h.name, [...(byName.get(h.name) ?? []), h]);
  }
  const out: HomeEvidence[] = [];
  for (const [name, hits] of byName) {
    if (hits.length < MIN_RECURRING_READING || hits.some((h) => visited(masked, h.start))) continue;
    for (const c of hits[0].codes) {
      if (aloneOfKind(c, hits[0].codes)) out.push({ code: c, what: `${name} (the text, ${hits.length} times, read as ${regionByCode(c)?.name})`, rank: 6, reading: true });
    }
  }
  return out;
}

/** A division's kind, for telling homophones apart: its level and the last character of its name. */
const kindOf = (code: string) => `${levelOf(code)}${regionByCode(code)?.name.slice(-1)}`;
/** Whether `code` is the only one of its kind among `codes` (the one 市 beside a 县 of the name), so a bare committee of that kind can mean only it. */
const aloneOfKind = (code: string, codes: readonly string[]) => codes.filter((o) => kindOf(o) === kindOf(code)).length === 1;

/** What may stand between the names of one list (`松江、金山和杨浦`). */
const LIST_JOIN = /^[、和及与]$/;
/** Words after a short name that make it part of another word (`城中村`, `城东新区`, `朝阳产业`). */
const WORD_AFTER_SHORT = /^(?:村|新区|片区|产业|之风|银山)/;

/**
 * Runs of short place names joined only by `、`, `和`, `及` or `与` (`松江、金山、杨浦`), each a list
 * the page names together.
 */
function shortNameLists(masked: string, names: readonly PlaceNameHit[]): PlaceNameHit[][] {
  const lists: PlaceNameHit[][] = [];
  let run: PlaceNameHit[] = [];
  for (const h of names) {
    if (h.form !== 'short' || WORD_AFTER_SHORT.test(masked.slice(h.end)) || namesOrganisation(masked, h.end) || inPersonName(masked, h)) {
      if (run.length) lists.push(run);
      run = [];
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && !LIST_JOIN.test(masked.slice(prev.end, h.start))) {
      lists.push(run);
      run = [];
    }
    run.push(h);
  }
  if (run.length) lists.push(run);
  return lists.filter((l) => l.length >= MIN_COUNTIES_FOR_PREFECTURE);
}

/** Words that make the name before them a village's (`嘎查` is a village of the pastoral banners). */
// (…nor a town, `城關鎮清池村` in 武山: 城关镇 is in many counties, not 兰州's 城关区; a town that is
// one county's alone names it through the towns below.)
const VILLAGE_AFTER = /^(?:村|屯|嘎查|社区|镇|乡(?![镇村])|街道)/;
/** The rest of a list of places closed by the towns' word (`、龙桥等街道`, `、白沙和古城镇`): each item is a town or village. */
const LISTED_BEFORE_VILLAGES = /^(?:[、和及与][\u4e00-\u9fff]{2,4}?)*等?(?:村|屯|嘎查|社区|镇|乡镇|乡(?![村])|街道)/;
/** A grassroots unit named after a place (`兴庆区解放西路文艺社区`, `X镇Y村`): somewhere in that place. */
const GRASSROOTS_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:社区|村|街道|小学|中学)/;
/**
 * The place's own firms or units after its name (`部分民营企业`, `各县区`, `的重点项目`, a named works: `莲龙塑料厂`),
 * or a hall or station named after it (`铜川非物质文化遗产馆`, `登封市国家气象观测站`), its railway or bus station (`祥云西站`),
 * its institute (`南安市农科所`) or a firm of its name (`南安市益湖生态农业有限公司`, `石狮市海阔天空休闲农业公司`).
 */
const UNITS_AFTER = /^(?:[东西南北]?站(?![位起立])|(?:火车|高铁|汽车|客运)站|(?:部分|各|的|辖区)?[\u4e00-\u9fff]{0,4}?(?:企业|公司|园区|项目|工地|学校|医院|县区|乡镇)|[\u4e00-\u9fff]{2,6}?厂(?![长房区])|[\u4e00-\u9fff]{2,12}?公司|[\u4e00-\u9fff]{0,4}?(?:农科所|研究所|研究院)|[\u4e00-\u9fff]{2,8}?(?:观测站|气象站|水文站|服务站|处理站)|[\u4e00-\u9fff]{2,8}?(?:展览馆|博物馆|纪念馆|文化馆|图书馆|遗产馆|档案馆|科技馆))/;
/** Characters of a town's name, before its ending, that make it count once named where only one county has it. */
const MIN_RARE_TOWN = 3;
/**
 * Right before a town: a party going there (`到`, `来到`, `赴`, `深入`, `走进`, `前往`) or inspecting it (`实地查看了`, `走访`),
 * or a committee at work there (`区政协在支口街道开展…`, its mention masked before 在).
 */
const GOING_TO_TOWN = /(?:到|赴|深入|走进|前往|查看|察看|视察|走访)了?$|\u3000在$/;
/** Towns of one county a page names that settle the county. */
const MIN_TOWNS_OF_COUNTY = 2;
/** Counties of one prefecture a page names before a bare 市政协 is read as that prefecture's. */
const MIN_COUNTIES_FOR_PREFECTURE = 3;
/**
 * The distinct keys (names, codes) of county-level `code`s grouped by the place above each county
 * (a prefecture, or a municipality for its districts): what a list of counties says of where it is.
 */
function countiesByParent(items: ReadonlyArray<{ key: string; code: string }>): Map<string, Set<string>> {
  const byParent = new Map<string, Set<string>>();
  for (const { key, code } of items) {
    const parent = levelOf(code) === 'county' ? regionByCode(code)?.parent : null;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? new Set()).add(key));
  }
  return byParent;
}
/** A post before a person's name (`市政协主席王安顺`), not before a preposition (`总书记对江苏工作`). */
const POST_BEFORE_NAME =
  /(?:主席|书记|秘书长|主任|市长|县长|区长|部长|局长|委员|常委|会长|院长|社长|校长|馆长|厅长|处长|理事长|董事长|巡视员|调研员)[^\P{Script=Han}对在向为到从与和给把被将关就]$/u;
/**
 * A name among a list of people's names (`副主席周凌翔、林虹、陈金华参加会议`): a surname after the
 * list's mark before it, the list going on or the people attending after it.
 */
const NAME_LIST_BEFORE = /^、[\u4e00-\u9fff]$/;
const NAME_LIST_AFTER = /^(?:、|等|参加|出席|列席|陪同)/;
/**
 * A post right before a short place name that runs on as a person's (`工作组组长尼玛次仁`, `主席尼玛代表…`):
 * names with no surname, as Tibetan and Mongolian ones are, may start with a county's name.
 */
const POST_RIGHT_BEFORE = /(?:主席|书记|主任|组长|部长|局长|厅长|秘书长)$/;
const NAME_RIGHT_AFTER = /^[\u4e00-\u9fff]{0,2}(?:[，、,。；\s]|代表|主持|出席|参加|带队|率|说|表示|强调|指出)/;
/**
 * A word of speech after a person's name (`王安顺说`), or a form of address (`陈广元阿訇`,
 * `王安顺同志`): places are not addressed.
 */
const SPEECH_AFTER_NAME = /^(?:说|表示|强调|指出|介绍|要求|同志|先生|女士|阿訇|教授|院士|老师|法师)/;

/**
 * Whether a short place name is the given name of a person (`市政协主席王安顺`, `王安顺说`: not 安顺):
 * one character, the surname, stands between it and a post before it, or a word of speech follows it.
 */
function inPersonName(text: string, h: PlaceNameHit): boolean {
  if (h.form !== 'short' || h.start < 1 || !/\p{Script=Han}/u.test(text[h.start - 1])) return false;
  return (
    POST_BEFORE_NAME.test(text.slice(Math.max(0, h.start - 4), h.start)) ||
    (POST_RIGHT_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start)) && NAME_RIGHT_AFTER.test(text.slice(h.end))) ||
    SPEECH_AFTER_NAME.test(text.slice(h.end)) ||
    (NAME_LIST_BEFORE.test(text.slice(Math.max(0, h.start - 2), h.start)) && NAME_LIST_AFTER.test(text.slice(h.end)))
  );
}

/** The one of `codes` that contains all the others, or null. */
function enclosing(codes: readonly string[]): string | null {
  return codes.find((c) => codes.every((o) => o === c || lineage(o).includes(c))) ?? null;
}

/** Whether a place name ends right where `start` is (`濮院镇` in `桐乡市濮院镇`). */
function countyRightBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return findPlaceNames(before).some((h) => h.end === before.length);
}

/**
 * Codes for the place in `来X`: a name of two characters or more as the gazetteer reads it; one
 * character as the first of the one place the body names that opens with it (`来青` on a page
 * about 青田), else (`常` for 常州, which the gazetteer does not index) as the first character of a
 * prefecture city, unique in the country or among the places the body names in full.
 */
function shortOrSingle(name: string, named: ReadonlyArray<{ code: string }>, hits: readonly PlaceNameHit[] = []): string[] {
  if (name.length >= 2) {
    // (A prefecture's short name it shares with its own district, `来广安`, is the prefecture.)
    const code = placeOrEnclosing(resolvePlace(name));
    return code ? [code] : [];
  }
  // A place the text names that the character opens (`来青` on a page about 青田) before any city
  // the character alone would abbreviate (青岛).
  const namedHere = [...new Set(hits.filter((h) => h.name.startsWith(name)).flatMap((h) => h.codes))];
  if (namedHere.length === 1) return namedHere;
  const matches = cityCodes().filter((code) => regionByCode(code)!.name.startsWith(name));
  if (matches.length <= 1) return matches;
  const inBody = matches.filter((c) => named.some((p) => lineage(p.code).includes(c)));
  return inBody.length === 1 ? inBody : [];
}

let cities: string[] | null = null;
function cityCodes(): string[] {
  if (!cities) {
    cities = [];
    for (let p = 11; p <= 65; p++) {
      for (let c = 1; c <= 99; c++) {
        const code = `${p}${String(c).padStart(2, '0')}00`;
        if (regionByCode(code) && levelOf(code) === 'city') cities.push(code);
      }
    }
  }
  return cities;
}

/**
 * The home division at `want` level: the strongest evidence that is at that level, or below it
 * (a city's province answers `省政协`). Evidence above the level is not used: a province cannot
 * say which of its cities a `市政协` is. Returns null when nothing fits.
 */
export function homeAt(evidence: readonly HomeEvidence[], want: RegionLevel): HomeEvidence | null {
  const rankOf = (l: RegionLevel) => ({ province: 1, city: 2, county: 3 })[l];
  const sorted = [...evidence].sort((a, b) => a.rank - b.rank);
  for (const e of sorted) {
    const l = levelOf(e.code);
    if (!l) continue;
    if (l === want) return e;
    if (rankOf(l) > rankOf(want)) {
      const up = lineage(e.code).find((c) => levelOf(c) === want);
      if (up) return { ...e, code: up };
    }
  }
  return null;
}

/** The readings of a spelling that all lie in one province, as that province (`hengshan`: 衡山县, 湖南's). */
function oneProvinceReadings(evidence: readonly HomeEvidence[]): HomeEvidence[] {
  const bySpelling = new Map<string, HomeEvidence[]>();
  for (const e of evidence) {
    if (!e.reading) continue;
    const spelling = e.what.split(' (')[0];
    bySpelling.set(spelling, [...(bySpelling.get(spelling) ?? []), e]);
  }
  return [...bySpelling.values()].flatMap((readings) => {
    const provinces = new Set(readings.map((e) => lineage(e.code)[0]));
    return provinces.size === 1 ? [{ ...readings[0], code: [...provinces][0], reading: false }] : [];
  });
}

/**
 * The page's own place for a bare committee of `mark`; for a town's unit (`玉山镇政协工委`), one of
 * the counties that have its town where the page names one (昆山市, not the 玉山县 its name recalls).
 */
export function homeOfBare(mark: string, townCounties: readonly string[] | undefined, evidence: readonly HomeEvidence[]): HomeEvidence | null {
  const ofTown = townCounties ? (homeAt(evidence.filter((e) => townCounties.includes(e.code)), 'county') ?? townWithin(townCounties, evidence)) : null;
  return ofTown ?? homeForMark(mark, evidence);
}

/**
 * …or the one of them inside the city or province the page is at home in (`青山镇政协工作联络组` on a 萍乡 paper's
 * page: 安源区, the one county of 萍乡 with a 青山镇), read from the strongest evidence that holds any of them.
 */
function townWithin(townCounties: readonly string[], evidence: readonly HomeEvidence[]): HomeEvidence | null {
  for (const e of [...evidence].sort((a, b) => a.rank - b.rank)) {
    if (levelOf(e.code) === 'county') continue;
    const inside = townCounties.filter((c) => lineage(c).includes(e.code));
    if (inside.length === 1) return { ...e, code: inside[0], what: `${e.what}, the one county there with the town` };
    if (inside.length > 1) return null;
  }
  return null;
}

/**
 * The page's home committee that a relative mention (`市政协`, `区政协`) can mean. `市` fits a
 * prefecture city, a county-level city and a municipality alike, so it takes the strongest
 * evidence whose name ends in 市, then a prefecture, then the municipality a county lies in; the
 * other marks take the evidence at their level.
 */
export function homeForMark(mark: string, evidence: readonly HomeEvidence[]): HomeEvidence | null {
  const asGiven = evidence;
  // A reading of an ambiguous spelling counts only for a committee of its kind (`wuxi`: 无锡市 for 市政协).
  evidence = evidence.filter((e) => !e.reading || regionByCode(e.code)?.name.endsWith(mark));
  if (mark === '市') {
    const sorted = [...evidence].sort((a, b) => a.rank - b.rank);
    // Three or more counties of one prefecture (`贾汪区、邳州市、新沂市、睢宁县`) name the 市 they lie in.
    const counties = countiesByParent(sorted.map((e) => ({ key: e.code, code: e.code })));
    const prefecture = [...counties].find(([parent, set]) => levelOf(parent) === 'city' && set.size >= MIN_COUNTIES_FOR_PREFECTURE);
    if (prefecture) {
      const first = sorted.find((e) => regionByCode(e.code)?.parent === prefecture[0])!;
      return { ...first, code: prefecture[0], what: `${[...prefecture[1]].map((c) => regionByCode(c)?.name).join('、')} (counties of one prefecture)` };
    }
    // (Of equally strong evidence, the place more of it names: `咸宁` in the text and `xn` in the
    // address over `武汉` once in the text.)
    const support = (code: string) => evidence.filter((e) => e.code === code).length;
    // (…or a 市 when the page wrote it, since made a district: `江苏省海门市` in a footer, 海门区 now.)
    const asCity = (e: HomeEvidence) => {
      const name = regionByCode(e.code)?.name ?? '';
      return name.endsWith('市') || (levelOf(e.code) === 'county' && name.endsWith('区') && e.what.includes(`${name.slice(0, -1)}市`));
    };
    const cities = sorted.filter(asCity);
    const strongest = cities.filter((e) => e.rank === cities[0]?.rank).sort((a, b) => support(b.code) - support(a.code));
    // (Two readings of one spelling that both end in 市 and are named no more than each other, `wnszx`: 万宁市 or
    // 渭南市, settle nothing by their order: a bare 市政协 is then a prefecture's, as it mostly is.)
    const tied = strongest.length > 1 && strongest[0].reading && strongest[1].reading && strongest[1].code !== strongest[0].code && support(strongest[1].code) === support(strongest[0].code);
    const named = tied ? undefined : strongest[0];
    // In a municipality (重庆市, whose counties have no prefecture), 市政协 is the municipality's.
    const municipal = () => {
      const e = sorted.find((x) => regionByCode(lineage(x.code)[0])?.name.endsWith('市'));
      return e ? { ...e, code: lineage(e.code)[0] } : null;
    };
    // (Never a 州's, 盟's or 地区's: they have a 州政协, `阿坝` on a 德阳 page is not its bare 市政协.)
    const prefectureKind = (code: string) => lineage(code).some((c) => levelOf(c) === 'city' && /(?:州|盟|地区)$/.test(regionByCode(c)!.name));
    const notPrefectureKind = evidence.filter((e) => !prefectureKind(e.code));
    return named ?? homeAt(notPrefectureKind, 'city') ?? municipal();
  }
  // (A bare 省政协 is a 省's, never a municipality's or an autonomous region's: `上海` in a 海南 story.)
  // (…and the province every reading of one spelling lies in, `hengshan`: 衡山县, is its, whichever place the letters mean.)
  if (mark === '省' || mark === '自治区') return homeAt([...evidence, ...oneProvinceReadings(asGiven)].filter((e) => regionByCode(lineage(e.code)[0])?.name.endsWith(mark)), 'province');
  // A bare 州政协, 盟政协 or 地区政协 is a 州's, 盟's or 地区's: never a 市's (`江源` in a publisher's
  // name is 白山市's 江源区, not the 州 the page is about).
  if (mark === '州' || mark === '盟' || mark === '自治州' || mark === '地区') {
    const kind = mark === '盟' ? '盟' : mark === '地区' ? '地区' : '州';
    return homeAt(
      evidence.filter((e) => lineage(e.code).some((c) => levelOf(c) === 'city' && regionByCode(c)!.name.endsWith(kind))),
      'city',
    );
  }
  // A bare 区政协 is a district's, 县政协 a county's, 旗政协 a banner's: of the county-level places
  // the page gives, one of that kind first (`区政协文史委赴定远…` on nqqzx.gov.cn: 南谯区, not 定远县),
  // then any (an old page's 县 may be a 区 today).
  // (Of that kind as the page wrote it, too: `作者：芜湖县政协`, a 县 the dataset knows only as 湾沚区 since.)
  const written = (e: HomeEvidence) => e.what.replace(/\s*\(.*$/, '').replace(/政协$/, '');
  const kind = (e: HomeEvidence) => levelOf(e.code) === 'county' && (regionByCode(e.code)!.name.endsWith(mark) || written(e).endsWith(mark));
  const ofKind = homeAt(evidence.filter(kind), 'county');
  // (One of another kind only in the province the page says it is in, where it says so: not `天水市麦积区`
  // named in a circular on a 浙江 portal's page about a bare 县政协.)
  const provincesSaid = new Set(evidence.filter((e) => levelOf(e.code) === 'province').map((e) => e.code));
  // (Never a 县 or 旗 for a bare 区政协: counties become districts, `县政协` on an old page, seldom the reverse, so
  // `九龙报讯` over a 区政协 is no reading of 九龙县.)
  const notOlder = (e: HomeEvidence) => mark !== '区' || !/[县旗]$/.test(regionByCode(e.code)?.name ?? '');
  const any = homeAt(evidence.filter((e) => (provincesSaid.size === 0 || provincesSaid.has(lineage(e.code)[0])) && notOlder(e)), 'county');
  // (A guess at an ambiguous spelling of that kind gives way to stronger evidence of another: an
  // old page's 县政协 on `zjyhzx.yuhuan.gov.cn` is 玉环县's, a 市 now, not the 云和县 `yh` may spell.)
  if (ofKind?.reading && any && !any.reading && any.rank < ofKind.rank) return any;
  return ofKind ?? any;
}
