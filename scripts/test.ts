/**
 * `npm test`: every test. Unit tests first (fast, no browser), then a real build of the site from
 * sources/, then the browser and budget tests over dist/. Chromium comes from Debian: installed
 * here when we are root with apt, otherwise one line says what to install. Nothing is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

import { CHROMIUM, INSTALL_HINT } from './lib/chromium';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function ensureChromium(): boolean {
  const fontsOk = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  if (existsSync(CHROMIUM) && fontsOk) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('test: installing Debian chromium and fonts-noto-cjk for the browser tests');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], env) === 0) {
      return existsSync(CHROMIUM);
    }
  }
  console.error(`test: browser tests need ${CHROMIUM} and Noto CJK fonts: run '${INSTALL_HINT}' (as root) and try again`);
  return false;
}

// Each vitest run also writes a JSON report, so the last line can count every test of every step.
mkdirSync('.cache', { recursive: true });
for (const p of ['unit', 'e2e']) rmSync(`.cache/vitest-${p}.json`, { force: true });
const vitest = (project: string) =>
  run('vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=.cache/vitest-${project}.json`]);
const counts = { passed: 0, failed: 0 };
function tally(project: string): void {
  const file = `.cache/vitest-${project}.json`;
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  counts.passed += r.numPassedTests;
  counts.failed += r.numFailedTests;
}

const steps: Array<[string, () => number]> = [
  ['unit tests', () => vitest('unit')],
  ['chromium', () => (ensureChromium() ? 0 : 1)],
  ['build', () => run('npm', ['run', 'build', '--silent'])],
  ['browser and budget tests', () => vitest('e2e')],
];

for (const [name, step] of steps) {
  const status = step();
  if (status !== 0) {
    tally('unit');
    if (name.startsWith('browser')) tally('e2e');
    console.error(`test: ${name} failed (exit ${status})`);
    console.log(`tests: ${counts.passed} passed, ${Math.max(counts.failed, 1)} failed`);
    process.exit(status);
  }
}
tally('unit');
tally('e2e');
console.log('test: all steps passed');
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
