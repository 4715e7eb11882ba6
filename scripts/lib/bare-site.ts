import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/**
 * The baseline `npm run bench` compares the casebook's build with: a bare Astro site of one page
 * per case (its title and paragraphs, nothing else) indexed by the stock Pagefind CLI. What the
 * same case texts cost with no casebook at all: the casebook's build is measured against it.
 *
 * Written into `dir` as a project of its own that uses this project's node_modules (symlinked).
 */
export interface BareCase {
  id: string;
  title: string;
  paragraphs: string[];
}

/**
 * `parts`: the pages are spread over that many top folders (`p0/`, `p1/` …, case by case in turn), so
 * that Pagefind can also be run on each part alone (`--glob 'p0/**'`) and its memory measured per part.
 */
export function writeBareSite(dir: string, cases: readonly BareCase[], parts = 1): void {
  mkdirSync(join(dir, 'src/pages/[part]'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
  writeFileSync(
    join(dir, 'src/pages/[part]/[id].astro'),
    `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const cases = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'cases.json'))}, 'utf8'));
  return cases.map((c, i) => ({ params: { part: 'p' + (i % ${parts}), id: c.id }, props: { c } }));
}
const { c } = Astro.props;
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{c.title}</title></head>
  <body><main><h1>{c.title}</h1>{c.paragraphs.map((p) => <p>{p}</p>)}</main></body>
</html>
`,
  );
}
