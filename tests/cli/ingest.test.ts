import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, workspace, type Workspace } from './support';

const bundled = (name: string) => join(ROOT, 'sources', name);

describe('npm run ingest', () => {
  it('reports bad files by name and reason, processes the rest, and fails only when strict', async () => {
    const ws = workspace('ingest-bad');
    writeFileSync(join(ws.sources, 'empty.txt'), '');
    writeFileSync(join(ws.sources, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0xfe, 0x01]));
    copyFileSync(join(ROOT, 'tests/fixtures/articles/guangzhou-single.gbk.txt'), join(ws.sources, 'guangzhou.txt'));

    const r = await run('scripts/ingest.ts', [], ws.env);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/sources\/empty\.txt: empty file \(skipped\)/);
    expect(r.stderr).toMatch(/sources\/binary\.txt: .*binary.*\(skipped\)/i);
    expect(r.stdout).toMatch(/1 sources .* 1 cases.* 2 failed/);
    expect(readdirSync(join(ws.content, 'cases'))).toHaveLength(1);
    const report = JSON.parse(readFileSync(ws.report, 'utf8'));
    expect(report.failures.map((f: { file: string }) => f.file.split('/').pop())).toEqual(['binary.txt', 'empty.txt']);

    const strict = await run('scripts/ingest.ts', ['--strict'], ws.env);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/2 problem\(s\) and --strict/);
  });

  it('changes nothing when run twice, and reports a curation that points at nothing', async () => {
    const ws = workspace('ingest-twice');
    for (const name of readdirSync(join(ROOT, 'sources'))) copyFileSync(bundled(name), join(ws.sources, name));
    writeFileSync(join(ws.curation, 'gone.yaml'), 'cases:\n  - case: no-such-case\n    region: "110102"\n    reason: a case that was removed since\n');
    const first = await run('scripts/ingest.ts', ['--quiet'], ws.env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/5 sources .* 33 cases/);
    expect(first.stderr).toMatch(/curation points at nothing: case no-such-case|points at nothing: case no-such-case/);
    const second = await run('scripts/ingest.ts', ['--quiet'], ws.env);
    expect(second.stdout).toMatch(/5 sources \(5 from cache\), 33 cases, .* 0 files written/);
  });

  it('reports each invalid curation entry by file and field, and applies the valid ones', async () => {
    const ws = workspace('ingest-badcur');
    copyFileSync(bundled('002_1c5dea9eec081a1b.txt'), join(ws.sources, '002_1c5dea9eec081a1b.txt'));
    const caseId = '002-1c5dea9eec081a1b-';
    writeFileSync(
      join(ws.curation, 'bad.yaml'),
      [
        'cases:',
        '  - case: x',
        '    region: "1101"',
        '    reason: too short a code',
        'sources:',
        '  - source: 002-1c5dea9eec081a1b',
        '    publisher: 人民政协网',
        '    reason: the page was found on 人民政协网',
        '',
      ].join('\n'),
    );
    const r = await run('scripts/ingest.ts', ['--quiet'], ws.env);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/bad\.yaml: cases\.0\.region: expected a six-digit GB\/T 2260 code/);
    const cases = readdirSync(join(ws.content, 'cases'));
    expect(cases.every((n) => n.startsWith(caseId))).toBe(true);
    const source = JSON.parse(readFileSync(join(ws.content, 'sources', '002-1c5dea9eec081a1b.json'), 'utf8'));
    expect(source.publisher).toBe('人民政协网');
  });
});

describe('npm run ingest on worker threads', () => {
  // Every file the run wrote, with the workspace's own folder name (in `file` fields) made neutral.
  const listing = (ws: Workspace): Record<string, string> =>
    Object.fromEntries(
      ['sources', 'cases', 'regions'].flatMap((sub) =>
        readdirSync(join(ws.content, sub)).map((name) => [
          `${sub}/${name}`,
          readFileSync(join(ws.content, sub, name), 'utf8').replaceAll(basename(ws.dir), 'workspace'),
        ]),
      ),
    );

  it('writes the same content and reports the same bad files as on one thread', async () => {
    const one = workspace('ingest-one-thread');
    const two = workspace('ingest-two-threads');
    for (const ws of [one, two]) {
      for (const name of readdirSync(join(ROOT, 'sources'))) copyFileSync(bundled(name), join(ws.sources, name));
      for (const name of readdirSync(join(ROOT, 'tests/fixtures/articles'))) copyFileSync(join(ROOT, 'tests/fixtures/articles', name), join(ws.sources, name));
      writeFileSync(join(ws.sources, 'empty.txt'), '');
    }
    const [a, b] = await Promise.all([
      run('scripts/ingest.ts', ['--quiet'], { ...one.env, CASEBOOK_THREADS: '1' }),
      run('scripts/ingest.ts', ['--quiet'], { ...two.env, CASEBOOK_THREADS: '2' }),
    ]);
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(b.stderr).toMatch(/sources\/empty\.txt: empty file \(skipped\)/);
    const summary = (out: string) => out.replace(/\d+ ms\. Report: .*/, '');
    expect(summary(b.stdout)).toBe(summary(a.stdout));
    const cases = readdirSync(join(two.content, 'cases'));
    expect(cases.length).toBeGreaterThan(33);
    expect(listing(two)).toEqual(listing(one));
  });
});
