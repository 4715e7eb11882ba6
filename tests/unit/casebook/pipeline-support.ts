import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCuration } from '../../../scripts/lib/curation';
import { buildCasebook } from '../../../src/pipeline/build-casebook';
import { loadCatalogue } from '../../../src/pipeline/catalogue';
import { isKnownPlaceName } from '../../../src/pipeline/gazetteer';
import { ingestSource } from '../../../src/pipeline/ingest-source';
import { sourceIdFromFile } from '../../../src/pipeline/source-id';
import { addAliases } from '../../../src/pipeline/catalogue';
import type { CurationFile, Source } from '../../../src/schemas';

export const root = resolve(import.meta.dirname, '../../..');
export const catalogue = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));
export const EMPTY_CURATION: CurationFile = { sources: [], cases: [], aliases: [], spans: [] };

/** Run the whole pipeline in memory over the files of a folder, as `npm run ingest` does. */
export function runOn(dir: string, curation: CurationFile = EMPTY_CURATION) {
  const sources: Source[] = [];
  const failures: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    const outcome = ingestSource(bytes, name, sourceIdFromFile(name), { knownPlace: isKnownPlaceName });
    if (outcome.ok) sources.push(outcome.source);
    else failures.push(`${name}: ${outcome.reason}`);
  }
  const merged = { ...catalogue, mechanisms: addAliases(catalogue.mechanisms, curation.aliases).mechanisms };
  return { ...buildCasebook(sources, merged, curation), failures };
}

export const bundled = () => runOn(join(root, 'sources'), loadCuration(join(root, 'curation'), root).curation);
