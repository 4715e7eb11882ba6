import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, openPage, openSite, pageTypes, readDist, type Site } from './support';
import { ensureOffline, offlineUrl, waitForSearch } from './search-support';

// Every page carries a Content-Security-Policy, and nothing the site does on its own runs into it:
// not the theme toggle, not search (WebAssembly, a worker), online or from the file system.
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

let site: Site;
beforeAll(async () => {
  site = await openSite();
  await ensureOffline();
});
afterAll(async () => {
  await site?.close();
});

/** CSP violations the browser reports on `page` from now on. */
function recordViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

describe('content security policy', () => {
  it('is on every page, and lists the hash of every inline script the page has', () => {
    for (const rel of htmlFiles()) {
      const html = readDist(rel);
      const policy = CSP_META.exec(html)?.[1];
      expect(policy, rel).toBeDefined();
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
      for (const m of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        const hash = createHash('sha256').update(m[1], 'utf8').digest('base64');
        expect(policy, `${rel}: inline script not allowed by its policy`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('blocks nothing on any page type, and search works under it', async () => {
    for (const [name, path] of Object.entries(pageTypes())) {
      const { page } = await openPage(site, name === 'search' ? `${path}?q=${encodeURIComponent('委员工作室')}` : path);
      const violations = recordViolations(page);
      await page.reload({ waitUntil: 'load' });
      if (name === 'search') {
        await waitForSearch(page);
        expect(await page.locator('#search-root').getAttribute('data-status')).toBe('done');
      }
      await page.locator('#theme-toggle').click();
      expect(violations, name).toEqual([]);
      await page.close();
    }
  });

  it('blocks nothing in the offline copy, search included', async () => {
    const page = await site.browser.newPage();
    const violations = recordViolations(page);
    await page.goto(offlineUrl('search/index.html', `?q=${encodeURIComponent('委员工作室')}`));
    await waitForSearch(page);
    expect(await page.locator('#search-root').getAttribute('data-status')).toBe('done');
    await page.goto(offlineUrl('index.html'));
    expect(violations).toEqual([]);
    await page.close();
  });
});
