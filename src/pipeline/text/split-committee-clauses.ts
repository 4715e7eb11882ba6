import type { Change, StageResult } from './types';

export interface SplitCommitteeClausesOptions {
  /** GB/T 2260 name check: a clause opens with a committee only when its place is real. */
  knownPlace?: (name: string) => boolean;
}

const MIN_COMMITTEES = 3;
/** …and after a lead that speaks of the committees together. */
const MIN_AFTER_COLLECTIVE = 2;
/** A clause boundary: the mark that ends the clause before, then the clause's first words. */
const BOUNDARY = /[；。！？][”’」』]?(?=\S)/g;
/** A short lead-in before the committee (`记者注意到，`, `同时，`): still the clause's subject. */
// (A county's name may be one character and its kind, `佳县政协`, `易县政协`: the gazetteer tells real ones.)
const OPENING = /^(?:[^，。；“”]{1,8}，)?([\u4e00-\u9fff]{1,15}?(?:省|市|区|县|旗|州|盟))政协/;
/** …or several committees joined by 、 and counted (`成都、德阳、眉山、资阳4市政协开展…联合调研`): their joint clause. */
const JOINT_OPENING = /^(?:[^，。；“”]{1,8}，)?((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})(?:[两二三四五六七八九十\d]+个?)(?:市|县|区|州|县（市、区）|市（州）)政协/;
const RELATIVE_OPENING = /^(?:省|市|区|县|州|旗|盟)政协/;
/** A first sentence about a level's committees together (`州市政协也推出各项举措`, `州、县（市）政协组织…`, `各县区政协纷纷…`, `一年来，各县区政协围绕中心…`). */
const COLLECTIVE_LEAD = /^(?:[^。；！？，]{1,16}，)?(?:各(?:[地级]|[县市区州旗][、（()）县市区州旗]{0,10})?|全[省市区县州]|[省市州县区][、（()）省市州县区]{1,8})(?:各级)?政协(?!委员)[^。；！？]*[。；！？]/;

/** The committee a clause opens with (its place, trimmed to the part the gazetteer knows), or null. */
function openingCommittee(clause: string, knownPlace: (name: string) => boolean): string | null {
  const joint = clause.match(JOINT_OPENING);
  if (joint && joint[1].split('、').every(knownPlace)) return joint[1];
  const m = clause.match(OPENING);
  if (!m) return null;
  // `重庆市江津区` is a chain: the last name the gazetteer knows is the committee's place.
  for (let k = 0; k + 2 <= m[1].length; k++) if (knownPlace(m[1].slice(k))) return m[1].slice(k);
  return null;
}

/**
 * A feature's paragraph that runs through several committees clause by clause
 * (`杭州市政协深化…；宁波市政协以…；绍兴市政协创新…`): each committee's clause is a paragraph of its
 * own, so the segmenter can give each its case. The paragraph is split before every sentence or
 * `；` clause that opens with a committee named with its place, and, once split, before one that
 * opens with a bare 省政协/市政协 going on (`。省政协专委会…`), when at least MIN_COMMITTEES
 * different committees so open clauses and either one does after `；` or the paragraph opens by
 * speaking of the committees together (`州市政协也推出各项举措。普洱市政协…。楚雄州政协…`): a list,
 * not a story that names several committees. Nothing is removed: a line break is inserted after
 * the mark.
 * Pure, never throws, idempotent (a split line has at most one such opening, at its start).
 */
export function splitCommitteeClauses(text: string, opts: SplitCommitteeClausesOptions = {}): StageResult {
  const knownPlace = opts.knownPlace;
  if (!knownPlace) return { text, changes: [] };
  const changes: Change[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const out = lines.map((line) => {
    const lineStart = offset;
    offset += line.length + 1;
    const cuts: Array<{ at: number; committee: string | null; afterSemicolon: boolean }> = [];
    const boundaries: number[] = [];
    for (const m of line.matchAll(BOUNDARY)) {
      const at = m.index! + m[0].length;
      boundaries.push(at);
      const clause = line.slice(at);
      const committee = openingCommittee(clause, knownPlace);
      if (committee || RELATIVE_OPENING.test(clause)) cuts.push({ at, committee, afterSemicolon: m[0][0] === '；' });
    }
    const named = cuts.filter((c) => c.committee);
    // (A paragraph may keep its indentation: `  各市（州）…`.)
    const first = openingCommittee(line.trimStart(), knownPlace);
    const distinct = new Set([...(first ? [first] : []), ...named.map((c) => c.committee)]);
    // …or the paragraph ends in a run of sentences each opening with another named committee
    // (`…。茶陵县政协以委员工作室为单位…。醴陵市政协…。芦淞区政协发动…`): a list of their steps.
    const closing = named.slice(-MIN_COMMITTEES);
    const run =
      closing.length === MIN_COMMITTEES &&
      new Set(closing.map((c) => c.committee)).size === MIN_COMMITTEES &&
      boundaries.slice(boundaries.indexOf(closing[0].at)).every((at) => named.some((c) => c.at === at));
    // (After a lead that speaks of the committees together, two named in turn are a list too: `一年来，各县区政协…。
    // 榆阳区政协召开常委会议…。佳县政协根据…`.)
    const collective = COLLECTIVE_LEAD.test(line.trimStart());
    if (distinct.size < (collective ? MIN_AFTER_COLLECTIVE : MIN_COMMITTEES) || !(named.some((c) => c.afterSemicolon) || collective || run)) return line;
    // Bare committees split only after the first named one: before it they are the story's own.
    const from = named[0].at;
    const used = cuts.filter((c) => c.at >= from);
    let result = '';
    let last = 0;
    for (const c of used) {
      result += line.slice(last, c.at) + '\n';
      changes.push({ kind: 'split-line', at: lineStart + c.at, from: '', to: '\n' });
      last = c.at;
    }
    return result + line.slice(last);
  });
  return { text: out.join('\n'), changes };
}
