import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from './src/pipeline/classify/catalogue';
import { runPipeline } from './src/pipeline/run-pipeline';
const catalogue = loadCatalogue('src/content/functions.yaml', 'src/content/mechanisms.yaml');
const [base, committee] = process.argv.slice(2);
const book = runPipeline([{ file: `${base}.txt`, bytes: readFileSync(join('tests/fixtures/real', `${base}.txt`)) }], catalogue);
for (const c of book.cases) {
  if (committee && !c.committee.includes(committee)) continue;
  console.log('##', c.committee, c.region.code, '|', c.title);
  for (const f of c.functions) console.log('  ', f.id, f.score, f.terms.map((t) => `${t.term}×${t.count}`).join(' '));
  console.log('  body:', c.body.join('\n').slice(0, 600));
}
