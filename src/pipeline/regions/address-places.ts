/**
 * Places an article's address names. An official site spells its place in the host name, in
 * pinyin: `zx.jiangyin.gov.cn` is the site of 江阴's committee, `ptzx.putuo.gov.cn` of a 普陀区.
 * Hosts under gov.cn or carrying a committee word (cues.yaml `committeeHostWords`) are read; a news
 * site's own name is a brand that may spell a place by chance (`xinhua`, `guangming`), so of other
 * hosts only a subdomain that is exactly a place's pinyin counts (a platform's county tenant, perhaps
 * after a greeting: `ibaoan`), and a local site's name built on it (`huainannet`, `hichuzhou`), weakly.
 *
 * A label is read when, with committee words trimmed from its ends, it is exactly the toneless
 * pinyin of a division's short or full name, of two syllables or more, or that pinyin after the
 * initials of the province or prefecture it lies in (`ahfeixi`: 安徽 肥西). Homophones and namesakes
 * (two 普陀区) give several codes: the caller settles them against the article's other evidence.
 * The pinyin of names comes from `pinyin-pro`, built once on first use; pure after that.
 */
import { pinyin } from 'pinyin-pro';
import { getCues } from './cues';
import { getGazetteer, type RegionEntry } from './gazetteer';
import { resolvePlace } from './resolve-place';
import { toSimplified } from '../text/to-simplified';

export interface AddressPlace {
  /** The host label that spells it (`jiangyin`). */
  label: string;
  codes: readonly string[];
  /** A committee's or government's own host (strong), or a platform's subdomain (weak). */
  official: boolean;
  /** Read from a news channel in the path (`/news/taixing/…`), not the host. */
  channel?: true;
}

let index: Map<string, string[]> | null = null;

/**
 * Toneless pinyin of each division's names -> codes (`jiangyin` -> 320281), and of the former names
 * older pages keep (cues.yaml `placeAliases`: `huxian`, 户县, now 鄠邑区). A spelling by the names'
 * own reading wins over one by another reading of their characters: `huxian` is 户县, not 和县 read
 * with the hú of 和 (a reading no site spells it by).
 */
function pinyinIndex(): Map<string, string[]> {
  if (index) return index;
  const byReading = new Map<string, string[]>();
  const byOtherReading = new Map<string, string[]>();
  const add = (name: string, code: string) => {
    if (name.length < 2) return;
    spellings(name).forEach((spelled, i) => {
      if (!/^[a-z]+$/.test(spelled)) return;
      const into = i === 0 ? byReading : byOtherReading;
      // ü is written v by pinyin-pro and u or v in host names (lvliang, luliang).
      for (const key of new Set([spelled, spelled.replace(/v/g, 'u')])) {
        const list = into.get(key) ?? [];
        if (!list.includes(code)) list.push(code);
        into.set(key, list);
      }
    });
  };
  for (const e of getGazetteer().entries()) for (const name of new Set([e.name, ...e.shortNames])) add(name, e.code);
  // (Former names of counties only, `X县`, `X市`, `X区`: an abbreviation, 巴州, is no site's spelling.)
  for (const [name, code] of Object.entries(getCues().placeAliases)) if (/[县市区]$/.test(name)) add(name, code);
  index = new Map(byReading);
  for (const [key, codes] of byOtherReading) if (!index.has(key)) index.set(key, codes);
  // Official romanizations that are not plain pinyin (`shaanxi`: 陕西).
  for (const [spelled, code] of Object.entries(getCues().hostSpellings)) index.set(spelled, [...new Set([...(index.get(spelled) ?? []), code])]);
  return index;
}

/** Division code -> its official romanization where it differs from plain pinyin (cues.yaml `hostSpellings`). */
function officialSpellings(): Map<string, string> {
  return new Map(Object.entries(getCues().hostSpellings).map(([spelled, code]) => [code, spelled]));
}

/** Most spellings of one name indexed (its characters' readings combined). */
const MAX_SPELLINGS = 8;

/**
 * How a name may be spelled: pinyin-pro's reading in context first, then the other readings of
 * its characters (`莲都`: liandou, and liandu as its site spells it), up to {@link MAX_SPELLINGS}.
 */
function spellings(name: string): string[] {
  const first = pinyin(name, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
  let all = [''];
  for (const ch of name) {
    const readings = [...new Set(pinyin(ch, { toneType: 'none', type: 'array', v: true, multiple: true }).map((r) => r.toLowerCase()))];
    all = all.flatMap((a) => readings.map((r) => a + r));
    if (all.length > MAX_SPELLINGS) return [first];
  }
  return [first, ...all.filter((s) => s !== first)];
}

/** A host under gov.cn, or with a committee word in a label. */
function isOfficial(host: string): boolean {
  const words = getCues().committeeHostWords;
  return host.endsWith('.gov.cn') || host.split(/[.-]/).some((l) => words.some((w) => l === w || l.startsWith(w) || l.endsWith(w)));
}

/** Whether `host` is the registered `domain` or a host under it (`epaper.zzxw.net` under `zzxw.net`). */
const underDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The host of `url`, lower case, or null when it is not an http(s) address. */
function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * A news site's registered name: its place's pinyin, then 网, 新闻, 日报, 电视 or 资讯 (`huainannet`,
 * `shaoyangnews`, `dezhoudaily`, `yangxintv`), or their initials (`fanxianw`: 范县网, `linxiangxw`: 临湘新闻,
 * `sanyarb`: 三亚日报, `guangyuanol` and `zhongshanline`: 广元在线, 中山在线), or a lucky number, as local portals take
 * (`wuan888`: 武安).
 */
const PLACE_NEWS_SITE = /^([a-z]{4,}?)(?:net|news|xww|xw|wang|w|daily|rb|tv|info|online|line|ol|\d{2,4})$/;

/** …or its place's pinyin after a greeting, as local portals take (`itongcheng`: 桐城, `hichuzhou`: 滁州, `ibaoan`: 宝安). */
const PLACE_PORTAL = /^(?:i|hi|my|ai|love)([a-z]{5,})$/;

/** Two-part public suffixes: the registrable domain under them has three labels (`cjyun.com.cn`). */
const TWO_PART_SUFFIX = /\.(?:com|net|org|gov|edu|ac)\.cn$/;

/**
 * Places the host of `url` spells, left to right. An official host is read whole; any other only
 * in the labels before its registered domain, and only where one is exactly a place's pinyin: a
 * media platform names its county tenants so (`xiaochang.cjyun.org`), while a site's own name is
 * a brand (`guangming.com.cn`). [] when nothing is spelled or there is no address.
 */
export function addressPlaces(url: string | null | undefined): AddressPlace[] {
  const host = url ? hostOf(url) : null;
  if (!host) return [];
  const words = getCues().committeeHostWords;
  const names = pinyinIndex();
  if (!isOfficial(host)) {
    const dots = host.split('.');
    const generic = new Set(getCues().genericHostLabels);
    const registered = Math.max(0, dots.length - (TWO_PART_SUFFIX.test(host) ? 3 : 2));
    // (A mobile edition may hyphenate its tenant, `m-xiaochang.cjyun.org`.)
    const sub = dots.slice(0, registered).flatMap((l) => l.split('-'));
    // (…or its place's pinyin after a greeting, as a paper's county channel takes: `ibaoan.sznews.com`.)
    const tenant = (l: string) => (names.has(l) ? l : (l.match(PLACE_PORTAL)?.[1] ?? ''));
    const out: AddressPlace[] = sub.flatMap((label) => {
      const codes = generic.has(label) ? undefined : names.get(tenant(label));
      return codes ? [{ label, codes, official: false }] : [];
    });
    // A local news site named after its place (`huainannet.com`: 淮南网, `shaoyangnews`), as weak as a
    // platform's subdomain; not national media that spell a county by chance (`xinhuanet`).
    const site = dots[registered]?.match(PLACE_NEWS_SITE) ?? dots[registered]?.match(PLACE_PORTAL);
    if (site && names.has(site[1]) && !getCues().nationalMediaStems.includes(site[1])) out.push({ label: dots[registered], codes: names.get(site[1])!, official: false });
    // …and a news site's channel for a place, right under its news (`/html/news/taixing/2020/…`: 泰兴, kept
    // by copies of its pages on other hosts), as weak.
    const channel = newsChannel(url!);
    // (A city's or province's channel is read with any mirror's path, article-context's `pathPlaces`.)
    const counties = channel && !generic.has(channel) ? (names.get(channel) ?? []).filter((c) => getGazetteer().get(c)?.level === 'county') : [];
    if (counties.length && !out.some((p) => p.label === channel)) out.push({ label: channel!, codes: counties, official: false, channel: true });
    // …and a city subdomain's county channel, first in its path (`kaifeng.yuduxx.com/tongxu/…`: 通许, a county of 开封).
    const first = firstSegment(url!);
    const cities = new Set(out.filter((p) => !p.channel).flatMap((p) => p.codes));
    const ofCity = first && !generic.has(first) ? (names.get(first) ?? []).filter((c) => cities.has(getGazetteer().get(c)?.parent ?? '')) : [];
    if (ofCity.length === 1 && !out.some((p) => p.label === first)) out.push({ label: first!, codes: ofCity, official: false, channel: true });
    return out;
  }
  const generic = new Set(getCues().genericHostLabels);
  const labels = host.split(/[.-]/).filter((l) => l && !generic.has(l));
  const out: AddressPlace[] = [];
  const brands = getCues().hostBrandPrefixes;
  const romanized = officialSpellings();
  for (const label of labels) {
    // `chinaqinglong.gov.cn`: a county's site may put `china` before its name.
    const unbranded = brands.filter((b) => label.startsWith(b) && label.length > b.length + 3).map((b) => label.slice(b.length));
    const found = [label, ...unbranded].flatMap((l) => stems(l, words).map((stem) => ({ stem, codes: names.get(stem) ?? prefixed(stem) }))).find((c) => c.codes && c.codes.length);
    // (Of two divisions one spelling fits, an official host means the one without an official romanization of its
    // own: `shanxizx.gov.cn` is 山西's, 陕西 writing `shaanxi`; a news site's channel, `shanxi.news.163.com`, may mean
    // either.)
    const homophones = (found?.codes?.length ?? 0) > 1;
    const codes = found?.codes?.filter((c) => !homophones || !romanized.has(c) || romanized.get(c) === found.stem);
    if (codes?.length) out.push({ label, codes, official: true });
  }
  return out;
}

/** The segments of the address's path, lower case (`/tongxu/391319.html` -> ['', 'tongxu', '391319.html']); [] when it is no address. */
function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname.toLowerCase().split('/');
  } catch {
    return [];
  }
}

/** The segment at `at`, in letters and with more path after it (a channel, not the page's own file name), if any. */
function channelAt(segments: readonly string[], at: number): string | null {
  const segment = segments[at];
  return segment && /^[a-z]+$/.test(segment) && at + 1 < segments.length ? segment : null;
}

/** The first segment of the path as a channel (`/tongxu/391319.html` -> tongxu), if any. */
function firstSegment(url: string): string | null {
  return channelAt(pathSegments(url), 1);
}

/** The path segment right under a `news` segment (`/html/news/taixing/2020/0717/…` -> taixing), if any. */
function newsChannel(url: string): string | null {
  const segments = pathSegments(url);
  const at = segments.indexOf('news');
  return at >= 0 ? channelAt(segments, at + 1) : null;
}

/**
 * A news site's registered name that is exactly a place's pinyin (`zhushan.cn`: 竹山县 or 珠山区), or
 * null; never an official host's (read whole above) or national media's. A brand as often as a
 * place (`changan`), so the caller reads it only where the text names the place too.
 */
export function addressSiteName(url: string | null | undefined): AddressPlace | null {
  const host = url ? hostOf(url) : null;
  if (!host || isOfficial(host)) return null;
  const dots = host.split('.');
  const label = dots[Math.max(0, dots.length - (TWO_PART_SUFFIX.test(host) ? 3 : 2))];
  if (getCues().nationalMediaStems.some((stem) => label.includes(stem))) return null;
  // The whole name (`yiwu.com.cn`: 义乌), or a brand before it (`dayuntongzhou.com`: 大运 + 通州), the
  // place then of two syllables or more.
  if (label.length >= MIN_SITE_PLACE) {
    const codes = pinyinIndex().get(label);
    if (codes) return { label, codes, official: false };
  }
  for (let k = 1; k <= label.length - MIN_BRANDED_PLACE; k++) {
    const codes = pinyinIndex().get(label.slice(k));
    if (codes) return { label, codes, official: false };
  }
  return null;
}

/** Fewest letters of a place's pinyin read after a brand in a site's name (`dehua`, `tongzhou`; not `an`). */
const MIN_BRANDED_PLACE = 5;
/** Fewest letters of a place's pinyin that make a site's whole name (`yiwu`; not `an`). */
const MIN_SITE_PLACE = 4;

/**
 * The province whose regional domain the host is under (`bzx.baoshan.sh.cn`: 上海), or null. Any
 * host there is registered in that province, official or not.
 */
export function regionalDomainProvince(url: string | null | undefined): string | null {
  const host = url ? hostOf(url) : null;
  const m = host?.match(/\.([a-z]{2})\.cn$/);
  return m ? (getCues().regionalDomains[m[1]] ?? null) : null;
}

/**
 * A provincial news portal's address (cues.yaml `mediaHosts`): its province and the labels before
 * its registered domain (`zjj.rednet.cn`: 湖南, [zjj]), or null.
 */
export function mediaHost(url: string | null | undefined): { province: string; labels: string[] } | null {
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  const generic = new Set(getCues().genericHostLabels);
  for (const [domain, province] of Object.entries(getCues().mediaHosts)) {
    if (underDomain(host, domain)) {
      return { province, labels: host.slice(0, -domain.length).split('.').filter((l) => l && !generic.has(l)) };
    }
  }
  return null;
}

/**
 * The region of a committee's own site recorded by hand (cues.yaml `committeeSites`), or null: the
 * host as written, or without a leading `www`.
 */
export function committeeSite(url: string | null | undefined): { host: string; code: string } | null {
  const host = url ? hostOf(url)?.replace(/^www\./, '') : null;
  const code = host ? getCues().committeeSites[host] : undefined;
  return host && code ? { host, code } : null;
}

/**
 * The region of a local paper's or station's site recorded by hand (cues.yaml `localMediaHosts`), or
 * null: its registered domain or any host under it (`epaper.zzxw.net`).
 */
export function localMediaHost(url: string | null | undefined): { domain: string; code: string } | null {
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  for (const [domain, code] of Object.entries(getCues().localMediaHosts)) {
    if (underDomain(host, domain)) return { domain, code };
  }
  return null;
}

/**
 * A place spelled after the initials of its province or prefecture (`ahfeixi`: 安徽 + 肥西): the
 * codes whose ancestor the prefix abbreviates, or null.
 */
function prefixed(label: string): string[] | null {
  const names = pinyinIndex();
  for (let k = 1; k <= MAX_PREFIX && k < label.length - 3; k++) {
    const codes = names.get(label.slice(k));
    if (!codes) continue;
    const prefix = label.slice(0, k);
    const fits = codes.filter((c) => ancestorsOf(c).some((a) => initialsOf(a).has(prefix)));
    if (fits.length) return fits;
  }
  return null;
}

/** Longest run of initials before a place's pinyin in a host label. */
const MAX_PREFIX = 4;

function ancestorsOf(code: string): string[] {
  const g = getGazetteer();
  const out: string[] = [];
  for (let e = g.get(code); e?.parent; e = g.get(e.parent)) out.push(e.parent);
  return out;
}

/**
 * The pinyin initials of a name (`白山市` -> bss), and, when a syllable opens with zh, ch or sh,
 * the same with those written whole, as hosts often do (`通州` -> tz, tzh: `bjtzh.gov.cn`). The
 * syllable er has no initial; hosts abbreviate it by its r as often as by its e (`齐齐哈尔` -> qqhe,
 * qqhr: `qqhrzx.gov.cn`), so both are given.
 */
function initialsOfName(name: string, alone = false): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' }).map((s) => s.toLowerCase());
  const first = syllables.map((s) => s[0] ?? '');
  const whole = pinyin(name, { pattern: 'initial', type: 'array' }).map((initial, i) => (/^[zcs]h$/.test(initial) ? initial : first[i]));
  const variants = [first, whole];
  // (…and, where asked, each character read alone, as a naive converter reads it: `zqs` for 重庆市,
  // whose 重 is chong here.)
  if (alone) variants.push([...name].map((ch) => pinyin(ch, { toneType: 'none', type: 'array' })[0]?.toLowerCase()[0] ?? ''));
  if (syllables.includes('er')) variants.push(...variants.map((v) => v.map((x, i) => (syllables[i] === 'er' ? 'r' : x))));
  return [...new Set(variants.map((v) => v.join('')))];
}

const initials = new Map<string, Set<string>>();
/** The pinyin initials of a division's names (`安徽省` -> ah, ahs; `通州区` -> tzq, tzhq …). */
export function initialsOf(code: string): Set<string> {
  let set = initials.get(code);
  if (!set) {
    const e = getGazetteer().get(code);
    set = new Set(e ? [e.name, ...e.shortNames].flatMap((n) => initialsOfName(n)) : []);
    initials.set(code, set);
  }
  return set;
}

/** A host label of a place's initials and 新闻网's, or `news` (`gyxww`, `zkxww`, `tynews`). */
const LOCAL_NEWS_SITE = /^([a-z]{2,3})(?:xww|news)$/;

/**
 * Initials an official host may abbreviate its place by (`yczf.gov.cn`: yc + 政府; `ptzx`: pt +
 * 政协): labels of two to four letters left when a committee or government word is trimmed; and a
 * local news site's (`gyxww.net`: gy + 新闻网). Far too ambiguous alone (yc is 阳城, 盐城, 宜昌 …);
 * the caller needs the text to name one of them.
 */
export function addressInitials(url: string | null | undefined): Set<string> {
  const host = url ? hostOf(url) : null;
  const out = new Set<string>();
  if (!host) return out;
  // A local news site named by its place's initials and 新闻网 (`gyxww.net`: 固原新闻网), official
  // too (`thnews.gov.cn`: 太湖新闻网).
  for (const label of host.split('.')) {
    const local = label.match(LOCAL_NEWS_SITE);
    if (local) out.add(local[1]);
  }
  if (!isOfficial(host)) return out;
  const words = getCues().committeeHostWords;
  const brands = getCues().hostBrandPrefixes;
  for (const label of host.split(/[.-]/)) {
    for (const stem of stems(label, words)) if (stem !== label && /^[a-z]{2,4}$/.test(stem)) out.add(stem);
    // (`zgsz.gov.cn`: 中国 + sz, before its place's initials.)
    for (const b of brands) if (label.startsWith(b) && /^[a-z]{2,3}$/.test(label.slice(b.length))) out.add(label.slice(b.length));
  }
  return out;
}

/** A news site named by its province's and county's initials and `news`, `ol` or `tv` (`fjscnews.com`: 福建 顺昌; `zjphol.com`: 浙江 平湖; `hbgstv.com`: 湖北 广水, its TV station). */
const PREFIXED_NEWS_SITE = /^([a-z]{4,6})(?:news|xww|ol|tv)$/;

/**
 * The one place a local news site's registered name spells by initials after its province's or
 * prefecture's (`fjscnews.com`: fj + sc, 福建 顺昌), or null: four letters or more, so one place in
 * the country, where two letters (`gyxww`) are any prefecture's.
 */
export function newsSiteInitialPlace(url: string | null | undefined): AddressPlace | null {
  const host = url ? hostOf(url) : null;
  if (!host || isOfficial(host)) return null;
  const dots = host.split('.');
  const label = dots[Math.max(0, dots.length - (TWO_PART_SUFFIX.test(host) ? 3 : 2))];
  const stem = label.match(PREFIXED_NEWS_SITE)?.[1];
  // (A place's pinyin, `baotounews`, is read whole by addressPlaces.)
  const codes = stem && !pinyinIndex().has(stem) ? [...(initialsIndexOf().get(stem) ?? [])] : [];
  return codes.length === 1 ? { label, codes, official: false } : null;
}

/** A host label of a paper's initials and 日报 (`ydrb`: 盐都日报, `zzrb`: 郑州日报), or 日报社 (`dzrbs`: 达州日报社). */
const LOCAL_PAPER = /^([a-z]{2,3})rbs?$/;

/**
 * Initials a paper's host abbreviates its place by (`ydrb.yunpaper.cn`: yd). Weaker than a news
 * site's: papers are named after regions too (`wxrb`: 皖西日报, not 无锡), so the caller reads them
 * only to settle a place the text names that has them.
 */
export function paperInitials(url: string | null | undefined): Set<string> {
  const host = url ? hostOf(url) : null;
  const out = new Set<string>();
  // (Or a folder of a press group's e-paper site named so: `szb.jsw.com.cn/ZJRB/PC/…`.)
  const folders = url && host ? (url.split(host)[1] ?? '').split(/[/?#]/).map((f) => f.toLowerCase()) : [];
  for (const label of host ? [...host.split('.'), ...folders] : []) {
    const paper = label.match(LOCAL_PAPER);
    if (paper) out.add(paper[1]);
  }
  return out;
}

/**
 * A province's committee paper by its two initials and 政协报 (`cqzxb.itlic.com`: 重庆政协报, `gxzxbxwzx`,
 * `…/gzzxb/…`, `…_ynzxb`) in the host, a folder or the query. 人民政协报 (`rmzxb`) is the national paper.
 */
const COMMITTEE_PAPER = /(?:^|[^a-z])([a-z]{2})zxb/g;

/** The initials of the province whose committee's paper the address is (`cq` of `cqzxb`). */
export function committeePaperInitials(url: string | null | undefined): Set<string> {
  const host = url ? hostOf(url) : null;
  const out = new Set<string>();
  if (!url || !host) return out;
  for (const m of url.toLowerCase().matchAll(COMMITTEE_PAPER)) if (m[1] !== 'rm') out.add(m[1]);
  return out;
}

let initialsIndex: Map<string, Set<string>> | null = null;
/**
 * Initials -> codes: a division's full name with its suffix (`bss`: 白山市), and a county's or
 * city's initials after its prefecture's or province's (`sxyc`: 绍兴 越城; `ahscx`: 安徽 舒城县).
 */
function initialsIndexOf(): Map<string, Set<string>> {
  if (initialsIndex) return initialsIndex;
  const out = new Map<string, Set<string>>();
  const add = (key: string, code: string) => {
    if (!/^[a-z]{3,6}$/.test(key)) return;
    const set = out.get(key) ?? new Set<string>();
    set.add(code);
    out.set(key, set);
  };
  const g = getGazetteer();
  for (const e of g.entries()) {
    for (const i of initialsOfName(e.name)) add(i, e.code);
    // A short name of three characters or more is as specific (`yjhlzx.gov.cn`: 伊金霍洛, not 伊金霍洛旗).
    for (const short of e.shortNames) if ([...short].length >= 3) for (const i of initialsOfName(short)) add(i, e.code);
    for (const a of ancestorsOf(e.code)) {
      for (const p of initialsOf(a)) {
        for (const c of initialsOf(e.code)) {
          if (p.length < 2 || c.length < 2) continue;
          add(p + c, e.code);
          // …or after it (`szzj.gov.cn`: 嵊州 浙江).
          add(c + p, e.code);
        }
      }
    }
  }
  initialsIndex = out;
  return out;
}

/**
 * The places an official host's initials may spell (`bsszx.gov.cn`: 白山市; `zx.sxyc.gov.cn`: 绍兴
 * 越城 or 山西 运城), from the one label that spells any, or null. Initials are a weak sign: the
 * caller reads them only where the page names its place nowhere else, and settles several
 * readings against the provinces the page names.
 */
export function addressInitialPlaces(url: string | null | undefined): AddressPlace | null {
  const host = url ? hostOf(url) : null;
  if (!host || !isOfficial(host)) return null;
  const words = getCues().committeeHostWords;
  const generic = new Set(getCues().genericHostLabels);
  const found: AddressPlace[] = [];
  const labels = host.split(/[.-]/).filter((l) => !generic.has(l));
  // A label with a committee word at an end is read without it (`hnzx` is 河南 + 政协, not 湖南 蒸湘).
  const bare = (label: string) => {
    const all = stems(label, words);
    return all.length > 1 ? all.slice(1) : all;
  };
  for (const label of labels) {
    const codes = new Set(bare(label).flatMap((stem) => [...(initialsIndexOf().get(stem) ?? [])]));
    if (codes.size) found.push({ label, codes: [...codes].sort(), official: true });
  }
  // A city's subdomain of its province's committee site (`kf.hnzx.gov.cn`: hn + kf, 河南 开封).
  // (Not a label that is only a committee word, `zx.zxy.hunanzx.gov.cn`: 政协 on the 政协云 platform.)
  if (found.length === 0) {
    for (let i = 0; i + 1 < labels.length; i++) {
      if (words.includes(labels[i]) || words.includes(labels[i + 1])) continue;
      const pairs = bare(labels[i + 1]).flatMap((parent) => bare(labels[i]).map((child) => parent + child));
      let codes = [...new Set(pairs.flatMap((stem) => [...(initialsIndexOf().get(stem) ?? [])]))];
      // A province's site gives its subdomains to its prefectures, not to their counties: `xy.hnzx`
      // is 信阳, whose initials 荥阳 shares (ha-970).
      const cities = codes.filter((c) => ancestorsOf(c).length === 1);
      if (cities.length) codes = cities;
      if (codes.length) found.push({ label: `${labels[i]}.${labels[i + 1]}`, codes: codes.sort(), official: true });
    }
  }
  return found.length === 1 ? found[0] : null;
}

/** A label as it is, then with one committee word trimmed from its start or end. */
function stems(label: string, words: readonly string[]): string[] {
  const out = [label];
  for (const w of words) {
    if (label.length > w.length && label.endsWith(w)) out.push(label.slice(0, -w.length));
    if (label.length > w.length && label.startsWith(w)) out.push(label.slice(w.length));
  }
  return out;
}

/**
 * Provinces and prefecture-level cities a non-official site's path files the page under
 * (`fan-ex.com/longyan/ly/…`: 龙岩; `…/news/gansu/…`: 甘肃), and counties written in full (`/a/nanhuqu/`):
 * mirrors and aggregators sort their copies by place. Only a word that is exactly one such place's pinyin counts.
 */
export function addressPathCities(url: string | null | undefined): AddressPlace[] {
  const host = url ? hostOf(url) : null;
  if (!host || isOfficial(host)) return [];
  return pathWords(url!, () => true)
    .map(({ word, codes }) => ({ word, codes: codes.filter((c) => getGazetteer().get(c)?.level !== 'county' || spelledInFull(c, word)) }))
    .filter((p) => p.codes.length === 1)
    .map(({ word, codes }) => ({ label: word, codes, official: false }));
}

/**
 * Every place a non-official site's path may spell, a word of five letters or more that is exactly a
 * place's pinyin (`abcjf.cn/html/news/taixing/…`: 泰兴), whatever its level: a mirror's column for
 * a county's copies, or a word that only sounds like one, so the caller reads it only where the text
 * names the place too.
 */
export function addressPathNames(url: string | null | undefined): AddressPlace[] {
  const host = url ? hostOf(url) : null;
  if (!host || isOfficial(host)) return [];
  return pathWords(url!, () => true)
    .filter((p) => p.word.length >= MIN_BRANDED_PLACE && p.codes.length > 0)
    .map(({ word, codes }) => ({ label: word, codes, official: false }));
}

/**
 * A county's full name, its kind spelled too (`/a/nanhuqu/`: 南湖区), as an aggregator files a county's
 * copies: no word for something else, as a bare two-syllable short name may be.
 */
function spelledInFull(code: string, word: string): boolean {
  const name = getGazetteer().get(code)?.name;
  // (Not a one-character name and its kind, `quxian`: 渠县, or a column of 区县 news.)
  return !!name && name.length > 2 && /(?:qu|xian|qi|shi)$/.test(word) && spellings(name).some((s) => s === word || s.replace(/v/g, 'u') === word);
}

/**
 * Places the path of an official site spells under the host's own place (`lzzx.liuzhou.gov.cn/
 * xqzx/ljx/liujiang_news/…`: 柳江, a district of 柳州): a committee's site files its counties' news
 * under their names. Only words that are exactly a place's pinyin and lie within a place the host
 * spells count; [] otherwise.
 */
export function addressPathPlaces(url: string | null | undefined): AddressPlace[] {
  const host = url ? hostOf(url) : null;
  if (!host || !isOfficial(host)) return [];
  const hostCodes = addressPlaces(url).flatMap((p) => p.codes);
  // …or under its initials, five letters or more and one place's in the country, on a committee's
  // site (`ordoszx.gov.cn/qqdt/yjhlq/`: 伊金霍洛旗), within the site's own place where its name is read.
  const abbreviated = () =>
    [...pathWordSet(url!)]
      .filter((word) => /^[a-z]{5,6}$/.test(word))
      .map((word) => ({ word, codes: [...(initialsIndexOf().get(word) ?? [])] }))
      .filter((p) => p.codes.length === 1);
  if (!hostCodes.length) return addressInitialPlaces(url) ? [] : abbreviated().map(({ word, codes }) => ({ label: word, codes, official: true }));
  const within = (code: string) => hostCodes.some((h) => h !== code && ancestorsOf(code).includes(h));
  const spelled = pathWords(url!, within).filter((p) => p.codes.length > 0);
  // (Initials within the host's own place count too: `ordoszx.gov.cn/qqdt/yjhlq/`, 伊金霍洛旗 in 鄂尔多斯; and, within
  // it, three or four letters that spell one of its counties with its kind, perhaps with 政协 after them:
  // `lzzx.liuzhou.gov.cn/xqzx/rsx/`, 融水县 in 柳州; `hsszx.huangshan.gov.cn/qxzx/hzqzx/`, 徽州区 in 黄山.)
  const initials = abbreviated().filter((p) => !spelled.some((s) => s.word === p.word) && within(p.codes[0]));
  const words = getCues().committeeHostWords;
  let counties: RegionEntry[] | null = null;
  const short = [...pathWordSet(url!)]
    .filter((word) => /^[a-z]{3,6}$/.test(word) && !spelled.some((s) => s.word === word) && !initials.some((i) => i.word === word))
    .map((word) => {
      counties ??= [...getGazetteer().entries()].filter((e) => e.level === 'county' && within(e.code));
      const stemmed = stems(word, words).filter((stem) => /^[a-z]{3,4}$/.test(stem));
      return { word, codes: counties.filter((e) => stemmed.some((stem) => countyInitials(e).has(stem))).map((e) => e.code) };
    })
    .filter((p) => p.codes.length === 1 && ![...spelled, ...initials].some((q) => q.codes.includes(p.codes[0])));
  return [...spelled, ...initials, ...short].map(({ word, codes }) => ({ label: word, codes, official: true }));
}

const countyInitialsMemo = new Map<string, Set<string>>();
/**
 * A county's initials as its prefecture's site files its news (`rsx`: 融水县, short for 融水苗族自治县): its
 * names' own, and its short name's with its kind (县, 区, 市 or 旗) after it.
 */
function countyInitials(e: RegionEntry): Set<string> {
  let set = countyInitialsMemo.get(e.code);
  if (!set) {
    const kind = e.name.match(/([县区市旗])$/)?.[1];
    set = new Set([...initialsOf(e.code), ...(kind ? e.shortNames.filter((n) => n.length >= 2).flatMap((n) => initialsOfName(n + kind)) : [])]);
    countyInitialsMemo.set(e.code, set);
  }
  return set;
}

/**
 * A committee named in Chinese in the address's path (`dyzx.gov.cn/什邡市政协/contents/…`): a prefecture's
 * site files its counties' committees' news under their names. That place, where one place has the name.
 * So does a page named by its headline, the committee its subject (`newton.com.tw/wiki/瑤海區政協黨組2016年度…`,
 * in either script), where the page's own copy of the headline is lost.
 */
export function addressPathCommittee(url: string | null | undefined): AddressPlace | null {
  const host = url ? hostOf(url) : null;
  if (!url || !host) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  for (const segment of path.split('/')) {
    const name = toSimplified(segment).text.match(/^([\u4e00-\u9fff]{2,12}?)政协(?:$|[\u4e00-\u9fff])/)?.[1];
    // (Its city before a district that many cities have settles which: `南京市鼓樓區政協`.)
    const code = name ? resolvePlace(name).code : null;
    if (code) return { label: segment, codes: [code], official: isOfficial(host) };
  }
  return null;
}

/**
 * A committee's formal name spelled by its initials in the address's path (`…/ztzgrmzzxshyzqsbsqwyh/…`:
 * 中国人民政治协商会议 重庆市 璧山区 委员会), as a committee's site or its mirror files its pages: that
 * place, where its initials spell exactly one.
 */
export function addressPathFormalName(url: string | null | undefined): AddressPlace | null {
  const host = url ? hostOf(url) : null;
  if (!url || !host) return null;
  for (const word of pathWordSet(url)) {
    const place = word.match(FORMAL_NAME_INITIALS)?.[1];
    if (!place) continue;
    // (Read as the site's own converter may have read it, character by character: rare enough to scan.)
    const spelled = (code: string) => {
      let set = naiveInitials.get(code);
      if (!set) {
        const e = getGazetteer().get(code);
        naiveInitials.set(code, (set = e ? [e.name, ...e.shortNames].flatMap((n) => initialsOfName(n, true)) : []));
      }
      return set;
    };
    const codes = [...getGazetteer().entries()]
      .filter((e) => spelled(e.code).includes(place) || ancestorsOf(e.code).some((a) => spelled(a).some((p) => place.startsWith(p) && spelled(e.code).includes(place.slice(p.length)))))
      .map((e) => e.code);
    if (codes.length === 1) return { label: word, codes, official: isOfficial(host) };
  }
  return null;
}

/** Each division's initials, its characters also read alone; filled as formal names are read. */
const naiveInitials = new Map<string, string[]>();

/** 中国人民政治协商会议 (zgrmzzxshy), a place's initials, 委员会 (wyh). */
const FORMAL_NAME_INITIALS = /zgrmzzxshy([a-z]{3,6})wyh/;

/** The distinct words of `url`'s path, lower case. */
function pathWordSet(url: string): Set<string> {
  return new Set(new URL(url).pathname.toLowerCase().split(/[/_.\-]+/));
}

/** Each distinct word of `url`'s path with the places its pinyin spells that `keep` accepts. */
function pathWords(url: string, keep: (code: string) => boolean): Array<{ word: string; codes: string[] }> {
  const names = pinyinIndex();
  return [...pathWordSet(url)].map((word) => ({ word, codes: (names.get(word) ?? []).filter(keep) }));
}
