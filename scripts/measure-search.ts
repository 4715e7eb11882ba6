/**
 * `npm run measure:search`: search quality and cost on a built, indexed site, in headless Chromium.
 *
 *   tsx scripts/measure-search.ts [site] [--only recall|budget] [--offline dir] [--firefox path]
 *
 * Recall and precision ("before" and "after"): for each query, the case pages that should be
 * found are those whose indexed text or card metadata contains the query (in Simplified, after
 * folding); found is what Pagefind returns for case pages. "Before" is a plain index of the same
 * pages (index-search --plain, built in a temporary copy) asked the raw query, as Pagefind does out
 * of the box; "after" is the site's index asked what the search page asks (normalise, convert to
 * Simplified, catalogue terms as tokens). Besides the five named queries, every catalogue term and
 * 200 random 2–4 character strings from the case texts are run and summed.
 *
 * Budget: the search page is opened in a fresh browser context, a query is typed, and every byte
 * requested after the page's load event until the results are shown is counted (pagefind.js,
 * wasm, metadata, index chunks, filters, fragments, casebook.json), with the time from the last
 * keystroke to the results (debounce included) for a cold and for warm queries.
 *
 * With --firefox, the offline bundle's search is also run in that Firefox over file://.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFileKind, decodeFragment } from '../src/lib/search/pagefind-internals';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import * as OpenCC from 'opencc-js';
import { startServer, type ServerHandle } from './serve';
import { launchChromium } from './lib/chromium';
import { indexSite } from './index-search';
import { SUPPORT_FILE, supportTerms, type SearchSupport } from '../src/lib/search/support';
import { cleanIndexedText } from '../src/lib/search/excerpt';
import { normalizeQuery } from '../src/lib/search/normalize';
import { prepareQuery } from '../src/lib/search/query';
import { requiredWords } from '../src/lib/search/terms';
import { createT2sConverter } from '../src/lib/search/t2s';

export const NAMED_QUERIES = ['委员工作室', '临时党支部', '民主评议', '协商议事会', '提案办理'];
/** The ways people type the same things: Traditional, mixed, full-width, with punctuation. */
export const VARIANT_QUERIES = ['協商', '委員工作室', '臨時黨支部', '民主評議', '协商議事會', '“提案办理”', '委员工作室　', '１号提案'];


// ---------------------------------------------------------------------------------------------
// What the index holds.

export const readSupport = (site: string): SearchSupport => JSON.parse(readFileSync(join(site, 'pagefind', SUPPORT_FILE), 'utf8')) as SearchSupport;

export interface IndexedPage {
  url: string;
  type: string;
  /** Indexed text and card metadata, cleaned, lower-cased: what a literal query is checked against. */
  text: string;
}

/** Every page in a built Pagefind bundle (all its parts), read from its fragment files. */
export function readIndexedPages(site: string): IndexedPage[] {
  const parts = ['', ...(readSupport(site).parts ?? [])];
  const files = parts.flatMap((part) => {
    const dir = join(site, 'pagefind', part, 'fragment');
    return readdirSync(dir).map((name) => join(dir, name));
  });
  return files.map((file) => {
    const f = decodeFragment(readFileSync(file));
    const meta = ['title', 'committee', 'region', 'functions', 'mechanisms'].map((k) => f.meta[k] ?? '').join('\n');
    return { url: f.url, type: f.meta.type ?? '', text: normalizeForTruth(`${cleanIndexedText(f.content)}\n${meta}`) };
  });
}

const QUOTE_MARKS = /[\p{Pi}\p{Pf}"'「」『』]/gu;
const normalizeForTruth = (text: string) => text.normalize('NFKC').replace(QUOTE_MARKS, '').toLowerCase();

const fullConverter = OpenCC.Converter({ from: 't', to: 'cn' });

/** Case pages that contain every space-separated part of the query, in Simplified. */
export function expectedCases(pages: readonly IndexedPage[], query: string): string[] {
  const parts = fullConverter(normalizeQuery(query)).split(' ').filter(Boolean);
  if (!parts.length) return [];
  return pages.filter((p) => p.type === 'case' && parts.every((part) => p.text.includes(part))).map((p) => p.url);
}

// ---------------------------------------------------------------------------------------------
// Asking Pagefind in the browser.

/**
 * A page of `site` (not /search/, whose own script would search too) with pagefind.js imported,
 * and the index's further parts merged into it (Pagefind's own merge: these searches are by
 * relevance only, where it orders results as the search page does).
 */
export async function openPagefind(browser: Browser, siteUrl: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL('/', siteUrl).href);
  await page.evaluate(async (supportFile) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    await pf.options({ noWorker: true });
    await pf.init();
    const support = (await (await fetch(`/pagefind/${supportFile}`)).json()) as { parts?: string[] };
    for (const part of support.parts ?? []) await pf.mergeIndex(`/pagefind/${part}`);
    (window as unknown as { __pf: unknown }).__pf = pf;
  }, SUPPORT_FILE);
  return page;
}

/**
 * URLs of the case pages Pagefind returns for each query, given as the Pagefind query string and
 * the words that must all be in the index (the search page's rule; none for the "before" runs).
 */
export async function caseUrls(page: Page, queries: Array<{ query: string; required?: string[] }>): Promise<string[][]> {
  return page.evaluate(async (list) => {
    type Hit = { data(): Promise<{ url: string }> };
    const pf = (window as unknown as { __pf: { search(q: string, o?: object): Promise<{ results: Hit[] }> } }).__pf;
    const out: string[][] = [];
    for (const { query, required = [] } of list) {
      if (required.length > 1) {
        const known = await Promise.all(required.map((w) => pf.search(w)));
        if (known.some((r) => r.results.length === 0)) {
          out.push([]);
          continue;
        }
      }
      const r = await pf.search(query, { filters: { type: 'case' } });
      out.push(await Promise.all(r.results.map(async (x) => (await x.data()).url)));
    }
    return out;
  }, queries);
}

export interface RecallRow {
  query: string;
  expected: number;
  found: number;
  hits: number;
}

const rowFor = (query: string, expected: string[], found: string[]): RecallRow => ({
  query,
  expected: expected.length,
  found: found.length,
  hits: found.filter((u) => expected.includes(u)).length,
});

const sum = (rows: RecallRow[]) =>
  rows.reduce((a, r) => ({ query: a.query, expected: a.expected + r.expected, found: a.found + r.found, hits: a.hits + r.hits }), {
    query: '',
    expected: 0,
    found: 0,
    hits: 0,
  });

/** 2–4 Han characters cut from case texts at fixed pseudo-random places (same every run). */
export function sampleStrings(pages: readonly IndexedPage[], count = 200): string[] {
  const text = pages.filter((p) => p.type === 'case').map((p) => p.text).join('\n');
  let seed = 20240614;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 50; tries++) {
    const len = 2 + Math.floor(next() * 3);
    const at = Math.floor(next() * Math.max(1, text.length - len));
    const s = text.slice(at, at + len);
    if (/^\p{Script=Han}+$/u.test(s)) out.add(s);
  }
  return [...out];
}

export interface RecallReport {
  named: Array<{ before: RecallRow; after: RecallRow }>;
  variants: Array<{ before: RecallRow; after: RecallRow }>;
  catalogue: { before: RecallRow; after: RecallRow; queries: number };
  sampled: { before: RecallRow; after: RecallRow; queries: number };
  misses: { catalogue: string[]; sampled: string[] };
}

export async function measureRecall(site: string, browser: Browser, log: (s: string) => void = () => {}): Promise<RecallReport> {
  const pages = readIndexedPages(site);
  const support = readSupport(site);
  const toSimplified = createT2sConverter(support.t2s);
  const catalogue = supportTerms(support);
  const sampled = sampleStrings(pages);
  const all = [...NAMED_QUERIES, ...VARIANT_QUERIES, ...catalogue, ...sampled];

  // "Before": the same pages in a plain index, in a temporary copy of the site.
  const plainDir = mkdtempSync(join(tmpdir(), 'casebook-plain-'));
  let plain: ServerHandle | undefined;
  let after: ServerHandle | undefined;
  try {
    cpSync(site, plainDir, { recursive: true, filter: (src) => !src.startsWith(join(site, 'pagefind')) });
    log('measure-search: building the plain ("before") index in a temporary copy');
    await indexSite({ site: plainDir, plain: true, log: () => {} });
    plain = await startServer({ root: plainDir, port: 0 });
    after = await startServer({ root: site, port: 0 });

    const beforePage = await openPagefind(browser, plain.url);
    const beforeFound = await caseUrls(beforePage, all.map((query) => ({ query })));
    const afterPage = await openPagefind(browser, after.url);
    const afterFound = await caseUrls(
      afterPage,
      all.map((q) => {
        const plan = prepareQuery(q, catalogue, toSimplified).plan;
        return { query: plan?.pagefindQuery ?? '', required: plan ? requiredWords(plan) : [] };
      }),
    );
    await beforePage.close();
    await afterPage.close();

    const rows = all.map((q, i) => {
      const expected = expectedCases(pages, q);
      return { before: rowFor(q, expected, beforeFound[i]), after: rowFor(q, expected, afterFound[i]) };
    });
    const slice = (from: number, n: number) => rows.slice(from, from + n);
    const named = slice(0, NAMED_QUERIES.length);
    const variants = slice(NAMED_QUERIES.length, VARIANT_QUERIES.length);
    const cat = slice(NAMED_QUERIES.length + VARIANT_QUERIES.length, catalogue.length);
    const smp = slice(NAMED_QUERIES.length + VARIANT_QUERIES.length + catalogue.length, sampled.length);
    const missed = (list: typeof rows) => list.filter((r) => r.after.hits < r.after.expected).map((r) => `${r.after.query} (${r.after.hits}/${r.after.expected})`);
    return {
      named,
      variants,
      catalogue: { before: sum(cat.map((r) => r.before)), after: sum(cat.map((r) => r.after)), queries: cat.length },
      sampled: { before: sum(smp.map((r) => r.before)), after: sum(smp.map((r) => r.after)), queries: smp.length },
      misses: { catalogue: missed(cat), sampled: missed(smp) },
    };
  } finally {
    await plain?.close();
    await after?.close();
    rmSync(plainDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes and time of a search, through the search page.

export interface QueryCost {
  query: string;
  /** Milliseconds from the input event to results when the engine was ready before typing. */
  readyLatencyMs?: number;
  /** Bytes of response bodies requested after the load event, by kind. */
  bytes: Record<string, number>;
  total: number;
  /** The same bodies gzip-compressed, as a host that compresses would send them. */
  gzipTotal: number;
  requests: number;
  /** From the input event to the results on screen (includes the 120 ms debounce). */
  latencyMs: number;
  count: number;
}

const kindOf = (url: string): string => {
  const path = new URL(url).pathname;
  if (path.endsWith(`/${SUPPORT_FILE}`)) return SUPPORT_FILE;
  return bundleFileKind(path);
};

/**
 * Enter a query into the search page in one input event, the way an input method commits a word
 * (and a paste arrives), wait for its results, and time it in the page: from that input event to
 * the results on screen, debounce included.
 */
async function typeAndWait(page: Page, query: string): Promise<{ latencyMs: number; count: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __done: number };
    w.__lastKey = 0;
    w.__done = 0;
    const input = document.getElementById('search-q')!;
    input.addEventListener('input', () => (w.__lastKey = performance.now()));
    new MutationObserver(() => {
      const root = document.getElementById('search-root')!;
      if (root.dataset.status === 'done' && w.__lastKey) w.__done = performance.now();
    }).observe(document.getElementById('search-root')!, { attributes: true, attributeFilter: ['data-status'] });
  });
  await page.fill('#search-q', query);
  const expected = prepareQuery(query, [], (t) => t).normalized;
  await page.waitForFunction(
    (q) => {
      const root = document.getElementById('search-root')!;
      const w = window as unknown as { __done: number };
      // data-query holds the Simplified form; comparing lengths is enough to know it is this query.
      return root.dataset.status === 'done' && w.__done > 0 && [...(root.dataset.query ?? '')].length === [...q].length;
    },
    expected,
    { timeout: 15_000 },
  );
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __done: number };
    return { latencyMs: w.__done - w.__lastKey, count: Number(document.getElementById('search-root')!.dataset.count ?? 0) };
  });
}

/** The first query on a freshly opened search page: everything it downloads, and how long it takes. */
export async function measureFirstQuery(browser: Browser, siteUrl: string, query: string, afterEngine = false): Promise<QueryCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes: Record<string, number> = {};
  let gzipTotal = 0;
  let loaded = false;
  let requests = 0;
  const pendingBodies: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!loaded) return;
    requests++;
    pendingBodies.push(
      response
        .body()
        .then((b) => {
          const k = kindOf(response.url());
          bytes[k] = (bytes[k] ?? 0) + b.length;
          gzipTotal += gzipSync(b).length;
        })
        .catch(() => {}),
    );
  });
  await page.goto(new URL('/search/', siteUrl).href, { waitUntil: 'load' });
  loaded = true;
  // The search page starts loading Pagefind as soon as it opens; someone typing takes longer than
  // that, so the usual first query meets a ready engine. Both cases are measured.
  if (afterEngine) await page.waitForSelector('#search-root[data-engine="ready"]');
  const { latencyMs, count } = await typeAndWait(page, query);
  await Promise.all(pendingBodies);
  await context.close();
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return { query, bytes, total, gzipTotal, requests, latencyMs, count };
}

/** Later queries on an already warm page: time only. */
export async function measureWarmQueries(browser: Browser, siteUrl: string, queries: string[]): Promise<Array<{ query: string; latencyMs: number; count: number }>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/search/', siteUrl).href, { waitUntil: 'load' });
  await typeAndWait(page, '政协');
  const out = [];
  for (const q of queries) out.push({ query: q, ...(await typeAndWait(page, q)) });
  await context.close();
  return out;
}

// ---------------------------------------------------------------------------------------------
// The offline bundle in Firefox. playwright-core drives stock Firefox only through WebDriver
// BiDi, and Firefox ESR 153 lacks a command it sends on every new page, so this speaks BiDi
// itself: enough to open a file:// URL, wait, and read the page.

export interface FirefoxCheck {
  query: string;
  status: string;
  links: string[];
  /** Title of the page the first result opened, or an empty string. */
  opened: string;
}

/** Run `queries` on the search page at `pageUrl(query)` in Firefox and open each first result. */
export async function checkSearchInFirefox(firefox: string, pageUrl: (query: string) => string, queries: string[]): Promise<FirefoxCheck[]> {
  const profile = mkdtempSync(join(tmpdir(), 'casebook-firefox-'));
  const child = spawn(firefox, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const endpoint = await new Promise<string>((resolveUrl, reject) => {
      let seen = '';
      const onData = (d: Buffer) => {
        seen += d.toString();
        const m = seen.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
        if (m) resolveUrl(m[1]);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', () => reject(new Error(`firefox exited: ${seen.slice(-500)}`)));
      setTimeout(() => reject(new Error('firefox: no WebDriver BiDi endpoint after 30 s')), 30_000);
    });
    const ws = new WebSocket(`${endpoint}/session`);
    await new Promise((ok, fail) => {
      ws.addEventListener('open', ok);
      ws.addEventListener('error', fail);
    });
    let nextId = 0;
    const waiting = new Map<number, (m: { type: string; result?: unknown; error?: string; message?: string }) => void>();
    ws.addEventListener('message', (ev) => {
      const m = JSON.parse(String(ev.data));
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
    });
    const send = <T>(method: string, params: object) =>
      new Promise<T>((ok, fail) => {
        const id = ++nextId;
        waiting.set(id, (m) => (m.type === 'error' ? fail(new Error(`${method}: ${m.error} ${m.message}`)) : ok(m.result as T)));
        ws.send(JSON.stringify({ id, method, params }));
      });
    await send('session.new', { capabilities: {} });
    const tree = await send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', {});
    const context = tree.contexts[0].context;
    const evaluate = async <T>(expression: string): Promise<T> =>
      (await send<{ result: { value: T } }>('script.evaluate', { expression, target: { context }, awaitPromise: true })).result.value;
    const out: FirefoxCheck[] = [];
    for (const query of queries) {
      await send('browsingContext.navigate', { context, url: pageUrl(query), wait: 'complete' });
      for (let i = 0; i < 100; i++) {
        const state = await evaluate<string>(`document.getElementById('search-root')?.dataset.status ?? ''`);
        if (state === 'done' || state === 'error') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const read = await evaluate<string>(
        `JSON.stringify({ status: document.getElementById('search-status').textContent, links: [...document.querySelectorAll('#search-results h3 a')].map((a) => a.getAttribute('href')), first: document.querySelector('#search-results h3 a')?.href ?? '' })`,
      );
      const { status, links, first } = JSON.parse(read) as { status: string; links: string[]; first: string };
      let opened = '';
      if (first) {
        await send('browsingContext.navigate', { context, url: first, wait: 'complete' });
        opened = await evaluate<string>('document.title');
      }
      out.push({ query, status, links, opened });
    }
    ws.close();
    return out;
  } finally {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

export function dirBytes(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    n += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return n;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '–');
const kb = (n: number) => (n / 1024).toFixed(1);

function recallTable(rows: Array<{ before: RecallRow; after: RecallRow }>, label = 'query'): string {
  const lines = [
    `| ${label} | expected | before: found | before: recall | before: precision | after: found | after: recall | after: precision |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { before: b, after: a } of rows) {
    lines.push(
      `| ${a.query} | ${a.expected} | ${b.found} | ${b.hits}/${b.expected} (${pct(b.hits, b.expected)}) | ${pct(b.hits, b.found)} | ${a.found} | ${a.hits}/${a.expected} (${pct(a.hits, a.expected)}) | ${pct(a.hits, a.found)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const site = resolve(args.find((a, i) => !a.startsWith('-') && !['--only', '--offline', '--firefox'].includes(args[i - 1])) ?? process.env.SITE_DIST ?? 'dist');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const offlineDir = args.includes('--offline') ? resolve(args[args.indexOf('--offline') + 1]) : resolve(process.env.OFFLINE_DIR ?? 'offline');
  const firefox = args.includes('--firefox') ? args[args.indexOf('--firefox') + 1] : undefined;
  if (!existsSync(join(site, 'pagefind', SUPPORT_FILE))) throw new Error(`measure-search: ${site} has no search index; run scripts/index-search.ts first`);

  const browser = await launchChromium();
  const out: string[] = [];
  try {
    if (only !== 'budget') {
      const r = await measureRecall(site, browser, (s) => console.error(s));
      out.push('### Named queries\n', recallTable(r.named), '');
      out.push('### The same, typed differently\n', recallTable(r.variants), '');
      out.push(
        '### Sweeps\n',
        recallTable(
          [
            { before: { ...r.catalogue.before, query: `all ${r.catalogue.queries} catalogue terms` }, after: { ...r.catalogue.after, query: `all ${r.catalogue.queries} catalogue terms` } },
            { before: { ...r.sampled.before, query: `${r.sampled.queries} random strings` }, after: { ...r.sampled.after, query: `${r.sampled.queries} random strings` } },
          ],
          'set',
        ),
        '',
      );
      if (r.misses.catalogue.length || r.misses.sampled.length) {
        out.push(`After, missed: ${[...r.misses.catalogue, ...r.misses.sampled].join('; ')}`, '');
      }
    }
    if (only !== 'recall') {
      const server = await startServer({ root: site, port: 0 });
      try {
        const first = [];
        for (const q of [...NAMED_QUERIES, '協商']) {
          const cost = await measureFirstQuery(browser, server.url, q);
          cost.readyLatencyMs = (await measureFirstQuery(browser, server.url, q, true)).latencyMs;
          first.push(cost);
        }
        const kinds = ['pagefind.js', 'wasm', 'meta', 'index', 'filters', 'fragments', SUPPORT_FILE, 'other'];
        out.push('### First query on a fresh search page (bytes after the load event)\n');
        out.push(`| query | results | ${kinds.join(' | ')} | total kB | gzip kB | requests | ms to results, typed at once | ms, typed once Pagefind is loaded |`);
        out.push(`| --- | ---: | ${kinds.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: |`);
        for (const c of first) {
          out.push(
            `| ${c.query} | ${c.count} | ${kinds.map((k) => kb(c.bytes[k] ?? 0)).join(' | ')} | **${kb(c.total)}** | ${kb(c.gzipTotal)} | ${c.requests} | ${c.latencyMs.toFixed(0)} | ${c.readyLatencyMs?.toFixed(0) ?? '–'} |`,
          );
        }
        const warm = await measureWarmQueries(browser, server.url, [...NAMED_QUERIES, '協商', '石景山 民主评议']);
        const sorted = warm.map((w) => w.latencyMs).sort((a, b) => a - b);
        out.push('', '### Later queries on the same page (ms from the input event to results, debounce 120 ms included)\n');
        out.push(`| ${warm.map((w) => w.query).join(' | ')} | median | max |`);
        out.push(`| ${warm.map(() => '---:').join(' | ')} | ---: | ---: |`);
        out.push(`| ${warm.map((w) => w.latencyMs.toFixed(0)).join(' | ')} | ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} | ${sorted[sorted.length - 1].toFixed(0)} |`);
      } finally {
        await server.close();
      }
      const distBytes = dirBytes(site);
      out.push('', `Site ${site}: ${kb(distBytes)} kB; search bundle (pagefind/) ${kb(dirBytes(join(site, 'pagefind')))} kB.`);
      if (existsSync(offlineDir)) {
        const offlineBytes = dirBytes(offlineDir);
        out.push(`Offline bundle ${offlineDir}: ${kb(offlineBytes)} kB = ${(offlineBytes / distBytes).toFixed(2)} × the site (budget 3 ×).`);
      }
    }
    if (firefox) {
      const queries = ['委员工作室', '協商', '民主评议'];
      const table = (title: string, rows: FirefoxCheck[]) => {
        out.push('', `### ${title}\n`, '| query | status | results shown | first result opens |', '| --- | --- | ---: | --- |');
        for (const c of rows) out.push(`| ${c.query} | ${c.status} | ${c.links.length} | ${c.opened || '–'} |`);
      };
      const server = await startServer({ root: site, port: 0 });
      try {
        table(`Firefox (${firefox}), over http`, await checkSearchInFirefox(firefox, (q) => `${server.url}search/?q=${encodeURIComponent(q)}`, queries));
      } finally {
        await server.close();
      }
      if (existsSync(join(offlineDir, 'search', 'index.html'))) {
        const page = pathToFileURL(join(offlineDir, 'search', 'index.html')).href;
        table(`Firefox (${firefox}), the offline bundle over file://`, await checkSearchInFirefox(firefox, (q) => `${page}?q=${encodeURIComponent(q)}`, queries));
      }
    }
  } finally {
    await browser.close();
  }
  console.log(out.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: Error) => {
    console.error(e.stack ?? e.message);
    process.exit(1);
  });
}
