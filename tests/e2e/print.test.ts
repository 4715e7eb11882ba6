import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, pageTypes, screenshot, type Site } from './support';

// The print stylesheet turns case and mechanism pages into handouts: no site chrome, the
// citation and URL in a footer.
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('print stylesheet', () => {
  it.each([['case', pageTypes().case], ['mechanism', pageTypes().mechanism]])('%s page prints as a handout', async (name, path) => {
    const { page } = await openPage(site, path, 1280);
    // On screen the chrome is there and the print footer is not.
    expect(await page.locator('header.site-header').isVisible()).toBe(true);
    expect(await page.locator('.print-footer').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.site-header', 'footer.site-footer', 'nav', 'form[role="search"]', '#theme-toggle', '.skip-link']) {
      const all = page.locator(chrome);
      for (let i = 0; i < (await all.count()); i++) {
        expect(await all.nth(i).isVisible(), `${chrome} #${i} hidden in print`).toBe(false);
      }
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(true);
    const text = await footer.innerText();
    expect(text).toContain('[EB/OL]');
    expect(text).toContain(new URL(path, 'http://x').pathname);
    // Links print as plain text, not as coloured, underlined screen links.
    const deco = await page.locator('main a').first().evaluate((a) => getComputedStyle(a).textDecorationLine);
    expect(deco).toBe('none');
    await screenshot(page, `${name}-print`);
    await page.close();
  });
});
