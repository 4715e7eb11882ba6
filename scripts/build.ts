/**
 * `npm run build [-- --strict]`: the whole site from sources/. Ingest, then `astro build` (pages,
 * data exports and the search index: see src/integrations/casebook.ts) into a staging folder
 * beside dist/, then the staging folder takes dist/'s place in two renames.
 *
 * So a build that is killed or fails leaves the previous complete site in dist/, whole; a problem
 * with one input file (reported by ingest) never stops the site from being built. Warnings end the
 * build with one line that counts them; under --strict (the default in CI) they fail it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../src/schemas';
import { casebookPaths, isStrict, ROOT } from './lib/paths';
import { runIngest } from './lib/run-ingest';

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

function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { strict: { type: 'boolean' }, quiet: { type: 'boolean' } } });
  const strict = isStrict(values.strict);
  const paths = casebookPaths();
  const started = performance.now();
  const ingest = await runIngest({ paths, quiet: values.quiet });
  // `timing:` lines are what npm run bench reads; the integration prints its own steps' likewise.
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
  console.log(`build: timing: ingest ${seconds(started)} s`);
  const astroStarted = performance.now();

  removeLeftovers(paths.dist);
  const staging = join(dirname(paths.dist), `.${basename(paths.dist)}.staging-${process.pid}`);
  const astro = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', staging], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CASEBOOK_CONTENT: paths.content, CASEBOOK_LESSONS: paths.lessons, CASEBOOK_ASTRO_CACHE: paths.astroCache },
  });
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
    console.log(`build: ${pages} pages in ${where}/ from ${ingest.sources.length} sources, ${ingest.cases.length} cases`);
    return 0;
  }
  const skipped = problems.filter((p) => p.kind === 'skipped').length;
  console.warn(
    `build: ${pages} pages in ${where}/ from ${ingest.sources.length} sources, ${ingest.cases.length} cases; ` +
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
