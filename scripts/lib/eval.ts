/**
 * Scoring the pipeline on the development set (tests/fixtures/real/, README there): real articles
 * with answer keys a person wrote by reading them. The scoring is pure: a key and the cases the
 * pipeline made in, a per-article score out.
 */
import { z } from 'astro/zod';
import type { Case, Source } from '../../src/schemas';
import { repairText } from '../../src/pipeline/text/repair-text';
import { convertToSimplified } from '../../src/pipeline/text/to-simplified';

const code = z.string().regex(/^\d{6}$/);

export const answerKeySchema = z.strictObject({
  url: z.string().min(1),
  query: z.string().optional(),
  retrieved: z.union([z.string(), z.date()]).optional(),
  province: z.string(),
  layouts: z.array(z.string()).min(1),
  noise: z.array(z.string()).default([]),
  cases: z.array(
    z.strictObject({
      committee: z.string().min(1),
      region: code,
      functions: z.array(z.string()).min(1),
      titles: z.array(z.string()).min(1),
      starts: z.string().optional(),
    }),
  ),
  not_cases: z
    .array(z.strictObject({ committee: z.string(), region: code, role: z.enum(['visitor', 'host', 'visited', 'partner', 'passing']) }))
    .nullable()
    .default([])
    .transform((x) => x ?? []),
  furniture: z.array(z.string()).nullable().default([]).transform((x) => x ?? []),
  notes: z.string().optional(),
});
export type AnswerKey = z.infer<typeof answerKeySchema>;

/**
 * Key strings are copied from the raw page (Traditional, readings, ASCII punctuation); the
 * pipeline's output is clean Simplified. Both go through the pipeline's own text repair, then lose
 * what does not carry meaning for a comparison: width, spaces and punctuation.
 */
export function comparable(text: string): string {
  // A key's few words of a Traditional page are too short for the script to be detected: convert
  // them anyway (Traditional-to-Simplified leaves Simplified text as it is).
  return convertToSimplified(repairText(text).text, 'traditional')
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export type Verdict = 'right' | 'wrong-region' | 'wrong-function' | 'missed';

export interface ExpectedResult {
  committee: string;
  region: string;
  verdict: Verdict;
  /** The case it was matched with. */
  found: { id: string; committee: string; region: string | null; function: string | null; title: string } | null;
  why: string;
}

export interface ArticleScore {
  base: string;
  url: string;
  layouts: string[];
  expected: ExpectedResult[];
  /** Cases that match no expected case: a visited/partner/passing committee, or something else. */
  extra: Array<{ id: string; committee: string; region: string | null; visited: boolean; role: string | null; title: string }>;
  furnitureTitles: string[];
  titlesOff: string[];
}

const level = (c: string) => (c === '000000' ? 'national' : c.endsWith('0000') ? 'province' : c.endsWith('00') ? 'city' : 'county');

/** A furniture-like title whatever the key says: a timestamp, a breadcrumb, a bare site name. */
export function looksLikeFurniture(title: string): boolean {
  const t = title.trim();
  if (!t) return true;
  if (/^[\d\s:：\-/年月日时分秒.]+$/.test(t)) return true;
  if (/^(首页|当前位置|您的位置|您现在的位置)/.test(t) || /\s*(>|》|›|»|—)\s*正文$/.test(t) || (t.match(/[>›»]/g) ?? []).length >= 2) return true;
  if (/(网|网站|门户|频道|客户端)$/.test(t) && t.length <= 12) return true;
  if (/^(来源|发布时间|发布日期|作者|编辑|责任编辑)[:：]/.test(t)) return true;
  return false;
}

/** A dateline at the head of a paragraph: a site's or paper's name, 讯 or 电, and the writers in brackets. */
const RUN_IN_DATELINE = /^[^，。,.]{0,16}?(?:讯|电)\s*[（(][^)）]{1,40}[)）]\s*/;

/** The key writes the national committee's region as 000000; the pipeline gives it no code. */
const regionOf = (c: Case) => c.region.code ?? (c.level === 'national' ? '000000' : null);

export function scoreArticle(base: string, key: AnswerKey, source: Source | null, cases: readonly Case[]): ArticleScore {
  const used = new Set<string>();
  const text = (c: Case) => comparable(c.body.join(''));
  // A key's first words are the raw paragraph's, a dateline run into it included (`本网讯(记者 彭少)1月7日,…`),
  // which the pipeline keeps as the article's metadata: they are compared without it.
  const startsOf = (k: AnswerKey['cases'][number]) => (k.starts ? comparable(k.starts.replace(RUN_IN_DATELINE, '')).slice(0, 12) : '');
  // First every expected case takes the case of its region that holds its first words; only then
  // do the rest take what is left of their region, in order, so that one case of a list whose
  // words were not found does not take the case another item's words name.
  const byWords = new Map<number, Case>();
  for (const pass of ['startsWith', 'includes'] as const) {
    key.cases.forEach((k, i) => {
      const starts = startsOf(k);
      if (byWords.has(i) || !starts) return;
      const taken = new Set([...byWords.values()].map((c) => c.id));
      const hit = cases.find((c) => !taken.has(c.id) && regionOf(c) === k.region && text(c)[pass](starts));
      if (hit) byWords.set(i, hit);
    });
  }
  for (const c of byWords.values()) used.add(c.id);
  const expected: ExpectedResult[] = key.cases.map((k, i) => {
    const candidates = cases.filter((c) => !used.has(c.id) && regionOf(c) === k.region);
    const starts = startsOf(k);
    const match = byWords.get(i) ?? candidates[0];
    if (!match) {
      // Nearest wrong answer, for the reason: a case whose text holds this case's first words.
      const near = cases.find((c) => !used.has(c.id) && starts && text(c).includes(starts));
      return {
        committee: k.committee,
        region: k.region,
        verdict: near ? 'wrong-region' : 'missed',
        found: near ? describe(near) : null,
        why: near ? `its text went to a case placed in ${near.region.code ?? 'no region'} (${near.committee})` : 'no case for it',
      } satisfies ExpectedResult;
    }
    used.add(match.id);
    const main = match.functions[0]?.id ?? null;
    const fits = main !== null && k.functions.includes(main);
    return {
      committee: k.committee,
      region: k.region,
      verdict: fits ? 'right' : 'wrong-function',
      found: describe(match),
      why: fits ? '' : `main function ${main ?? 'none'}, expected one of ${k.functions.join(', ')}`,
    } satisfies ExpectedResult;
  });
  // A region matched as "wrong-region" is still the case that took the text: do not count it twice.
  for (const e of expected) if (e.verdict === 'wrong-region' && e.found) used.add(e.found.id);

  const notCases = new Map(key.not_cases.map((n) => [n.region, n.role]));
  const extra = cases
    .filter((c) => !used.has(c.id))
    .map((c) => ({
      id: c.id,
      committee: c.committee,
      region: regionOf(c),
      visited: regionOf(c) !== null && notCases.has(regionOf(c)!) && ['visitor', 'host', 'visited', 'partner'].includes(notCases.get(regionOf(c)!)!),
      role: regionOf(c) ? (notCases.get(regionOf(c)!) ?? null) : null,
      title: c.title,
    }));

  const furniture = key.furniture.map(comparable).filter((f) => f.length >= 2);
  // (A title the key gives a case is its headline, whatever furniture line it holds: `呷西委员的心愿` over a caption `呷西委员。`.)
  const keyTitles = new Set(key.cases.flatMap((c) => c.titles.map(comparable)));
  const isFurniture = (title: string | null) => {
    if (title === null) return false;
    const t = comparable(title);
    if (keyTitles.has(t)) return false;
    return looksLikeFurniture(title) || furniture.some((f) => t.includes(f) && t.length <= f.length + 6);
  };
  const titles = [source?.title ?? null, ...cases.map((c) => c.title)];
  const furnitureTitles = titles.filter((t): t is string => isFurniture(t));

  const titlesOff: string[] = [];
  for (const e of expected) {
    if (!e.found) continue;
    const k = key.cases[expected.indexOf(e)];
    const t = comparable(e.found.title);
    const ok = k.titles.some((want) => {
      const w = comparable(want);
      return t === w || (t.length >= 4 && w.includes(t)) || (w.length >= 4 && t.includes(w));
    });
    if (!ok) titlesOff.push(`${e.found.title} (expected ${k.titles[0]})`);
  }
  return { base, url: key.url, layouts: key.layouts, expected, extra, furnitureTitles, titlesOff };
}

function describe(c: Case) {
  return { id: c.id, committee: c.committee, region: regionOf(c), function: c.functions[0]?.id ?? null, title: c.title };
}

export interface EvalTotals {
  articles: number;
  expected: number;
  found: number;
  right: number;
  missed: number;
  wrongRegion: number;
  wrongFunction: number;
  extra: number;
  visitedMadeCases: number;
  furnitureTitles: number;
  titlesOff: number;
  /** Cases in articles where no committee acts. */
  notPracticeCases: number;
}

export function totals(scores: readonly ArticleScore[]): EvalTotals {
  const all = scores.flatMap((s) => s.expected);
  return {
    articles: scores.length,
    expected: all.length,
    found: all.filter((e) => e.found).length + scores.reduce((n, s) => n + s.extra.length, 0),
    right: all.filter((e) => e.verdict === 'right').length,
    missed: all.filter((e) => e.verdict === 'missed').length,
    wrongRegion: all.filter((e) => e.verdict === 'wrong-region').length,
    wrongFunction: all.filter((e) => e.verdict === 'wrong-function').length,
    extra: scores.reduce((n, s) => n + s.extra.length, 0),
    visitedMadeCases: scores.reduce((n, s) => n + s.extra.filter((x) => x.visited).length, 0),
    furnitureTitles: scores.reduce((n, s) => n + s.furnitureTitles.length, 0),
    titlesOff: scores.reduce((n, s) => n + s.titlesOff.length, 0),
    notPracticeCases: scores.filter((s) => s.layouts.includes('not-practice')).reduce((n, s) => n + s.extra.length, 0),
  };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');

/** reports/eval.md: the totals first (the line the stop hook quotes), then every article and every miss. */
export function evalMarkdown(scores: readonly ArticleScore[]): string {
  const t = totals(scores);
  const lines = [
    '# Development set: the pipeline on real articles',
    '',
    `Cases right: ${t.right} of ${t.expected} expected (${pct(t.right, t.expected)}); visited or partner committees made cases: ${t.visitedMadeCases}; furniture titles: ${t.furnitureTitles}.`,
    '',
    'Written by `npm run eval` from `tests/fixtures/real/` (articles and answer keys: see the README there). A case is right when a case',
    'of the article has the expected GB/T 2260 region (down to the county) and its main function is one the key accepts.',
    '',
    '| measure | count |',
    '| --- | ---: |',
    `| articles | ${t.articles} |`,
    `| expected cases | ${t.expected} |`,
    `| cases found | ${t.found} |`,
    `| right | ${t.right} (${pct(t.right, t.expected)}) |`,
    `| missed (no case for it) | ${t.missed} |`,
    `| wrong region | ${t.wrongRegion} |`,
    `| wrong main function | ${t.wrongFunction} |`,
    `| extra cases (no expected case) | ${t.extra} |`,
    `| of which visited/host/partner committees | ${t.visitedMadeCases} |`,
    `| of which in articles where no committee acts | ${t.notPracticeCases} |`,
    `| furniture titles | ${t.furnitureTitles} |`,
    `| titles unlike the key's (reported, not scored) | ${t.titlesOff} |`,
    '',
    '## Per article',
    '',
    '| article | layouts | expected | right | extra | furniture titles |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...scores.map(
      (s) =>
        `| ${s.base} | ${s.layouts.join(', ')} | ${s.expected.length} | ${s.expected.filter((e) => e.verdict === 'right').length} | ${s.extra.length} | ${s.furnitureTitles.length} |`,
    ),
    '',
    '## Every miss, with its reason',
    '',
  ];
  for (const s of scores) {
    const misses = s.expected.filter((e) => e.verdict !== 'right');
    if (!misses.length && !s.extra.length && !s.furnitureTitles.length) continue;
    lines.push(`### ${s.base}`, '', `<${s.url}>`, '');
    for (const e of misses) lines.push(`- ${e.verdict}: ${e.committee} (${e.region}, ${level(e.region)}): ${e.why}${e.found ? `; found as ${e.found.committee} «${e.found.title}»` : ''}`);
    for (const x of s.extra) lines.push(`- extra${x.visited ? ` (a ${x.role} committee)` : x.role ? ` (${x.role})` : ''}: ${x.committee} (${x.region ?? 'no region'}) «${x.title}»`);
    for (const f of s.furnitureTitles) lines.push(`- furniture title: «${f}»`);
    lines.push('');
  }
  return lines.join('\n');
}
