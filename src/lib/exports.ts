import type { Case, MechanismEntry, Source } from '../schemas';

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
        level: c.level,
        region: { code: c.region.code, province: c.region.province, city: c.region.city, county: c.region.county },
        attribution: c.attribution,
        functions: c.functions.map((f) => f.id),
        mechanisms: c.mechanisms.map((m) => m.id),
        figures: c.figures.map(({ value, approx, unit, what, quote }) => ({ value, approx, unit, what, quote })),
        years: c.years,
        source: { id: c.sourceId, file: s?.file ?? null, title: s?.title ?? null, publisher: s?.publisher ?? null, date: s?.date ?? null },
        paragraphs: c.paragraphs,
        incomplete: c.incomplete,
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
  'id', 'url', 'title', 'committee', 'level', 'region_code', 'province', 'city', 'county', 'attribution',
  'functions', 'mechanisms', 'figures', 'years', 'source_id', 'source_title', 'publisher', 'date',
  'paragraph_from', 'paragraph_to', 'incomplete',
] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not run it as a formula. */
function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row a case, UTF-8 with a BOM so spreadsheet programs read the Chinese correctly. */
export function casesCsv(cases: Case[], sources: Source[]): string {
  const { cases: rows } = casesExport(cases, sources);
  const lines = rows.map((c) =>
    [
      c.id, c.url, c.title, c.committee, c.level, c.region.code, c.region.province, c.region.city, c.region.county,
      c.attribution.kind, c.functions.join(';'), c.mechanisms.join(';'),
      c.figures.map((f) => f.quote).join(';'), c.years.join(';'), c.source.id, c.source.title, c.source.publisher,
      c.source.date, c.paragraphs[0], c.paragraphs[1], c.incomplete,
    ]
      .map(csvCell)
      .join(','),
  );
  return '\uFEFF' + [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
