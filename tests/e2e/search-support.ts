/**
 * Helpers for the search tests (search.test.ts over http, offline.test.ts over file://).
 *
 * - The site is the one tests/e2e/support.ts serves (SITE_DIST, default dist). If it has no search
 *   index yet, scripts/index-search.ts is run on it once.
 * - The offline bundle is OFFLINE_DIR (default offline). If it is missing, or was built from
 *   another index than the site's, scripts/build-offline.ts rebuilds it (without the zip).
 * - What the searches must find depends on the corpus built: the bundled corpus (sources/) or the
 *   fixture corpus (tests/fixtures/content). Both have an expectation table below; every
 *   expectation is asserted whichever corpus it is, so nothing is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { DIST, ROOT, ensureSite } from './support';
import { indexSite } from '../../scripts/index-search';
import { SUPPORT_FILE } from '../../src/lib/search/support';
import { buildOffline } from '../../scripts/build-offline';

export const OFFLINE = resolve(ROOT, process.env.OFFLINE_DIR ?? 'offline');

/** Build the fixture site if there is none (support.ts), and its search index if it has none. */
export async function ensureSearchSite(): Promise<string> {
  ensureSite();
  if (!existsSync(join(DIST, 'pagefind', SUPPORT_FILE))) {
    console.log(`e2e: ${DIST} has no search index; running scripts/index-search.ts`);
    await indexSite({ site: DIST });
  }
  return DIST;
}

/**
 * What the offline bundle was built from: every file of the site with its size and time. Kept
 * beside the bundle (not in it), so a bundle made from an earlier build of the site is rebuilt.
 */
function siteStamp(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const st = statSync(path);
        hash.update(`${path}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  walk(DIST);
  return hash.digest('hex');
}

/** The offline bundle for the current site, rebuilt when it is missing or was made from another build. */
export async function ensureOffline(): Promise<string> {
  await ensureSearchSite();
  const stampFile = `${OFFLINE}.source-stamp`;
  const stamp = siteStamp();
  const fresh = existsSync(join(OFFLINE, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!fresh) {
    console.log(`e2e: building the offline bundle in ${OFFLINE}`);
    await buildOffline({ site: DIST, out: OFFLINE, zip: null, log: (l) => console.log(l) });
    writeFileSync(stampFile, stamp);
  }
  return OFFLINE;
}

export const offlineUrl = (rel: string, search = '') => `${pathToFileURL(join(OFFLINE, rel)).href}${search}`;

// ---------------------------------------------------------------------------------------------
// Which corpus, and what searching it must give.

export type Corpus = 'bundled' | 'fixture';

/** The bundled corpus has cases cut from sources/000_4bb3d2b3ae31962d.txt; the fixture's ids start `fx-`. */
export function builtCorpus(site = DIST): Corpus {
  const cases = existsSync(join(site, 'cases')) ? readdirSync(join(site, 'cases')) : [];
  return cases.length && cases.every((id) => id.startsWith('fx-')) ? 'fixture' : 'bundled';
}

export interface Expectations {
  /** `委员工作室` finds at least this many cases. */
  studioAtLeast: number;
  /** Committees (substrings of the card's committee line) that `民主评议` must find. */
  appraisalCommittees: string[];
  /** A province and a query that has cases inside and outside it (filters must narrow). */
  narrow: { q: string; province: string };
}

export const EXPECT: Record<Corpus, Expectations> = {
  bundled: { studioAtLeast: 5, appraisalCommittees: ['石景山', '邯郸'], narrow: { q: '委员工作室', province: '河北省' } },
  fixture: { studioAtLeast: 3, appraisalCommittees: ['西城', '邯郸'], narrow: { q: '临时党支部', province: '河北省' } },
};

// ---------------------------------------------------------------------------------------------
// Driving the search page.

export interface Card {
  title: string;
  href: string;
  /** The committee · region · date line. */
  facts: string;
  excerpt: string;
  marked: string[];
}

/** Wait until the search page has finished the search for `query` (normalised, Simplified). */
export async function waitForSearch(page: Page, query?: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const root = document.getElementById('search-root');
      return !!root && (root.dataset.status === 'done' || root.dataset.status === 'error') && (q === undefined || root.dataset.query === q);
    },
    query,
    { timeout: 20_000 },
  );
}

/** Wait until the filters' options are loaded and show the counts of the search on screen. */
export async function waitForFilters(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('search-root')?.dataset.filters === 'ready', undefined, { timeout: 20_000 });
}

export async function status(page: Page): Promise<string> {
  return (await page.locator('#search-status').textContent()) ?? '';
}

export async function resultCount(page: Page): Promise<number> {
  return Number(await page.locator('#search-root').getAttribute('data-count'));
}

/** The case cards on screen, after pressing "显示更多" until every result is shown. */
export async function allCards(page: Page): Promise<Card[]> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('h3 a')?.textContent ?? '',
      href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      facts: li.querySelector('.meta')?.textContent ?? '',
      excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
      marked: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}
