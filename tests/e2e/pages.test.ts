import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_FOUND_PATH, openPage, openSite, pageTypes, screenshot, SCREENSHOTS, type Site } from './support';

// Every page type renders in a real browser: status, one h1, the page language, no request that
// leaves the local server. Screenshots at phone and desktop widths go to test-artifacts/screenshots.
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const types = Object.entries(pageTypes());

describe('every page type renders', () => {
  it.each(types)('%s (%s)', async (name, path) => {
    for (const width of [375, 1280]) {
      const { page, status, external } = await openPage(site, path, width);
      expect(status, `${path} status`).toBe(200);
      expect(await page.locator('h1').count(), `${path} has one h1`).toBe(1);
      expect((await page.locator('h1').innerText()).trim().length, `${path} h1 has text`).toBeGreaterThan(0);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.title()).toMatch(/政协履职实践案例库/);
      expect(external, `${path} made external requests`).toEqual([]);
      // Nothing may be wider than the viewport (a horizontal scrollbar at 375 px is a layout bug).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows horizontally at ${width}px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-${width}`);
      await page.close();
    }
  });

  it('unknown paths get the 404 page with status 404', async () => {
    const { page, status } = await openPage(site, NOT_FOUND_PATH, 375);
    expect(status).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('页面不存在');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await screenshot(page, 'not-found-375');
    await page.close();
  });

  it('the source page repair report opens', async () => {
    const { page } = await openPage(site, pageTypes().source, 1280);
    const summary = page.locator('details > summary');
    await summary.click();
    expect(await page.locator('details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('details table').count()).toBeGreaterThan(0);
    await page.locator('details').screenshot({ path: `${SCREENSHOTS}/source-report-1280.png` });
    await page.close();
  });

  it('every page type renders in the dark theme at both widths', async () => {
    for (const [name, path] of types) {
      for (const width of [375, 1280]) {
        const { page } = await openPage(site, path, width, 'dark');
        const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(bg, `${name}: dark paper colour`).toBe('rgb(22, 20, 18)');
        await screenshot(page, `${name}-dark-${width}`);
        await page.close();
      }
    }
  });

  it('every case card in a list says what was done and which mechanisms it runs', async () => {
    const t = pageTypes();
    for (const path of [t.region, t.function]) {
      const { page } = await openPage(site, path, 375);
      const cards = await page.locator('main li.card').evaluateAll((items) =>
        items.map((li) => ({
          title: li.querySelector('a')?.textContent ?? '',
          summary: li.querySelector('p.text-sm')?.textContent?.trim() ?? '',
          tags: li.querySelectorAll('.tag').length,
        })),
      );
      expect(cards.length, path).toBeGreaterThan(0);
      for (const c of cards) expect(c.summary.length, `${path}: ${c.title} has a summary`).toBeGreaterThan(8);
      expect(cards.some((c) => c.tags > 0), `${path}: mechanism tags`).toBe(true);
      await page.close();
    }
  });

  it('the theme toggle switches theme and remembers the choice', async () => {
    const { page } = await openPage(site, pageTypes().case, 1280);
    const toggle = page.locator('#theme-toggle');
    await expect(toggle.isVisible()).resolves.toBe(true);
    expect(await toggle.textContent()).toContain('改为深色');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await toggle.textContent()).toContain('改为浅色');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.close();
  });
});
