import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_FOUND_PATH, openPage, openSite, pageTypes, seriousViolations, type Site } from './support';

// axe-core on each page type, in both colour schemes (contrast must hold in each).
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const types = [...Object.entries(pageTypes()), ['not-found', NOT_FOUND_PATH] as [string, string]];

describe('axe-core finds no serious or critical violation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(types)(`%s (%s), ${scheme}`, async (_name, path) => {
      const { page } = await openPage(site, path, 1280, scheme);
      // Collapsed content (the repair report) must pass too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await page.close();
    });
  }

  it('a phone-width case page passes too', async () => {
    const { page } = await openPage(site, pageTypes().case, 375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the skip link is the first focusable element and moves focus to main', async () => {
    const { page } = await openPage(site, pageTypes().case, 1280);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
