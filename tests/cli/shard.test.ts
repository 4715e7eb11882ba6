import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, workspace } from './support';

// `npm run build -- --shard <province>`: one province's site from the same ingest, the way a
// national corpus is built as one job per province.
describe('npm run build -- --shard', () => {
  it('builds one province: its cases, their articles, its regions; no lessons', async () => {
    const ws = workspace('shard');
    for (const name of readdirSync(join(ROOT, 'sources'))) copyFileSync(join(ROOT, 'sources', name), join(ws.sources, name));
    // A lesson citing a case of another province would stop a shard build if lessons came along.
    writeFileSync(
      join(ws.lessons, 'national.mdx'),
      '---\ntitle: 全国课程\nsummary: 测试。\naudience: 测试\nduration: 约5分钟\nupdated: "2026-11-29"\n---\n\n<Case id="no-such-case" />\n',
    );
    const r = await run('scripts/build.ts', ['--quiet', '--shard', '13'], ws.env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/build: shard 河北省: \d+ of 33 cases, \d+ sources/);

    const cases = (JSON.parse(readFileSync(join(ws.dist, 'data/cases.json'), 'utf8')) as { cases: Array<{ region: { code: string | null } }> }).cases;
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBeLessThan(33);
    const sources = (JSON.parse(readFileSync(join(ws.dist, 'data/sources.json'), 'utf8')) as { sources: unknown[] }).sources;
    expect(r.stdout).toContain(`from ${sources.length} sources, ${cases.length} cases`);
    expect(cases.every((c) => c.region.code?.startsWith('13'))).toBe(true);
    const regions = readdirSync(join(ws.dist, 'regions')).filter((n) => /^\d{6}$/.test(n));
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((code) => code.startsWith('13'))).toBe(true);
    expect(existsSync(join(ws.dist, 'lessons/national'))).toBe(false);
    expect(readFileSync(join(ws.dist, 'index.html'), 'utf8')).toContain('河北省分册');
    expect(existsSync(join(ws.dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('refuses what is not a province code, and a province with no case, naming it', async () => {
    const ws = workspace('shard-bad');
    copyFileSync(join(ROOT, 'sources/002_1c5dea9eec081a1b.txt'), join(ws.sources, 'a.txt'));
    const bad = await run('scripts/build.ts', ['--quiet', '--shard', '4401'], ws.env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--shard 4401 is not a province's GB/T 2260 code");
    const empty = await run('scripts/build.ts', ['--quiet', '--shard', '65'], ws.env);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/no case is placed in 新疆维吾尔自治区 \(650000\)/);
    expect(existsSync(ws.dist)).toBe(false);
  });
});
