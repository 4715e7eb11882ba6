/**
 * `npm run index:search`: the Pagefind search index for a built site (dist/ by default), written to
 * <site>/pagefind/. The build does this itself (src/integrations/casebook.ts); run it by hand only
 * to re-index a site.
 *
 *   tsx scripts/index-search.ts [site] [--plain] [--chunk-size n] [--part-pages n] [--cache dir]
 *
 * One pass at Pagefind's own speed. The pages already carry what the casebook adds to plain
 * Pagefind: each searchable page's text is marked data-pagefind-body, its filters and result
 * metadata are <meta data-pagefind-…> tags, and its catalogue-term tokens are a hidden block
 * written when the page was rendered (src/lib/search/site-terms.ts, src/lib/search/terms.ts). Each
 * page is read once; the build's own step that needs every page (its Content-Security-Policy) rides
 * on the same read (`transform`). The searched pages are copied, with their `id` attributes removed,
 * into a scratch folder that Pagefind reads itself, in parallel, as its CLI does: Pagefind stores
 * every element with an id as an anchor with its text, which would double the fragment each
 * result downloads (case pages have one id per paragraph).
 *
 * What is indexed: pages that declare a type (<PagefindMeta>), have a data-pagefind-body and are
 * not `noindex`. `--plain` leaves the token blocks out (the "before" index of measure:search).
 *
 * Pagefind holds every page of a run in memory, so at most `--part-pages` (default 3,000) are
 * indexed in one run, each run a new indexer process: a larger site gets an index in parts, by date,
 * which the search page searches as one (src/lib/search/parts.ts). With `--cache` (the build gives
 * .cache/search-index), a part whose pages index as they did in an earlier run is copied from there,
 * not indexed again: parts are filled from the oldest date, so a new article's page changes the
 * newest part only. The new bundle is written beside the old one and replaces it only when every
 * part is written.
 *
 * Also written: <site>/pagefind/casebook.json, the term list (from <site>/data/search-terms.json,
 * which the build renders, cut to the terms some indexed page carries), the catalogue's pages, and
 * the Traditional->Simplified dictionary pruned to the characters of the indexed pages. Pagefind's
 * prebuilt UIs are deleted: the search page uses only pagefind.js.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bytesUnder, filesUnder } from './lib/files';
import * as pagefind from 'pagefind';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { dateSortKey, declaredPageType, hasPagefindBody, indexedContent, isNoindex, stripIds, TERMS_BLOCK_SELECTOR, termTokensIn } from '../src/lib/search/index-html';
import { DEFAULT_PART_PAGES, partFolder, splitIntoParts } from '../src/lib/search/parts';
import { packCharacters, pruneDictionary } from '../src/lib/search/t2s';
import type { PageType } from '../src/lib/search/pagefind-meta';
import { SEARCH_TERMS_FILE, SEARCH_TERMS_VERSION, SUPPORT_FILE, TERM_SEPARATOR, termsInUse, type SearchSupport, type SearchTerms } from '../src/lib/search/support';
import { CHUNK_SIZE_VARIABLE, ENTRY_FILE, PAGEFIND_VERSION, setIndexChunkSize, UNUSED_BUNDLE_FILE } from '../src/lib/search/pagefind-internals';

/**
 * Pagefind's index chunk size, in word locations (default 20,000). Measured on the bundled corpus:
 * at the default a two-word query loads two ~30 kB chunks; at 4,000 it loads two or three ~6 kB
 * chunks, which is what keeps the first query under its 150 kB budget. The setting is an unstable
 * environment variable of Pagefind's; if it stops working the index still works, only bigger.
 */
const DEFAULT_CHUNK_SIZE = 4000;

/**
 * Excluded from indexed text on every page: site chrome that can sit inside <main>, and text only
 * screen readers get (section labels such as 案例原文), which would otherwise lead every excerpt.
 */
const EXCLUDE_SELECTORS = ['nav', 'form', 'button', '.print-only', '.sr-only'];

export interface IndexOptions {
  site: string;
  plain?: boolean;
  chunkSize?: number;
  /** Pages indexed in one Pagefind run at most; a larger site is indexed in parts (src/lib/search/parts.ts). */
  partPages?: number;
  /**
   * Where parts indexed before are kept, by what they index (each page's address and indexed
   * content, and the settings): a part whose pages index alike is copied, not indexed again.
   */
  cacheDir?: string;
  /** Applied to every page as it is read, written back when it changes (the build's CSP). */
  transform?: (html: string) => string;
  log?: (line: string) => void;
}

export interface IndexSummary {
  pages: Record<PageType, number>;
  htmlFiles: number;
  skipped: { noindex: number; noBody: number };
  terms: number;
  /** Parts of the index, and of them those copied from the cache rather than indexed again. */
  parts: number;
  reusedParts: number;
  supportBytes: number;
  bundleBytes: number;
  /** Seconds spent reading, transforming and copying pages; in Pagefind's reading of them; writing the bundle. */
  seconds: { pages: number; index: number; write: number };
}

/** The site's HTML files (not Pagefind's own folder), as sorted `/`-separated paths. */
const htmlFilesOf = (root: string) => filesUnder(root).filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/'));

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`index-search: ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Bundle files only the first part keeps: the search page loads Pagefind and its WebAssembly from there. */
const PART_ONLY_IN_FIRST = /^(?:pagefind\.js|pagefind-worker\.js|wasm\..+)$/;

/** Writes and moves files under folders made once each (making a folder per page took seconds at 10,000 pages). */
function fileCopier() {
  const made = new Set<string>();
  const ensureFolder = (file: string) => {
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
  };
  return {
    write(file: string, text: string): void {
      ensureFolder(file);
      writeFileSync(file, text);
    },
    move(from: string, to: string): void {
      ensureFolder(to);
      renameSync(from, to);
    },
  };
}

/** Bumped when what a cached part holds changes meaning. */
const INDEX_CACHE_VERSION = 1;

/** A part's key: the settings it was indexed with, and each page's address and indexed content. */
function partKey(pages: ReadonlyArray<{ rel: string; digest: string }>, excludeSelectors: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify([INDEX_CACHE_VERSION, PAGEFIND_VERSION, process.env[CHUNK_SIZE_VARIABLE] ?? '', excludeSelectors]));
  for (const { rel, digest } of pages) hash.update(`\n${rel}\0${digest}`);
  return hash.digest('hex').slice(0, 32);
}

/** Copy a cached part into the bundle; false (and the part is indexed again) when the copy fails. */
function copied(cached: string, to: string, log: (line: string) => void): boolean {
  try {
    cpSync(cached, to, { recursive: true });
    return true;
  } catch (e) {
    log(`index-search: the cached part ${cached} could not be copied (${(e as Error).message}); indexing it again`);
    return false;
  }
}

/** Keep a part just written: copied beside the cache entry, then renamed into place, so a half copy is never read. */
function keepPart(written: string, cached: string): void {
  const partial = `${cached}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  // (The first part's folder holds the later parts' folders once they are written; here it does not yet.)
  cpSync(written, partial, { recursive: true });
  rmSync(cached, { recursive: true, force: true });
  renameSync(partial, cached);
}

const HAN = /^\p{Script=Han}$/u;

/**
 * The distinct characters of many pages. A flag per code point rather than a regex match per
 * page: collecting them from 10,000 pages with `match` took seconds.
 */
class CharSet {
  private readonly seen = new Uint8Array(0x110000);
  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      if (code >= 0x2e80) this.seen[code] = 1;
    }
  }
  /** The Han characters seen. */
  han(): string[] {
    const out: string[] = [];
    for (let code = 0x2e80; code < this.seen.length; code++) {
      if (this.seen[code]) {
        const c = String.fromCodePoint(code);
        if (HAN.test(c)) out.push(c);
      }
    }
    return out;
  }
}

export async function indexSite(options: IndexOptions): Promise<IndexSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const site = resolve(options.site);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`index-search: ${site} has no index.html; build the site first`);
  const termsFile = join(site, SEARCH_TERMS_FILE);
  if (!existsSync(termsFile)) throw new Error(`index-search: ${site} has no ${SEARCH_TERMS_FILE}; build the site again (the build renders it)`);
  const searchTerms = JSON.parse(readFileSync(termsFile, 'utf8')) as SearchTerms;
  if (searchTerms.version !== SEARCH_TERMS_VERSION) throw new Error(`index-search: ${termsFile} is of another version; build the site again`);
  setIndexChunkSize(options.chunkSize ?? DEFAULT_CHUNK_SIZE);

  const summary: IndexSummary = {
    pages: { case: 0, source: 0, mechanism: 0, lesson: 0 },
    htmlFiles: 0,
    skipped: { noindex: 0, noBody: 0 },
    terms: 0,
    parts: 0,
    reusedParts: 0,
    supportBytes: 0,
    bundleBytes: 0,
    seconds: { pages: 0, index: 0, write: 0 },
  };
  const excludeSelectors = [...EXCLUDE_SELECTORS, ...(options.plain ? [TERMS_BLOCK_SELECTOR] : [])];

  // One read of each page: transform it (and write it back); copy it for Pagefind if it is
  // searched. The copies are removed whatever happens.
  const seen = new CharSet();
  const tokens = new Set<string>();
  const scratch = mkdtempSync(join(tmpdir(), 'casebook-index-'));
  const copies = fileCopier();
  // The new bundle is written beside the old one and takes its place only when it is whole.
  const out = join(site, 'pagefind');
  const staged = join(site, '.pagefind-staging');
  rmSync(staged, { recursive: true, force: true });
  const started = performance.now();
  let parts: string[] = [];
  try {
    const searched: Array<{ rel: string; date: string; digest: string }> = [];
    for (const rel of htmlFilesOf(site)) {
      summary.htmlFiles++;
      const path = join(site, rel);
      const raw = readFileSync(path, 'utf8');
      const html = options.transform ? options.transform(raw) : raw;
      if (html !== raw) writeFileSync(path, html);
      const type = declaredPageType(html);
      if (!type) continue;
      if (isNoindex(html)) {
        summary.skipped.noindex++;
        continue;
      }
      if (!hasPagefindBody(html)) {
        summary.skipped.noBody++;
        log(`index-search: ${rel} declares type ${type} but marks nothing data-pagefind-body; skipped`);
        continue;
      }
      seen.add(html);
      for (const token of termTokensIn(html)) tokens.add(token);
      summary.pages[type]++;
      const copy = stripIds(html);
      copies.write(join(scratch, 'all', rel), copy);
      searched.push({ rel, date: dateSortKey(html), digest: createHash('sha256').update(indexedContent(copy)).digest('hex') });
    }
    summary.seconds.pages = (performance.now() - started) / 1000;
    if (!searched.length) throw new Error('index-search: no page declares a type (<PagefindMeta>) with a data-pagefind-body; nothing to index');

    // Pagefind's memory follows the pages of one run: a large site is indexed in parts.
    const split = splitIntoParts(searched, (p) => p.date, options.partPages ?? DEFAULT_PART_PAGES);
    const kept = new Set<string>();
    for (const [k, pages] of split.entries()) {
      // A part that indexes what a part of an earlier run indexed is that part's files again.
      const key = partKey(pages, excludeSelectors);
      const cached = options.cacheDir ? join(options.cacheDir, key) : null;
      kept.add(key);
      if (cached && existsSync(join(cached, ENTRY_FILE)) && copied(cached, join(staged, partFolder(k)), log)) {
        summary.reusedParts++;
        if (split.length > 1) log(`index-search: part ${k + 1} of ${split.length}, ${pages.length} pages, as indexed before`);
        continue;
      }
      let dir = join(scratch, 'all');
      if (split.length > 1) {
        dir = join(scratch, `part-${k}`);
        for (const { rel } of pages) copies.move(join(scratch, 'all', rel), join(dir, rel));
      }
      const indexStarted = performance.now();
      const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'zh-cn', excludeSelectors }));
      if (!index) throw new Error('index-search: Pagefind returned no index');
      const added = check('reading the pages', await index.addDirectory({ path: dir }));
      if (added.page_count !== pages.length) throw new Error(`index-search: Pagefind indexed ${added.page_count} of ${pages.length} pages`);
      summary.seconds.index += (performance.now() - indexStarted) / 1000;
      const writeStarted = performance.now();
      check('writing the index', await index.writeFiles({ outputPath: join(staged, partFolder(k)) }));
      await index.deleteIndex();
      // A new indexer process for the next part: the memory of this one is given back.
      await pagefind.close();
      summary.seconds.write += (performance.now() - writeStarted) / 1000;
      if (cached) keepPart(join(staged, partFolder(k)), cached);
      if (split.length > 1) log(`index-search: part ${k + 1} of ${split.length}, ${pages.length} pages (${pages[0].date} to ${pages[pages.length - 1].date})`);
    }
    parts = split.slice(1).map((_, k) => partFolder(k + 1));
    // Parts no longer part of the site are dropped, so the cache holds one site's index at most.
    if (options.cacheDir && existsSync(options.cacheDir)) for (const name of readdirSync(options.cacheDir)) if (!kept.has(name)) rmSync(join(options.cacheDir, name), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    renameSync(staged, out);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(staged, { recursive: true, force: true });
  }

  const writeStarted = performance.now();
  for (const name of readdirSync(out)) if (UNUSED_BUNDLE_FILE.test(name)) rmSync(join(out, name));
  // The search page loads Pagefind once, from the first part (src/lib/search/parts.ts).
  for (const part of parts) {
    for (const name of readdirSync(join(out, part))) if (UNUSED_BUNDLE_FILE.test(name) || PART_ONLY_IN_FIRST.test(name)) rmSync(join(out, part, name));
  }

  // Only the terms some page carries: the list downloads with the first query.
  const used = termsInUse(searchTerms, tokens);
  summary.terms = options.plain ? 0 : used.terms.length;
  // The converter keeps only entries whose Simplified side can occur in the index.
  const chars = new Set([...seen.han(), ...used.terms.flatMap((t) => [...t])]);
  const separated = used.terms.find((t) => t.includes(TERM_SEPARATOR));
  if (separated) throw new Error(`index-search: the term «${separated}» holds ${TERM_SEPARATOR}, which separates terms in ${SUPPORT_FILE}`);
  const support = JSON.stringify({
    version: 2,
    terms: options.plain ? '' : used.terms.join(TERM_SEPARATOR),
    t2s: { phrases: pruneDictionary(TSPhrases, chars), characters: packCharacters(pruneDictionary(TSCharacters, chars)) },
    pages: used.pages,
    ...(parts.length ? { parts } : {}),
  } satisfies SearchSupport);
  writeFileSync(join(out, SUPPORT_FILE), support);
  summary.supportBytes = Buffer.byteLength(support);
  summary.bundleBytes = bytesUnder(out);
  summary.seconds.write += (performance.now() - writeStarted) / 1000;
  summary.parts = parts.length + 1;

  const { case: c, source: s, mechanism: m, lesson: l } = summary.pages;
  log(
    `index-search: ${c} cases, ${s} sources, ${m} mechanisms, ${l} lessons indexed of ${summary.htmlFiles} pages` +
      (summary.skipped.noindex ? ` (${summary.skipped.noindex} noindex pages skipped)` : '') +
      `; ${summary.terms} terms${options.plain ? ' (plain: no term tokens)' : ''}` +
      (summary.parts > 1 ? `; in ${summary.parts} parts` : '') +
      (summary.reusedParts ? ` (${summary.reusedParts} as indexed before)` : '') +
      `; ${relative(process.cwd(), out) || out}/ ${(summary.bundleBytes / 1024).toFixed(0)} kB, ${SUPPORT_FILE} ${(summary.supportBytes / 1024).toFixed(1)} kB`,
  );
  return summary;
}

function parseArgs(argv: string[]): IndexOptions {
  const options: IndexOptions = { site: process.env.SITE_DIST ?? 'dist' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`index-search: ${a} needs a value`);
      return v;
    };
    if (a === '--plain') options.plain = true;
    else if (a === '--chunk-size') options.chunkSize = Number(value());
    else if (a === '--part-pages') options.partPages = Number(value());
    else if (a === '--cache') options.cacheDir = resolve(value());
    else if (!a.startsWith('-')) options.site = a;
    else throw new Error(`index-search: unknown option ${a}`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  indexSite(parseArgs(process.argv.slice(2)))
    .then(() => process.exit(0))
    .catch(async (e: Error) => {
      console.error(e.message);
      await pagefind.close().catch(() => {});
      process.exit(1);
    });
}
