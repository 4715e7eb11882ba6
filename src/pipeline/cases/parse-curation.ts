import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
  CURATION_SECTIONS,
  curationEntrySchemas,
  friendlyIssues,
  type CurationFile,
  type CurationSection,
} from '../../schemas';

/** A curation problem, always with the file and the field it is about. */
export interface CurationProblem {
  kind: 'invalid' | 'conflict';
  file: string;
  /** Field path inside the file (`cases.2.region`), or `(file)` for the file as a whole. */
  path: string;
  message: string;
}

export interface ParsedCuration {
  curation: CurationFile;
  problems: CurationProblem[];
  /** The file and field path an entry of `curation` came from, for messages about it. */
  where: (entry: object) => { file: string; path: string };
}

/** Where an entry came from, so a conflict can name both places. */
interface Origin {
  file: string;
  path: string;
}

/**
 * People's decisions from the curation files (given in the order they apply), entry by entry.
 *
 * One bad entry must not cost the others: each entry is validated on its own, and an invalid one
 * (a misspelt key, an impossible date, a region code that is not six digits) is left out and
 * reported with its file and field, while the rest of the file applies. A key at the top of a
 * file that is not a section (`case:` for `cases:`) is reported the same way. Two entries that set
 * the same field of the same case or source to different values are reported as a conflict; the
 * later file wins, as a later line in one file does.
 */
export function parseCurationFiles(files: ReadonlyArray<{ file: string; text: string }>): ParsedCuration {
  const curation: CurationFile = { sources: [], cases: [], aliases: [], spans: [] };
  const problems: CurationProblem[] = [];
  const origins = new Map<object, Origin>();

  for (const { file, text } of files) {
    let data: unknown;
    try {
      data = parseYaml(text) ?? {};
    } catch (e) {
      const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}` : '';
      problems.push({ kind: 'invalid', file, path: '(file)', message: `not valid YAML${where}: ${(e as Error).message.split('\n')[0]}` });
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problems.push({ kind: 'invalid', file, path: '(file)', message: `expected sections (${CURATION_SECTIONS.join(', ')}) at the top` });
      continue;
    }
    for (const [key, value] of Object.entries(data)) {
      if (!(CURATION_SECTIONS as readonly string[]).includes(key)) {
        problems.push({ kind: 'invalid', file, path: key, message: `unknown section (a curation file has ${CURATION_SECTIONS.join(', ')})` });
        continue;
      }
      const section = key as CurationSection;
      if (value === null || value === undefined) continue;
      if (!Array.isArray(value)) {
        problems.push({ kind: 'invalid', file, path: section, message: 'expected a list of entries (each line starting with "- ")' });
        continue;
      }
      const schema = curationEntrySchemas[section];
      value.forEach((entry, i) => {
        const result = schema.safeParse(entry);
        if (!result.success) {
          for (const issue of friendlyIssues(result.error, schema, [section, i])) problems.push({ kind: 'invalid', file, ...issue });
          return;
        }
        origins.set(result.data, { file, path: `${section}.${i}` });
        (curation[section] as unknown[]).push(result.data);
      });
    }
  }

  problems.push(...findConflicts(curation, origins));
  // An alias can belong to one mechanism only: where files disagree, only the later entry stays.
  const lastAlias = new Map(curation.aliases.map((a) => [a.alias, a]));
  curation.aliases = curation.aliases.filter((a) => lastAlias.get(a.alias) === a);
  return { curation, problems, where: (entry) => origins.get(entry) ?? { file: 'curation/', path: '(unknown entry)' } };
}

/** The fields of each kind of decision that can disagree, keyed by what they are about. */
function findConflicts(curation: CurationFile, origins: Map<object, Origin>): CurationProblem[] {
  const settings: Array<{ entry: object; subject: string; field: string; value: unknown }> = [];
  for (const e of curation.cases) {
    for (const field of ['region', 'committee', 'title', 'functions', 'mechanisms'] as const) {
      if (e[field] !== undefined) settings.push({ entry: e, subject: `case ${e.case}`, field, value: e[field] });
    }
  }
  for (const e of curation.sources) {
    for (const field of ['date', 'publisher', 'title', 'url'] as const) {
      if (e[field] !== undefined) settings.push({ entry: e, subject: `source ${e.source}`, field, value: e[field] });
    }
  }
  for (const e of curation.spans) settings.push({ entry: e, subject: `span ${JSON.stringify(e.marked)} in source ${e.source}`, field: 'text', value: e.text });
  for (const e of curation.aliases) settings.push({ entry: e, subject: `alias ${JSON.stringify(e.alias)}`, field: 'mechanism', value: e.mechanism });

  const first = new Map<string, { entry: object; value: string }>();
  const problems: CurationProblem[] = [];
  for (const s of settings) {
    const key = `${s.subject}\u0000${s.field}`;
    const value = JSON.stringify(s.value);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { entry: s.entry, value });
      continue;
    }
    if (earlier.value === value) continue;
    const a = origins.get(earlier.entry)!;
    const b = origins.get(s.entry)!;
    problems.push({
      kind: 'conflict',
      file: b.file,
      path: `${b.path}.${s.field}`,
      message: `${s.subject}: ${s.field} is ${earlier.value} in ${a.file} (${a.path}) but ${value} here; this later one applies`,
    });
    first.set(key, { entry: s.entry, value });
  }
  return problems;
}
