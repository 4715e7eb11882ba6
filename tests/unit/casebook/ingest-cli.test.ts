import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './pipeline-support';

const tsx = join(root, 'node_modules/.bin/tsx');
function ingest(args: string[], env: Record<string, string>) {
  const r = spawnSync(tsx, ['scripts/ingest.ts', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run ingest', () => {
  it('reports bad files by name and reason, processes the rest, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0xfe, 0x01]));
    const good = join(root, 'tests/fixtures/articles/guangzhou-single.gbk.txt');
    const out = join(dir, 'out');
    const r = ingest([join(dir, 'empty.txt'), join(dir, 'binary.txt'), good], { CASEBOOK_OUT: out, CASEBOOK_CURATION: join(dir, 'none'), CASEBOOK_REPORT: join(dir, 'report.json') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty file \(skipped\)/);
    expect(r.stderr).toMatch(/binary\.txt: .*binary.*\(skipped\)/i);
    expect(r.stdout).toMatch(/1 sources .* 1 cases.* 2 failed/);
    expect(readdirSync(join(out, 'cases'))).toHaveLength(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.failures.map((f: { file: string }) => f.file.split('/').pop())).toEqual(['empty.txt', 'binary.txt']);
  });

  it('changes nothing when run twice, and reports a curation that points at nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-twice-'));
    mkdirSync(join(dir, 'curation'));
    writeFileSync(
      join(dir, 'curation/gone.yaml'),
      'cases:\n  - case: no-such-case\n    region: "110102"\n    reason: a case that was removed since\n',
    );
    const env = { CASEBOOK_OUT: join(dir, 'out'), CASEBOOK_CURATION: join(dir, 'curation'), CASEBOOK_REPORT: join(dir, 'r.json') };
    const first = ingest(['--quiet'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/5 sources .* 33 cases/);
    expect(first.stderr).toMatch(/curation points at nothing: case no-such-case/);
    const second = ingest(['--quiet'], env);
    expect(second.stdout).toMatch(/5 sources \(5 from cache\), 33 cases, .* 0 files written/);
  });

  it('stops before writing anything when a curation file is invalid, naming file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-badcur-'));
    mkdirSync(join(dir, 'curation'));
    writeFileSync(join(dir, 'curation/bad.yaml'), 'cases:\n  - case: x\n    region: "1101"\n    reason: too short a code\n');
    const r = ingest(['--quiet'], { CASEBOOK_OUT: join(dir, 'out'), CASEBOOK_CURATION: join(dir, 'curation'), CASEBOOK_REPORT: join(dir, 'r.json') });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml: invalid data\n\s+- cases\.0\.region: expected a six-digit GB\/T 2260 code/);
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
  });
});
