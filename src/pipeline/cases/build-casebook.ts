import type { Case, CurationFile, Region, Source } from '../../schemas';
import { curateCases, curateSources } from './apply-curation';
import { buildCases, type BuiltCases } from './build-cases';
import type { Catalogue } from '../classify/catalogue';
import { levelOf, toRegionRef } from '../regions/gazetteer';
import { buildRegionTree } from '../regions/region-tree';

export interface Casebook {
  sources: Source[];
  cases: Case[];
  regions: Region[];
  /** Per source, in order: what segmentation did (cases before curation, uncovered paragraphs). */
  built: BuiltCases[];
  curation: { applied: string[]; dangling: string[] };
}

/**
 * Clean sources -> the whole casebook: settle curated spans and source facts, build each source's
 * cases, apply case curation, and derive the region tree. `catalogue` already holds the curated
 * aliases (see `addAliases`). Pure; the CLI and tests share it.
 */
export function buildCasebook(
  sources: Source[],
  catalogue: Catalogue,
  curation: CurationFile,
  /** Stands in for buildCases, e.g. a cache around it (the CLI's); must return what it would. */
  build: typeof buildCases = buildCases,
): Casebook {
  const curatedSources = curateSources(sources, curation);
  const built = curatedSources.value.map((s) => build(s, { catalogue }));
  const curatedCases = curateCases(
    built.flatMap((b) => b.cases),
    curation,
    {
      regionRef: toRegionRef,
      levelOf,
      functionIds: new Set(catalogue.functions.map((f) => f.id)),
      mechanismIds: new Set(catalogue.mechanisms.map((m) => m.id)),
    },
  );
  return {
    sources: curatedSources.value,
    cases: curatedCases.value,
    regions: buildRegionTree(curatedCases.value),
    built,
    curation: {
      applied: [...curatedSources.applied, ...curatedCases.applied],
      dangling: [...curatedSources.dangling, ...curatedCases.dangling],
    },
  };
}
