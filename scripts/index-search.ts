/**
 * `npm run index:search`: the Pagefind search index for a built site (dist/ by default), written to
 * <site>/pagefind/. Runs after `astro build` and scripts/postbuild.ts.
 *
 *   tsx scripts/index-search.ts [site] [--plain] [--content dir] [--terms file.txt] [--chunk-size n]
 *
 * What is indexed: pages that carry <PagefindMeta> (a `type` filter: case, source, mechanism) and
 * are not `noindex`; their `data-pagefind-body` elements, or their <main> when they mark none.
 *
 * Ranking choice: cases come first because the search page asks for them on their own
 * (`type: case`) and lists sources and mechanisms in a separate, shorter list; a per-page weight
 * would still let a long source article outrank the case cut from it.
 *
 * Chinese: see src/lib/search/terms.ts. The index is built twice: the first pass gives the text
 * exactly as Pagefind indexes it, in which catalogue terms (the catalogue the pipeline wrote, with
 * curated aliases, --terms, and the function, mechanism, committee and place names the pages
 * declare) are counted; the second pass adds each page's term tokens. `--plain` skips the tokens
 * (the "before" index for scripts/measure-search.ts).
 *
 * Also written: <site>/pagefind/casebook.json, the term list and the Traditional->Simplified
 * dictionary pruned to the site's characters, which the search page loads with its first query.
 * Pagefind's prebuilt UIs are deleted: the search page uses only pagefind.js.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { appendToBody, declaredPageType, ensurePagefindBody, isNoindex, stripIds, termTokenBlock } from '../src/lib/search/index-html';
import { assertNoTokenCollisions, countTerms, normalizeTerms, placeNameForms } from '../src/lib/search/terms';
import { cleanIndexedText } from '../src/lib/search/excerpt';
import { pruneDictionary } from '../src/lib/search/t2s';
import { cataloguePages, packPages } from '../src/lib/search/catalogue-pages';
import type { PageType } from '../src/lib/search/pagefind-meta';
import type { FunctionEntry, MechanismEntry } from '../src/schemas';
import { weightedTerms } from '../src/pipeline/classify/catalogue';
import { casebookPaths } from './lib/paths';
import { SUPPORT_FILE, type SearchSupport } from '../src/lib/search/support';
import { decodeFragment, isFragmentPath, setIndexChunkSize, UNUSED_BUNDLE_FILE } from '../src/lib/search/pagefind-internals';


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
  /** The content folder whose catalogue gives the terms (default: the pipeline's, see paths.ts). */
  content?: string;
  termsFile?: string;
  chunkSize?: number;
  log?: (line: string) => void;
}

export interface IndexSummary {
  pages: Record<PageType, number>;
  skipped: { noindex: number; noMain: number };
  terms: number;
  pagesWithTerms: number;
  supportBytes: number;
  bundleBytes: number;
}

interface SitePage {
  rel: string;
  url: string;
  type: PageType;
  html: string;
}

function walkHtml(dir: string, root: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (relative(root, p) !== 'pagefind') walkHtml(p, root, out);
    } else if (name.endsWith('.html')) out.push(relative(root, p).split(sep).join('/'));
  }
  return out.sort();
}

/** `cases/x/index.html` -> `/cases/x/` (the URL the site links to). */
const urlOfFile = (rel: string) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`index-search: ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Names, aliases and terms of the catalogue as the pipeline wrote it into the content folder
 * (functions.json, mechanisms.json: curated aliases merged in), so search knows exactly the words
 * the cases were matched with.
 */
export function catalogueTerms(contentDir: string): string[] {
  const read = (name: string): unknown[] => {
    const file = join(contentDir, name);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown[]) : [];
  };
  const functions = read('functions.json') as FunctionEntry[];
  const mechanisms = read('mechanisms.json') as MechanismEntry[];
  return [
    ...functions.flatMap((f) => [f.name, ...f.aliases, ...weightedTerms(f).map((t) => t.term)]),
    ...mechanisms.flatMap((m) => [m.name, ...m.aliases]),
  ];
}

interface FirstPassPage {
  text: string;
  meta: Record<string, string>;
}

/** The text and metadata of each page, as Pagefind indexed them (from its fragment files). */
function readFragments(files: Array<{ path: string; content: Uint8Array }>): Map<string, FirstPassPage> {
  const pages = new Map<string, FirstPassPage>();
  for (const f of files) {
    if (!isFragmentPath(f.path)) continue;
    const fragment = decodeFragment(f.content);
    pages.set(fragment.url, { text: cleanIndexedText(fragment.content), meta: fragment.meta });
  }
  return pages;
}

async function buildIndex(pages: Array<{ url: string; content: string }>): Promise<pagefind.PagefindIndex> {
  const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'zh-cn', excludeSelectors: EXCLUDE_SELECTORS }));
  if (!index) throw new Error('index-search: Pagefind returned no index');
  for (const page of pages) check(`adding ${page.url}`, await index.addHTMLFile({ url: page.url, content: page.content }));
  return index;
}

export async function indexSite(options: IndexOptions): Promise<IndexSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const site = resolve(options.site);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`index-search: ${site} has no index.html; build the site first`);
  setIndexChunkSize(options.chunkSize ?? DEFAULT_CHUNK_SIZE);

  const summary: IndexSummary = {
    pages: { case: 0, source: 0, mechanism: 0, lesson: 0 },
    skipped: { noindex: 0, noMain: 0 },
    terms: 0,
    pagesWithTerms: 0,
    supportBytes: 0,
    bundleBytes: 0,
  };
  const pages: SitePage[] = [];
  for (const rel of walkHtml(site, site)) {
    const raw = readFileSync(join(site, rel), 'utf8');
    const type = declaredPageType(raw);
    if (!type) continue;
    if (isNoindex(raw)) {
      summary.skipped.noindex++;
      continue;
    }
    const html = ensurePagefindBody(raw);
    if (!html) {
      summary.skipped.noMain++;
      log(`index-search: ${rel} declares type ${type} but has neither data-pagefind-body nor <main>; skipped`);
      continue;
    }
    pages.push({ rel, url: urlOfFile(rel), type, html: stripIds(html) });
    summary.pages[type]++;
  }
  if (!pages.length) throw new Error('index-search: no page carries <PagefindMeta>; nothing to index');

  // Pass 1: the text as Pagefind sees it (its body rules, exclusions and ignores applied).
  const first = await buildIndex(pages.map((p) => ({ url: p.url, content: p.html })));
  const firstFiles = check('reading the first-pass index', await first.getFiles());
  const seen = readFragments(firstFiles.files);
  await first.deleteIndex();

  // Terms: the catalogue, plus the names pages declare about themselves.
  const declared: string[] = [];
  for (const page of seen.values()) {
    const m = page.meta;
    for (const key of ['functions', 'mechanisms']) if (m[key]) declared.push(...m[key].split('、'));
    if (m.committee && [...m.committee].length >= 3) declared.push(m.committee);
    if (m.region) for (const name of m.region.split(' ')) declared.push(...placeNameForms(name));
  }
  const extra = options.termsFile ? readFileSync(options.termsFile, 'utf8').split(/\r?\n/) : [];
  const terms = options.plain
    ? []
    : normalizeTerms([
        ...catalogueTerms(options.content ?? casebookPaths().content),
        ...declared,
        ...extra,
      ]);
  assertNoTokenCollisions(terms);
  summary.terms = terms.length;

  // Pass 2: the same pages with their term tokens.
  const chars = new Set<string>(terms.flatMap((t) => [...t]));
  const second = pages.map((p) => {
    const page = seen.get(p.url);
    if (!page) return { url: p.url, content: p.html };
    const metaText = ['title', 'committee', 'region', 'functions', 'mechanisms'].map((k) => page.meta[k] ?? '').join('\n');
    for (const c of page.text + metaText) chars.add(c);
    if (!terms.length) return { url: p.url, content: p.html };
    const titleCounts = countTerms(page.meta.title ?? '', terms);
    const textCounts = countTerms(`${page.text}\n${metaText}`, terms);
    if (textCounts.size) summary.pagesWithTerms++;
    return { url: p.url, content: appendToBody(p.html, termTokenBlock(titleCounts, textCounts)) };
  });
  const index = await buildIndex(second);
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  check('writing the index', await index.writeFiles({ outputPath: out }));
  await index.deleteIndex();
  await pagefind.close();

  for (const name of readdirSync(out)) if (UNUSED_BUNDLE_FILE.test(name)) rmSync(join(out, name));

  const content = options.content ?? casebookPaths().content;
  const readList = <T>(name: string): T[] => (existsSync(join(content, name)) ? (JSON.parse(readFileSync(join(content, name), 'utf8')) as T[]) : []);
  const support = JSON.stringify({
    version: 1,
    terms,
    t2s: { phrases: pruneDictionary(TSPhrases, chars), characters: pruneDictionary(TSCharacters, chars) },
    pages: packPages(cataloguePages(readList<MechanismEntry>('mechanisms.json'), readList<FunctionEntry>('functions.json')), terms),
  } satisfies SearchSupport);
  writeFileSync(join(out, SUPPORT_FILE), support);
  summary.supportBytes = Buffer.byteLength(support);
  const sizeOf = (dir: string): number =>
    readdirSync(dir).reduce((n, name) => {
      const p = join(dir, name);
      return n + (statSync(p).isDirectory() ? sizeOf(p) : statSync(p).size);
    }, 0);
  summary.bundleBytes = sizeOf(out);

  const { case: c, source: s, mechanism: m, lesson: l } = summary.pages;
  log(
    `index-search: ${c} cases, ${s} sources, ${m} mechanisms, ${l} lessons indexed` +
      (summary.skipped.noindex ? ` (${summary.skipped.noindex} noindex pages skipped)` : '') +
      `; ${terms.length} terms on ${summary.pagesWithTerms} pages${options.plain ? ' (plain: no term tokens)' : ''}` +
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
    else if (a === '--content') options.content = value();
    else if (a === '--terms') options.termsFile = value();
    else if (a === '--chunk-size') options.chunkSize = Number(value());
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
