/**
 * `npm test`: every test, in steps that stop at the first failure:
 *
 * 1. types: `astro sync`, `astro check` (the .astro files too) and `tsc`;
 * 2. unit tests (pure stages and page logic);
 * 3. command-line tests (ingest, build and serve as child processes on fixture corpora);
 * 4. Debian's Chromium (and pdftotext, which reads the printed course pack back): installed here
 *    when we are root with apt, otherwise one line says what to install;
 * 5. a real build of sources/ (strict: a bad input file fails it);
 * 6. the browser and budget tests over that build.
 *
 * The build goes to folders of its own under .cache/test/, not dist/: a `npm run build` or
 * `npm start` running beside the tests cannot swap the site out from under them. Nothing is
 * skipped; the last line counts every test of every step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, INSTALL_HINT } from './lib/chromium';
import { ROOT } from './lib/paths';

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const PDFTOTEXT = '/usr/bin/pdftotext';

function ensureChromium(): boolean {
  const fontsOk = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  if (existsSync(CHROMIUM) && fontsOk && existsSync(PDFTOTEXT)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('test: installing Debian chromium, fonts-noto-cjk and poppler-utils for the browser tests');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    const packages = ['chromium', 'fonts-noto-cjk', 'poppler-utils'];
    if (run('apt-get', ['update', '-qq'], env) === 0 && run('apt-get', ['install', '-y', '-qq', ...packages], env) === 0) {
      return existsSync(CHROMIUM) && existsSync(PDFTOTEXT);
    }
  }
  console.error(`test: browser tests need ${CHROMIUM}, Noto CJK fonts and ${PDFTOTEXT}: run '${INSTALL_HINT}' (as root) and try again`);
  return false;
}

/** The test build's own folders (see the comment at the top). */
const TEST_DIR = join(ROOT, '.cache/test');
const testBuild: NodeJS.ProcessEnv = {
  CASEBOOK_CONTENT: join(TEST_DIR, 'content'),
  CASEBOOK_REPORT: join(TEST_DIR, 'ingest-report.json'),
  CASEBOOK_ASTRO_CACHE: join(TEST_DIR, 'astro-cache'),
  SITE_DIST: join(TEST_DIR, 'site'),
  // The tests check what a default build publishes: no site address is known.
  SITE_URL: '',
};

// Each vitest run also writes a JSON report, so the last line can count every test of every step.
mkdirSync(TEST_DIR, { recursive: true });
const PROJECTS = ['unit', 'cli', 'e2e'] as const;
const reportOf = (project: string) => join(TEST_DIR, `vitest-${project}.json`);
for (const p of PROJECTS) rmSync(reportOf(p), { force: true });
const vitest = (project: string, env: NodeJS.ProcessEnv = {}) =>
  run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reportOf(project)}`], env);

const counts = { passed: 0, failed: 0 };
function tally(): void {
  for (const project of PROJECTS) {
    if (!existsSync(reportOf(project))) continue;
    const r = JSON.parse(readFileSync(reportOf(project), 'utf8')) as { numPassedTests: number; numFailedTests: number };
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
  }
}

const steps: Array<[string, () => number]> = [
  ['types', () => run(bin('astro'), ['sync']) || run(bin('astro'), ['check']) || run(bin('tsc'), ['--noEmit'])],
  ['unit tests', () => vitest('unit')],
  ['command-line tests', () => vitest('cli')],
  ['chromium', () => (ensureChromium() ? 0 : 1)],
  ['build', () => run(bin('tsx'), ['scripts/build.ts', '--strict', '--quiet'], testBuild)],
  ['browser and budget tests', () => vitest('e2e', { SITE_DIST: testBuild.SITE_DIST, OFFLINE_DIR: join(TEST_DIR, 'offline') })],
];

for (const [name, step] of steps) {
  const status = step();
  if (status !== 0) {
    tally();
    console.error(`test: ${name} failed (exit ${status})`);
    console.log(`tests: ${counts.passed} passed, ${Math.max(counts.failed, 1)} failed`);
    process.exit(status);
  }
}
tally();
console.log('test: all steps passed');
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
