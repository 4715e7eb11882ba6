/**
 * `npm run ingest [files…]`: raw articles in sources/ -> typed content in src/content/generated/.
 *
 * I/O lives here; every stage it calls is pure. Per source: read bytes, reuse the cached result
 * when the bytes and the pipeline code are unchanged, else decode/repair/extract. Then curation,
 * case building, region tree, and a write that only touches files whose content changed, so a
 * second run changes nothing. A bad file is reported by name and skipped; the exit code is 1 if
 * any file failed, after everything else went through.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DataError, sourceSchema } from '../src/schemas';
import type { Case, Region, Source } from '../src/schemas';
import { buildCasebook, type Casebook } from '../src/pipeline/build-casebook';
import { buildCases, type BuiltCases } from '../src/pipeline/build-cases';
import { loadCatalogue } from '../src/pipeline/catalogue';
import { isKnownPlaceName } from '../src/pipeline/gazetteer';
import { ingestSource, sourceIdFromFile } from '../src/pipeline/ingest-source';
import { loadCuration } from './lib/curation';
import { formatTable } from './lib/table';

const root = resolve(import.meta.dirname, '..');
const SOURCES_DIR = join(root, 'sources');
const CURATION_DIR = resolve(root, process.env.CASEBOOK_CURATION ?? 'curation');
const OUT_DIR = resolve(root, process.env.CASEBOOK_OUT ?? 'src/content/generated');
const CACHE_DIR = join(root, '.cache/ingest');
const REPORT_FILE = resolve(root, process.env.CASEBOOK_REPORT ?? 'reports/ingest-report.json');

interface FileFailure {
  file: string;
  reason: string;
}

function main(): number {
  const started = performance.now();
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const quiet = process.argv.includes('--quiet');
  // --list=FILE names a file of paths, one a line: for batches too large for a command line.
  const listArg = process.argv.find((a) => a.startsWith('--list='));
  const listed = listArg ? readFileSync(listArg.slice(7), 'utf8').split('\n').filter(Boolean) : [];
  const named = [...args, ...listed];
  const files = named.length ? named.map((a) => resolve(a)) : listSources();
  const failures: FileFailure[] = [];
  const codeVersion = hashCode();

  // Catalogue and curation first: a broken data file stops the run before any output is touched,
  // because cases built without it would silently lose people's decisions.
  const catalogue = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));
  const curation = loadCuration(CURATION_DIR, root);

  const sources: Source[] = [];
  const usedIds = new Set<string>();
  const progressEvery = Math.max(1, Math.floor(files.length / 20));
  let fromCache = 0;
  files.forEach((path, i) => {
    const file = relative(root, path);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      failures.push({ file, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    let id = sourceIdFromFile(basename(path), bytes);
    if (usedIds.has(id)) id = `${id}-${createHash('sha256').update(bytes).digest('hex').slice(0, 6)}`;
    usedIds.add(id);

    const key = createHash('sha256').update(bytes).update(codeVersion).update(id).update(file).digest('hex');
    const cached = readCache(key);
    if (cached) {
      sources.push(cached);
      fromCache++;
    } else {
      const outcome = ingestSource(bytes, file, id, { knownPlace: isKnownPlaceName });
      if (!outcome.ok) failures.push({ file, reason: outcome.reason });
      else {
        sources.push(outcome.source);
        writeJsonCache(key, outcome.source);
      }
    }
    if (!quiet && files.length > 1 && ((i + 1) % progressEvery === 0 || i + 1 === files.length)) {
      process.stderr.write(`ingest: ${i + 1}/${files.length} sources read\n`);
    }
  });
  for (const f of failures) console.error(`ingest: ${f.file}: ${f.reason} (skipped)`);

  // Case building is cached too, keyed by the (curated) source, the catalogue, curated aliases
  // and the code: adding one article to a large corpus redoes only that article.
  const caseSalt = createHash('sha256').update(codeVersion).update(JSON.stringify(catalogue)).update(JSON.stringify(curation.aliases)).digest('hex');
  const cachedBuild: typeof buildCases = (source, ctx) => {
    const key = `cases-${createHash('sha256').update(caseSalt).update(JSON.stringify(source)).digest('hex')}`;
    const hit = readJsonCache<BuiltCases>(key);
    if (hit) return hit;
    const built = buildCases(source, ctx);
    writeJsonCache(key, built);
    return built;
  };
  const book = buildCasebook(sources, catalogue, curation, cachedBuild);
  const { cases, regions } = book;

  const written = writeCollections(book.sources, cases, regions);
  const report = makeReport(book.sources, book.built, cases, failures, book.curation);
  mkdirSync(dirname(REPORT_FILE), { recursive: true });
  writeIfChanged(REPORT_FILE, JSON.stringify(report, null, 2) + '\n');

  if (!quiet) printSummary(report);
  const ms = Math.round(performance.now() - started);
  console.log(
    `ingest: ${sources.length} sources (${fromCache} from cache), ${cases.length} cases, ${regions.length} regions; ` +
      `${written} files written; ${failures.length} failed; ${ms} ms. Report: ${relative(root, REPORT_FILE)}`,
  );
  for (const d of report.curation.dangling) console.warn(`ingest: curation points at nothing: ${d}`);
  return failures.length ? 1 : 0;
}

function listSources(): string[] {
  if (!existsSync(SOURCES_DIR)) return [];
  return readdirSync(SOURCES_DIR)
    .filter((n) => !n.startsWith('.') && !/^readme/i.test(n))
    .map((n) => join(SOURCES_DIR, n))
    .filter((p) => statSync(p).isFile())
    .sort();
}

/** The pipeline's own code and schemas: a change to either invalidates every cached source. */
function hashCode(): string {
  const h = createHash('sha256');
  for (const dir of ['src/pipeline', 'src/schemas']) {
    for (const n of readdirSync(join(root, dir)).sort()) h.update(n).update(readFileSync(join(root, dir, n)));
  }
  return h.digest('hex');
}

function readJsonCache<T>(key: string): T | null {
  const path = join(CACHE_DIR, `${key}.json`);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null; // a corrupt cache entry is just a miss
  }
}

function writeJsonCache(key: string, value: unknown): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(join(CACHE_DIR, `${key}.json`), JSON.stringify(value));
}

function readCache(key: string): Source | null {
  const cached = readJsonCache<unknown>(key);
  const parsed = cached === null ? null : sourceSchema.safeParse(cached);
  return parsed?.success ? parsed.data : null;
}

function writeIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  writeFileSync(path, content);
  return true;
}

/** Write one JSON file per entry; remove entries that no longer exist. Returns files written. */
function writeCollections(sources: Source[], cases: Case[], regions: Region[]): number {
  let written = 0;
  const sets: Array<[string, Array<{ id: string }>]> = [
    ['sources', sources],
    ['cases', cases],
    ['regions', regions],
  ];
  for (const [dir, entries] of sets) {
    const out = join(OUT_DIR, dir);
    mkdirSync(out, { recursive: true });
    const keep = new Set<string>();
    for (const entry of entries) {
      const name = `${entry.id}.json`;
      keep.add(name);
      if (writeIfChanged(join(out, name), JSON.stringify(entry, null, 1) + '\n')) written++;
    }
    for (const name of readdirSync(out)) if (!keep.has(name)) rmSync(join(out, name));
  }
  return written;
}

type Built = BuiltCases;

function makeReport(
  sources: Source[],
  built: Built[],
  cases: Case[],
  failures: FileFailure[],
  curation: Casebook['curation'],
) {
  const attributions: Record<string, number> = {};
  for (const c of cases) attributions[c.attribution.kind] = (attributions[c.attribution.kind] ?? 0) + 1;
  const mechanismCases = new Map<string, number>();
  for (const c of cases) for (const m of c.mechanisms) mechanismCases.set(m.id, (mechanismCases.get(m.id) ?? 0) + 1);
  return {
    sources: sources.map((s, i) => ({
      id: s.id,
      file: s.file,
      encoding: s.report.encoding,
      script: s.script,
      repairs: s.report.repairs,
      unrecoverable: s.report.unrecoverable.map((u) => ({ marked: u.marked, settled: u.settled })),
      furnitureRemoved: s.report.removed.length,
      cases: built[i].cases.length,
      paragraphsNotCovered: built[i].uncovered,
    })),
    failures,
    totals: {
      sources: sources.length,
      failed: failures.length,
      cases: cases.length,
      attributions,
      unknownRegions: cases.filter((c) => c.region.code === null).map((c) => c.id),
      mechanismsFound: mechanismCases.size,
      mechanismsShared: [...mechanismCases.values()].filter((n) => n >= 2).length,
      figures: cases.reduce((n, c) => n + c.figures.length, 0),
      casesWithFigures: cases.filter((c) => c.figures.length > 0).length,
      paragraphsNotCovered: built.reduce((n, b) => n + b.uncovered.length, 0),
    },
    curation,
  };
}

function printSummary(report: ReturnType<typeof makeReport>): void {
  const kinds = [...new Set(report.sources.flatMap((s) => Object.keys(s.repairs)))].sort();
  const header = ['source', 'enc', 'script', ...kinds, 'unrecov', 'furniture', 'cases', 'uncovered'];
  const rows = report.sources.map((s) => [
    s.file.replace(/^sources\//, ''),
    s.encoding,
    s.script.slice(0, 4),
    ...kinds.map((k) => String(s.repairs[k] ?? 0)),
    String(s.unrecoverable.length),
    String(s.furnitureRemoved),
    String(s.cases),
    String(s.paragraphsNotCovered.length),
  ]);
  console.log(formatTable(header, rows));
  const t = report.totals;
  console.log(
    `cases ${t.cases}; attributions ${Object.entries(t.attributions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; unknown regions ${t.unknownRegions.length}; mechanisms ${t.mechanismsFound} ` +
      `(${t.mechanismsShared} shared by 2+ cases); figures ${t.figures} in ${t.casesWithFigures} cases; ` +
      `paragraphs not covered ${t.paragraphsNotCovered}`,
  );
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof DataError) {
    console.error(`ingest: ${e.message}`);
    process.exitCode = 2;
  } else throw e;
}
