/**
 * Region attribution: which committee a case section is about, and its GB/T 2260 region, with the
 * kind of evidence and the text that supports it.
 *
 * The committee is the one the section is about, in this order:
 * 1. the committee in its heading (`西城区政协：`, `石家庄市政协 改革创新…`);
 * 2. for an article about one committee, the committee in its author line or title
 *    (`中共政协金昌市委员会党组`, `…湖北省政协加强制度化建设…`);
 * 3. the committee the body names most (weights below; the one acting in its first sentence counts
 *    once more), one that acts before one only named, first mention breaking ties.
 * Relative mentions (`区政协`, `市政协`) count for the named committee whose name ends in the same
 * level word (`区政协` in a 西城区 section is 西城区政协). Mentions cued as someone else's
 * (`与省政协同心携手`, `推广卢龙县政协…经验`, `借鉴全国政协…`) count for nothing; mentions in a
 * document title 《…》, followed by 系统, or in what someone says (`调研组认为，…县政协…`) count half; collectives (`市县两级政协`) are not mentions.
 *
 * The region, in this order:
 * - `explicit`: the committee's place, resolved by the gazetteer (`北京市西城区` -> 110102), with
 *   homonyms settled by the section's own text; or, failing a named committee, the one place the
 *   text names that fits the article (`悦学龙湾` -> 龙湾区), noted as lower confidence;
 * - `inferred`: a homonym settled only by the sibling sections or the article, or a section that
 *   names no place and takes the deepest region its siblings share (or the article's place);
 * - `unknown`: nothing supports a place; the region keeps the best known ancestor, or is all null.
 * Nothing here guesses from landmarks or local names: that is curation.
 */
import type { Attribution, AttributionBasis, Level, RegionRef } from '../../schemas/case';
import { findCommittees, markLevel } from './find-committees';
import { getCues } from './cues';
import { assignRoles, headlineParts, SOMEONE_ELSES, type RoledMention } from './committee-roles';
import { homeEvidence, homeForMark, homeOfBare, learnedFrom, namesOrganisation, partnered, relayed, studied, visited, type HomeContext, type HomeEvidence } from './article-context';
import {
  commonAncestor,
  contains,
  findPlaceNames,
  level as levelOfCode,
  lineage,
  OUTSIDE_MAINLAND,
  regionByCode,
  toRegionRef,
  type RegionLevel,
} from './gazetteer';
import { resolvePlace, type ContextTier, type PlaceResolution } from './resolve-place';
import { findTownNames } from './towns';
import { committeeEventPlace, membersHeadlineRoles, TOWN_MEMBERS_UNIT } from './actors';

/** What the article says around its sections (from the metadata stage). */
/** What the article says outside a section (article-context.ts's fields) and, once known, its home. */
export interface ArticleContext extends HomeContext {
  /** Where the article is at home (article-context.ts); computed from the other fields when absent. */
  home?: readonly HomeEvidence[];
}

/** Roles that make a mention someone else's committee: it counts for nothing. */
const OFFSIDE = new Set(['visited', 'host', 'partner', 'reference', 'attendee', 'affiliation']);
const offside = (m: RoledMention) => OFFSIDE.has(m.role);

/** A sibling section's decided region. */
export interface SiblingRegion {
  committee?: string | null;
  level?: Level | null;
  region: RegionRef;
  kind: Attribution['kind'];
  span?: string | null;
}

export interface SectionText {
  /** Label and headline lines. */
  heading: readonly string[];
  /** Body paragraphs, joined by newlines. */
  body: string;
}

export interface AttributeInput extends SectionText {
  article?: ArticleContext;
  siblings?: readonly SiblingRegion[];
  /** The article is about one committee (default: no siblings given). */
  single?: boolean;
}

export interface RegionAttribution {
  /** The committee as the text names it (`西城区政协`, `区政协`); '' when the section names none. */
  committee: string;
  level: Level | null;
  region: RegionRef;
  attribution: Attribution;
}

const SECTION_TIER = "the section's own text";
const NULL_REGION: RegionRef = { code: null, name: null, province: null, city: null, county: null };
const RANK: Record<RegionLevel, number> = { province: 1, city: 2, county: 3 };

/** Deepest division containing every code (`['330303', '330324']` -> '330300'); null if none. */
export function deepestCommonAncestor(codes: readonly string[]): string | null {
  return commonAncestor([...new Set(codes)]);
}

/** `江苏省南通市通州区` for 320612: the names from the province down. */
function fullLabel(code: string): string {
  return lineage(code)
    .map((c) => regionByCode(c)!.name)
    .join('');
}

const refOf = (code: string | null): RegionRef => (code ? (toRegionRef(code) ?? NULL_REGION) : NULL_REGION);

type Source = 'heading' | 'article' | 'body';

interface Mention {
  m: RoledMention;
  source: Source;
  /** Where it was found, for notes: 'section heading', 'author line' … */
  where: string;
  res: PlaceResolution | null;
  weight: number;
  /** The committee acting in the section's first sentence. */
  lead?: boolean;
  /** …which that sentence has visit another committee (`市政协主席…来红安县调研县政协…`). */
  visitor?: boolean;
  /** The places its own sentence goes to after it (`市政协副主席…赴肇庆学习`): never its own. */
  goesTo?: ReadonlySet<string>;
  /** The first committee to act, after a first sentence that names none. */
  opener?: boolean;
  /** Named as what someone watches (`收看了全国政协十四届三次会议的开幕盛况`). */
  watched?: boolean;
  /** A county its members' group is named after (`市政协汉寿活动组`: 汉寿县): the committee lies above it. */
  groupIn?: string;
}

interface Group {
  key: string;
  mentions: Mention[];
  /** Resolution of the group's placed mentions (the most decisive one). */
  res: PlaceResolution | null;
  placeText: string | null;
  national: boolean;
  relativeMark: string | null;
}

/** Codes the article itself names: dateline place, committees and places in title, lead, author, publisher. */
function articlePlaces(article: ArticleContext): { codes: string[]; evidence: string[] } {
  const codes: string[] = [];
  const evidence: string[] = [];
  const add = (code: string | null, what: string, label = '') => {
    // (A paper of Hong Kong, Macao or Taiwan, `香港商报网`, reports the mainland: its name frames nothing.)
    if (label === 'publisher' && code && OUTSIDE_MAINLAND.test(code)) return;
    if (code && !codes.includes(code)) {
      codes.push(code);
      evidence.push(what);
    }
  };
  if (article.place) add(resolvePlace(article.place).code, `${article.place} (dateline)`);
  const fields: Array<[string | null | undefined, string]> = [
    [article.author, 'author line'],
    [article.title, 'title'],
    [article.subtitle, 'subtitle'],
    [article.lead, 'lead'],
    [article.publisher, 'publisher'],
  ];
  for (const [text, label] of fields) {
    if (!text) continue;
    for (const m of findCommittees(text)) {
      if (m.placeText) add(resolvePlace(m.placeText).code, `${m.text} (${label})`, label);
    }
    for (const hit of findPlaceNames(text)) {
      if (hit.form !== 'short') {
        if (hit.codes.length === 1) add(hit.codes[0], `${hit.name} (${label})`, label);
      } else {
        // Short forms in running text are often words (同心圆, 乡村振兴): only a province's counts.
        const provinces = hit.codes.filter((c) => levelOfCode(c) === 'province');
        if (provinces.length === 1) add(provinces[0], `${hit.name} (${label})`, label);
      }
    }
  }
  return { codes, evidence };
}

/**
 * The deepest region the siblings share; if they span provinces, the share of a province that holds
 * most of them. Null when there is no such region.
 */
function siblingFrame(siblings: readonly SiblingRegion[]): { code: string; members: SiblingRegion[] } | null {
  const placed = siblings.filter((s) => s.region.code);
  if (placed.length === 0) return null;
  const all = deepestCommonAncestor(placed.map((s) => s.region.code!));
  if (all) return { code: all, members: placed };
  const byProvince = new Map<string, SiblingRegion[]>();
  for (const s of placed) {
    const p = lineage(s.region.code!)[0];
    byProvince.set(p, [...(byProvince.get(p) ?? []), s]);
  }
  const [top] = [...byProvince.values()].sort((a, b) => b.length - a.length);
  if (top.length * 2 <= placed.length) return null;
  return { code: deepestCommonAncestor(top.map((s) => s.region.code!))!, members: top };
}

function levelForMark(mark: string, frame: string | null, siblingLevels: readonly Level[]): RegionLevel {
  if (mark !== '市') return markLevel(mark) ?? 'county';
  // 市政协: a prefecture's committee, a county-level city's, or a municipality's.
  if (frame && regionByCode(frame)?.municipal) return 'province';
  if (siblingLevels.length > 0 && siblingLevels.every((l) => l === 'county')) return 'county';
  return 'city';
}

const inLineage = (a: string, b: string) => contains(a, b) || contains(b, a);

/**
 * A district, county or banner under a prefecture 市 (颍东区 under 阜阳市): where a bare 市政协 goes in
 * it, it goes within its own city. (Not a county-level 市, which has a 市政协 of its own.)
 */
function countyOfCity(code: string): boolean {
  const [, city] = lineage(code);
  return levelOfCode(code) === 'county' && !regionByCode(code)!.name.endsWith('市') && city !== code && levelOfCode(city) === 'city' && regionByCode(city)!.name.endsWith('市');
}

/**
 * A party travelling for a visit in the sentence after a committee (`一行来米脂县考察学习`, `率队赴…调研`, `带队赴京，与…共同召开座谈会`),
 * its topic quoted on the way (`一行到我市开展“关于进一步提高提案工作质量有关问题情况”专题调研`).
 */
const VISITING = /^[^。；]{0,24}?(?:一行|率队|带队|率(?![达为先高低]))[^。；]{0,12}?(?:来到|来|赴|到|莅临|深入)(?:[^。；]{1,12}?|[^。；“]{1,8}?“[^”。]{1,40}”[^。；]{0,4}?)(?:考察|学习|调研|视察|交流|参观|座谈|召开)/;
/** A verb of going right before a place (`赴肇庆`, `带队到安阳市`; not `得到`, `受到`). */
const GOES_TO = /(?:赴|前往|来到|深入|走进|(?<![得受达做感提看遇找听收])到)$/;
/** The places `text` goes to: each right after a verb of going, and those listed with it (`赴黑龙江和辽宁两省`). */
/** A members' group named after a place, right after a committee (`汉寿活动组`, `海安联系小组`). */
const PLACE_GROUP = /^(\p{Script=Han}{2,5}?)(?:活动组|联系小组|联络小组|联络组|委员小组)/u;

/** The one county a bare committee's members' group is named after (`市政协汉寿活动组…`), or undefined. */
function groupCounty(rest: string): string | undefined {
  const name = rest.match(PLACE_GROUP)?.[1];
  const hit = name ? findPlaceNames(name).find((h) => h.start === 0 && h.end === name.length) : undefined;
  const counties = hit?.codes.filter((c) => levelOfCode(c) === 'county') ?? [];
  return counties.length === 1 ? counties[0] : undefined;
}

function destinations(text: string): Set<string> {
  const out = new Set<string>();
  let last = -1;
  for (const h of findPlaceNames(text)) {
    const before = text.slice(0, h.start);
    if (GOES_TO.test(before) || (last >= 0 && /^[、和及与]$/.test(text.slice(last, h.start)))) {
      // A name that is a province's and a city's in it (`赴延边、吉林等地`) is the city one goes to.
      const cities = h.codes.filter((c) => levelOfCode(c) === 'city' && h.codes.some((p) => levelOfCode(p) === 'province' && contains(p, c)));
      for (const c of cities.length ? cities : h.codes) out.add(c);
      last = h.end;
    }
  }
  return out;
}

/**
 * The places a bare committee's sentences go to (`市政协主席…带队到安阳市`): it is one committee wherever
 * the section names it bare, and the committee of none of them.
 */
function placesGoneTo(mentions: readonly Mention[], mark: string): Set<string> {
  return new Set(mentions.flatMap((x) => (x.m.relativeMark === mark ? [...(x.goesTo ?? [])] : [])));
}

/** Before a mention in its sentence: watching or hearing it (`通过电视直播，认真收看了…`). */
const WATCHING = /收看|观看|收听/;
/** …and after it, its session (`十四届三次会议的开幕盛况`). */
const WATCHED_SESSION = /^[^，,]{0,16}?(?:会议|开幕|闭幕)/;

/** How many mentions the visiting party's own sentence counts for. */
const VISITOR_WEIGHT = 2;

/** What the actor of a section's first sentence adds to its weight. */
const LEAD_BONUS = 1;

function mentionWeight(m: RoledMention, res: PlaceResolution | null, frame: string | null): number {
  if (offside(m)) return 0;
  if (m.placeForm === 'short' && frame && res?.code && !inLineage(frame, res.code)) return 0;
  // Named in a quotation, a title, as a system, or in what someone says of it: half a mention.
  if (m.enclosure === 'book-title' || m.system || (m.role === 'passing' && m.word !== null && getCues().speechWords.includes(m.word))) return 0.5;
  return 1;
}

/** The text around a place hint worth quoting: its 《title》 or short “brand”, else the name. */
function hintSpan(text: string, start: number, end: number): string {
  for (const [open, close, keep] of [
    ['《', '》', true],
    ['“', '”', false],
  ] as const) {
    const o = text.lastIndexOf(open, start);
    const c = text.indexOf(close, end);
    if (o >= 0 && c >= 0 && c - o <= 40 && !text.slice(o + 1, start).includes(close) && !text.slice(end, c).includes(open)) {
      return keep ? text.slice(o, c + 1) : text.slice(o + 1, c);
    }
  }
  return text.slice(start, end);
}

/** What a section is read against: the article, its sibling sections, and the frame they set. */
interface SectionContext {
  article: ArticleContext;
  siblings: SiblingRegion[];
  siblingLevels: Level[];
  single: boolean;
  fromArticle: { codes: string[]; evidence: string[] };
  sib: { code: string; members: SiblingRegion[] } | null;
  articleFrame: string | null;
  frame: string | null;
  home: readonly HomeEvidence[];
}

function sectionContext(input: AttributeInput): SectionContext {
  const article = input.article ?? {};
  const siblings = (input.siblings ?? []).filter((s) => s.region.code && s.kind !== 'unknown');
  const fromArticle = articlePlaces(article);
  const sib = siblingFrame(siblings);
  const articleFrame = deepestCommonAncestor(fromArticle.codes);
  return {
    article,
    siblings,
    siblingLevels: siblings.map((s) => s.level ?? levelOfCode(s.region.code!)).filter((l): l is Level => !!l),
    single: input.single ?? (input.siblings ?? []).length === 0,
    fromArticle,
    sib,
    articleFrame,
    frame: sib?.code ?? articleFrame,
    home: article.home ?? homeEvidence(article),
  };
}

/** Most counties a town's name may be found in and still tell two readings of a place apart. */
const MAX_TOWN_READINGS = 3;

/**
 * Every committee mention the section can be about, with its role, its place resolved (first on
 * its own, then with the section's settled places, the siblings and the article as context) and
 * its weight: the heading, the article's own title and author line (one-committee articles), the body.
 */
function collectMentions(input: AttributeInput, ctx: SectionContext): Mention[] {
  const mentions: Mention[] = [];
  const visiting = new Set<RoledMention>();
  const collect = (text: string, source: Source, where: string, roles: (text: string) => readonly RoledMention[] = assignRoles) => {
    for (const m of roles(text)) {
      const rest = text.slice(m.end).split(/[。；！？\n]/)[0];
      const watched = WATCHING.test(text.slice(0, m.start).split(/[。；！？\n]/).pop()!) && WATCHED_SESSION.test(rest);
      mentions.push({ m, source, where, res: null, weight: 0, goesTo: destinations(rest), watched, groupIn: groupCounty(rest) });
      // The party whose trip the article tells (`…率队来益阳考察学习`) is what it is about.
      if (m.role === 'actor' && VISITING.test(rest)) visiting.add(m);
    }
  };
  collect(headlineParts(input.heading.join('\n')), 'heading', 'section heading');
  if (ctx.single) {
    if (ctx.article.author) collect(ctx.article.author, 'article', "article's author line");
    if (ctx.article.title) collect(headlineParts(ctx.article.title), 'article', 'article title', membersHeadlineRoles);
    if (ctx.article.subtitle) collect(headlineParts(ctx.article.subtitle), 'article', 'article subtitle');
    // (…and its editor's note or lead, `编者按：…奉贤区政协面向…开展了…主题征文活动`, which says whose work the page prints.)
    if (ctx.article.lead) collect(ctx.article.lead, 'article', 'article lead');
  }
  collect(input.body, 'body', 'section text');

  for (const x of mentions) if (x.m.placeText) x.res = resolvePlace(x.m.placeText);
  const settled = mentions.filter((x) => x.res?.code && !offside(x.m) && x.source !== 'article').map((x) => x.res!.code!);
  const tiers: ContextTier[] = [];
  if (settled.length) tiers.push({ label: SECTION_TIER, codes: settled });
  // A town the section names that one reading has (`普陀区政协…长征镇委员工作站`: 长征镇 is 上海市普陀区's, not 舟山's);
  // a town name found in many counties (城关镇) says nothing.
  // (Read only where some place is ambiguous: the only use of these tiers.)
  const ambiguous = mentions.some((x) => x.res && !x.res.code && x.res.basis === 'ambiguous');
  const towns = ambiguous ? findTownNames([...input.heading, input.body].join('\n')).filter((t) => t.counties.length <= MAX_TOWN_READINGS) : [];
  if (towns.length) tiers.push({ label: `a town the section names (${[...new Set(towns.map((t) => t.name))].join('、')})`, codes: towns.flatMap((t) => t.counties) });
  if (ctx.siblings.length) tiers.push({ label: 'the sibling sections', codes: ctx.siblings.map((s) => s.region.code!) });
  if (ctx.fromArticle.codes.length) tiers.push({ label: `the article (${ctx.fromArticle.evidence.join('、')})`, codes: ctx.fromArticle.codes });
  // Last, where the page is at home, however weakly (a text that names 广州 again and again over
  // 白云区政协, which 广州 and 贵阳 both have).
  const home = ctx.home.filter((e) => !e.reading);
  if (home.length) tiers.push({ label: `the page's home (${[...new Set(home.map((e) => e.what))].join('、')})`, codes: home.map((e) => e.code) });
  // The committee acting in the section's first sentence leads it (`州政协副主席…带队深入永顺、古丈、
  // 保靖县…调研`), over the committees its people then meet and praise. (A meeting of a level's whole
  // system, `全省政协第22次文史工作交流会在盐城召开`, is every committee's that takes part.)
  // (Its first sentence with words in it: not a picture's line, `![](/Files…jpg)`, before the text.)
  const textStart = Math.max(0, input.body.search(/\p{Script=Han}/u));
  const firstEnd = input.body.slice(textStart).search(/[。！？\n]/);
  const firstStop = firstEnd < 0 ? -1 : textStart + firstEnd;
  const lead = mentions.find((x) => x.source === 'body' && x.m.role === 'actor' && !x.m.wholeSystem && (firstStop < 0 || x.m.start < firstStop));
  for (const x of mentions) {
    if (x.res && !x.res.code && x.res.basis === 'ambiguous') x.res = resolvePlace(x.m.placeText!, tiers);
    const weight = mentionWeight(x.m, x.res, ctx.frame) * (visiting.has(x.m) ? VISITOR_WEIGHT : 1);
    x.weight = weight > 0 && x === lead ? weight + LEAD_BONUS : weight;
    if (x === lead) x.lead = true;
  }
  // The lead whose first sentence visits another committee (`走访调研杜集区政协…`) is the party whose
  // trip the section tells, however often the host is then named in what it shows and is praised for.
  if (lead && lead.weight > 0) {
    lead.visitor = mentions.some((x) => x.source === 'body' && (x.m.role === 'visited' || x.m.role === 'host') && x.m.start > lead.m.end && (firstStop < 0 || x.m.start < firstStop));
  }
  // Where the first sentence names no committee (a framing opener, `推进粤港澳大湾区建设，是…新实践。`),
  // the first committee to act opens the section for the trip it goes on (below, chooseCommittee).
  const firstNamed = mentions.find((x) => x.source === 'body');
  if (!lead && firstNamed && firstStop >= 0 && firstNamed.m.start > firstStop && firstNamed.m.role === 'actor') firstNamed.opener = true;
  return mentions;
}

const score = (g: Group) => g.mentions.reduce((s, x) => s + x.weight, 0);

/**
 * Mentions grouped by the committee they name: placed ones by code (or place text), the national
 * committee, then relative ones (`区政协`) with the placed committee whose name ends in the same
 * level word, or the page's home committee, or a group of their own.
 */
function groupMentions(mentions: readonly Mention[], ctx: SectionContext, body = ''): Group[] {
  const groups: Group[] = [];
  const groupFor = (key: string, init: Omit<Group, 'key' | 'mentions'>): Group => {
    let g = groups.find((x) => x.key === key);
    if (!g) groups.push((g = { key, mentions: [], ...init }));
    return g;
  };
  for (const x of mentions) {
    if (x.m.national) groupFor('national', { res: null, placeText: null, national: true, relativeMark: null }).mentions.push(x);
    else if (x.m.placeText) {
      const g = groupFor(x.res?.code ?? `?${x.m.placeText}`, { res: x.res, placeText: x.m.placeText, national: false, relativeMark: null });
      g.mentions.push(x);
      if (x.res && rankBasis(x.res) < rankBasis(g.res)) g.res = x.res;
    }
  }
  const placedGroups = [...groups];
  // A bare mention that something outside its name places (`via`) joins that place's group.
  const placeBy = (code: string, via: string, x: Mention) => {
    const res: PlaceResolution = { code, candidates: [code], basis: 'context', via, ancestor: code, form: 'full' };
    groupFor(code, { res, placeText: regionByCode(code)!.name, national: false, relativeMark: null }).mentions.push(x);
  };
  const headed = placedGroups.some((g) => g.mentions.some((y) => y.source === 'heading'));
  // A town's unit of no named county is the page's own county-level committee: written as the page
  // writes its bare one (`区政协` on a district's page), else as a 县政协.
  const countyMark = mentions.find((y) => y.m.relativeLevel === 'county' && !y.m.townCounties)?.m.relativeMark;
  const cityCounties = CITY_COUNTIES.test(body);
  // A page that names an autonomous region's committee (`自治区政协副主席…出席`) means by a meeting of 全区政协
  // (`全区政协推动…工作会议在宜州召开`) the whole region's committees, which its committee holds: no district's.
  const regionNamed = mentions.some((y) => y.m.relativeMark === '自治区' || (!!y.res?.code && levelOfCode(y.res.code) === 'province' && regionByCode(y.res.code)!.name.endsWith('自治区')));
  for (const x of mentions) {
    if (!x.m.relativeMark) continue;
    const towns = x.m.townCounties;
    const mark = towns && countyMark ? countyMark : x.m.wholeSystem && x.m.relativeMark === '区' && regionNamed ? '自治区' : x.m.relativeMark;
    // On a page that says whose it is (site name, sign-off, author, publisher), a bare 市政协 is
    // that committee, not another 市 the text names (`咸阳市政协主席…陪同` on 安庆's site).
    // A bare 市政协 whose members' group is named after a county (`市政协汉寿活动组`) is the 市 above it.
    const above = x.groupIn && mark === '市' ? lineage(x.groupIn).find((c) => c !== x.groupIn && levelOfCode(c) === 'city') : undefined;
    if (above && regionByCode(above)!.name.endsWith('市')) {
      placeBy(above, `its members' group's county (${regionByCode(x.groupIn!)!.name})`, x);
      continue;
    }
    let home = headed ? null : homeOfBare(mark, towns, ctx.home);
    // One reading of a spelling several places share (`huangshan`: 黄山市, 黄山区) yields to the
    // committee of that kind the text names in full within another (`第九届黄山市徽州区委员会` on the
    // city's site): the page is the city's, and its bare 区政协 the district it names.
    if (home?.reading && home.rank <= 2 && placedGroups.some((g) => namedInFullWithin(g, mark, home!, ctx.home))) home = null;
    // A page that writes its own committee as another kind (`海安县政协`, since become 海安市) means
    // by a bare 市政协 the 市 above it (南通).
    if (home && mark === '市' && writtenNames(mentions.filter((y) => y.res?.code === home!.code)).some((n) => !n.endsWith('市'))) {
      const up = lineage(home.code).find((c) => c !== home!.code && levelOfCode(c) === 'city');
      home = up ? { ...home, code: up, what: `${home.what}, the 市 above it` } : null;
    }
    if (home && home.rank <= 2) {
      placeBy(home.code, `the page's own place (${home.what})`, x);
      continue;
    }
    // Not a committee the article makes someone else's (`与通化市政协…座谈`, `赴通化县政协`), nor,
    // where the page says whose it is however weakly, one that only attends or is named in passing
    // (`长清区、商河县政协有关负责同志…参加活动` on a 济阳 page).
    // (A county's home for a bare 区政协, the 凤台县 of a page that names its committee in full, 潘集区政协, yields
    // to it: counties became districts, seldom the other way, so a 县 home for a bare 县政协 still holds.)
    const home0 = homeForMark(mark, ctx.home);
    const ownPlace = home0 && !(mark === '区' && /[县旗]$/.test(regionByCode(home0.code)?.name ?? '')) ? home0 : null;
    const away = placesGoneTo(mentions, mark);
    // A page that speaks of its city's counties together (`各县（市、区）`, `县市区政协`) is written at the
    // prefecture: its bare 市政协 is not one of the county-level 市 it counts among them (`北流政协采用11篇`).
    const prefectureVoice = mark === '市' && cityCounties;
    const matching = placedGroups.filter((g) => {
      if (prefectureVoice && g.res?.code && levelOfCode(g.res.code) === 'county') return false;
      // As the text writes it (`海安县政协`, though 海安 is a 市 now), else its official name.
      const name = writtenNames(g.mentions)[0] ?? (g.res?.code ? regionByCode(g.res.code)!.name : g.placeText);
      const ofKind = towns ? !!g.res?.code && towns.includes(g.res.code) : name?.endsWith(mark);
      if (g.national || !name || !ofKind || g.mentions.every((y) => offside(y.m))) return false;
      // (Nor the committee of the place its own sentence goes to: `市政协…率…赴肇庆学习` is not 肇庆's.)
      if (g.res?.code && away.has(g.res.code)) return false;
      // (Nor the committee of a place the page's trip goes to study, `赴…杭州市富阳区考察学习`, unless it acts.)
      if (studiedIn(body, name) && !g.mentions.some((y) => y.m.role === 'actor')) return false;
      // (Its formal name in the page's own documents, `《政协吉林市第十二届委员会…决议》`, is its own.)
      return !ownPlace || g.res?.code === ownPlace.code || g.mentions.some((y) => y.m.role === 'actor' || y.m.form === 'committee-of');
    });
    // …and is the prefecture of the counties it counts, three or more of one prefecture (`北流政协…容县政协…陆川政协`).
    const counted = prefectureVoice && !matching.length && !home ? prefectureOfCounties(placedGroups) : null;
    if (counted) {
      placeBy(counted, `the counties its page counts together (${placedGroups.filter((g) => g.res?.code && lineage(g.res.code).includes(counted)).map((g) => g.placeText).join('、')})`, x);
      continue;
    }
    const target =
      matching.find((g) => g.mentions.some((y) => y.source !== 'body')) ??
      [...matching].sort((a, b) => score(b) - score(a))[0] ??
      groupFor(`rel:${mark}`, { res: null, placeText: null, national: false, relativeMark: mark });
    target.mentions.push(x);
  }
  return groups;
}

/**
 * Whether `g` is a committee the text names in full with `mark` (`徽州区委员会`), acting or by its
 * formal name, inside a place of the page's home other than the reading `home`.
 */
function namedInFullWithin(g: Group, mark: string, home: HomeEvidence, evidence: readonly HomeEvidence[]): boolean {
  const code = g.res?.code;
  if (!code || g.national || code === home.code || !writtenNames(g.mentions).some((n) => n.endsWith(mark))) return false;
  if (!g.mentions.some((y) => !offside(y.m) && (y.m.role === 'actor' || y.m.form === 'committee-of'))) return false;
  return evidence.some((e) => e.code !== home.code && e.code !== code && contains(e.code, code));
}

/** Fewest counties of one prefecture a page must count together to be that prefecture's. */
const MIN_COUNTED_COUNTIES = 3;

/** The one prefecture-level city all the county-level committees named lie in, when there are at least {@link MIN_COUNTED_COUNTIES}. */
function prefectureOfCounties(groups: readonly Group[]): string | null {
  const counties = [...new Set(groups.flatMap((g) => (g.res?.code && levelOfCode(g.res.code) === 'county' ? [g.res.code] : [])))];
  const cities = new Set(counties.map((c) => lineage(c).find((a) => levelOfCode(a) === 'city') ?? null));
  return counties.length >= MIN_COUNTED_COUNTIES && cities.size === 1 ? [...cities][0] : null;
}

/** A prefecture's counties spoken of together: `各县（市、区）`, `各县市区`, `县（市、区）政协`. */
const CITY_COUNTIES = /各县[（(]?[市区][、，]?[市区]?[)）]?|县[（(][市区][、，][市区][)）]政协|县市区政协/;

/** Whether `text` names the place `name` anywhere as where a study trip goes (`赴…富阳区考察学习`). */
function studiedIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (studied(text, at)) return true;
  return false;
}

/** The places of these mentions as the text writes them in full, with their level word (`海安县`). */
function writtenNames(mentions: readonly Mention[]): string[] {
  return mentions.flatMap((x) => (x.m.placeForm !== 'short' && x.m.placeText && /[省市区县州旗盟]$/.test(x.m.placeText) ? [x.m.placeText] : []));
}

/** Home evidence this strong or stronger (a site's own initials, its owner, its dateline) says whose page it is. */
const STRONG_HOME_RANK = 3;

/**
 * The committee the section is about: the one its heading names; in a one-committee article, the
 * one its title or author line shows acting; else the one the text names most. Of committees
 * named as often, one the article never makes a host, visited or partner, then the page's own
 * (its home evidence: a 盐城 site's report of four chairmen meeting in 盐城 is 盐城's), then the
 * first named.
 */
function chooseCommittee(
  mentions: readonly Mention[],
  groups: readonly Group[],
  single: boolean,
  home: readonly HomeEvidence[],
  convener: string | null = null,
): { winner: Group | null; decisive: Mention | undefined } {
  const firstOf = (source: Source, skip: (x: Mention) => boolean = () => false) => mentions.find((x) => x.source === source && !offside(x.m) && !skip(x));
  // Of two committees a title shows acting together (`岳阳、益阳两市政协举行工作交流会`), not one the text
  // makes a host, visited or partner (`市政协主席…会见益阳市政协主席…一行`): the title tells the guests' visit.
  // (Two a title lists acting together, `高县、武胜县政协携手共助…`, are both its actors, whatever the pair's reading.)
  const articleActors = mentions.filter((x) => x.source === 'article' && (x.m.role === 'actor' || x.m.jointly));
  const hosts = (x: Mention) => groups.find((g) => g.mentions.includes(x))?.mentions.some((y) => offside(y.m)) ?? false;
  const articleActor = articleActors.find((x) => !hosts(x)) ?? articleActors[0];
  // (Nor one a title only names that the text visits: `江泽林走进双辽市政协机关…` over `省政协主席江泽林来到
  // 双辽市…走进双辽市政协机关`.)
  // (Nor one the title only signs, the account a repost is under (`华人号：福建政协“项目完成了吗？…”`), where
  // the text has a committee acting.)
  const signedOnly = (x: Mention) => !!x.m.signsPost && mentions.some((y) => y.source === 'body' && y.m.role === 'actor');
  const titleNamed = firstOf('article', signedOnly);
  const visitedOnly = (x: Mention) => {
    const g = groups.find((y) => y.mentions.includes(x));
    return !!g && g.mentions.some((y) => y.m.role === 'visited' || y.m.role === 'host') && !g.mentions.some((y) => y.m.role === 'actor');
  };
  const decisive = firstOf('heading') ?? (single ? (articleActor ?? (titleNamed && visitedOnly(titleNamed) ? undefined : titleNamed)) : undefined);
  if (decisive) return { winner: groups.find((g) => g.mentions.includes(decisive)) ?? null, decisive };
  // …or whose first sentence goes to a place whose committee the section makes its host
  // (`市政协主席…带队到安阳市…。安阳市政协主席…陪同考察`).
  const hostCodes = new Set(groups.flatMap((g) => (g.res?.code && g.mentions.some((y) => offside(y.m)) ? [g.res.code] : [])));
  // (After a framing opener, any committee of the place it goes to is its host: `…赴广东开展学习考察。…广东省政协主席王荣会见了考察团一行`.)
  const namedCodes = new Set(groups.flatMap((g) => (g.res?.code ? [g.res.code] : [])));
  const visitor =
    mentions.find((x) => x.visitor) ??
    mentions.find((x) => x.lead && [...(x.goesTo ?? [])].some((c) => hostCodes.has(c))) ??
    mentions.find((x) => x.opener && [...(x.goesTo ?? [])].some((c) => namedCodes.has(c)));
  if (visitor) return { winner: groups.find((g) => g.mentions.includes(visitor)) ?? null, decisive: undefined };
  let winner: Group | null = null;
  let best = 0;
  const firstAt = (g: Group) => Math.min(...g.mentions.map((y) => (y.source === 'body' ? y.m.start : -1)));
  const homeCodes = new Set(home.filter((e) => !e.reading).map((e) => e.code));
  // A bare 州政协 is at home when the page is somewhere at its level (a county of the 州).
  const atHome = (g: Group) => ((g.res?.code && homeCodes.has(g.res.code)) || (g.relativeMark && homeForMark(g.relativeMark, home)) ? 0 : 1);
  // A committee the article makes a host, visited or partner anywhere is not the one it is about
  // when another acts as often (a host's site reporting a visit: `…一行来前锋区政协考察`).
  // (The people of the committee that opens the section, attending its own act, `晋江市政协组织…。
  // 晋江市政协领导…参加活动`, make it no guest.)
  const hosting = (g: Group) => (g.mentions.some((y) => offside(y.m) && !(y.m.role === 'attendee' && g.mentions.some((z) => z.lead))) ? 1 : 0);
  // Of committees named as often, one that acts before one only named (`四川省政协系统`, a 《…》 title).
  const idle = (g: Group) => (g.mentions.some((y) => y.m.role === 'actor' && y.weight > 0) ? 0 : 1);
  // A committee whose session the section has another watch on screen (`全国政协…开幕。市政协…收看了
  // 全国政协…开幕盛况`) is the occasion, not the one it is about, when another acts.
  const watchers = groups.some((g) => !g.mentions.some((y) => y.watched) && g.mentions.some((y) => y.m.role === 'actor' && y.weight > 0));
  const watchedOnly = (g: Group) => watchers && g.mentions.some((y) => y.watched);
  for (const g of [...groups].sort((a, b) => hosting(a) - hosting(b) || atHome(a) - atHome(b) || idle(a) - idle(b) || firstAt(a) - firstAt(b))) {
    if (watchedOnly(g)) continue;
    if (score(g) > best) {
      best = score(g);
      winner = g;
    }
  }
  // Where no committee acts at all (a meeting of the committee's office that names committees only in
  // the titles of what it studied: `《广安市政协…办法》《前锋区政协…办法》`), the one the page strongly
  // says is its own, over one only named more often.
  if (groups.length > 1 && groups.every((g) => idle(g) === 1)) {
    const strongHome = new Set(home.filter((e) => !e.reading && e.rank <= STRONG_HOME_RANK).map((e) => e.code));
    const own = groups.filter((g) => g.res?.code && strongHome.has(g.res.code) && score(g) > 0 && !hosting(g) && !watchedOnly(g));
    if (own.length === 1) winner = own[0];
    // (…or the place that holds its committee's event, `依兰县举办政协委员培训班`, its people only attending: that place's.)
    const held = convener ? groups.filter((g) => g.res?.code && g.res.code === convener) : [];
    if (held.length === 1) winner = held[0];
  }
  // A place's event for the committee's members that its people only attend (`体育馆路街道开展政协委员街道
  // 活动小组…活动。区政协主席…出席`): the one committee named is the one whose practice it is.
  if (!winner && groups.length === 1 && groups[0].mentions.every((y) => y.m.role === 'attendee')) winner = groups[0];
  return { winner, decisive };
}

/** What the chosen committee is called, and the notes every outcome shares. */
interface Naming {
  committee: string;
  display: Mention | null;
  howNamed: string;
  ignoredNote: string;
}

function naming(mentions: readonly Mention[], winner: Group | null, decisive: Mention | undefined): Naming {
  const ignored = [...new Set(mentions.filter((x) => offside(x.m)).map((x) => `${x.m.text}（${x.m.word ?? x.m.role}）`))];
  const display = winner ? displayMention(winner, decisive) : null;
  const counted = winner ? winner.mentions.filter((x) => x.weight > 0).length : 0;
  return {
    committee: display ? display.m.name : '',
    display,
    howNamed: decisive ? `committee named in the ${decisive.where}` : `committee named in the section text (${counted} mention${counted === 1 ? '' : 's'})`,
    ignoredNote: ignored.length ? `; not counted: ${ignored.join('、')}` : '',
  };
}

/** The committee and region of one case section. Pure; see the module comment for the rules. */
export function attributeRegion(input: AttributeInput): RegionAttribution {
  const ctx = sectionContext(input);
  const mentions = collectMentions(input, ctx);
  const groups = groupMentions(mentions, ctx, [...input.heading, input.body].join('\n'));
  const eventPlace = committeeEventPlace([input.article?.title ?? '', input.body.split('\n')[0] ?? ''].join('\n'));
  const { winner, decisive } = chooseCommittee(mentions, groups, ctx.single, ctx.home, eventPlace ? resolvePlace(eventPlace).code : null);
  const named = naming(mentions, winner, decisive);
  if (winner?.national) {
    return {
      committee: named.committee,
      level: 'national',
      region: NULL_REGION,
      attribution: { kind: 'explicit', span: named.display!.m.text, note: named.howNamed + named.ignoredNote, basis: 'national', homonym: false, shortForm: false },
    };
  }
  if (winner && !winner.relativeMark && winner.res) return placedAttribution(winner, decisive, named);
  return unplacedAttribution(input, mentions, winner, named, ctx);
}

/** A committee named with its place: the place resolved, or said to be undecided. */
function placedAttribution(winner: Group, decisive: Mention | undefined, named: Naming): RegionAttribution {
  const res = winner.res!;
  const { committee, display, howNamed, ignoredNote } = named;
  if (res.code) {
    const relNote = winner.mentions.some((x) => x.m.relativeMark)
      ? `; ${[...new Set(winner.mentions.filter((x) => x.m.relativeMark).map((x) => x.m.text))].join('、')} in the text refer to it`
      : '';
    const homonyms =
      res.basis === 'context'
        ? `; ${winner.placeText} fits ${res.candidates.length} divisions (${res.candidates.map((c) => `${c} ${fullLabel(c)}`).join(', ')}), decided by ${res.via}`
        : '';
    // A homonym settled by the section's own text is explicit; by siblings or the article, inferred.
    const kind: Attribution['kind'] = res.basis === 'context' && res.via !== SECTION_TIER ? 'inferred' : 'explicit';
    const shortNote = res.form === 'short' ? `; named by its short form (${winner.placeText})` : '';
    return {
      committee,
      level: levelOfCode(res.code),
      region: refOf(res.code),
      attribution: {
        kind,
        span: display!.m.text,
        note: howNamed + homonyms + shortNote + relNote + ignoredNote,
        basis: namedBasis(winner, decisive),
        homonym: res.candidates.length > 1,
        shortForm: res.form === 'short',
      },
    };
  }
  const candidates = res.candidates.map((c) => `${c} ${fullLabel(c)}`).join(', ');
  const levels = [...new Set(res.candidates.map((c) => levelOfCode(c)))];
  return {
    committee,
    level: levels.length === 1 ? levels[0] : null,
    region: refOf(res.ancestor),
    attribution: {
      kind: 'unknown',
      span: display!.m.text,
      note:
        res.basis === 'ambiguous'
          ? `${winner.placeText} fits ${res.candidates.length} divisions (${candidates}) and nothing in the article decides` + ignoredNote
          : `${winner.placeText}: ${res.basis === 'conflict' ? 'the names do not nest' : 'not a known place'}` + ignoredNote,
      basis: res.basis === 'ambiguous' ? 'ambiguous' : 'unknown',
      homonym: res.candidates.length > 1,
      shortForm: res.form === 'short',
    },
  };
}

/** A level's members as a whole (`全县各级政协委员`, `全市政协委员们`): the committee of that level is the page's. */
const WHOLE_LEVEL_MEMBERS = /全(省|市|县|区|州|旗|盟)(?:各级)?政协委员/;
/** A byline opening with a level's committee, no place (`县政协委员 徐叔华`, `市政协办公室`). */
const BYLINE_LEVEL = /^(省|市|县|区|州|旗|盟)政协/;
/** A member named with a level's post, no place before it (`，自治区政协委员刘媛提交…`). */
const MEMBER_OF_LEVEL = /(?<![\u4e00-\u9fff])(自治区|省|市|县|区|州|旗|盟)政协委员(?![会们])/g;

/**
 * A bare committee (`区政协`) or none: the page's own place when it says strongly whose it is,
 * then the one place the section names, then the page's weaker evidence, then the frame of the
 * siblings or the article; otherwise unknown.
 */
function unplacedAttribution(input: AttributeInput, mentions: readonly Mention[], winner: Group | null, named: Naming, ctx: SectionContext): RegionAttribution {
  const { committee, ignoredNote } = named;
  const { frame, sib, siblingLevels } = ctx;
  const mark = winner?.relativeMark ?? null;
  // With no committee counted, the one kind of bare committee the section still names, in passing
  // (`作为区政协自身建设的一项基础性工作`), says at what level the page is at home. (Not one gone to,
  // hosting or partnering: someone else's.)
  const passingMarks = new Set(mentions.flatMap((x) => (x.m.relativeMark && !x.m.placeText && !SOMEONE_ELSES.has(x.m.role) ? [x.m.relativeMark] : [])));
  // (…and so do the members it addresses as a level's whole body, `全县各级政协委员`, or a byline that signs as one of a
  // level's members or people, `作者：县政协委员 徐叔华`: that level's own.)
  const byline = [input.article?.author, input.article?.reporter].find((b) => b && BYLINE_LEVEL.test(b));
  // (…or the members it names by their posts, all of one level, `自治区政协委员刘媛提交《…的提案》`: their committee is the
  // page's.)
  const memberLevels = new Set([...input.body.matchAll(MEMBER_OF_LEVEL)].map((m) => m[1]));
  const membersMark =
    winner === null && passingMarks.size === 0
      ? (input.body.match(WHOLE_LEVEL_MEMBERS)?.[1] ?? byline?.match(BYLINE_LEVEL)?.[1] ?? (memberLevels.size === 1 ? [...memberLevels][0] : null))
      : null;
  const levelMark = mark ?? (winner === null && passingMarks.size === 1 ? [...passingMarks][0] : membersMark);
  const expected: RegionLevel | null = levelMark
    ? levelForMark(levelMark, frame, siblingLevels)
    : siblingLevels.length > 0 && siblingLevels.every((l) => l === siblingLevels[0]) && siblingLevels[0] !== 'national'
      ? (siblingLevels[0] as RegionLevel)
      : null;
  const relText = mark ? `${committee} names a ${expected}-level committee but no place` : 'no committee named';
  const result = (code: string | null, level: Level | null, attribution: Attribution): RegionAttribution => ({
    committee,
    level,
    region: code ? refOf(code) : NULL_REGION,
    attribution,
  });
  const plain = { homonym: false, shortForm: false } as const;

  // A bare 市政协 on a page that says whose it is (its site name, sign-off, publisher) is that one.
  const home = levelMark ? homeOfBare(levelMark, winner?.mentions.find((x) => x.m.townCounties)?.m.townCounties, ctx.home) : null;
  const fromHome = (h: HomeEvidence) =>
    result(h.code, levelOfCode(h.code), {
      kind: 'inferred',
      span: h.what,
      note: `${committee || `the ${levelMark}政协 it names in passing`} names no place; the page is at home in ${fullLabel(h.code)}: ${h.what}` + ignoredNote,
      basis: 'page-home',
      ...plain,
    });
  if (home && home.rank <= 2) return fromHome(home);

  // Never a place the bare committee's own sentences go to (`旗政协…赴东乌旗考察学习`), nor one inside it (`赴内蒙古自治区
  // 通辽市考察…先后考察了…开鲁县洪瑞牧业有限公司`: a county of the region gone to). (A province gone to holds the
  // committee's own places too, `赴省城…`, unless the page is at home outside it. A municipality gone to is a
  // city, `赴天津市、河北省等地…考察了河西区…中心`: its districts' committees do not go to it.)
  const away = mark ? placesGoneTo(mentions, mark) : new Set<string>();
  const found = placeHint(input, mentions, frame, expected, mark);
  const cityLike = (c: string) => levelOfCode(c) !== 'province' || !!regionByCode(c)?.name.endsWith('市');
  const goneInside = (code: string) => lineage(code).some((c) => away.has(c) && (c === code || cityLike(c) || (home !== null && !contains(c, home.code))));
  const hint = found && 'code' in found && goneInside(found.code) ? null : found;
  // A place the committee goes to is weaker than what the page says of its own place, however
  // weakly (`走访了吐鲁番市…农家` on a 中山 site).
  if (hint && 'code' in hint && (hint.visited || hint.lifted) && home) return fromHome(home);
  // Nor the prefecture above a county-level 市 the page is at home in (`宜都融媒讯…市政协九届一次会议…
  // 按照宜昌市委批准的方案`): the writer names the body above in full and its own city's bare.
  // (…however weak the page's word, where it says so twice: `石狮市` in the text and `/shishi/` in the address.)
  const homeSupport = home ? ctx.home.filter((e) => e.code === home.code).length : 0;
  if (hint && 'code' in hint && home && (home.rank <= 3 || homeSupport >= 2) && home.code !== hint.code && contains(hint.code, home.code) && levelOfCode(home.code) === 'county' && mark && regionByCode(home.code)!.name.endsWith(mark)) return fromHome(home);
  if (hint && 'code' in hint) {
    const within = frame ? ` within ${fullLabel(frame)}` : '';
    // (A municipality's level is its own, as its committee named in full has: province.)
    return result(hint.code, expected && levelOfCode(hint.code) !== 'province' ? expected : levelOfCode(hint.code), {
      // Explicit only where the text names a committee (`区政协`) and the place pins it down;
      // a place alone, with no committee named, is an inference.
      kind: mark ? 'explicit' : 'inferred',
      span: hint.span,
      note: `${relText}; the text names ${hint.name} (${fullLabel(hint.code)}) but not as a committee, the only place it names${within}: lower confidence than a committee name` + ignoredNote,
      basis: 'place-named',
      ...plain,
    });
  }
  const hintNote = hint ? `; places named but not decisive: ${hint.names.join('、')}` : '';
  if (home) return fromHome(home);
  // A bare 省政协 beside committees the section names in full, none of them someone else's and all in one
  // province (`出席省政协…会议的在莆省政协委员…莆田市政协将对标对表省政协`): that province's.
  if (expected === 'province' && !frame) {
    const others = mentions.filter((x) => x.res?.code && !SOMEONE_ELSES.has(x.m.role) && levelOfCode(x.res.code) !== 'province');
    const provinces = new Set(others.map((x) => lineage(x.res!.code!)[0]));
    if (provinces.size === 1 && !OUTSIDE_MAINLAND.test([...provinces][0])) {
      const code = [...provinces][0];
      return result(code, 'province', {
        kind: 'inferred',
        span: others[0].m.text,
        note: `${committee} names no place; the committees the section names lie in ${fullLabel(code)}: ${[...new Set(others.map((x) => x.m.text))].join('、')}` + hintNote + ignoredNote,
        basis: 'text',
        ...plain,
      });
    }
  }

  // A bare 市政协 beside county committees named in full, all of one city and none in a place it goes to
  // (`市政协召开全市政协文教卫体委员会工作会议…屈原管理区政协联络工委…参加`, `县政协…主席…陪同调研`): the city's, whose
  // counties' committees meet with it or host it at home. (A study trip's host, gone to, may be another city's.)
  if (mark === '市' && !frame) {
    const counties = mentions.filter((x) => x.res?.code && levelOfCode(x.res.code) === 'county' && !goneInside(x.res.code));
    const cities = new Set(counties.map((x) => lineage(x.res!.code!).find((c) => levelOfCode(c) === 'city' || (levelOfCode(c) === 'province' && regionByCode(c)!.name.endsWith('市')))));
    const city = cities.size === 1 ? [...cities][0] : undefined;
    if (city && regionByCode(city)!.name.endsWith('市')) {
      return result(city, levelOfCode(city), {
        kind: 'inferred',
        span: counties[0].m.text,
        note: `${committee} names no place; the county committees the section names lie in ${fullLabel(city)}: ${[...new Set(counties.map((x) => x.m.text))].join('、')}` + hintNote + ignoredNote,
        basis: 'text',
        ...plain,
      });
    }
  }

  const framed = frame ? placeInFrame(frame, expected, sib ? siblingLevels : null) : null;
  const code = framed && !away.has(framed) ? framed : null;
  if (code) {
    const evidence = sib ? sib.members.map((s) => s.span ?? s.committee ?? s.region.name).filter(Boolean).join('；') : ctx.fromArticle.evidence.join('；');
    const whose = sib
      ? `${sib.members.length} sibling section${sib.members.length === 1 ? '' : 's'} all lie in ${fullLabel(sib.code)}`
      : `the article places it in ${fullLabel(ctx.articleFrame!)}`;
    const exact = expected && levelOfCode(code) === expected ? '' : '; the region is the best known ancestor';
    return result(code, expected, {
      kind: 'inferred',
      span: evidence || null,
      note: `${relText}; ${whose}${exact}` + hintNote + ignoredNote,
      basis: sib ? 'siblings' : 'article-places',
      ...plain,
    });
  }
  // A section that names no committee at all (`杨家坪街道委员工作站组织开展…`), nor any place the article
  // frames it by, on a page that names its own committee (`政协重庆市九龙坡区委员会` over the headline): the
  // work is that committee's.
  // (…and so is a town's members' unit, `大坞镇政协委员联络室召开…`, on a county's own site, `tengzhou.gov.cn`: the
  // county's committee, whose towns it serves.)
  const townUnit = TOWN_MEMBERS_UNIT.test(input.body);
  const own = !levelMark && !winner ? ctx.home.find((e) => !e.reading && (e.rank === 1 || (townUnit && e.rank === 2 && levelOfCode(e.code) === 'county'))) : undefined;
  if (own) {
    return result(own.code, levelOfCode(own.code), {
      kind: 'inferred',
      span: own.what,
      note: `no committee named; the page names its own committee, in ${fullLabel(own.code)}: ${own.what}` + hintNote + ignoredNote,
      basis: 'page-home',
      ...plain,
    });
  }
  return result(null, expected, {
    kind: 'unknown',
    span: null,
    note: `${relText}; nothing in the article supports a place` + hintNote + ignoredNote,
    basis: 'unknown',
    ...plain,
  });
}

/** Where the winning committee was named: its section's heading, the article's title or author line, or the text. */
function namedBasis(g: Group, decisive: Mention | undefined): AttributionBasis {
  if (g.res?.basis === 'context' && g.res.via?.startsWith("the page's own place")) return 'page-home';
  if (decisive && g.mentions.includes(decisive)) return decisive.source === 'heading' ? 'heading' : 'article-title';
  return 'text';
}

const BASIS_RANK: Record<string, number> = { qualified: 0, unique: 1, context: 2, ambiguous: 3, conflict: 4, unknown: 5 };
const rankBasis = (r: PlaceResolution | null) => (r ? BASIS_RANK[r.basis] : 9);

/** The mention that names the group best: the decisive one, else its first counted placed one. */
function displayMention(g: Group, decisive: Mention | undefined): Mention {
  if (decisive && g.mentions.includes(decisive)) return decisive;
  return (
    g.mentions.find((x) => x.weight > 0 && x.m.placeText) ??
    g.mentions.find((x) => x.weight > 0) ??
    g.mentions[0]
  );
}

/**
 * A region for a section with no place of its own, from the frame. With siblings (other committees
 * of the same roundup) a frame at or below the expected level is lifted above it (two 西城区
 * siblings do not make a third 区政协 西城区); with the article's own places, the frame is cut to
 * the expected level.
 */
function placeInFrame(frame: string, expected: RegionLevel | null, siblingLevels: readonly Level[] | null): string | null {
  const chain = lineage(frame);
  if (!expected) return frame;
  const want = RANK[expected];
  const frameRank = RANK[levelOfCode(frame)!];
  if (siblingLevels) {
    const peers = siblingLevels.length > 0 && siblingLevels.every((l) => l === expected);
    if (frameRank < want) return frame;
    // Peers that are all one division (their frame is at the level a bare name asks for): the
    // bare committee of an article about one committee's several doings is that one.
    if (peers && frameRank === want) return frame;
    if (peers) {
      const above = chain.filter((c) => RANK[levelOfCode(c)!] < want);
      return above.length ? above[above.length - 1] : null;
    }
    return chain.find((c) => levelOfCode(c) === expected) ?? frame;
  }
  if (frameRank <= want) return frame;
  return chain.find((c) => levelOfCode(c) === expected) ?? chain.filter((c) => RANK[levelOfCode(c)!] < want).pop() ?? null;
}

/** Fewest different county short names, all of one province, that place a bare 省政协. */
const MIN_COUNTY_SHORTS = 2;

/**
 * The one place the section names outside committee mentions (`悦学龙湾`, `《泰顺县…规划》`).
 * Short forms count only inside the frame, or in the narrow cases below for a bare 省政协 (they are often words: 同心圆, 乡村振兴); full names count
 * anywhere when there is no frame; a hint must lie below the frame and, when known, at the expected
 * level. Returns the accepted code, or the names that were found but did not settle it.
 */
function placeHint(
  input: SectionText,
  mentions: readonly Mention[],
  frame: string | null,
  expected: RegionLevel | null,
  mark: string | null = null,
): { code: string; name: string; span: string; visited: boolean; lifted: boolean } | { names: string[] } | null {
  const parts = [...input.heading, input.body];
  const found: Array<{ code: string; name: string; span: string; visited: boolean; lifted: boolean; from: readonly string[] }> = [];
  const relayedOnly: typeof found = [];
  const countyShorts: typeof found = [];
  const seen: string[] = [];
  const studiedCodes = new Set<string>();
  parts.forEach((text, p) => {
    // Mask committee mentions of this part so their place names are not counted twice.
    const source: Source = p < input.heading.length ? 'heading' : 'body';
    let masked = text;
    if (source === 'body') {
      for (const x of mentions) {
        if (x.source === 'body') masked = masked.slice(0, x.m.start) + '\u3000'.repeat(x.m.end - x.m.start) + masked.slice(x.m.end);
      }
    } else {
      for (const m of findCommittees(text)) masked = masked.slice(0, m.start) + '\u3000'.repeat(m.end - m.start) + masked.slice(m.end);
    }
    for (const hit of findPlaceNames(masked)) {
      // A short name counts only within a frame, or, for a bare 省政协, as a province's own short name
      // (`海南自由贸易港`: 海南省, not 乌海's 海南区 nor 青海's 海南州), and never one without a committee
      // of its own (`两岸三地`'s 台湾).
      const provinceShort = hit.form === 'short' && !frame && expected === 'province';
      // (…or, for a bare 省政协, a prefecture city's short name that only one province holds: `在郑州开幕`.)
      const cityShort = hit.form === 'short' && !frame && expected === 'province' && hit.codes.length === 1 && levelOfCode(hit.codes[0]) === 'city';
      // (…or a county's short name that only one county holds, `庆元-长兴山海协作点`: kept aside, it
      // counts only where two such names agree on one province and nothing else is named, below.)
      if (hit.form === 'short' && !frame && expected === 'province' && hit.codes.length === 1 && levelOfCode(hit.codes[0]) === 'county' && !studied(masked, hit.start) && !learnedFrom(masked, hit.start)) {
        countyShorts.push({ code: lineage(hit.codes[0])[0], name: hit.name, span: hintSpan(text, hit.start, hit.end), visited: visited(masked, hit.start), lifted: true, from: [] });
      }
      if (hit.form === 'short' && !frame && !provinceShort && !cityShort) continue;
      // A place a study trip goes to (`赴桐庐县环溪村参观`) is not where the committee is.
      // (…nor one whose experience is borrowed, `借鉴陇西、康县等扶贫发展经验`.)
      if (studied(masked, hit.start) || learnedFrom(masked, hit.start)) {
        for (const c of hit.codes) studiedCodes.add(c);
        continue;
      }
      // Nor one that names an organisation (`安徽省湖北商会`), nor a partner's (`携手四川资阳市`).
      if (namesOrganisation(masked, hit.end) || partnered(masked, hit.start)) continue;
      // Names far from the frame (湖南大学 in a 温州 roundup) are not even worth a note.
      if (frame && !hit.codes.some((c) => inLineage(frame, c))) continue;
      seen.push(hit.name);
      // A bare 市政协 is a 市's, never a 州's (红河哈尼族彝族自治州 has a 州政协): the kind must match.
      // With no frame, a district or county it names stands for its city (`市政协…调研组到颍东区开展…调研`),
      // when the name is no homonym and no generic two-character one (东区, 城区). Within the frame; or, for a bare committee above it (a 省政协 in a 长沙 feature), the frame's own ancestor.
      // A bare 省政协's party goes within its own province (`省政协…调研督导组，到咸阳…`): a place named
      // there, visited or not, names the province.
      const cityOfCounty = expected === 'city' && !frame && hit.codes.length === 1 && hit.name.length > 2 && countyOfCity(hit.codes[0]);
      const codes = cityShort
        ? [lineage(hit.codes[0])[0]]
        : provinceShort
        ? hit.codes.filter((c) => levelOfCode(c) === 'province')
        : expected === 'province' && !frame
          ? [...new Set(hit.codes.map((c) => lineage(c)[0]))]
          : cityOfCounty
            ? [lineage(hit.codes[0])[1]]
            : hit.codes;
      // (Hong Kong, Macao and Taiwan have no committee of their own: a place of theirs the text names,
      // `《香港特别行政区基本法及香港情况ABC》`, `两岸三地`'s 台湾, is never a committee's.)
      const fits = codes.filter(
        (c) =>
          !OUTSIDE_MAINLAND.test(c) &&
          (!frame || (contains(frame, c) && c !== frame) || (expected !== null && levelOfCode(c) === expected && c !== frame && contains(c, frame))) &&
          // (A municipality's committee is a bare 市政协 too: `市政协…调研北京市伊斯兰教发展情况`.)
          (!expected || levelOfCode(c) === expected || (expected === 'city' && mark === '市' && regionByCode(c)!.level === 'province' && regionByCode(c)!.municipal)) &&
          (!mark || regionByCode(c)!.name.endsWith(mark)),
      );
      // A place whose meetings' spirit is relayed (`传达了省、安庆市“两会”精神`) may be the body above
      // the committee's own or its own (`传达学习石门县…精神`): it counts only when nothing else is named,
      // and then yields, like a place visited, to what the page says of its own place.
      if (fits.length === 1) {
        // (A province lifted from a place below it yields, like a place visited, to the page's home.)
        const hint = { code: fits[0], name: hit.name, span: hintSpan(text, hit.start, hit.end), visited: visited(masked, hit.start), lifted: !hit.codes.includes(fits[0]), from: cityOfCounty ? hit.codes : [] };
        if (relayed(masked, hit.start)) relayedOnly.push({ ...hint, visited: true });
        else found.push(hint);
      }
    }
  });
  if (found.length === 0) found.push(...relayedOnly);
  const shortNames = [...new Set(countyShorts.map((f) => f.name))];
  if (found.length === 0 && new Set(countyShorts.map((f) => f.code)).size === 1 && shortNames.length >= MIN_COUNTY_SHORTS) found.push(...countyShorts.map((f) => ({ ...f, name: shortNames.join('、') })));
  // A district a study trip goes to anywhere (`到兴庆区宝南社区…实地观摩`) says nothing of the city either.
  for (let i = found.length - 1; i >= 0; i--) if (found[i].from.some((c) => studiedCodes.has(c))) found.splice(i, 1);
  if (found.length === 0) return seen.length ? { names: [...new Set(seen)] } : null;
  // A place the party goes to anywhere (`赴平利县开展…`, `前往肇庆市开展学习交流`) is somewhere visited
  // wherever else the text names it (`在平利县老县镇锦屏社区…`, `肇庆市在实施…后`).
  const away = new Set([...found.filter((f) => f.visited && !f.lifted).map((f) => f.code), ...studiedCodes]);
  for (const f of found) f.visited ||= away.has(f.code);
  // Of places in different lineages, those a party goes to (`在西藏自治区考察`) yield to the one it
  // comes from (`省政协主席…率湖南省党政代表团`).
  const home = found.filter((f) => !f.visited);
  const pool = home.length && home.length < found.length ? home : found;
  const deepest = pool.reduce((a, b) => (lineage(b.code).length > lineage(a.code).length ? b : a));
  const oneLineage = pool.every((f) => contains(f.code, deepest.code));
  // (Lifted only when no name of it is its own: `湖北省情` beside `赴鄂州市`.)
  const lifted = pool.filter((f) => f.code === deepest.code).every((f) => f.lifted);
  return oneLineage ? { ...deepest, lifted } : { names: [...new Set(pool.map((f) => f.name))] };
}

/**
 * Attribute every section of one article: a first pass on each section's own text, then a second
 * pass for each section with the others' explicit regions as siblings (so a section that names no
 * place takes what they share, and a homonym is settled by them).
 */
export function attributeSections(sections: readonly SectionText[], context: ArticleContext = {}): RegionAttribution[] {
  const article: ArticleContext = { ...context, home: context.home ?? homeEvidence(context) };
  const single = sections.length === 1;
  const first = sections.map((s) => attributeRegion({ ...s, article, siblings: [], single }));
  if (single) return first;
  return sections.map((s, k) => {
    const siblings: SiblingRegion[] = first
      .filter((r, j) => j !== k && r.attribution.kind === 'explicit')
      .map((r) => ({ committee: r.committee, level: r.level, region: r.region, kind: r.attribution.kind, span: r.attribution.span }));
    return attributeRegion({ ...s, article, siblings, single });
  });
}
