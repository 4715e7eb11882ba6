import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Build-time check of the casebook components in lessons (MDX): every <Case id>, <Compare ids>,
 * <MechanismTable id> and <Figure case mechanism> must name a case or mechanism the casebook has,
 * and a <Figure> a case with a figure to show. A dangling id fails the build with the file, line
 * and what is wrong (src/integrations/casebook.ts runs this before Astro renders a page), because
 * a lesson that silently lost a case would mislead a class.
 *
 * The lessons are read as text rather than through a remark plugin: Astro 7 compiles MDX with a
 * processor that runs no remark plugins, and a scan of the component tags (outside code) is all
 * the check needs. The lesson page uses the same scan to list the cases a lesson cites.
 */
export const LESSON_COMPONENTS = ['Case', 'Compare', 'MechanismTable', 'Figure'] as const;
export type LessonComponent = (typeof LESSON_COMPONENTS)[number];

/** A component's opening (or self-closing) tag; attribute values may hold `>` inside quotes or braces. */
const componentTag = () => new RegExp(`<(${LESSON_COMPONENTS.join('|')})\\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)>`, 'g');

export interface ComponentUse {
  name: LessonComponent;
  /** 1-based line of the tag in the file. */
  line: number;
  /** Attribute values as lists of strings (`id="x"` gives [x], `ids={["a", "b"]}` gives [a, b]); null when not literal. */
  attributes: Map<string, string[] | null>;
}

/** Fenced code and inline code are examples, not uses: blanked out, keeping line numbers. */
function withoutCode(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

function literalStrings(expression: string): string[] | null {
  const source = expression.trim();
  // Only literals are checkable (and a lesson has no reason to compute an id).
  if (!/^\[?\s*(?:(?:"[^"]*"|'[^']*')\s*,?\s*)*\]?$/.test(source)) return null;
  return [...source.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]);
}

export function scanLesson(source: string): ComponentUse[] {
  const text = withoutCode(source);
  const uses: ComponentUse[] = [];
  const tag = componentTag();
  for (const m of text.matchAll(tag)) {
    const attributes = new Map<string, string[] | null>();
    for (const a of m[2].matchAll(/([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)) {
      attributes.set(a[1], a[4] !== undefined ? literalStrings(a[4]) : [a[2] ?? a[3]]);
    }
    uses.push({ name: m[1] as LessonComponent, line: text.slice(0, m.index).split('\n').length, attributes });
  }
  return uses;
}

/**
 * A lesson's own words as plain text (what search indexes of it): no frontmatter, code, component
 * tags or Markdown marks. The case text its components show is the cases', not the lesson's.
 */
export function lessonProse(source: string): string {
  const tag = componentTag();
  return withoutCode(source.replace(/^---\n[\s\S]*?\n---\n/, ''))
    .replace(tag, ' ')
    .replace(/^\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** What the check needs of the casebook: case ids with their figures and mechanisms, mechanism ids. */
export interface CasebookIndex {
  cases: Map<string, { figures: unknown[]; mechanisms: Array<{ id: string }> }>;
  mechanisms: Set<string>;
}

/** The case and mechanism ids of a content tree (cases/<id>.json, mechanisms.json). */
export function readCasebookIndex(contentDir: string): CasebookIndex {
  const cases: CasebookIndex['cases'] = new Map();
  const casesDir = join(contentDir, 'cases');
  if (existsSync(casesDir)) {
    for (const name of readdirSync(casesDir)) {
      if (!name.endsWith('.json')) continue;
      const c = JSON.parse(readFileSync(join(casesDir, name), 'utf8')) as { id: string; figures?: unknown[]; mechanisms?: Array<{ id: string }> };
      cases.set(c.id, { figures: c.figures ?? [], mechanisms: c.mechanisms ?? [] });
    }
  }
  const file = join(contentDir, 'mechanisms.json');
  const mechanisms = new Set(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string }>).map((m) => m.id) : []);
  return { cases, mechanisms };
}

/** Problems with one component use, in words for the lesson's author. */
export function checkUse(use: ComponentUse, book: CasebookIndex): string[] {
  const problems: string[] = [];
  const cases = (name: string, list = false): string[] => {
    const ids = use.attributes.get(name);
    if (ids === undefined) problems.push(`needs ${name}=${list ? '{["case id", …]}' : '"case id"'}`);
    else if (ids === null) problems.push(`${name} must be written as ${list ? 'a list of quoted ids' : 'a quoted id'}`);
    else for (const id of ids) if (!book.cases.has(id)) problems.push(`names case "${id}", which is not in the casebook (ids are listed in /data/cases.json)`);
    return ids ?? [];
  };
  const mechanism = (required: boolean): string | undefined => {
    const ids = use.attributes.get(required ? 'id' : 'mechanism');
    if (ids === undefined) {
      if (required) problems.push('needs id="mechanism id"');
      return undefined;
    }
    if (ids === null || ids.length !== 1) {
      problems.push(`${required ? 'id' : 'mechanism'} must be one quoted mechanism id`);
      return undefined;
    }
    if (!book.mechanisms.has(ids[0])) problems.push(`names mechanism "${ids[0]}", which is not in the catalogue (src/content/mechanisms.yaml)`);
    return ids[0];
  };
  switch (use.name) {
    case 'Case':
      cases('id');
      break;
    case 'Compare': {
      const ids = cases('ids', true);
      if (ids.length && (ids.length < 2 || ids.length > 4)) problems.push(`compares ${ids.length} case(s); it takes 2 to 4`);
      break;
    }
    case 'MechanismTable':
      mechanism(true);
      break;
    case 'Figure': {
      const [id] = cases('case');
      const m = mechanism(false);
      const c = id ? book.cases.get(id) : undefined;
      if (c && !c.figures.length) problems.push(`case "${id}" has no figure to show`);
      if (c && m && book.mechanisms.has(m) && !c.mechanisms.some((x) => x.id === m)) problems.push(`case "${id}" does not run mechanism "${m}"`);
      break;
    }
  }
  return problems;
}

/** The case ids a lesson cites, in order of first use (for the lesson's "全部加入讲义"). */
export function citedCases(source: string): string[] {
  const key: Record<LessonComponent, string | null> = { Case: 'id', Compare: 'ids', Figure: 'case', MechanismTable: null };
  return [...new Set(scanLesson(source).flatMap((u) => (key[u.name] ? (u.attributes.get(key[u.name]!) ?? []) : [])))];
}

export class LessonReferenceError extends Error {}

/** Every problem of every lesson in `lessonsDir`, as `file:line: <Component> problem`. */
export function lessonProblems(lessonsDir: string, contentDir: string, root: string): string[] {
  if (!existsSync(lessonsDir)) return [];
  const files = readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx')).sort();
  if (!files.length) return [];
  const book = readCasebookIndex(contentDir);
  return files.flatMap((f) => {
    const path = join(lessonsDir, f);
    const shown = relative(root, path).startsWith('..') ? path : relative(root, path);
    return scanLesson(readFileSync(path, 'utf8')).flatMap((use) =>
      checkUse(use, book).map((p) => `${shown}:${use.line}: <${use.name}> ${p}`),
    );
  });
}

/** Throws one error listing every problem, so an author fixes them all in one go. */
export function assertLessonReferences(lessonsDir: string, contentDir: string, root: string): void {
  const problems = lessonProblems(lessonsDir, contentDir, root);
  if (problems.length) throw new LessonReferenceError(`lessons name what the casebook does not have:\n  ${problems.join('\n  ')}`);
}
