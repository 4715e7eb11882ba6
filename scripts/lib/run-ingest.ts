/**
 * The ingest run: raw articles -> typed content for the site. I/O lives here; every stage it calls
 * is pure. Used by `npm run ingest` and by the build.
 *
 * Nothing one file does can stop the others: a file that cannot be read or decoded, one over the
 * size limit, a second copy of an article, a name that collides with another's id, an invalid
 * curation entry: each becomes one line naming the file and the reason, in the report and on
 * stderr, and the run goes on. Only a broken catalogue (the project's own data, not a user's
 * input) stops it, because no case can be classified without one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { caseSchema, sourceSchema, type Case, type Region, type Source } from '../../src/schemas';
import { buildCasebook, type Casebook } from '../../src/pipeline/cases/build-casebook';
import { buildCases, type BuiltCases } from '../../src/pipeline/cases/build-cases';
import { addAliases, loadCatalogue, type Catalogue } from '../../src/pipeline/classify/catalogue';
import { findDuplicates } from '../../src/pipeline/article/find-duplicates';
import { isKnownPlaceName } from '../../src/pipeline/regions/gazetteer';
import { ingestSource, type IngestOutcome } from '../../src/pipeline/article/ingest-source';
import { curateSources } from '../../src/pipeline/cases/apply-curation';
import { assignSourceIds } from '../../src/pipeline/article/source-id';
import { reviewQueue } from '../../src/pipeline/cases/review';
import { z } from 'astro/zod';
import { loadCuration } from './curation';
import { hashKey, IngestCache, pipelineVersion } from './ingest-cache';
import { ROOT, type CasebookPaths } from './paths';
import { listSourceFiles, readSourceFile } from './source-files';
import { formatTable } from './table';
import type { IngestJob } from './ingest-worker';
import { runInWorkers, threadsFor } from './worker-pool';

const WORKER = new URL('./ingest-worker.ts', import.meta.url);

/** A path as the report names it: relative to the project. */
const rel = (p: string) => relative(ROOT, p);

type Curation = ReturnType<typeof loadCuration>['curation'];

/** One thing the run could not take as given, always naming the file it is about. */
export interface Problem {
  kind: 'skipped' | 'duplicate' | 'id-collision' | 'curation' | 'curation-conflict' | 'curation-dangling';
  file: string;
  reason: string;
}

export interface IngestOptions {
  paths: CasebookPaths;
  /** Files to ingest instead of every file under paths.sources. */
  files?: string[];
  quiet?: boolean;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

export interface IngestResult {
  sources: Source[];
  cases: Case[];
  regions: Region[];
  catalogue: Catalogue;
  problems: Problem[];
  report: ReturnType<typeof makeReport>;
  written: number;
  fromCache: number;
  ms: number;
}

const builtCasesSchema = z.object({
  cases: z.array(caseSchema),
  uncovered: z.array(z.number().int()),
  lead: z.tuple([z.number().int(), z.number().int()]).nullable(),
  other: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const { paths } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const warn = options.warn ?? ((line: string) => console.error(line));
  const problems: Problem[] = [];

  // The project's catalogue first: without it nothing can be classified (throws a DataError).
  const { catalogue, curation } = catalogueAndCuration(paths, problems);

  const listed = options.files ? { files: options.files, problems: [] } : listSourceFiles(paths.sources, ROOT);
  for (const p of listed.problems) problems.push({ kind: 'skipped', ...p });
  // What the last run published: a copy or a clashing name added now never takes its place.
  const published = publishedSources(paths.content);
  const { ids, collisions } = assignSourceIds(listed.files.map(rel), published);
  for (const c of collisions) {
    problems.push({ kind: 'id-collision', file: c.file, reason: `its name gives the id ${c.id}, which ${c.kept} has; it gets ${c.assigned}` });
  }

  const version = pipelineVersion(ROOT);
  const cache = new IngestCache(paths.cache);
  const { sources, fromCache } = await readSources(listed.files, ids, { cache, version, catalogue, problems, progress: progressLine(listed.files.length, options.quiet ? null : warn) });

  const duplicates = findDuplicates(sources, new Set(published.keys()));
  for (const d of duplicates) problems.push({ kind: 'duplicate', file: d.file, reason: `the same article as ${d.keptFile}; kept once, as ${d.keptId}` });
  const left = new Set(duplicates.map((d) => d.id));
  const unique = sources.filter((s) => !left.has(s.id));

  const book = buildCasebook(unique, catalogue, curation, await cachedCaseBuilder(unique, curation, catalogue, cache, version));
  for (const d of book.curation.dangling) problems.push({ kind: 'curation-dangling', file: rel(paths.curation), reason: `points at nothing: ${d}` });
  if (!options.files) cache.prune();

  const written = writeContent(paths.content, book, catalogue);
  const report = makeReport(book, problems);
  mkdirSync(dirname(paths.report), { recursive: true });
  writeIfChanged(paths.report, JSON.stringify(report, null, 2) + '\n');

  for (const p of problems) warn(`ingest: ${p.file}: ${p.reason}${p.kind === 'skipped' ? ' (skipped)' : ''}`);
  if (!options.quiet) printSummary(report, log);
  const ms = Math.round(performance.now() - started);
  log(
    `ingest: ${book.sources.length} sources (${fromCache} from cache), ${book.cases.length} cases, ${book.regions.length} regions; ` +
      `${written} files written; ${problems.filter((p) => p.kind === 'skipped').length} failed, ${problems.length} problems; ${ms} ms. ` +
      `Report: ${rel(paths.report)}`,
  );
  return { sources: book.sources, cases: book.cases, regions: book.regions, catalogue, problems, report, written, fromCache, ms };
}

/** The project's catalogue with the curated aliases, and the curation; each problem with a curation file added to `problems`. */
function catalogueAndCuration(paths: CasebookPaths, problems: Problem[]): { catalogue: Catalogue; curation: Curation } {
  const baseCatalogue = loadCatalogue(join(ROOT, 'src/content/functions.yaml'), join(ROOT, 'src/content/mechanisms.yaml'));
  const parsedCuration = loadCuration(paths.curation, ROOT);
  for (const p of parsedCuration.problems) {
    problems.push({ kind: p.kind === 'conflict' ? 'curation-conflict' : 'curation', file: p.file, reason: `${p.path}: ${p.message}` });
  }
  const curation = parsedCuration.curation;
  const merged = addAliases(baseCatalogue.mechanisms, curation.aliases, (i) => parsedCuration.where(curation.aliases[i]));
  for (const p of merged.problems) problems.push({ kind: 'curation', file: p.file, reason: `${p.path}: ${p.message}` });
  return { catalogue: { functions: baseCatalogue.functions, mechanisms: merged.mechanisms }, curation };
}

/** A line on stderr every twentieth of the files read (none for one file, or when quiet). */
function progressLine(total: number, warn: ((line: string) => void) | null): () => void {
  const every = Math.max(1, Math.floor(total / 20));
  let done = 0;
  return () => {
    done++;
    if (warn && total > 1 && (done % every === 0 || done === total)) warn(`ingest: ${done}/${total} sources read`);
  };
}

interface ReadContext {
  cache: IngestCache;
  version: string;
  catalogue: Catalogue;
  problems: Problem[];
  progress: () => void;
}

/**
 * Each file: from the cache, or read and cleaned (on worker threads when there are enough files to pay
 * for them: runJobs); in the files' order. A file that cannot be read is a problem.
 */
async function readSources(files: readonly string[], ids: ReadonlyMap<string, string>, { cache, version, catalogue, problems, progress }: ReadContext): Promise<{ sources: Source[]; fromCache: number }> {
  const slots: Array<Source | null> = [];
  const jobs: Array<{ slot: number; key: string; job: Extract<IngestJob, { kind: 'source' }> }> = [];
  let fromCache = 0;
  for (const path of files) {
    const file = rel(path);
    const read = readSourceFile(path);
    if (!read.ok) {
      problems.push({ kind: 'skipped', file, reason: read.reason });
      progress();
      continue;
    }
    const id = ids.get(file)!;
    const key = hashKey(read.bytes, version, id, file);
    const cached = cache.get(key, sourceSchema);
    if (cached) fromCache++;
    else jobs.push({ slot: slots.length, key, job: { kind: 'source', path, file, id } });
    slots.push(cached);
    if (cached) progress();
  }
  const outcomes = await runJobs<IngestOutcome>(
    jobs.map((j) => j.job),
    (job) => {
      const { path, file, id } = job as Extract<IngestJob, { kind: 'source' }>;
      return ingestSource(readFileSync(path), file, id, { knownPlace: isKnownPlaceName });
    },
    { catalogue, onDone: progress },
  );
  outcomes.forEach((outcome, k) => {
    if (!outcome.ok) problems.push({ kind: 'skipped', file: jobs[k].job.file, reason: outcome.reason });
    else {
      slots[jobs[k].slot] = outcome.source;
      cache.set(jobs[k].key, outcome.source);
    }
  });
  return { sources: slots.filter((s): s is Source => s !== null), fromCache };
}

/**
 * Case building is cached too, keyed by the (curated) source, the catalogue and the code: adding one
 * article to a large corpus redoes only that article. What is not cached is built in parallel first;
 * the builder returned then finds every source's cases ready.
 */
async function cachedCaseBuilder(
  unique: readonly Source[],
  curation: Curation,
  catalogue: Catalogue,
  cache: IngestCache,
  version: string,
): Promise<typeof buildCases> {
  const caseSalt = hashKey(version, JSON.stringify(catalogue));
  const caseKey = (source: Source) => `cases-${hashKey(caseSalt, JSON.stringify(source))}`;
  const ready = new Map<string, BuiltCases>();
  const toBuild: Source[] = [];
  for (const source of curateSources([...unique], curation).value) {
    const key = caseKey(source);
    const hit = cache.get(key, builtCasesSchema);
    if (hit) ready.set(key, hit);
    else toBuild.push(source);
  }
  const builtNow = await runJobs<BuiltCases>(
    toBuild.map((source): IngestJob => ({ kind: 'cases', source })),
    (job) => buildCases((job as Extract<IngestJob, { kind: 'cases' }>).source, { catalogue }),
    { catalogue },
  );
  builtNow.forEach((built, k) => {
    const key = caseKey(toBuild[k]);
    ready.set(key, built);
    cache.set(key, built);
  });
  const cachedBuild: typeof buildCases = (source, ctx) => {
    const key = caseKey(source);
    const hit = ready.get(key) ?? cache.get(key, builtCasesSchema);
    if (hit) return hit;
    const built = buildCases(source, ctx);
    cache.set(key, built);
    return built;
  };
  return cachedBuild;
}

/**
 * `jobs` through `inline` on this thread, or through the same stages on worker threads when there
 * are enough of them to pay for starting workers (scripts/lib/worker-pool.ts).
 */
async function runJobs<R>(jobs: IngestJob[], inline: (job: IngestJob) => R, options: { catalogue: Catalogue; onDone?: () => void }): Promise<R[]> {
  const threads = threadsFor(jobs.length);
  if (threads <= 1) {
    return jobs.map((job) => {
      const r = inline(job);
      options.onDone?.();
      return r;
    });
  }
  const describe = (job: IngestJob) => (job.kind === 'source' ? job.file : job.source.file);
  return runInWorkers<IngestJob, R>(WORKER, jobs, { threads, workerData: { catalogue: options.catalogue }, onDone: () => options.onDone?.() }, describe);
}

/** id -> file of the sources the last run wrote (none on a fresh checkout). */
function publishedSources(contentDir: string): Map<string, string> {
  const dir = join(contentDir, 'sources');
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    try {
      const { id, file } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id?: unknown; file?: unknown };
      if (typeof id === 'string' && typeof file === 'string') out.set(id, file);
    } catch {
      // An unreadable entry is simply not known as published.
    }
  }
  return out;
}

function writeIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  writeFileSync(path, content);
  return true;
}

/**
 * One JSON file per entry (so the site never loads one giant file), only where the content
 * changed, and entries that no longer exist removed. The catalogue is written with the curated
 * aliases merged in, so the site and the exports see the same mechanisms the cases were matched
 * against. Returns the number of files written.
 */
export function writeContent(dir: string, book: Pick<Casebook, 'sources' | 'cases' | 'regions'>, catalogue: Catalogue): number {
  let written = 0;
  const sets: Array<[string, Array<{ id: string }>]> = [
    ['sources', book.sources],
    ['cases', book.cases],
    ['regions', book.regions],
  ];
  for (const [name, entries] of sets) {
    const out = join(dir, name);
    mkdirSync(out, { recursive: true });
    const keep = new Set<string>();
    for (const entry of entries) {
      const file = `${entry.id}.json`;
      keep.add(file);
      if (writeIfChanged(join(out, file), JSON.stringify(entry, null, 1) + '\n')) written++;
    }
    for (const file of readdirSync(out)) if (!keep.has(file)) rmSync(join(out, file), { recursive: true, force: true });
  }
  // The catalogue keeps its order (its authors ordered it on purpose): one array a file.
  for (const [name, entries] of [['functions', catalogue.functions], ['mechanisms', catalogue.mechanisms]] as const) {
    if (writeIfChanged(join(dir, `${name}.json`), JSON.stringify(entries, null, 1) + '\n')) written++;
  }
  return written;
}

function makeReport(book: Casebook, problems: Problem[]) {
  const { sources, built, cases } = book;
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
    /** Files that were not taken in, with the reason (the same lines the run printed). */
    failures: problems.filter((p) => p.kind === 'skipped').map(({ file, reason }) => ({ file, reason })),
    problems,
    totals: {
      sources: sources.length,
      failed: problems.filter((p) => p.kind === 'skipped').length,
      duplicates: problems.filter((p) => p.kind === 'duplicate').length,
      problems: problems.length,
      cases: cases.length,
      attributions,
      unknownRegions: cases.filter((c) => c.region.code === null).map((c) => c.id),
      mechanismsFound: mechanismCases.size,
      mechanismsShared: [...mechanismCases.values()].filter((n) => n >= 2).length,
      figures: cases.reduce((n, c) => n + c.figures.length, 0),
      casesWithFigures: cases.filter((c) => c.figures.length > 0).length,
      paragraphsNotCovered: built.reduce((n, b) => n + b.uncovered.length, 0),
    },
    curation: book.curation,
    /** Cases a person should look at, with the curation entry that would settle each. */
    review: reviewQueue(cases),
  };
}

function printSummary(report: ReturnType<typeof makeReport>, log: (line: string) => void): void {
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
  log(formatTable(header, rows));
  const t = report.totals;
  log(
    `cases ${t.cases}; attributions ${Object.entries(t.attributions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; unknown regions ${t.unknownRegions.length}; mechanisms ${t.mechanismsFound} ` +
      `(${t.mechanismsShared} shared by 2+ cases); figures ${t.figures} in ${t.casesWithFigures} cases; ` +
      `paragraphs not covered ${t.paragraphsNotCovered}`,
  );
  if (report.review.length) {
    log(`review: ${report.review.length} case(s) of low confidence (the site lists them at /review/):`);
    for (const r of report.review.slice(0, 20)) log(`  ${r.id}  ${r.committee}  [${r.reasons.join(', ')}]  «${r.span.slice(0, 40)}»`);
    if (report.review.length > 20) log(`  … and ${report.review.length - 20} more in the report`);
  }
}
