import { createHash } from 'node:crypto';
import type { Case, Source } from '../../schemas';
import type { MechanismEntry } from '../../schemas/catalogue';
import { actorReader, anyActor, partyOwnEvent, practiceWithoutActor, replyToProposal } from '../regions/actors';
import { headlineParts } from '../regions/committee-roles';
import { homeEvidence } from '../regions/article-context';
import { attributeSections, type ArticleContext, type SectionText } from '../regions/attribute-region';
import { getCues } from '../regions/cues';
import type { Catalogue } from '../classify/catalogue';
import { functionEvidence, rankFunctions, type FunctionEvidence } from '../classify/classify-functions';
import { resolvePlace } from '../regions/resolve-place';
import { extractFigures, extractYears } from '../classify/extract-figures';
import { indexParagraphs, matchMechanisms } from '../classify/match-mechanisms';
import { caseDate } from './case-date';
import { CASE_HASH_LENGTH } from './case-id';
import { caseTitle } from './case-title';
import { caseSummary } from './summary';
import { assessConfidence } from './confidence';
import { jointAttributions } from './joint-practices';
import { coverage, segmentArticle, type Section, type Segmentation } from './segment-cases';

export interface CaseContext {
  /** The catalogue with curated aliases already added (see `addAliases`). */
  catalogue: Catalogue;
  /** This year, the latest a year in a text can be the year of its practice (default: the clock's). */
  year?: number;
  /**
   * Told, for each case, the words its functions were ranked by (null when it took the fallback):
   * how `npm run fit:functions` tries other weights on exactly what the pipeline read.
   */
  observeFunctions?: (caseId: string, evidence: FunctionEvidence | null) => void;
}

export interface BuiltCases {
  cases: Case[];
  /** Paragraph indexes that landed in neither the lead nor a case: must stay empty. */
  uncovered: number[];
  /** The article's lead paragraphs (before the first section), if any. */
  lead: [number, number] | null;
  /** Paragraphs about no committee's practice (a list page's other news, an article where none acts). */
  other: Array<[number, number]>;
}

/** An address in a line of the page. */
const ADDRESS = /https?:\/\/[^\s，。]+/;

/**
 * One clean source -> its case studies: segment, attribute each section to a committee and
 * region (siblings inform each other), then functions, mechanisms, figures and years. Pure.
 */
export function buildCases(source: Source, ctx: CaseContext): BuiltCases {
  const paragraphs = source.paragraphs;
  const article = articleContextOf(source);
  const home = homeEvidence(article);
  const reader = actorReader(isPlaceLabel, home, [source.title ?? '', ...paragraphs].join('\n'));
  const cues = getCues();
  const chronicle = new RegExp(cues.chronicleWords.join('|'));
  const sidebar = cues.sidebarWords.some((w) => [source.title, source.subtitle, source.kicker].some((h) => h?.includes(w)));
  const segmentation = segmentArticle(paragraphs, source.title, reader, cues.itemDates.map((d) => new RegExp(d, 'u')), chronicle, sidebar);
  const uncovered = coverage(segmentation, paragraphs.length).flatMap((owner, i) => (owner === null ? [i] : []));

  // An article in which no committee acts (a sports report, a government notice that lists a
  // committee's chairman among the guests) is a source only: it yields no case, unless it tells a
  // committee's practice without its verb (a members' studio unveiled, a session's members at work).
  const single = segmentation.sections.length === 1 && segmentation.sections[0].layout === 'single';
  // However it is laid out: sections under place labels in which only people watch a session on
  // screen are no roundup of practice. (Nor is a democratic party's own event that the committee's
  // vice-chairman, the party's chair, leads.)
  const noActor = !anyActor([source.title && headlineParts(source.title), source.subtitle && headlineParts(source.subtitle), source.author ? `${source.author}撰文` : null, source.lead, ...paragraphs]) && !practiceWithoutActor(source.title, paragraphs, source.subtitle, source.author);
  // (…nor an office's written reply to a member's proposal, whatever committee took the proposal.)
  if (noActor || (single && partyOwnEvent(source.title, paragraphs)) || replyToProposal([source.subtitle ?? '', ...paragraphs], source.title)) {
    return { cases: [], uncovered, lead: null, other: [[0, paragraphs.length - 1]] };
  }

  const usedIds = new Set<string>();
  const cases = sectionReadings(source, segmentation, { ...article, home }).map((reading, ordinal) => buildCase(source, segmentation, reading, ordinal, usedIds, ctx));
  return { cases, uncovered, lead: segmentation.lead, other: segmentation.other };
}

/** What the page says around its text: headlines, byline, furniture, address. */
function articleContextOf(source: Source): ArticleContext {
  return {
    title: source.title,
    subtitle: source.subtitle,
    kicker: source.kicker,
    lead: source.lead,
    publisher: source.publisher,
    place: source.place,
    author: source.author,
    reporter: source.reporter,
    // (Not the teasers of other stories, `新闻推荐` / `白河政协“四个加”…`: another committee's news says nothing of this page's place.)
    furniture: source.report.removed.filter((r) => !HEADER_RULES.has(r.rule) && r.rule !== 'related-link').map((r) => r.text),
    body: source.paragraphs.join('\n'),
    // A copy that names its original's address (`原文链接：http://www.jlszx.gov.cn/…`) was first
    // published there: that host, not the copy's, tells where the committee is.
    url: source.report.removed.find((r) => r.rule === 'url-line')?.text.match(ADDRESS)?.[0] ?? source.url,
  };
}

type Reading = ReturnType<typeof jointAttributions>[number];

/** One committee's reading of one section: the section, the committee, and the others acting with it. */
interface SectionReading {
  section: Section;
  attribution: Reading;
  /** Its place among the committees acting together in the section (0: the first). */
  joint: number;
  all: readonly Reading[];
}

/** Each section attributed to its committee (siblings inform each other), one reading per committee acting in it. */
function sectionReadings(source: Source, segmentation: Segmentation, article: ArticleContext & { home: ReturnType<typeof homeEvidence> }): SectionReading[] {
  const paragraphs = source.paragraphs;
  // An item found by its actor has no heading line: the committee that opens it heads it.
  const headingOf = (s: Section) =>
    s.titleFromArticle && source.title ? [source.title] : (s.layout === 'item' || s.layout === 'feature') && s.label ? [s.label] : paragraphs.slice(s.from, s.bodyFrom);
  const sectionTexts: SectionText[] = segmentation.sections.map((s) => ({
    heading: headingOf(s),
    body: paragraphs.slice(s.bodyFrom, s.to + 1).join('\n'),
  }));
  const leadText = [source.lead, ...(segmentation.lead ? paragraphs.slice(segmentation.lead[0], segmentation.lead[1] + 1) : [])]
    .filter(Boolean)
    .join('\n');
  const sectionArticle = { ...article, lead: leadText || null };
  const attributions = attributeSections(sectionTexts, sectionArticle);
  // Committees acting together have a case each over the same section (joint-practices.ts).
  const readings = sectionTexts.map((text, k) => jointAttributions(text, sectionArticle, attributions[k]));
  return segmentation.sections.flatMap((section, k) => readings[k].map((attribution, j) => ({ section, attribution, joint: j, all: readings[k] })));
}

/** One case: its committee, title, functions, mechanisms, figures, years and date, and how sure it is. */
function buildCase(source: Source, segmentation: Segmentation, { section, attribution: a, joint, all }: SectionReading, ordinal: number, usedIds: Set<string>, ctx: CaseContext): Case {
  const paragraphs = source.paragraphs;
  const mechanisms = ctx.catalogue.mechanisms;
  const byId = mechanismsById(mechanisms);
  const body = paragraphs.slice(section.bodyFrom, section.to + 1);
  const indexed = indexParagraphs(body, section.bodyFrom);
  const named = a.committee || section.label || '';
  const committee = committeeName(named, a.region, a.level);
  const { title, from: titleFrom } = caseTitle(section, source.title, body, committee);
  const found = matchMechanisms(indexed, mechanisms);
  const { functions, evidence } = caseFunctions(source, segmentation, section, body, title, titleFrom, found.map((m) => byId.get(m.id)!), ctx);
  const built: Omit<Case, 'confidence'> = {
    // The first committee of a joint practice keeps the section's id; the others add their name.
    id: caseId(source.id, joint ? `${paragraphs[section.from]}\n${committee}` : paragraphs[section.from], usedIds),
    sourceId: source.id,
    ordinal,
    title,
    committee,
    level: a.level,
    region: a.region,
    attribution: a.attribution,
    functions,
    mechanisms: found,
    figures: extractFigures(indexed, mechanisms),
    years: extractYears(indexed),
    paragraphs: [section.from, section.to],
    bodyFrom: section.bodyFrom,
    body,
    incomplete: section.incomplete,
    curated: [],
    ...caseDate(source, body, ctx.year ?? new Date().getFullYear()),
    committeeNamed: named !== '',
    jointWith: all.length > 1 ? all.filter((o) => o !== a).map((o) => committeeName(o.committee, o.region, o.level)) : [],
    summary: '',
    layout: section.layout,
    titleFrom,
  };
  ctx.observeFunctions?.(built.id, evidence);
  built.summary = caseSummary(built, (mid) => byId.get(mid)?.functions ?? []);
  return { ...built, confidence: assessConfidence(built) };
}

const BY_ID = new WeakMap<readonly MechanismEntry[], Map<string, MechanismEntry>>();

/** The catalogue's mechanisms by id, made once per catalogue (every case of every article looks them up). */
function mechanismsById(mechanisms: readonly MechanismEntry[]): Map<string, MechanismEntry> {
  let byId = BY_ID.get(mechanisms);
  if (!byId) BY_ID.set(mechanisms, (byId = new Map(mechanisms.map((m) => [m.id, m]))));
  return byId;
}

/**
 * A case's functions, with the words they were ranked by (null for the fallback). A case whose own
 * words name no function takes its article's when the article is about one thing (a feature's
 * section); a roundup's one-line item, among items about anything, takes the catalogue's fallback:
 * the committee's general work. So does a case whose whole article names none (`…发动陶瓷艺术界的委员
 * 成立交流中心`): a case always has a main function.
 */
function caseFunctions(
  source: Source,
  segmentation: Segmentation,
  section: Section,
  body: readonly string[],
  title: string,
  titleFrom: Case['titleFrom'],
  mechanisms: readonly MechanismEntry[],
  ctx: CaseContext,
): { functions: Case['functions']; evidence: FunctionEvidence | null } {
  const catalogueFunctions = ctx.catalogue.functions;
  // (An article's subtitle says what its story is as its headline does: `——…委员报到侧记` under `肩负使命 建言献策`.)
  const headline = titleFrom === 'article' && source.subtitle ? `${title}\n${source.subtitle}` : title;
  // (…and so does its editor's note or lead, `编者按：…就推进榆林市沿黄区域全面发展进行了专题协商`, for the one case it heads.)
  const led = source.lead && segmentation.sections.length === 1 ? [source.lead, ...body] : body;
  const ownEvidence = functionEvidence(led, headline, catalogueFunctions, mechanisms);
  const own = rankFunctions(ownEvidence, catalogueFunctions);
  if (own.length) return { functions: own, evidence: ownEvidence };
  const roundupItem = segmentation.sections.length > 1 && section.layout !== 'feature';
  const articleEvidence = roundupItem ? null : functionEvidence(source.paragraphs, source.title ?? '', catalogueFunctions);
  const article = articleEvidence ? rankFunctions(articleEvidence, catalogueFunctions) : [];
  if (article.length) return { functions: article, evidence: articleEvidence };
  const fallbackId = catalogueFunctions.find((f) => f.fallback)?.id;
  return { functions: fallbackId ? [{ id: fallbackId, score: 0, terms: [] }] : [], evidence: null };
}

/** Removed lines that are the article's own header, read through their metadata fields instead. */
const HEADER_RULES = new Set(['title', 'subtitle', 'series-line', 'kicker', 'author-line']);

/** A place-only section label (`佛山市南海区：`) must name a real division, alone or as a chain. */
const isPlaceLabel = (name: string) => resolvePlace(name).candidates.length > 0;

/**
 * The committee as a reader should see it. A relative form (`区政协`) or none at all is named from
 * the region it was attributed to; a section that names no committee gets its place's committee
 * at the level it is known (`温州市所辖县级政协`), and `committeeNamed` false says the text did not
 * name it.
 */
function committeeName(named: string, region: Case['region'], level: Case['level']): string {
  // (…and so is a level's whole system, `全市政协`, whose meeting its own committee holds.)
  const relative = /^全?(省|市|区|县|州|旗|盟|自治区|自治州|自治县)政协$/.test(named);
  if (named && !relative) return named;
  if (region.code && region.name && levelRank(level) <= levelRank(regionLevel(region))) return `${region.name}政协`;
  if (region.name) return `${region.name}${level === 'county' ? '所辖县级' : level === 'city' ? '所辖市级' : ''}政协`;
  return named || '委员会不详';
}

const levelRank = (l: Case['level']) => ({ national: 0, province: 1, city: 2, county: 3 })[l ?? 'county'];
const regionLevel = (r: Case['region']): Case['level'] => (r.county ? 'county' : r.city ? 'city' : r.province ? 'province' : null);

/**
 * Stable case id: the source id and a short hash of the section's first line (its label or
 * headline). Re-running gives the same id; a new article or a re-cut elsewhere does not move it.
 */
export function caseId(sourceId: string, firstLine: string, used: Set<string>): string {
  const base = `${sourceId}-${createHash('sha1').update(firstLine).digest('hex').slice(0, CASE_HASH_LENGTH)}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

