/**
 * Shared helpers for the browser and budget tests.
 *
 * - The site under test is SITE_DIST (default `dist`, the real build). If that folder has no
 *   index.html, the fixture site (tests/fixtures/content) is built into it once, so `SITE_DIST=test-artifacts/fixture-dist npx vitest run --project e2e` works from a
 *   clean checkout.
 * - It is served by scripts/serve.ts on a free port and driven with Debian's Chromium through
 *   playwright-core, with the flags this closed network needs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { startServer, type ServerHandle } from '../../scripts/serve';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, process.env.SITE_DIST ?? 'dist');
export const SCREENSHOTS = join(ROOT, 'test-artifacts/screenshots');
const FIXTURE_CONTENT = 'tests/fixtures/content';
/** A lesson over the fixture cases (the real lessons cite the bundled corpus's). */
const FIXTURE_LESSONS = 'tests/fixtures/lessons';


function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`.slice(-4000));
  }
}

/**
 * Build the fixture site into DIST unless a built site is already there. Every helper that reads
 * DIST calls this first, because test files list their pages while they are being collected,
 * before any beforeAll runs.
 */
export function ensureSite(): string {
  if (existsSync(join(DIST, 'index.html'))) return DIST;
  console.log(`e2e: no site in ${relative(ROOT, DIST)}/, building the fixture site there`);
  // `astro build` alone writes the pages, the data exports and the search index.
  run(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', DIST], { CASEBOOK_CONTENT: FIXTURE_CONTENT, CASEBOOK_LESSONS: FIXTURE_LESSONS });
  return DIST;
}

export interface Site {
  url: string;
  browser: Browser;
  server: ServerHandle;
  close: () => Promise<void>;
}

export const launchBrowser = launchChromium;

/** Build if needed, serve, launch the browser. Call from beforeAll; close from afterAll. */
export async function openSite(): Promise<Site> {
  ensureSite();
  const server = await startServer({ root: DIST, port: 0 });
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Requests that left the local server (must stay empty: the site makes no external requests). */
  external: string[];
  status: number | null;
}

/** A fresh page at `width` px, with every request outside the local server recorded. */
export async function openPage(site: Site, path: string, width = 1280, colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const origin = new URL(site.url).origin;
  const external: string[] = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  // Closing the page also closes its context; after the browser is gone that is already done.
  page.on('close', () => void context.close().catch(() => {}));
  return { page, external, status: response?.status() ?? null };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the loaded page. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: the page's Content-Security-Policy rightly refuses an
  // inline script it does not know, while code the test runs through the protocol is not a page script.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// ---------------------------------------------------------------------------------------------
// The built site on disk.

/** Every .html file under DIST, as paths relative to it with forward slashes. */
export function htmlFiles(dir = ensureSite()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const readDist = (rel: string) => readFileSync(join(DIST, rel), 'utf8');

/** URL path of a built page: `cases/x/index.html` -> `/cases/x/`. */
export const pagePath = (rel: string) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;

/** Directories (ids) of one page family, e.g. `cases` -> every `cases/<id>/index.html`. */
export function pagesUnder(section: string): string[] {
  const dir = join(ensureSite(), section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'index.html')))
    .sort()
    .map((name) => `/${section}/${name}/`);
}

/** One representative page per page type, chosen from what the build produced. */
export function pageTypes(): Record<string, string> {
  const first = (section: string) => {
    const list = pagesUnder(section);
    if (!list.length) throw new Error(`the build has no ${section}/<id>/ pages`);
    return list[0];
  };
  // The richest page of a family exercises it best: most table rows, most case links.
  const richest = (section: string, pattern: RegExp) => {
    const count = (p: string) => (readDist(`${p.slice(1)}index.html`).match(pattern) ?? []).length;
    const best = pagesUnder(section).sort((a, b) => count(b) - count(a) || a.localeCompare(b))[0];
    if (!best) throw new Error(`the build has no ${section}/<id>/ pages`);
    return best;
  };
  const caseLinks = /href="\/cases\//g;
  return {
    home: '/',
    regions: '/regions/',
    region: first('regions'),
    functions: '/functions/',
    function: richest('functions', caseLinks),
    mechanisms: '/mechanisms/',
    mechanism: richest('mechanisms', /<tr\b/g),
    // The case with the most markers (badges, figures, lost text) shows the most of the template.
    case: richest('cases', /class="badge|<mark|class="lost"/g),
    source: first('sources'),
    sources: '/sources/',
    about: '/about/',
    search: '/search/',
    lessons: '/lessons/',
    lesson: first('lessons'),
    pack: '/pack/',
  };
}

export const NOT_FOUND_PATH = '/no-such-page-for-tests/';

// ---------------------------------------------------------------------------------------------
// Minimal HTML reading for the crawl (the site's own output: attributes are always quoted).

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (s: string) => s.replace(/&(amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m]);

export interface Reference {
  tag: string;
  attr: string;
  value: string;
  /** The whole start tag, for messages and rel= checks. */
  raw: string;
}

/** href/src/action attribute values of every element in `html`. */
export function references(html: string): Reference[] {
  const out: Reference[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const [raw, tag, attrs] = m;
    for (const a of attrs.matchAll(/\s(href|src|action|srcset)="([^"]*)"/g)) {
      out.push({ tag: tag.toLowerCase(), attr: a[1], value: decode(a[2]), raw });
    }
  }
  return out;
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1])));
}

/** The file a site path is served from (directory index), or null if nothing would be served. */
export function fileForPath(pathname: string): string | null {
  const p = decodeURIComponent(pathname);
  const direct = join(DIST, p);
  if (!direct.startsWith(DIST)) return null;
  if (p.endsWith('/')) return existsSync(join(direct, 'index.html')) ? join(direct, 'index.html') : null;
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return null;
}

export const relFromAbs = (abs: string) => relative(DIST, abs).split(sep).join('/');
