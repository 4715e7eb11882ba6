import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../scripts/serve';
import { ROOT, run, start, waitFor, workspace, type RunResult } from './support';

// The fault suite: a corpus with every kind of bad input staff have dropped into sources/ and
// curation/, built the way `npm run build` builds. What must hold: the site is built, every bad
// file is named with its reason, nothing good is lost, ids of the articles already there do not
// change, and a build that dies leaves the previous site whole.
const ws = workspace('faults');
const fixture = (rel: string) => join(ROOT, rel);
const add = (name: string, from: string) => copyFileSync(fixture(from), join(ws.sources, name));

interface CasesJson {
  cases: Array<{ id: string; title: string; text: string; source: { id: string }; attribution: { kind: string; span: string | null } }>;
}
interface SourcesJson {
  sources: Array<{ id: string; file: string; publisher: string | null; date: string | null }>;
}
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

let baseline: { sources: string[]; cases: string[] };
let faulty: RunResult;
let report: { problems: Array<{ kind: string; file: string; reason: string }> };

/** Every file of the built site with a hash of its content. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

beforeAll(async () => {
  // The articles already in the casebook.
  add('002_1c5dea9eec081a1b.txt', 'sources/002_1c5dea9eec081a1b.txt');
  add('004_556c2cbf0c3b394f.txt', 'sources/004_556c2cbf0c3b394f.txt');
  add('abc.txt', 'tests/fixtures/articles/shaoxing-traditional.txt');
  add('x-y.txt', 'tests/fixtures/articles/sichuan-roundup.txt');
  const first = await run('scripts/build.ts', ['--quiet'], ws.env);
  expect(first.status, first.stderr).toBe(0);
  const built = readJson<CasesJson>(join(ws.dist, 'data/cases.json'));
  baseline = { sources: [...new Set(built.cases.map((c) => c.source.id))].sort(), cases: built.cases.map((c) => c.id).sort() };

  // Then everything that went wrong for somebody.
  writeFileSync(join(ws.sources, 'empty.txt'), '');
  writeFileSync(join(ws.sources, 'blank.txt'), '  \n\t\n   \n');
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256))]);
  writeFileSync(join(ws.sources, 'report.txt'), pdf);
  // The same article again, saved by another editor: CRLF, blank lines and trailing spaces.
  const again = readFileSync(fixture('sources/002_1c5dea9eec081a1b.txt'), 'utf8').replace(/\n/g, '  \r\n\r\n');
  writeFileSync(join(ws.sources, '002-copy.txt'), again);
  // Names that differ only in case, in Chinese characters, in separators.
  add('ABC.txt', 'tests/fixtures/articles/henan-benbao.txt');
  add('委员abc.txt', 'tests/fixtures/articles/jiangsu-numbered-roundup.txt');
  add('x_y.txt', 'tests/fixtures/articles/guangdong-place-labels.txt');
  add(`${'a'.repeat(246)}.txt`, 'tests/fixtures/articles/sichuan-province-single.txt');
  symlinkSync(join(ws.sources, 'no-such-file.txt'), join(ws.sources, 'gone.txt'));
  // A 3 MB article on one line.
  const line = readFileSync(fixture('sources/002_1c5dea9eec081a1b.txt'), 'utf8').replace(/\n/g, '');
  writeFileSync(join(ws.sources, 'huge.txt'), line.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(line))));
  // Articles in which no committee acts.
  add('sports.txt', 'tests/fixtures/real/ha-02-baofeng-sports.txt');
  add('notice.txt', 'tests/fixtures/real/bj-01-mentougou-gala.txt');

  const someCase = baseline.cases.find((c) => c.startsWith('004-'))!;
  writeFileSync(join(ws.curation, 'typo.yaml'), `cases:\n  - case: ${someCase}\n    comittee: 湖北省政协\n    reason: named in the title\n`);
  writeFileSync(join(ws.curation, 'top.yaml'), `case:\n  - case: ${someCase}\n    region: "420000"\n    reason: named in the title\n`);
  writeFileSync(join(ws.curation, 'UPPER.YAML'), 'sources:\n  - source: 004-556c2cbf0c3b394f\n    publisher: 人民政协网\n    reason: the page came from 人民政协网\n');
  writeFileSync(join(ws.curation, 'a.yaml'), `cases:\n  - case: ${someCase}\n    region: "420000"\n    reason: the provincial committee\n`);
  writeFileSync(join(ws.curation, 'b.yaml'), `cases:\n  - case: ${someCase}\n    region: "420100"\n    reason: read as 武汉市 by mistake\n`);
  writeFileSync(join(ws.curation, 'date.yaml'), 'sources:\n  - source: 002-1c5dea9eec081a1b\n    date: 2022-06-31\n    reason: a date that does not exist\n');

  faulty = await run('scripts/build.ts', [], ws.env);
  report = readJson(ws.report);
});

const problemFor = (file: string) => report.problems.filter((p) => p.file.endsWith(file)).map((p) => p.reason);

describe('a build with bad input', () => {
  it('still builds the whole site, and ends with one warning line that counts the problems', () => {
    expect(faulty.status, faulty.stderr.slice(-2000)).toBe(0);
    for (const f of ['index.html', '404.html', 'data/cases.json', 'pagefind/pagefind.js']) expect(existsSync(join(ws.dist, f)), f).toBe(true);
    expect(faulty.stderr).toMatch(/build: \d+ pages in .* WARNING: \d+ input problem\(s\), \d+ file\(s\) skipped/);
  });

  it('names each bad file with its reason', () => {
    expect(problemFor('sources/empty.txt')).toEqual(['empty file']);
    expect(problemFor('sources/blank.txt')).toEqual(['only whitespace, no text']);
    expect(problemFor('sources/report.txt')[0]).toMatch(/binary/);
    expect(problemFor('sources/002-copy.txt')).toEqual([`the same article as ${relative(ROOT, join(ws.sources, '002_1c5dea9eec081a1b.txt'))}; kept once, as 002-1c5dea9eec081a1b`]);
    expect(problemFor('sources/gone.txt')).toEqual(['a link to a file that does not exist']);
    expect(problemFor('sources/huge.txt')[0]).toMatch(/^too large: 3\.\d MB, the limit for one article is 2 MB$/);
    expect(problemFor('sources/x_y.txt')[0]).toMatch(/^its name gives the id x-y, which .*x-y\.txt has; it gets x-y-[0-9a-f]{8}$/);
    // Every line is printed too, one per problem, naming the file.
    for (const p of report.problems) expect(faulty.stderr).toContain(`${p.file}: ${p.reason}`);
  });

  it('reports curation mistakes by file and field, applies the valid decisions, and reports conflicts', () => {
    expect(problemFor('curation/typo.yaml')[0]).toMatch(/^cases\.0\.comittee: unknown key/);
    expect(problemFor('curation/top.yaml')).toEqual(['case: unknown section (a curation file has sources, cases, aliases, spans)']);
    expect(problemFor('curation/date.yaml')).toEqual(['sources.0.date: no such date in the calendar']);
    expect(problemFor('curation/b.yaml')[0]).toMatch(/region is "420000" in .*a\.yaml .* but "420100" here; this later one applies/);
    const sources = readJson<SourcesJson>(join(ws.dist, 'data/sources.json')).sources;
    expect(sources.find((s) => s.id === '004-556c2cbf0c3b394f')?.publisher).toBe('人民政协网');
    expect(sources.find((s) => s.id === '002-1c5dea9eec081a1b')?.date).not.toBe('2022-06-31');
  });

  it('loses nothing good: every readable article is in, once, long names and colliding names included', () => {
    const sources = readJson<SourcesJson>(join(ws.dist, 'data/sources.json')).sources;
    const files = sources.map((s) => s.file.split('/').pop()).sort();
    expect(files).toEqual(
      ['002_1c5dea9eec081a1b.txt', '004_556c2cbf0c3b394f.txt', 'ABC.txt', `${'a'.repeat(246)}.txt`, 'abc.txt', 'notice.txt', 'sports.txt', 'x-y.txt', 'x_y.txt', '委员abc.txt'].sort(),
    );
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    const cases = readJson<CasesJson>(join(ws.dist, 'data/cases.json')).cases;
    expect(cases.filter((c) => c.source.id === '002-1c5dea9eec081a1b')).toHaveLength(1);
  });

  it('keeps the ids of the articles and cases that were already there', () => {
    const cases = readJson<CasesJson>(join(ws.dist, 'data/cases.json')).cases.map((c) => c.id);
    for (const id of baseline.cases) expect(cases, id).toContain(id);
  });

  it('publishes nothing as explicit unless the text names the committee', () => {
    const cases = readJson<CasesJson>(join(ws.dist, 'data/cases.json')).cases;
    for (const c of cases.filter((x) => x.attribution.kind === 'explicit')) expect(`${c.title}\n${c.text}`, c.id).toMatch(/政协/);
  });

  it('fails under --strict, the same problems named', async () => {
    const strict = await run('scripts/ingest.ts', ['--strict', '--quiet'], ws.env);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/problem\(s\) and --strict/);
    expect(strict.stderr).toContain('empty.txt: empty file');
  });
});

describe('a build that dies', () => {
  let server: ServerHandle | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('killed midway, leaves the previous site in place, whole, and the server serves it', async () => {
    const before = snapshot(ws.dist);
    const parent = dirname(ws.dist);
    const staging = () => readdirSync(parent).filter((n) => n.startsWith('.site.staging-'));
    const build = start('scripts/build.ts', ['--quiet'], ws.env);
    await waitFor(() => staging().some((n) => readdirSync(join(parent, n)).length > 0), 300_000, 'the build to start writing its staging folder');
    process.kill(-build.child.pid!, 'SIGKILL');
    const killed = await build.done;
    expect(killed.signal).toBe('SIGKILL');

    expect(snapshot(ws.dist)).toEqual(before);
    server = await startServer({ root: ws.dist, port: 0 });
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('政协履职实践案例库');
    expect((await fetch(new URL('data/cases.json', server.url))).status).toBe(200);
  });

  it('failing while it indexes, leaves the previous site in place and says so', async () => {
    const before = snapshot(ws.dist);
    // (An empty cache of index parts: with the earlier build's parts kept, nothing would be indexed.)
    const broken = await run('scripts/build.ts', ['--quiet'], {
      ...ws.env,
      CASEBOOK_INDEX_CACHE: join(ws.dir, 'no-index-parts'),
      PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind',
      PAGEFIND_BINARY_PATH: '/nonexistent/pagefind',
    });
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toMatch(/build: astro build failed .*; .* is left as it was/);
    expect(snapshot(ws.dist)).toEqual(before);
  });

  it('the next build succeeds and clears what the dead ones left', async () => {
    const next = await run('scripts/build.ts', ['--quiet'], ws.env);
    expect(next.status, next.stderr.slice(-2000)).toBe(0);
    expect(readdirSync(dirname(ws.dist)).filter((n) => /^\.site\.(staging|old)-/.test(n))).toEqual([]);
    expect(statSync(join(ws.dist, 'index.html')).isFile()).toBe(true);
  });
});
