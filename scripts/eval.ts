/**
 * `npm run eval [-- --dir tests/fixtures/real] [--out reports/eval.md] [--quiet]`: the real pipeline
 * on the development set of real articles, scored against the answer keys (scripts/lib/eval.ts).
 * Prints one line per article and the totals, and writes reports/eval.md with every miss and its
 * reason, and reports/eval.json with the totals.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { loadCatalogue } from '../src/pipeline/classify/catalogue';
import { assignSourceIds } from '../src/pipeline/article/source-id';
import { NO_CURATION, runPipeline } from '../src/pipeline/run-pipeline';
import { parseWithFriendlyErrors, type CurationFile } from '../src/schemas';
import { answerKeySchema, evalMarkdown, scoreArticle, totals, type AnswerKey, type ArticleScore } from './lib/eval';
import { buildCases } from '../src/pipeline/cases/build-cases';
import type { Case } from '../src/schemas';
import { ROOT } from './lib/paths';
import { formatTable } from './lib/table';

export const DEV_SET = join(ROOT, 'tests/fixtures/real');

export interface EvaluateOptions {
  /** Stands in for buildCases (an observer around it, as npm run fit:functions uses). */
  build?: typeof buildCases;
  /** Told each article's score with the cases it was scored on. */
  onArticle?: (score: ArticleScore, cases: readonly Case[], key: AnswerKey) => void;
}

/** Score every article of `dir` (pairs of `<base>.txt` and `<base>.yaml`). */
export function evaluate(dir = DEV_SET, options: EvaluateOptions = {}): ArticleScore[] {
  const catalogue = loadCatalogue(join(ROOT, 'src/content/functions.yaml'), join(ROOT, 'src/content/mechanisms.yaml'));
  const bases = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.slice(0, -5))
    .sort();
  return bases.map((base) => {
    const keyFile = join(dir, `${base}.yaml`);
    const key = parseWithFriendlyErrors(answerKeySchema, parseYaml(readFileSync(keyFile, 'utf8')), relative(ROOT, keyFile));
    // Each article on its own, as if it were the only one dropped into sources/, with the address
    // it was collected from recorded as a person records one (a source curation's `url`). The
    // answer key's other fields never reach the pipeline.
    const file = `${base}.txt`;
    const id = assignSourceIds([file]).ids.get(file)!;
    const curation: CurationFile = { ...NO_CURATION, sources: [{ source: id, url: key.url, reason: '收集时记录的原文网址。' }] };
    const book = runPipeline([{ file, bytes: readFileSync(join(dir, file)) }], catalogue, curation, options.build);
    const score = scoreArticle(base, key, book.sources[0] ?? null, book.cases);
    options.onArticle?.(score, book.cases, key);
    return score;
  });
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } } });
  const scores = evaluate(values.dir ? resolve(values.dir) : DEV_SET);
  const out = resolve(values.out ?? join(ROOT, 'reports/eval.md'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, evalMarkdown(scores) + '\n');
  const t = totals(scores);
  writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify(t, null, 2) + '\n');
  if (!values.quiet) {
    const rows = scores.map((s) => [
      s.base,
      String(s.expected.length),
      String(s.expected.filter((e) => e.verdict === 'right').length),
      String(s.expected.filter((e) => e.verdict !== 'right').length),
      String(s.extra.length),
      String(s.extra.filter((x) => x.visited).length),
      String(s.furnitureTitles.length),
    ]);
    console.log(formatTable(['article', 'expected', 'right', 'missed', 'extra', 'visited', 'furniture'], rows));
  }
  const pct = t.expected ? ((100 * t.right) / t.expected).toFixed(1) : '0';
  console.log(
    `eval: ${t.right} of ${t.expected} expected cases right (${pct} %), ${t.missed} missed, ${t.wrongRegion} wrong region, ` +
      `${t.wrongFunction} wrong function; ${t.extra} extra cases (${t.visitedMadeCases} visited/partner committees); ` +
      `${t.furnitureTitles} furniture titles. Report: ${relative(ROOT, out)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
