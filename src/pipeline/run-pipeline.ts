import type { CurationFile } from '../schemas';
import { buildCasebook, type Casebook } from './cases/build-casebook';
import { buildCases } from './cases/build-cases';
import { addAliases, type Catalogue } from './classify/catalogue';
import { findDuplicates } from './article/find-duplicates';
import { isKnownPlaceName } from './regions/gazetteer';
import { ingestSource } from './article/ingest-source';
import { assignSourceIds } from './article/source-id';

export const NO_CURATION: CurationFile = { sources: [], cases: [], aliases: [], spans: [] };

/**
 * The whole pipeline in memory, from raw bytes to the casebook, as `npm run ingest` runs it but
 * without its cache and files: ids, decoding and repair, duplicates, cases, curation. Used by the
 * development-set evaluation and by tests. `build` stands in for buildCases (an observer around it).
 */
export function runPipeline(
  files: ReadonlyArray<{ file: string; bytes: Uint8Array }>,
  catalogue: Catalogue,
  curation: CurationFile = NO_CURATION,
  build: typeof buildCases = buildCases,
): Casebook & { failures: Array<{ file: string; reason: string }> } {
  const { ids } = assignSourceIds(files.map((f) => f.file));
  const failures: Array<{ file: string; reason: string }> = [];
  const sources = files.flatMap(({ file, bytes }) => {
    const outcome = ingestSource(bytes, file, ids.get(file)!, { knownPlace: isKnownPlaceName });
    if (outcome.ok) return [outcome.source];
    failures.push({ file, reason: outcome.reason });
    return [];
  });
  const left = new Set(findDuplicates(sources).map((d) => d.id));
  const merged: Catalogue = { ...catalogue, mechanisms: addAliases(catalogue.mechanisms, curation.aliases).mechanisms };
  return { ...buildCasebook(sources.filter((s) => !left.has(s.id)), merged, curation, build), failures };
}
