/**
 * `npm run bench`: measured numbers, not assertions. What a national casebook costs to build, next
 * to what the same case pages cost with no casebook at all:
 *
 * 1. N synthetic articles (scripts/lib/synthetic-corpus.ts: roundups of the bundled corpus's cases
 *    told of other counties, so every stage does its full work), default 2,000 (about 9,000 cases);
 * 2. the whole `npm run build` on them, cold, with the time of each stage (its `timing:` lines);
 * 3. the baseline: a bare Astro site of one page per case (title and paragraphs) from the same
 *    build's cases.json, then the stock Pagefind CLI on it, one after the other, and again in four
 *    parts, one run each (what splitting the index would do to Pagefind's memory);
 * 4. an incremental rebuild: one more article added, `npm run build` again (ingest cache warm);
 * 5. the small parts: the bundled corpus's ingest cold and warm, a 20 MB article, the gazetteer.
 *
 * Prints one table (seconds, peak RSS of the largest process, pages, pages/s, output size,
 * largest page, ratio to the baseline) and writes it to reports/bench.md. Exit code 1 when a
 * built page is over the 150 kB page budget or a step failed.
 *
 *   npm run bench                  # 2,000 articles
 *   npm run bench -- --n 500       # any N
 *   npm run bench -- --keep        # keep the scratch folder (its path is printed)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite, type BareCase } from './lib/bare-site';
import { ROOT } from './lib/paths';
import { filesUnder } from './lib/files';
import { syntheticCorpus } from './lib/synthetic-corpus';

/** Parts the bare site's pages are also indexed in, one Pagefind run each. */
const PAGEFIND_PARTS = 4;
const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, keep: { type: 'boolean' } } });
const N = Number(values.n);
if (!Number.isInteger(N) || N < 1) throw new Error(`bench: --n must be a positive whole number, not ${values.n}`);
export const PAGE_LIMIT = 150 * 1024;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

interface Run {
  seconds: number;
  peakMb: number | null;
  status: number;
  stdout: string;
  stderr: string;
}

/** Run a command to the end, timing it and taking its peak memory (GNU time's max RSS). */
function run(cmd: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Run {
  const started = performance.now();
  const argv = TIME ? [TIME, '-f', '__MAXRSS__ %M', ...cmd] : cmd;
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /__MAXRSS__ (\d+)/.exec(r.stderr ?? '');
  return { seconds, peakMb: rss ? Math.round(Number(rss[1]) / 1024) : null, status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function check(r: Run, what: string): Run {
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}\n`);
    throw new Error(`bench: ${what} failed (exit ${r.status})`);
  }
  return r;
}

/** `timing: <step> <seconds> s` lines of a build's output. */
function timings(output: string): Array<[string, number]> {
  return [...output.matchAll(/timing: ([a-z][a-z ]*?) ([\d.]+) s/g)].map((m) => [m[1], Number(m[2])]);
}

interface SiteStats {
  pages: number;
  bytes: number;
  largest: { path: string; bytes: number };
  overLimit: string[];
}

function siteStats(dir: string): SiteStats {
  const stats: SiteStats = { pages: 0, bytes: 0, largest: { path: '', bytes: 0 }, overLimit: [] };
  for (const rel of filesUnder(dir)) {
    const size = statSync(join(dir, rel)).size;
    stats.bytes += size;
    if (!rel.endsWith('.html')) continue;
    stats.pages++;
    if (size > stats.largest.bytes) stats.largest = { path: rel, bytes: size };
    if (size > PAGE_LIMIT) stats.overLimit.push(`${rel} (${Math.round(size / 1024)} kB)`);
  }
  return stats;
}

interface Row {
  step: string;
  seconds: number;
  peakMb: number | null;
  pages?: number;
  bytes?: number;
  largest?: string;
  ratio?: number;
}

const scratch = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
const rows: Row[] = [];
let failed = false;
try {
  const sources = join(scratch, 'sources');
  mkdirSync(sources);
  const lessons = join(scratch, 'lessons'); // the bundled lessons cite the bundled corpus's cases
  mkdirSync(lessons);
  const env = {
    CASEBOOK_SOURCES: sources,
    CASEBOOK_CURATION: join(scratch, 'curation'),
    CASEBOOK_CONTENT: join(scratch, 'content'),
    CASEBOOK_CACHE: join(scratch, 'cache'),
    CASEBOOK_REPORT: join(scratch, 'report.json'),
    CASEBOOK_ASTRO_CACHE: join(scratch, 'astro-cache'),
    CASEBOOK_LESSONS: lessons,
    SITE_DIST: join(scratch, 'site'),
    CASEBOOK_STRICT: '0',
    SITE_URL: '',
  };
  mkdirSync(env.CASEBOOK_CURATION);

  console.log(`bench: writing ${N} synthetic articles (and one more for the incremental rebuild)`);
  const articles = syntheticCorpus(N + 1);
  for (const a of articles.slice(0, N)) writeFileSync(join(sources, a.name), a.text);

  // The whole build, cold.
  console.log('bench: npm run build (cold)');
  const full = check(run([bin('tsx'), 'scripts/build.ts'], env), 'the build');
  const site = siteStats(env.SITE_DIST);
  const cases = (JSON.parse(readFileSync(join(env.SITE_DIST, 'data/cases.json'), 'utf8')) as { cases: Array<{ id: string; title: string; text: string }> }).cases;
  const steps = timings(full.stdout);

  // The baseline: the same cases, one bare page each, then the stock Pagefind CLI.
  console.log(`bench: bare Astro + Pagefind baseline (${cases.length} pages)`);
  const bare = join(scratch, 'bare');
  writeBareSite(bare, cases.map((c): BareCase => ({ id: c.id, title: c.title, paragraphs: c.text.split('\n\n') })), PAGEFIND_PARTS);
  const bareAstro = check(run([bin('astro'), 'build', '--silent'], { ASTRO_TELEMETRY_DISABLED: '1' }, bare), 'the bare Astro build');
  const barePagefind = check(run([bin('pagefind'), '--site', join(bare, 'dist'), '--force-language', 'zh-cn', '--quiet']), 'Pagefind on the bare site');
  // The same pages indexed in parts, one Pagefind run each, as a site of several indexes merged when
  // searched would be: Pagefind's memory grows with the pages of one run.
  const partRuns = Array.from({ length: PAGEFIND_PARTS }, (_, k) =>
    check(run([bin('pagefind'), '--site', join(bare, 'dist'), '--glob', `p${k}/**/*.html`, '--output-subdir', `pagefind-${k}`, '--force-language', 'zh-cn', '--quiet']), `Pagefind on part ${k} of the bare site`),
  );
  const bareStats = siteStats(join(bare, 'dist'));
  const bareSeconds = bareAstro.seconds + barePagefind.seconds;

  // One more article: what adding it costs.
  console.log('bench: one article added, npm run build again');
  const extra = articles[N];
  writeFileSync(join(sources, extra.name), extra.text);
  const incremental = check(run([bin('tsx'), 'scripts/build.ts'], env), 'the incremental build');
  const incrementalSteps = timings(incremental.stdout);

  const stepRows = (list: Array<[string, number]>, prefix: string): Row[] => list.map(([step, seconds]) => ({ step: `${prefix}${step}`, seconds, peakMb: null }));
  rows.push(
    { step: `npm run build, ${N} articles, ${cases.length} cases (cold)`, seconds: full.seconds, peakMb: full.peakMb, pages: site.pages, bytes: site.bytes, largest: `${site.largest.path} ${Math.round(site.largest.bytes / 1024)} kB`, ratio: full.seconds / bareSeconds },
    ...stepRows(steps, '  '),
    { step: `bare Astro, one page per case`, seconds: bareAstro.seconds, peakMb: bareAstro.peakMb, pages: bareStats.pages, bytes: bareStats.bytes, largest: `${bareStats.largest.path} ${Math.round(bareStats.largest.bytes / 1024)} kB` },
    { step: `bare Pagefind CLI`, seconds: barePagefind.seconds, peakMb: barePagefind.peakMb },
    { step: `bare Pagefind CLI in ${PAGEFIND_PARTS} parts, one run each (largest peak)`, seconds: partRuns.reduce((t, r) => t + r.seconds, 0), peakMb: Math.max(...partRuns.map((r) => r.peakMb ?? 0)) || null },
    { step: `bare Astro + Pagefind`, seconds: bareSeconds, peakMb: Math.max(bareAstro.peakMb ?? 0, barePagefind.peakMb ?? 0) || null, ratio: 1 },
    { step: `npm run build after adding 1 article`, seconds: incremental.seconds, peakMb: incremental.peakMb, ratio: incremental.seconds / bareSeconds },
    ...stepRows(incrementalSteps, '  '),
  );
  if (site.overLimit.length) {
    failed = true;
    console.error(`bench: ${site.overLimit.length} page(s) over ${PAGE_LIMIT / 1024} kB: ${site.overLimit.slice(0, 10).join(', ')}`);
  }

  // The small parts, as before: the bundled corpus's ingest, a 20 MB article, the gazetteer.
  const own = (name: string) => ({ ...env, CASEBOOK_SOURCES: join(ROOT, 'sources'), CASEBOOK_CURATION: join(ROOT, 'curation'), CASEBOOK_CONTENT: join(scratch, `content-${name}`), CASEBOOK_CACHE: join(scratch, `cache-${name}`), CASEBOOK_REPORT: join(scratch, `report-${name}.json`) });
  for (const [label, cmd, e] of [
    ['ingest the bundled corpus, cold cache', [bin('tsx'), 'scripts/ingest.ts', '--quiet'], own('bundled')],
    ['ingest the bundled corpus, warm cache', [bin('tsx'), 'scripts/ingest.ts', '--quiet'], own('bundled')],
    ['decode a 20 MB single-line file', [bin('tsx'), 'scripts/bench-parts.ts', 'decode'], {}],
    ['build the GB/T 2260 gazetteer', [bin('tsx'), 'scripts/bench-parts.ts', 'gazetteer'], {}],
  ] as const) {
    const r = run([...cmd], e);
    if (r.status !== 0 && r.status !== 1) failed = true;
    rows.push({ step: label, seconds: r.seconds, peakMb: r.peakMb });
  }
} finally {
  if (values.keep) console.log(`bench: scratch folder kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

const mb = (b?: number) => (b === undefined ? '' : (b / 1024 / 1024).toFixed(1));
const table = [
  '| step | seconds | peak RSS (MB) | pages | pages/s | output (MB) | largest page | × bare |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.step} | ${r.seconds.toFixed(1)} | ${r.peakMb ?? ''} | ${r.pages ?? ''} | ${r.pages ? Math.round(r.pages / r.seconds) : ''} | ${mb(r.bytes)} | ${r.largest ?? ''} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
const machine = `${process.platform}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores`;
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports/bench.md'), `# npm run bench -- --n ${N}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${table}\n`);
console.log(`bench: written to reports/bench.md`);
process.exitCode = failed ? 1 : 0;
