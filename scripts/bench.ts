/**
 * `npm run bench`: measured numbers, not assertions. Runs the ingest CLI on the bundled corpus
 * (cold cache, then warm), then on a synthetic corpus of N articles made by recombining the bundled
 * articles' paragraphs (so the pipeline sees realistic text at scale), and optionally the Astro
 * build. Reports wall time and peak memory (max RSS of the child, from /usr/bin/time when present).
 *
 *   npm run bench                 # bundled corpus + 1,000 synthetic articles
 *   npm run bench -- --n 10000    # scale test
 *   npm run bench -- --build      # also time `astro build` on the bundled corpus
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const argN = process.argv.indexOf('--n');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 1000;
const withBuild = process.argv.includes('--build');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Measure {
  label: string;
  seconds: number;
  maxRssMb: number | null;
  status: number;
}

function measure(label: string, cmd: string[], env: NodeJS.ProcessEnv = {}): Measure {
  const started = performance.now();
  const argv = TIME ? [TIME, '-f', '__MAXRSS__ %M', ...cmd] : cmd;
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /__MAXRSS__ (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) process.stderr.write(r.stderr ?? '');
  return { label, seconds, maxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null, status: r.status ?? -1 };
}

/** Recombine bundled paragraphs into N articles of 3–12 sections each, deterministic. */
function makeSyntheticCorpus(dir: string, n: number): void {
  const texts = readdirSync(join(root, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, 'sources', f), 'utf8'));
  const lines = texts.flatMap((t) => t.split('\n')).filter((l) => l.trim().length > 0);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const count = 20 + Math.floor(rand() * 40);
    const start = Math.floor(rand() * (lines.length - count));
    writeFileSync(join(dir, `synthetic_${String(i).padStart(5, '0')}.txt`), lines.slice(start, start + count).join('\n'));
  }
}

const tsx = join(root, 'node_modules/.bin/tsx');
const results: Measure[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
try {
  // Folders of the benchmark's own: the real content, cache and report are never touched.
  const own = (name: string) => ({
    CASEBOOK_CONTENT: join(scratch, `content-${name}`),
    CASEBOOK_CACHE: join(scratch, `cache-${name}`),
    CASEBOOK_REPORT: join(scratch, `report-${name}.json`),
    CASEBOOK_STRICT: '0',
  });
  results.push(measure('ingest bundled corpus, cold cache', [tsx, 'scripts/ingest.ts', '--quiet'], own('bundled')));
  results.push(measure('ingest bundled corpus, warm cache', [tsx, 'scripts/ingest.ts', '--quiet'], own('bundled')));

  const corpus = join(scratch, 'synthetic');
  makeSyntheticCorpus(corpus, N);
  const files = readdirSync(corpus).map((f) => join(corpus, f));
  const listFile = join(scratch, 'files.txt');
  writeFileSync(listFile, files.join('\n'));
  results.push(measure(`ingest ${N} synthetic articles, cold cache`, [tsx, 'scripts/ingest.ts', '--quiet', `--list=${listFile}`], own('synthetic')));
  results.push(measure(`ingest ${N} synthetic articles, warm cache`, [tsx, 'scripts/ingest.ts', '--quiet', `--list=${listFile}`], own('synthetic')));
  // What tests used to assert with timers: decoding a 20 MB single-line file, building the gazetteer.
  results.push(measure('decode a 20 MB single-line file', [tsx, 'scripts/bench-parts.ts', 'decode']));
  results.push(measure('build the GB/T 2260 gazetteer', [tsx, 'scripts/bench-parts.ts', 'gazetteer']));

  if (withBuild) {
    results.push(measure('astro build (bundled corpus)', [join(root, 'node_modules/.bin/astro'), 'build', '--silent']));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log('| step | seconds | peak RSS (MB) | exit |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.label} | ${r.seconds.toFixed(2)} | ${r.maxRssMb ?? 'n/a'} | ${r.status} |`);
