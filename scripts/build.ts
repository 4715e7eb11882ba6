/**
 * `npm run build [-- --strict]`: the whole site from sources/. Ingest, then `astro build` (pages,
 * data exports and the search index: see src/integrations/casebook.ts) into a staging folder
 * beside dist/, then the staging folder takes dist/'s place in two renames.
 *
 * So a build that is killed or fails leaves the previous complete site in dist/, whole; a problem
 * with one input file (reported by ingest) never stops the site from being built. Warnings end the
 * build with one line that counts them; under --strict (the default in CI) they fail it.
 *
 * `--shard <province>` (two digits, `44`, or `440000`) builds one province's site from the same
 * ingest (src/pipeline/cases/shard.ts) into `dist-<province>/` (or SITE_DIST): the way a corpus
 * too large for one build is built as one job per province. A shard has no lessons (they cite
 * cases of every province).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../src/schemas';
import { casebookPaths, isStrict, ROOT } from './lib/paths';
import { filesUnder } from './lib/files';
import { runIngest, writeContent } from './lib/run-ingest';
import { shardOf, shardProvince } from '../src/pipeline/cases/shard';

/** Files a complete build always has; a staging folder without them never replaces dist/. */
export const REQUIRED_OUTPUT = ['index.html', '404.html', 'data/cases.json', 'data/sources.json', 'pagefind/pagefind.js', 'vendor/handout-docx.js'];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Staging and retired folders of builds that died (their process is gone). */
function removeLeftovers(dist: string): void {
  const parent = dirname(dist);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^\\.${basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|old)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    // A build killed between its two renames: the retired site is the last complete one.
    if (name.includes('.old-') && !existsSync(dist)) renameSync(join(parent, name), dist);
    else rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Build internals (Astro's `.prerender/` and other dot entries) never reach the published folder. */
function removeInternals(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) rmSync(path, { recursive: true, force: true });
    else if (entry.isDirectory()) removeInternals(path);
  }
}

/** Put `staging` in `dist`'s place; dist/ is never missing for longer than between two renames. */
function swapInto(staging: string, dist: string): void {
  const retired = join(dirname(dist), `.${basename(dist)}.old-${process.pid}`);
  const hadSite = existsSync(dist);
  if (hadSite) renameSync(dist, retired);
  try {
    renameSync(staging, dist);
  } catch (e) {
    if (hadSite) renameSync(retired, dist);
    throw e;
  }
  if (hadSite) rmSync(retired, { recursive: true, force: true });
}

const countPages = (dir: string) => filesUnder(dir).filter((rel) => rel.endsWith('.html')).length;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { strict: { type: 'boolean' }, quiet: { type: 'boolean' }, shard: { type: 'string' } } });
  const strict = isStrict(values.strict);
  const paths = casebookPaths();
  const province = values.shard === undefined ? null : shardProvince(values.shard);
  if (values.shard !== undefined && !province) {
    console.error(`build: --shard ${values.shard} is not a province's GB/T 2260 code (two digits, as 44 for 广东省, or six ending in 0000)`);
    return 2;
  }
  if (province && !process.env.SITE_DIST) paths.dist = join(ROOT, `dist-${province.code.slice(0, 2)}`);
  const started = performance.now();
  const ingest = await runIngest({ paths, quiet: values.quiet });
  // `timing:` lines are what npm run bench reads; the integration prints its own steps' likewise.
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
  console.log(`build: timing: ingest ${seconds(started)} s`);

  // A shard is built from content of its own, beside the whole casebook's, and no lessons.
  let content = paths.content;
  let lessons = paths.lessons;
  let scratch: string | null = null;
  let counts = { sources: ingest.sources.length, cases: ingest.cases.length };
  if (province) {
    const shard = shardOf(ingest, province.code);
    counts = { sources: shard.sources.length, cases: shard.cases.length };
    if (!shard.cases.length) {
      console.error(`build: no case is placed in ${province.name} (${province.code}); nothing to build, ${relative(ROOT, paths.dist) || paths.dist}/ is left as it was`);
      return 1;
    }
    content = `${paths.content}.shard-${province.code.slice(0, 2)}`;
    writeContent(content, shard, ingest.catalogue);
    scratch = mkdtempSync(join(tmpdir(), 'casebook-shard-'));
    lessons = join(scratch, 'lessons');
    mkdirSync(lessons);
    console.log(`build: shard ${province.name}: ${shard.cases.length} of ${ingest.cases.length} cases, ${shard.sources.length} sources`);
  }
  const astroStarted = performance.now();

  removeLeftovers(paths.dist);
  const staging = join(dirname(paths.dist), `.${basename(paths.dist)}.staging-${process.pid}`);
  const astro = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', staging], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      CASEBOOK_CONTENT: content,
      CASEBOOK_LESSONS: lessons,
      CASEBOOK_ASTRO_CACHE: province ? `${paths.astroCache}-shard-${province.code.slice(0, 2)}` : paths.astroCache,
      CASEBOOK_SHARD_NAME: province?.name ?? '',
    },
  });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  console.log(`build: timing: astro build ${seconds(astroStarted)} s`);
  const missing = astro.status === 0 ? REQUIRED_OUTPUT.filter((f) => !existsSync(join(staging, f))) : [];
  if (astro.status !== 0 || missing.length) {
    rmSync(staging, { recursive: true, force: true });
    const why = astro.status !== 0 ? `astro build failed (exit ${astro.status ?? astro.signal})` : `the new site lacks ${missing.join(', ')}`;
    console.error(`build: ${why}; ${relative(ROOT, paths.dist) || paths.dist}/ is left as it was`);
    return 1;
  }
  removeInternals(staging);
  const pages = countPages(staging);
  swapInto(staging, paths.dist);

  const where = relative(ROOT, paths.dist) || paths.dist;
  const problems = ingest.problems;
  if (problems.length === 0) {
    console.log(`build: ${pages} pages in ${where}/ from ${counts.sources} sources, ${counts.cases} cases`);
    return 0;
  }
  const skipped = problems.filter((p) => p.kind === 'skipped').length;
  console.warn(
    `build: ${pages} pages in ${where}/ from ${counts.sources} sources, ${counts.cases} cases; ` +
      `WARNING: ${problems.length} input problem(s)${skipped ? `, ${skipped} file(s) skipped` : ''} (listed above and in ${relative(ROOT, paths.report)})` +
      (strict ? '; failing because of --strict' : ''),
  );
  return strict ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (!(e instanceof DataError)) throw e;
    console.error(`build: ${e.message}`);
    process.exitCode = 2;
  },
);
