import type { Case, MechanismEntry, Source } from '../schemas';
import { csvDocument } from './csv';

/**
 * The public data exports (dist/data/*). Their shapes are documented in the README; keep the two
 * in step. Pure functions over validated entries.
 */

/** A source's clean body as one string: paragraphs separated by a blank line. */
export const sourceText = (s: Source) => s.paragraphs.join('\n\n');
export const caseText = (c: Case) => c.body.join('\n\n');
export const caseUrl = (id: string) => `/cases/${id}/`;

export function sourcesExport(sources: Source[]) {
  return {
    sources: sources.map((s) => ({
      id: s.id,
      file: s.file,
      title: s.title,
      subtitle: s.subtitle,
      publisher: s.publisher,
      reporter: s.reporter,
      date: s.date,
      place: s.place,
      script: s.script,
      lead: s.lead,
      text: sourceText(s),
      report: s.report,
    })),
  };
}

export function casesExport(cases: Case[], sources: Source[]) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return {
    cases: cases.map((c) => {
      const s = byId.get(c.sourceId);
      return {
        id: c.id,
        url: caseUrl(c.id),
        title: c.title,
        committee: c.committee,
        committeeNamed: c.committeeNamed,
        jointWith: c.jointWith,
        level: c.level,
        region: { code: c.region.code, province: c.region.province, city: c.region.city, county: c.region.county },
        attribution: { kind: c.attribution.kind, basis: c.attribution.basis, span: c.attribution.span, note: c.attribution.note },
        functions: c.functions.map((f) => f.id),
        mechanisms: c.mechanisms.map((m) => m.id),
        figures: c.figures.map(({ value, approx, unit, what, quote }) => ({ value, approx, unit, what, quote })),
        years: c.years,
        source: { id: c.sourceId, file: s?.file ?? null, title: s?.title ?? null, publisher: s?.publisher ?? null, date: s?.date ?? null, url: s?.url ?? null },
        paragraphs: c.paragraphs,
        incomplete: c.incomplete,
        date: c.date,
        dateKind: c.dateKind,
        summary: c.summary,
        confidence: c.confidence,
        text: caseText(c),
      };
    }),
  };
}

export function mechanismsExport(mechanisms: MechanismEntry[], cases: Case[]) {
  return {
    mechanisms: mechanisms.map((m) => ({
      id: m.id,
      name: m.name,
      aliases: m.aliases,
      functions: m.functions,
      cases: cases.filter((c) => c.mechanisms.some((x) => x.id === m.id)).map((c) => c.id),
    })),
  };
}

const CSV_COLUMNS = [
  'id', 'url', 'title', 'committee', 'level', 'level_name', 'region_code', 'province', 'city', 'county',
  'attribution', 'attribution_name', 'functions', 'function_names', 'mechanisms', 'mechanism_names', 'figures', 'years',
  'summary', 'source_id', 'source_title', 'publisher', 'date', 'date_kind', 'paragraph_from', 'paragraph_to', 'incomplete',
] as const;

const LEVEL_NAMES: Record<string, string> = { national: '全国', province: '省级', city: '市级', county: '县级' };
const ATTRIBUTION_NAMES: Record<string, string> = { explicit: '原文明示', inferred: '推断', curated: '人工核定', unknown: '地区不详' };
const DATE_KIND_NAMES: Record<string, string> = { report: '报道日期', text: '文中日期', year: '做法年份' };


/**
 * One row a case, UTF-8 with a BOM so spreadsheet programs read the Chinese correctly. Every code
 * (level, attribution, functions, mechanisms, date kind) has a column of Chinese names beside it.
 */
export function casesCsv(cases: Case[], sources: Source[], names: { functions: ReadonlyMap<string, string>; mechanisms: ReadonlyMap<string, string> }): string {
  const { cases: rows } = casesExport(cases, sources);
  const lines = rows.map((c, i) => [
    c.id, c.url, c.title, c.committee, c.level, c.level ? LEVEL_NAMES[c.level] : '', c.region.code, c.region.province, c.region.city, c.region.county,
    c.attribution.kind, ATTRIBUTION_NAMES[c.attribution.kind], c.functions.join(';'), c.functions.map((f) => names.functions.get(f) ?? f).join(';'),
    c.mechanisms.join(';'), c.mechanisms.map((m) => names.mechanisms.get(m) ?? m).join(';'),
    c.figures.map((f) => f.quote).join(';'), c.years.join(';'), cases[i].summary, c.source.id, c.source.title, c.source.publisher,
    cases[i].date, cases[i].dateKind ? DATE_KIND_NAMES[cases[i].dateKind!] : '', c.paragraphs[0], c.paragraphs[1], c.incomplete,
  ]);
  return csvDocument(CSV_COLUMNS, lines);
}
