import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, workspace } from './support';

// Lessons cite cases by id. A lesson whose case is gone (a typo, or an article removed or
// re-segmented since it was written) must stop the build with the lesson's file and line, and the
// last good site must stay in place.
const ws = workspace('lessons');
const SOURCE = '002_1c5dea9eec081a1b.txt';
const casesOf = () => (JSON.parse(readFileSync(join(ws.dist, 'data/cases.json'), 'utf8')) as { cases: Array<{ id: string }> }).cases.map((c) => c.id);
const lesson = (body: string) => `---\ntitle: 测试课程\nsummary: 测试。\naudience: 测试\nduration: 约5分钟\nupdated: "2026-11-29"\n---\n\n## 案例\n\n${body}\n`;

let caseId: string;
beforeAll(async () => {
  copyFileSync(join(ROOT, 'sources', SOURCE), join(ws.sources, SOURCE));
  const first = await run('scripts/build.ts', ['--quiet'], ws.env);
  expect(first.status, first.stderr).toBe(0);
  [caseId] = casesOf();
});

describe('lessons in the build', () => {
  it('build into a lesson page, listed and searchable', async () => {
    writeFileSync(join(ws.lessons, 'good.mdx'), lesson(`<Case id="${caseId}" />\n\n<Figure case="${caseId}" />`));
    const r = await run('scripts/build.ts', ['--quiet'], ws.env);
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(join(ws.dist, 'lessons/good/index.html'), 'utf8');
    expect(page).toContain('测试课程');
    expect(page).toContain(`href="/cases/${caseId}/"`);
    expect(readFileSync(join(ws.dist, 'lessons/index.html'), 'utf8')).toContain('href="/lessons/good/"');
    expect(page).toMatch(/data-pagefind-filter="type\[content\]" content="lesson"/);
  });

  it('stop at a dangling case id, naming the file and line, and keep the last site', async () => {
    writeFileSync(join(ws.lessons, 'bad.mdx'), lesson(`<Case id="${caseId}" />\n\n<Compare ids={["${caseId}", "no-such-case"]} />`));
    const before = readFileSync(join(ws.dist, 'index.html'));
    const r = await run('scripts/build.ts', ['--quiet'], ws.env);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('bad.mdx:13: <Compare> names case "no-such-case", which is not in the casebook');
    expect(r.stderr).toMatch(/build: astro build failed .* is left as it was/);
    expect(readFileSync(join(ws.dist, 'index.html'))).toEqual(before);
    rmSync(join(ws.lessons, 'bad.mdx'));
  });

  it('stop when the article a lesson cites is removed from the casebook', async () => {
    rmSync(join(ws.sources, SOURCE));
    const r = await run('scripts/build.ts', ['--quiet'], ws.env);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(`good.mdx:11: <Case> names case "${caseId}", which is not in the casebook`);
    expect(existsSync(join(ws.dist, 'lessons/good/index.html'))).toBe(true);
  });
});
