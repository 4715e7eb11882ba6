/**
 * The catalogues: functions (src/content/functions.yaml) and mechanisms (src/content/mechanisms.yaml).
 *
 * Each file is checked against its schema with `parseWithFriendlyErrors`, then the two together are
 * checked for what a schema cannot see: unique ids, mechanisms that name existing functions, and
 * aliases that belong to one mechanism only. Every problem is reported at once, as one `DataError`
 * that names the file and the field (`src/content/mechanisms.yaml: invalid data\n  - 3.functions.0: …`),
 * so a person editing the YAML sees where to look.
 *
 * Everything here except `loadCatalogue` is pure and takes parsed data, so tests can pass small
 * catalogues. `loadCatalogue` is the only function that reads files.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { functionSchema, mechanismSchema, type FunctionEntry, type MechanismEntry } from '../../schemas/catalogue';
import { DataError, parseWithFriendlyErrors } from '../../schemas/shared';

export interface Catalogue {
  functions: FunctionEntry[];
  mechanisms: MechanismEntry[];
}

/** File names used in messages; tests and the CLI pass their own. */
export interface CatalogueFiles {
  functions: string;
  mechanisms: string;
}

export const DEFAULT_FILES: CatalogueFiles = {
  functions: 'src/content/functions.yaml',
  mechanisms: 'src/content/mechanisms.yaml',
};

/** One alias a curation file adds to a mechanism (the `aliases` list of a curation file). */
export interface ExtraAlias {
  mechanism: string;
  alias: string;
}

/** Quotation marks: alias matching ignores them, so an alias must not contain them. */
export const QUOTE_MARKS = /[“”‘’「」『』"']/;

const functionsFileSchema = z.array(functionSchema);
const mechanismsFileSchema = z.array(mechanismSchema);

/** Parse the functions file's data (already YAML-parsed). Throws a DataError naming file and field. */
export function parseFunctions(data: unknown, file = DEFAULT_FILES.functions): FunctionEntry[] {
  return parseWithFriendlyErrors(functionsFileSchema, data ?? [], file);
}

/** Parse the mechanisms file's data (already YAML-parsed). Throws a DataError naming file and field. */
export function parseMechanisms(data: unknown, file = DEFAULT_FILES.mechanisms): MechanismEntry[] {
  return parseWithFriendlyErrors(mechanismsFileSchema, data ?? [], file);
}

/** A problem found by `checkCatalogue`: the file, the field path inside it, and why. */
export interface CatalogueProblem {
  file: string;
  path: string;
  message: string;
}

/**
 * Cross-reference checks on parsed catalogues. Returns every problem (empty when the catalogue is
 * sound), in file order:
 * - function ids unique, each function's terms unique within it, at most one `fallback`;
 * - mechanism ids unique; each mechanism's `functions` name a function id;
 * - an alias belongs to one mechanism only (the message names both), is not listed twice by the
 *   same mechanism, and has no quotation marks (matching ignores them, so it could never match).
 */
export function checkCatalogue(catalogue: Catalogue, files: CatalogueFiles = DEFAULT_FILES): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const fnFile = files.functions;
  const mFile = files.mechanisms;

  const functionAt = new Map<string, number>();
  catalogue.functions.forEach((f, i) => {
    const first = functionAt.get(f.id);
    if (first !== undefined) {
      problems.push({ file: fnFile, path: `${i}.id`, message: `duplicate function id "${f.id}" (first at ${first}.id)` });
    } else functionAt.set(f.id, i);
    const seen = new Map<string, number>();
    f.terms.forEach((t, j) => {
      const term = typeof t === 'string' ? t : t.term;
      const before = seen.get(term);
      if (before !== undefined) {
        problems.push({ file: fnFile, path: `${i}.terms.${j}`, message: `term "${term}" listed twice (also ${i}.terms.${before})` });
      } else seen.set(term, j);
      if (QUOTE_MARKS.test(term)) {
        problems.push({ file: fnFile, path: `${i}.terms.${j}`, message: `term "${term}" has quotation marks; matching ignores them, write it without` });
      }
    });
  });
  const fallbacks = catalogue.functions.flatMap((f, i) => (f.fallback ? [i] : []));
  for (const i of fallbacks.slice(1)) {
    problems.push({ file: fnFile, path: `${i}.fallback`, message: `only one function can be the fallback (also ${fallbacks[0]}.fallback)` });
  }

  const mechanismAt = new Map<string, number>();
  const aliasOwner = new Map<string, { id: string; path: string }>();
  catalogue.mechanisms.forEach((m, i) => {
    const first = mechanismAt.get(m.id);
    if (first !== undefined) {
      problems.push({ file: mFile, path: `${i}.id`, message: `duplicate mechanism id "${m.id}" (first at ${first}.id)` });
    } else mechanismAt.set(m.id, i);
    m.functions.forEach((fid, j) => {
      if (!functionAt.has(fid)) {
        problems.push({
          file: mFile,
          path: `${i}.functions.${j}`,
          message: `unknown function "${fid}" (not an id in ${fnFile})`,
        });
      }
    });
    m.aliases.forEach((alias, j) => {
      const path = `${i}.aliases.${j}`;
      if (QUOTE_MARKS.test(alias)) {
        problems.push({ file: mFile, path, message: `alias "${alias}" has quotation marks; matching ignores them, write it without` });
      }
      const owner = aliasOwner.get(alias);
      if (!owner) aliasOwner.set(alias, { id: m.id, path });
      else if (owner.id === m.id) {
        problems.push({ file: mFile, path, message: `alias "${alias}" listed twice by "${m.id}" (also ${owner.path})` });
      } else {
        problems.push({
          file: mFile,
          path,
          message: `alias "${alias}" is claimed by two mechanisms: "${owner.id}" (${owner.path}) and "${m.id}" (${path})`,
        });
      }
    });
  });
  return problems;
}

/** Throw one DataError listing `problems` grouped by file, in the format of parseWithFriendlyErrors. */
function throwProblems(problems: CatalogueProblem[]): never {
  const byFile = new Map<string, string[]>();
  for (const p of problems) {
    const lines = byFile.get(p.file) ?? [];
    lines.push(`  - ${p.path}: ${p.message}`);
    byFile.set(p.file, lines);
  }
  const message = [...byFile].map(([file, lines]) => `${file}: invalid data\n${lines.join('\n')}`).join('\n');
  throw new DataError(message, problems[0].file);
}

/**
 * Parse and check both catalogues from already YAML-parsed data. Returns the catalogue, or throws a
 * DataError naming the file and field of every problem found.
 */
export function buildCatalogue(functionsData: unknown, mechanismsData: unknown, files: CatalogueFiles = DEFAULT_FILES): Catalogue {
  const functions = parseFunctions(functionsData, files.functions);
  const mechanisms = parseMechanisms(mechanismsData, files.mechanisms);
  const catalogue = { functions, mechanisms };
  const problems = checkCatalogue(catalogue, files);
  if (problems.length) throwProblems(problems);
  return catalogue;
}

/** YAML text -> data; a syntax error becomes a DataError naming the file and the line. */
export function parseYamlText(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    throw new DataError(`${file}: not valid YAML\n  - ${(e as Error).message}`, file);
  }
}

/** Both catalogues from YAML text. Pure; `loadCatalogue` is the same with file reading. */
export function parseCatalogue(functionsYaml: string, mechanismsYaml: string, files: CatalogueFiles = DEFAULT_FILES): Catalogue {
  return buildCatalogue(parseYamlText(functionsYaml, files.functions), parseYamlText(mechanismsYaml, files.mechanisms), files);
}

/** Read, parse and check both catalogue files. Messages name the paths as given. */
export function loadCatalogue(functionsPath: string, mechanismsPath: string): Catalogue {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new DataError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, path);
    }
  };
  return parseCatalogue(read(functionsPath), read(mechanismsPath), { functions: functionsPath, mechanisms: mechanismsPath });
}

/**
 * The mechanisms with curation's extra aliases added (a new list; the input is not changed), and a
 * problem for each extra alias that cannot be added: one that points at an unknown mechanism, is
 * already another mechanism's alias, or has quotation marks. Those are left out; the rest apply.
 * An alias the mechanism already has is ignored. `where(i)` names the entry in messages.
 */
export function addAliases(
  mechanisms: readonly MechanismEntry[],
  extra: readonly ExtraAlias[],
  where: (i: number) => { file: string; path: string } = (i) => ({ file: 'curation/', path: `aliases.${i}` }),
): { mechanisms: MechanismEntry[]; problems: CatalogueProblem[] } {
  const owner = new Map<string, string>();
  for (const m of mechanisms) for (const a of m.aliases) owner.set(a, m.id);
  const added = new Map<string, string[]>();
  const problems: CatalogueProblem[] = [];
  extra.forEach((e, i) => {
    const { file, path } = where(i);
    if (!mechanisms.some((m) => m.id === e.mechanism)) {
      problems.push({ file, path: `${path}.mechanism`, message: `unknown mechanism "${e.mechanism}"` });
      return;
    }
    if (QUOTE_MARKS.test(e.alias)) {
      problems.push({ file, path: `${path}.alias`, message: `alias "${e.alias}" has quotation marks; matching ignores them, write it without` });
      return;
    }
    const current = owner.get(e.alias);
    if (current !== undefined && current !== e.mechanism) {
      problems.push({
        file,
        path: `${path}.alias`,
        message: `alias "${e.alias}" is claimed by two mechanisms: "${current}" and "${e.mechanism}"`,
      });
      return;
    }
    if (current === e.mechanism) return;
    owner.set(e.alias, e.mechanism);
    added.set(e.mechanism, [...(added.get(e.mechanism) ?? []), e.alias]);
  });
  return {
    mechanisms: mechanisms.map((m) => (added.has(m.id) ? { ...m, aliases: [...m.aliases, ...added.get(m.id)!] } : m)),
    problems,
  };
}

/** `addAliases` for callers that must not go on with a bad alias: throws one DataError naming `file`. */
export function withExtraAliases(mechanisms: readonly MechanismEntry[], extra: readonly ExtraAlias[], file = 'curation/'): MechanismEntry[] {
  const { mechanisms: out, problems } = addAliases(mechanisms, extra, (i) => ({ file, path: `aliases.${i}` }));
  if (problems.length) throwProblems(problems);
  return out;
}

/** Terms of a function as `{ term, weight, form? }` (a bare string weighs 1). */
export function weightedTerms(entry: FunctionEntry): Array<Exclude<FunctionEntry['terms'][number], string>> {
  return entry.terms.map((t) => (typeof t === 'string' ? { term: t, weight: 1 } : t));
}
