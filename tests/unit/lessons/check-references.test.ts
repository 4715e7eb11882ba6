import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkUse, citedCases, lessonProblems, scanLesson, type CasebookIndex } from '../../../src/lib/lessons/check-references';
import { bundled, catalogue, root } from '../casebook/pipeline-support';

const book: CasebookIndex = {
  cases: new Map([
    ['a-1', { figures: [{}], mechanisms: [{ id: 'committee-studio' }] }],
    ['b-2', { figures: [], mechanisms: [] }],
    ['c-3', { figures: [{}], mechanisms: [] }],
  ]),
  mechanisms: new Set(['committee-studio', 'temporary-party-branch']),
};
const problems = (mdx: string) => scanLesson(mdx).flatMap((u) => checkUse(u, book).map((p) => `${u.line}: <${u.name}> ${p}`));

describe('the casebook components in a lesson', () => {
  it('are found with their line, attributes and literal lists, across lines', () => {
    const uses = scanLesson('---\ntitle: x\n---\n\n文字 <Case id="a-1" />\n\n<Compare\n  ids={["a-1", \'b-2\']}\n  caption="对比 > 两地"\n/>\n');
    expect(uses.map((u) => [u.name, u.line, Object.fromEntries(u.attributes)])).toEqual([
      ['Case', 5, { id: ['a-1'] }],
      ['Compare', 7, { ids: ['a-1', 'b-2'], caption: ['对比 > 两地'] }],
    ]);
  });

  it('in code are examples, not uses', () => {
    expect(scanLesson('用法：`<Case id="zz" />`\n\n```mdx\n<Case id="zz" />\n```\n<Case id="a-1" />')).toHaveLength(1);
    expect(scanLesson('```\n<Case id="zz" />\n```\n\n<Case id="a-1" />')[0].line).toBe(5);
  });

  it('must name cases and mechanisms the casebook has', () => {
    expect(problems('<Case id="a-1" />\n<Case id="gone" />\n<MechanismTable id="no-such" />\n<MechanismTable id="committee-studio" limit={3} />')).toEqual([
      '2: <Case> names case "gone", which is not in the casebook (ids are listed in /data/cases.json)',
      '3: <MechanismTable> names mechanism "no-such", which is not in the catalogue (src/content/mechanisms.yaml)',
    ]);
  });

  it('compare two to four cases, written as literals', () => {
    expect(problems('<Compare ids={["a-1"]} />')).toEqual(['1: <Compare> compares 1 case(s); it takes 2 to 4']);
    expect(problems('<Compare ids={ids} />')).toEqual(['1: <Compare> ids must be written as a list of quoted ids']);
    expect(problems('<Compare />')).toEqual(['1: <Compare> needs ids={["case id", …]}']);
  });

  it('show a figure only from a case that has one, for a mechanism it runs', () => {
    expect(problems('<Figure case="a-1" mechanism="committee-studio" />')).toEqual([]);
    expect(problems('<Figure case="b-2" />')).toEqual(['1: <Figure> case "b-2" has no figure to show']);
    expect(problems('<Figure case="c-3" mechanism="committee-studio" />')).toEqual(['1: <Figure> case "c-3" does not run mechanism "committee-studio"']);
  });

  it('give the cases a lesson cites, in order of first use', () => {
    expect(citedCases('<Figure case="c-3" />\n<Compare ids={["a-1", "c-3"]} />\n<MechanismTable id="committee-studio" />\n<Case id="b-2" />')).toEqual(['c-3', 'a-1', 'b-2']);
  });
});

/** A folder for one test, removed when it ends. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-lessons-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the lessons shipped with the casebook', () => {
  it('cite only cases and mechanisms of the bundled corpus', () => {
    // The content tree ingest would write, as the build checks it.
    const dir = tempDir();
    mkdirSync(join(dir, 'cases'));
    for (const c of bundled().cases) writeFileSync(join(dir, 'cases', `${c.id}.json`), JSON.stringify(c));
    writeFileSync(join(dir, 'mechanisms.json'), JSON.stringify(catalogue.mechanisms));
    const lessons = join(root, 'src/content/lessons');
    expect(readdirSync(lessons).filter((f) => f.endsWith('.mdx')).length).toBeGreaterThanOrEqual(2);
    expect(lessonProblems(lessons, dir, root)).toEqual([]);
    for (const f of readdirSync(lessons)) expect(citedCases(readFileSync(join(lessons, f), 'utf8')).length, f).toBeGreaterThanOrEqual(4);
  });

  it('report a dangling id with the file and line', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'content', 'cases'), { recursive: true });
    mkdirSync(join(dir, 'lessons'));
    writeFileSync(join(dir, 'content', 'mechanisms.json'), '[]');
    writeFileSync(join(dir, 'lessons', 'x.mdx'), '---\ntitle: x\n---\n\n<Case id="gone-1" />\n');
    expect(lessonProblems(join(dir, 'lessons'), join(dir, 'content'), dir)).toEqual([
      'lessons/x.mdx:5: <Case> names case "gone-1", which is not in the casebook (ids are listed in /data/cases.json)',
    ]);
  });
});
