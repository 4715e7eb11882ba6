import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, launchBrowser } from './support';
import { allCards, builtCorpus, ensureOffline, EXPECT, OFFLINE, offlineUrl, resultCount, waitForSearch } from './search-support';
import { buildOffline, MAX_SIZE_RATIO } from '../../scripts/build-offline';
import { dirBytes } from '../../scripts/measure-search';
import { withoutScriptBodies } from '../../src/lib/search/offline-html';

// The offline bundle, opened from the file system in Chromium: links lead to files, styles and
// scripts load, and search works without a server.
let browser: Browser;
let expectations: (typeof EXPECT)['bundled'];
beforeAll(async () => {
  await ensureOffline();
  expectations = EXPECT[builtCorpus()];
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Script errors on any page a test opened fail that test.
let pageErrors: string[] = [];
afterEach(() => {
  const errors = pageErrors;
  pageErrors = [];
  expect(errors).toEqual([]);
});

async function open(rel: string, search = ''): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${rel}: ${e.message}`));
  await page.goto(offlineUrl(rel, search));
  return page;
}

async function search(query: string, params = ''): Promise<Page> {
  const page = await open('search/index.html', `?q=${encodeURIComponent(query)}${params}`);
  await waitForSearch(page);
  expect(await page.locator('#search-root').getAttribute('data-status')).toBe('done');
  return page;
}

describe('search from the file system', () => {
  it('委员工作室 finds its cases', async () => {
    const page = await search('委员工作室');
    const cards = await allCards(page);
    expect(cards.length).toBeGreaterThanOrEqual(expectations.studioAtLeast);
    for (const c of cards) expect(c.href, c.title).toMatch(/^\.\.\/cases\/[a-z0-9-]+\/index\.html$/);
    await page.close();
  });

  it('協商 (Traditional) finds cases', async () => {
    const page = await search('協商');
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('民主评议 finds the democratic-appraisal cases it should', async () => {
    const page = await search('民主评议');
    const facts = (await allCards(page)).map((c) => c.facts);
    for (const committee of expectations.appraisalCommittees) {
      expect(facts, committee).toEqual(expect.arrayContaining([expect.stringContaining(committee)]));
    }
    await page.close();
  });

  it('a filter narrows the results', async () => {
    const { q, province } = expectations.narrow;
    const all = await search(q);
    const total = await resultCount(all);
    await all.close();
    const page = await search(q, `&province=${encodeURIComponent(province)}`);
    const cards = await allCards(page);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(total);
    for (const c of cards) expect(c.facts).toContain(province);
    await page.close();
  });

  it('a result opens its case page, styled', async () => {
    const page = await search('民主评议');
    const first = page.locator('#search-results > li h3 a').first();
    const title = await first.innerText();
    await Promise.all([page.waitForURL(/\/cases\/[a-z0-9-]+\/index\.html$/), first.click()]);
    expect(page.url().startsWith('file://')).toBe(true);
    expect(await page.locator('h1').innerText()).toBe(title);
    // The stylesheet loaded: the header's bottom border comes from it (file:// hides cssRules).
    expect(await page.locator('header.site-header').evaluate((h) => getComputedStyle(h).borderBottomWidth)).toBe('1px');
    await page.close();
  });

  it("the header's search box leads to the search page and its results", async () => {
    const page = await open('index.html');
    await page.fill('#site-q', '临时党支部');
    await Promise.all([page.waitForURL(/search\/index\.html\?q=/), page.press('#site-q', 'Enter')]);
    await waitForSearch(page, '临时党支部');
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the bundle on disk', () => {
  it('links only to files, relatively, and every link target exists', () => {
    const problems: string[] = [];
    for (const rel of htmlFiles(OFFLINE)) {
      const html = readFileSync(join(OFFLINE, rel), 'utf8');
      if (/<script\b[^>]*\stype="module"[^>]*\ssrc=/.test(html)) problems.push(`${rel}: external module script`);
      // Links of the page, not strings in its inlined scripts' code.
      for (const m of withoutScriptBodies(html).matchAll(/\s(href|src|action)="([^"]*)"/g)) {
        const value = m[2].replace(/&amp;/g, '&');
        if (!value || /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value)) continue;
        const path = value.replace(/[?#].*$/, '');
        if (value.startsWith('/')) problems.push(`${rel}: ${m[1]}="${value}" is absolute`);
        else if (path.endsWith('/') || path === '.' || path === '..') problems.push(`${rel}: ${m[1]}="${value}" names a folder`);
        else if (path && !existsSync(join(OFFLINE, rel, '..', path))) problems.push(`${rel}: ${m[1]}="${value}" is missing`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it(`is at most ${MAX_SIZE_RATIO} times the size of the site`, () => {
    expect(dirBytes(OFFLINE)).toBeLessThanOrEqual(MAX_SIZE_RATIO * dirBytes(DIST));
  });

  it('holds the search index only as scripts (file:// cannot fetch the originals)', () => {
    const files = readFileSync(join(OFFLINE, 'search', 'index.html'), 'utf8');
    expect(files).toContain('__casebookOffline');
    expect(existsSync(join(OFFLINE, 'pagefind', 'pagefind.js'))).toBe(false);
    expect(existsSync(join(OFFLINE, 'pagefind', 'pagefind.js.js'))).toBe(true);
  });

  it('is built into a zip with either zip tool, leaving the site untouched', async () => {
    const fingerprint = () => {
      const hash = createHash('sha256');
      for (const rel of htmlFiles(DIST)) hash.update(rel).update(readFileSync(join(DIST, rel)));
      return hash.digest('hex');
    };
    const before = fingerprint();
    const tmp = mkdtempSync(join(tmpdir(), 'casebook-offline-'));
    try {
      for (const zipTool of ['auto', 'node'] as const) {
        const summary = await buildOffline({ site: DIST, out: join(tmp, 'offline'), zip: join(tmp, `${zipTool}.zip`), zipTool, log: () => {} });
        const names = zipNames(readFileSync(join(tmp, `${zipTool}.zip`)));
        expect(names, zipTool).toContain('offline/search/index.html');
        expect(names, zipTool).toContain('offline/pagefind/pagefind.js.js');
        expect(summary.zipBytes).toBeLessThan(summary.offlineBytes);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    expect(fingerprint()).toBe(before);
  });
});

/** File names in a ZIP's central directory. */
function zipNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}
