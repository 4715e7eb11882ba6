import type { Case, Level, RegionRef } from '../../schemas/case';
import type { CurationFile } from '../../schemas/curation';
import type { Source } from '../../schemas/source';
import { assessConfidence } from './confidence';

/**
 * Curation: people's decisions, applied over what the pipeline found. Curated values win and are
 * listed in `curated` so the site can show them as such. A decision that points at nothing (a case
 * id that no longer exists, a marked span no longer in the text) is reported, never dropped: the
 * curation file itself is never written by the pipeline.
 */
export interface CurationOutcome<T> {
  value: T;
  applied: string[];
  dangling: string[];
}

/** Settle unrecoverable spans and fill in source facts, before cases are built from the text. */
export function curateSources(sources: Source[], curation: CurationFile): CurationOutcome<Source[]> {
  const applied: string[] = [];
  const dangling: string[] = [];
  const byId = new Map(sources.map((s) => [s.id, structuredClone(s)]));

  for (const span of curation.spans) {
    const source = byId.get(span.source);
    const hits = source ? [...source.paragraphs, source.lead ?? ''].filter((p) => p.includes(span.marked)).length : 0;
    if (!source || hits === 0) {
      dangling.push(`span ${JSON.stringify(span.marked)} in source ${span.source}: ${source ? 'marked text not found' : 'no such source'}`);
      continue;
    }
    const settle = (text: string) => text.split(span.marked).join(span.text);
    source.paragraphs = source.paragraphs.map(settle);
    if (source.lead) source.lead = settle(source.lead);
    for (const u of source.report.unrecoverable) if (u.marked === span.marked) u.settled = span.text;
    applied.push(`span ${span.marked} -> ${span.text} in ${span.source}`);
  }

  for (const entry of curation.sources) {
    const source = byId.get(entry.source);
    if (!source) {
      dangling.push(`source ${entry.source}: no such source`);
      continue;
    }
    if (entry.date) {
      source.date = entry.date;
      source.dateNote = `curated: ${entry.reason}`;
      source.dateKind = 'curated';
    }
    if (entry.url) source.url = entry.url;
    if (entry.publisher) source.publisher = entry.publisher;
    if (entry.title) source.title = entry.title;
    applied.push(`source ${entry.source}`);
  }
  return { value: sources.map((s) => byId.get(s.id)!), applied, dangling };
}

export interface CaseCurationDeps {
  regionRef: (code: string) => RegionRef | null;
  levelOf: (code: string) => Level | null;
  functionIds: ReadonlySet<string>;
  mechanismIds: ReadonlySet<string>;
}

export function curateCases(cases: Case[], curation: CurationFile, deps: CaseCurationDeps): CurationOutcome<Case[]> {
  const applied: string[] = [];
  const dangling: string[] = [];
  const byId = new Map(cases.map((c) => [c.id, structuredClone(c)]));

  for (const entry of curation.cases) {
    const c = byId.get(entry.case);
    if (!c) {
      dangling.push(`case ${entry.case}: no such case (was its article removed or re-segmented?)`);
      continue;
    }
    const mark = (field: string) => {
      if (!c.curated.includes(field)) c.curated.push(field);
    };
    if (entry.region) {
      const ref = deps.regionRef(entry.region);
      if (!ref) {
        dangling.push(`case ${entry.case}: region ${entry.region} is not a GB/T 2260 code in the dataset`);
      } else {
        c.region = ref;
        c.level = deps.levelOf(entry.region) ?? c.level;
        c.attribution = { kind: 'curated', span: null, note: entry.reason, basis: 'curated', homonym: false, shortForm: false };
        // A section that named no committee is the curated region's committee.
        if (!c.committeeNamed && !entry.committee) c.committee = `${ref.name}政协`;
        mark('region');
      }
    }
    if (entry.committee) {
      c.committee = entry.committee;
      c.committeeNamed = true;
      mark('committee');
    }
    if (entry.title) {
      c.title = entry.title;
      mark('title');
    }
    if (entry.functions) {
      const unknown = entry.functions.filter((f) => !deps.functionIds.has(f));
      if (unknown.length) dangling.push(`case ${entry.case}: unknown functions ${unknown.join(', ')}`);
      const known = entry.functions.filter((f) => deps.functionIds.has(f));
      c.functions = known.map((id) => c.functions.find((f) => f.id === id) ?? { id, score: 0, terms: [] });
      mark('functions');
    }
    if (entry.mechanisms) {
      const unknown = entry.mechanisms.filter((m) => !deps.mechanismIds.has(m));
      if (unknown.length) dangling.push(`case ${entry.case}: unknown mechanisms ${unknown.join(', ')}`);
      const known = entry.mechanisms.filter((m) => deps.mechanismIds.has(m));
      c.mechanisms = known.map(
        (id) => c.mechanisms.find((m) => m.id === id) ?? { id, alias: '', quote: '', paragraph: c.bodyFrom },
      );
      mark('mechanisms');
    }
    c.confidence = assessConfidence(c);
    applied.push(`case ${entry.case}: ${c.curated.join(', ')}`);
  }
  return { value: cases.map((c) => byId.get(c.id)!), applied, dangling };
}
