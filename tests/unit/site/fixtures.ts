/**
 * Fixture entries for the site's unit tests, read from tests/fixtures/ and passed through the real
 * schemas (the same ones the content collections use), so a fixture that drifts from the data
 * contract fails here with the file and field named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  caseSchema,
  functionSchema,
  mechanismSchema,
  parseWithFriendlyErrors,
  regionSchema,
  sourceSchema,
  type Case,
} from '../../../src/schemas';
import { indexCasebook, type Casebook } from '../../../src/lib/casebook';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const CONTENT = join(FIXTURES, 'content');

function readJsonDir<T>(dir: string, parse: (data: unknown, file: string) => T): T[] {
  const base = join(CONTENT, dir);
  return readdirSync(base)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => parse(JSON.parse(readFileSync(join(base, n), 'utf8')), `${dir}/${n}`));
}

function readYamlList<T>(name: string, parse: (data: unknown, file: string) => T): T[] {
  const list = parseYaml(readFileSync(join(FIXTURES, name), 'utf8')) as unknown[];
  return list.map((item, i) => parse(item, `${name}[${i}]`));
}
const parseYaml = parse;

let book: Casebook | undefined;

/** The fixture casebook (cached: tests must not mutate it; use `structuredClone` to vary it). */
export function fixtureBook(): Casebook {
  book ??= indexCasebook({
    cases: readJsonDir('cases', (d, f) => parseWithFriendlyErrors(caseSchema, d, f)),
    sources: readJsonDir('sources', (d, f) => parseWithFriendlyErrors(sourceSchema, d, f)),
    regions: readJsonDir('regions', (d, f) => parseWithFriendlyErrors(regionSchema, d, f)),
    functions: readYamlList('functions.yaml', (d, f) => parseWithFriendlyErrors(functionSchema, d, f)),
    mechanisms: readYamlList('mechanisms.yaml', (d, f) => parseWithFriendlyErrors(mechanismSchema, d, f)),
  });
  return book;
}

/** The fixture case of a committee (each fixture committee has exactly one case). */
export function caseOf(committee: string): Case {
  const found = fixtureBook().cases.filter((c) => c.committee === committee);
  if (found.length !== 1) throw new Error(`expected one fixture case for ${committee}, found ${found.length}`);
  return found[0];
}

/** A variant of a fixture case, re-validated by the schema so tests only build valid cases. */
export function variant(base: Case, changes: Partial<Case>): Case {
  return caseSchema.parse({ ...structuredClone(base), ...changes });
}
