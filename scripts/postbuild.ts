/**
 * After `astro build`: the public data exports in dist/data/ (sources.json, cases.json, cases.csv,
 * mechanisms.json), built from the same generated collections the site was built from.
 * The search index is written by scripts/index-search.ts (run after this in `npm run build`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { caseSchema, sourceSchema, type Case, type Source } from '../src/schemas';
import { loadCatalogue } from '../src/pipeline/catalogue';
import { casesCsv, casesExport, mechanismsExport, sourcesExport } from '../src/lib/exports';

const root = resolve(import.meta.dirname, '..');
const contentRoot = resolve(root, process.env.CASEBOOK_CONTENT ?? 'src/content/generated');
const dist = resolve(root, process.env.SITE_DIST ?? 'dist');

function readAll<T>(dir: string, parse: (x: unknown) => T): T[] {
  return readdirSync(join(contentRoot, dir))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => parse(JSON.parse(readFileSync(join(contentRoot, dir, n), 'utf8'))));
}

const sources: Source[] = readAll('sources', (x) => sourceSchema.parse(x));
const cases: Case[] = readAll('cases', (x) => caseSchema.parse(x));
const catalogue = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));

const out = join(dist, 'data');
mkdirSync(out, { recursive: true });
const files: Array<[string, string]> = [
  ['sources.json', JSON.stringify(sourcesExport(sources), null, 1)],
  ['cases.json', JSON.stringify(casesExport(cases, sources), null, 1)],
  ['cases.csv', casesCsv(cases, sources)],
  ['mechanisms.json', JSON.stringify(mechanismsExport(catalogue.mechanisms, cases), null, 1)],
];
for (const [name, body] of files) writeFileSync(join(out, name), body);
console.log(`postbuild: wrote ${files.map(([n]) => `data/${n}`).join(', ')} (${cases.length} cases, ${sources.length} sources)`);
