import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCuration } from '../../../scripts/lib/curation';
import { loadCatalogue } from '../../../src/pipeline/classify/catalogue';
import { NO_CURATION, runPipeline } from '../../../src/pipeline/run-pipeline';
import type { CurationFile } from '../../../src/schemas';

export const root = resolve(import.meta.dirname, '../../..');
export const catalogue = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));
export const EMPTY_CURATION: CurationFile = NO_CURATION;

/** Run the whole pipeline in memory over the files of a folder, as `npm run ingest` does. */
export function runOn(dir: string, curation: CurationFile = EMPTY_CURATION) {
  const files = readdirSync(dir)
    .sort()
    .map((name) => ({ file: name, bytes: readFileSync(join(dir, name)) }));
  const book = runPipeline(files, catalogue, curation);
  return { ...book, failures: book.failures.map((f) => `${f.file}: ${f.reason}`) };
}

export const bundled = () => runOn(join(root, 'sources'), loadCuration(join(root, 'curation'), root).curation);
