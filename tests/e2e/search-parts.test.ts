import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchBrowser } from './support';
import { allCards, ensureSearchSite, resultCount, waitForFilters, waitForSearch, type Card } from './search-support';
import { indexSite } from '../../scripts/index-search';
import { buildOffline } from '../../scripts/build-offline';
import { startServer, type ServerHandle } from '../../scripts/serve';
import { SUPPORT_FILE, type SearchSupport } from '../../src/lib/search/support';

// A large casebook's search index comes in parts (src/lib/search/parts.ts). Here the built site is
// indexed again in parts of a few pages each, so that the dated pages spread over several parts,
// and the search page must find on it what it finds on the site's own index of one part.
const PART_PAGES = 5;
let browser: Browser;
let whole: ServerHandle;
let split: ServerHandle;
let work: string;
let splitSite: string;
let support: SearchSupport;

beforeAll(async () => {
  await ensureSearchSite();
  work = mkdtempSync(join(tmpdir(), 'casebook-parts-'));
  splitSite = join(work, 'site');
  cpSync(DIST, splitSite, { recursive: true });
  await indexSite({ site: splitSite, partPages: PART_PAGES, log: () => {} });
  support = JSON.parse(readFileSync(join(splitSite, 'pagefind', SUPPORT_FILE), 'utf8')) as SearchSupport;
  whole = await startServer({ root: DIST, port: 0 });
  split = await startServer({ root: splitSite, port: 0 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await whole?.close();
  await split?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Searched {
  cards: Card[];
  count: number;
  filters: string;
  requests: string[];
  errors: string[];
}

async function searchAt(url: string): Promise<Searched> {
  const page: Page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  await waitForSearch(page);
  await waitForFilters(page);
  const out = {
    cards: await allCards(page),
    count: await resultCount(page),
    filters: (await page.locator('#search-filters').textContent()) ?? '',
    requests,
    errors,
  };
  await page.close();
  return out;
}

const both = async (query: string) => {
  const [a, b] = await Promise.all([searchAt(new URL(`/search/${query}`, whole.url).href), searchAt(new URL(`/search/${query}`, split.url).href)]);
  return { one: a, parts: b };
};

/** `2022年6月14日` / `2019年` on a card, as a sortable key; '' when the card shows no date. */
function dateKey(card: Card): string {
  const m = /(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?/.exec(card.facts);
  if (!m) return '';
  const two = (s?: string) => (s ?? '0').padStart(2, '0');
  return `${m[1]}-${two(m[2])}-${two(m[3])}`;
}

const hrefs = (cards: Card[]) => cards.map((c) => c.href).sort();

describe('a search index in parts', () => {
  it('is written in parts, Pagefind and its WebAssembly in the first only', () => {
    expect(support.parts?.length ?? 0).toBeGreaterThanOrEqual(3);
    for (const part of support.parts ?? []) {
      const files = readFileSync(join(splitSite, 'pagefind', part, 'pagefind-entry.json'), 'utf8');
      expect(files).toContain('zh-cn');
    }
  });

  it('finds by text what the index of one part finds, with the same counts by filter', async () => {
    for (const q of ['?q=委员工作室', '?q=协商', '?q=民主评议', '?q=政协委员']) {
      const { one, parts } = await both(q);
      expect(one.count, q).toBeGreaterThan(0);
      expect(parts.count, q).toBe(one.count);
      expect(hrefs(parts.cards), q).toEqual(hrefs(one.cards));
      expect(parts.filters, q).toBe(one.filters);
      expect(parts.errors, q).toEqual([]);
      // Pagefind's WebAssembly is fetched from the first part only.
      expect(parts.requests.filter((u) => /\/pagefind\/p\d+\/wasm\./.test(u)), q).toEqual([]);
      expect(parts.requests.some((u) => /\/pagefind\/p\d+\//.test(u)), q).toBe(true);
    }
  });

  it('lists by date across parts, newest or oldest first', async () => {
    for (const sort of ['date-desc', 'date-asc'] as const) {
      const { one, parts } = await both(`?q=${encodeURIComponent('政协')}&sort=${sort}`);
      expect(parts.count).toBe(one.count);
      expect(hrefs(parts.cards)).toEqual(hrefs(one.cards));
      const dated = parts.cards.map(dateKey).filter(Boolean);
      expect(new Set(dated).size, 'the test needs dated cases in several parts').toBeGreaterThan(2);
      const ordered = [...dated].sort();
      expect(dated).toEqual(sort === 'date-asc' ? ordered : ordered.reverse());
      expect(parts.cards.map(dateKey)).toEqual(one.cards.map(dateKey));
    }
  });

  it('searches in parts from the offline copy too', async () => {
    const offline = join(work, 'offline');
    await buildOffline({ site: splitSite, out: offline, zip: null, log: () => {} });
    const url = `${pathToFileURL(join(offline, 'search/index.html')).href}?q=${encodeURIComponent('协商')}`;
    const [{ one }, result] = await Promise.all([both('?q=协商'), searchAt(url)]);
    expect(result.errors).toEqual([]);
    expect(result.count).toBe(one.count);
  });
});
