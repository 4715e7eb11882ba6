/**
 * How an administrative division's name is built, so its short forms can be derived from the
 * dataset's full names (`西城区` -> `西城`, `恩施土家族苗族自治州` -> `恩施`, `恩施州`).
 *
 * This is grammar, not a place list: the administrative suffixes of GB/T 2260 names, and the
 * nationality names (GB/T 3304) that make up the designation of an autonomous unit
 * (`土家族苗族自治州`). No place name appears in this file.
 */

/** Administrative suffixes, longest first. */
export const ADMIN_SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '特区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
] as const;

/**
 * Suffixes whose first character can also end the name proper (`万柏林区` is 万柏林 + 区, while
 * `神农架林区` is 神农架 + 林区): both strippings are kept as short forms.
 */
const AMBIGUOUS_SUFFIXES = new Set(['林区', '特区', '新区']);

/** Nationality names (GB/T 3304), as they appear inside autonomous-unit names, with or without 族. */
export const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
] as const;

/** `各族` (龙胜各族自治县) designates all nationalities. */
const ALL_NATIONALITIES = '各';

/** Shortest short form worth indexing: one character is never a usable place name on its own. */
export const MIN_SHORT_LENGTH = 2;

const AUTONOMOUS = /^(.+?)自治(区|州|县|旗)$/;

// Designation tokens, longest first so 土家 wins over 土 and 蒙古 over nothing.
const DESIGNATIONS = [...NATIONALITIES, ALL_NATIONALITIES].sort((a, b) => b.length - a.length);

export interface NameForms {
  /** Short forms: the name without its suffix (and designation), each at least two characters. */
  short: string[];
  /** Abbreviated forms in common use: short form + the unit's generic character (恩施州, 石柱县). */
  aliases: string[];
}

/**
 * Strip trailing nationality designations (`土家族苗族`, `维吾尔`, `各族`) from the part of an
 * autonomous unit's name before 自治X. A name that is nothing but a designation (`东乡族`,
 * `鄂伦春`) keeps the nationality as its name.
 */
function stripDesignation(base: string): string {
  let rest = base;
  for (;;) {
    let stripped: string | null = null;
    for (const token of DESIGNATIONS) {
      for (const form of [`${token}族`, token]) {
        if (rest.endsWith(form) && rest.length - form.length >= MIN_SHORT_LENGTH) {
          stripped = rest.slice(0, -form.length);
          break;
        }
      }
      if (stripped !== null) break;
    }
    if (stripped === null) break;
    rest = stripped;
  }
  // 东乡族自治县, 鄂温克族自治旗: the unit is named after its nationality.
  if (rest.endsWith('族') && DESIGNATIONS.includes(rest.slice(0, -1) as (typeof DESIGNATIONS)[number])) {
    rest = rest.slice(0, -1);
  }
  return rest;
}

/**
 * The short forms of a full division name. Pure and data-free: `shortFormsOf('平阳县')` is
 * `{ short: ['平阳'], aliases: [] }`; `shortFormsOf('恩施土家族苗族自治州')` is
 * `{ short: ['恩施'], aliases: ['恩施州', '恩施自治州'] }`; a name whose remainder would be one character
 * (`涉县`, `东区`) has no short form.
 */
export function shortFormsOf(name: string): NameForms {
  const short: string[] = [];
  const aliases: string[] = [];
  const add = (list: string[], s: string) => {
    if (s.length >= MIN_SHORT_LENGTH && s !== name && !list.includes(s)) list.push(s);
  };

  const auto = name.match(AUTONOMOUS);
  if (auto) {
    const base = stripDesignation(auto[1]);
    add(short, base);
    // 自治州 -> 恩施州, 自治县 -> 石柱县, 自治旗 -> 鄂温克旗, and the same with 自治 kept
    // (`彭水自治县`, `恩施自治州`); an autonomous region has no such form.
    if (auto[2] !== '区' && base !== auto[1]) {
      add(aliases, base + auto[2]);
      add(aliases, `${base}自治${auto[2]}`);
    }
    return { short, aliases };
  }

  for (const suffix of ADMIN_SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    add(short, name.slice(0, -suffix.length));
    if (!AMBIGUOUS_SUFFIXES.has(suffix)) break;
  }
  // A banner of a wing is written by the first character of its people's name and the wing
  // (`察哈尔右翼前旗` -> 察右前旗, `科尔沁左翼中旗` -> 科左中旗, `土默特右旗` -> 土右旗).
  const wing = name.match(WING_BANNER);
  if (wing) add(aliases, `${wing[1][0]}${wing[2]}${wing[3] ?? ''}旗`);
  return { short, aliases };
}

/** A banner of a wing: its people's name, 左 or 右 (翼), and 前, 中 or 后. */
const WING_BANNER = /^([\u4e00-\u9fff]{2,3}?)(左|右)(?:翼)?(前|中|后)?旗$/;
