/**
 * `npm run fit:functions [-- --dir tests/fixtures/real] [--folds 5] [--agree 4] [--estimate]`: which
 * weights of the function catalogue (src/content/functions.yaml) the development set asks to move.
 *
 * Runs the pipeline on every article as `npm run eval` does, keeps for each expected case found in
 * its region the words its functions were ranked by, and proposes the changes that fold after fold
 * of the set agree on (scripts/lib/fit-weights.ts). It writes nothing: a person reads the
 * proposals, edits the catalogue with a reason beside each weight, and runs `npm run eval`.
 * `--estimate` adds what the procedure gains on articles it did not fit (about five times slower).
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { buildCases } from '../src/pipeline/cases/build-cases';
import { loadCatalogue, weightedTerms } from '../src/pipeline/classify/catalogue';
import { TITLE_FACTOR, type FunctionEvidence } from '../src/pipeline/classify/classify-functions';
import { DEV_SET, evaluate } from './eval';
import { applyChanges, countRight, estimate, mainFunction, stableChanges, weightKey, type EvidenceRow, type WeightKey } from './lib/fit-weights';
import { ROOT } from './lib/paths';
import { formatTable } from './lib/table';

/** A case's evidence as a row: catalogue words feed their weights, other votes are fixed points. */
export function evidenceRow(evidence: FunctionEvidence | null, accept: readonly string[], group: string, fallback: string | null): EvidenceRow {
  const counts = new Map<WeightKey, number>();
  const fixed = new Map<string, number>();
  for (const [word, byFn] of evidence?.votes ?? []) {
    const n = (evidence!.body.get(word) ?? 0) + TITLE_FACTOR * (evidence!.title.get(word) ?? 0);
    const own = evidence!.catalogueVotes.get(word);
    for (const [fn, weight] of byFn) {
      if (own?.get(fn) === weight) counts.set(weightKey(word, fn), n);
      else fixed.set(fn, (fixed.get(fn) ?? 0) + weight * n);
    }
  }
  return { group, accept, counts, fixed, fallback };
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, folds: { type: 'string' }, agree: { type: 'string' }, estimate: { type: 'boolean' } } });
  const folds = Number(values.folds ?? 5);
  const agree = Number(values.agree ?? folds - 1);
  if (!(folds >= 2 && agree >= 1 && agree <= folds)) throw new Error(`fit:functions: --folds must be 2 or more and --agree between 1 and --folds (got ${folds}, ${agree})`);
  const catalogue = loadCatalogue(join(ROOT, 'src/content/functions.yaml'), join(ROOT, 'src/content/mechanisms.yaml'));
  const functions = catalogue.functions.map((f) => ({ id: f.id, order: f.order }));
  const fallback = catalogue.functions.find((f) => f.fallback)?.id ?? null;
  const start = new Map<WeightKey, number>();
  for (const f of catalogue.functions) for (const t of weightedTerms(f)) start.set(weightKey(t.term, f.id), t.weight);

  const evidence = new Map<string, FunctionEvidence | null>();
  const rows: EvidenceRow[] = [];
  let differ = 0;
  let articles = 0;
  evaluate(values.dir ? resolve(values.dir) : DEV_SET, {
    build: (source, ctx) => buildCases(source, { ...ctx, observeFunctions: (id, e) => evidence.set(id, e) }),
    onArticle: (score, cases, key) => {
      articles++;
      if (articles % 1000 === 0) console.error(`fit:functions: ${articles} articles read`);
      score.expected.forEach((e, i) => {
        if ((e.verdict !== 'right' && e.verdict !== 'wrong-function') || !e.found) return;
        const found = cases.find((c) => c.id === e.found!.id)!;
        const row = evidenceRow(evidence.get(found.id) ?? null, key.cases[i].functions, score.base, found.functions[0]?.id ?? fallback);
        // The rows must rank as the pipeline did, or the fit is of something else.
        if (mainFunction(row, start, functions) !== (found.functions[0]?.id ?? null)) differ++;
        rows.push(row);
      });
      evidence.clear();
    },
  });
  const now = countRight(rows, start, functions);
  console.log(`fit:functions: ${articles} articles, ${rows.length} expected cases found in their region, ${now} with an accepted main function${differ ? `; ${differ} rows rank otherwise than the pipeline did` : ''}`);

  const changes = stableChanges(rows, start, functions, folds, agree);
  const after = countRight(rows, applyChanges(start, changes), functions);
  const table = changes.map((c) => {
    const [term, fn] = c.key.split('\t');
    return [term, fn, String(c.from), c.to === 0 ? '0 (remove)' : String(c.to), `${c.agreeing} of ${folds}`, String(c.rows)];
  });
  console.log(formatTable(['term', 'function', 'weight', 'proposed', 'folds agreeing', 'cases with it'], table));
  console.log(`fit:functions: ${changes.length} changes; on the cases they were fitted on: ${now} -> ${after} right (${after - now >= 0 ? '+' : ''}${after - now})`);
  if (values.estimate) {
    const e = estimate(rows, start, functions, folds, agree);
    console.log(`fit:functions: on articles left out of each fit: ${e.before} -> ${e.after} (${e.after - e.before >= 0 ? '+' : ''}${e.after - e.before}); by fold ${e.perFold.map((p) => `${p.after - p.before >= 0 ? '+' : ''}${p.after - p.before}`).join(', ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
