import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, pagesUnder, readDist, screenshot, type Site } from './support';
import { waitForSearch } from './search-support';

// Lessons: listed, printed as handouts, their cases one click from the course pack, and found by
// search like any page.
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const lessons = pagesUnder('lessons');
const titleOf = (path: string) => /<h1[^>]*>([^<]+)<\/h1>/.exec(readDist(`${path.slice(1)}index.html`))![1];

describe('lessons', () => {
  it('are built and listed', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(1);
    const index = readDist('lessons/index.html');
    for (const l of lessons) expect(index).toContain(`href="${l}"`);
  });

  it.each(lessons)('%s prints as a handout, its tables and figures whole, no site chrome', async (path) => {
    const { page } = await openPage(site, path, 1280);
    expect(await page.locator('.compare-table').count(), 'a side-by-side table').toBeGreaterThan(0);
    expect(await page.locator('.lesson-figure').count(), 'a figure').toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header.site-header', 'footer.site-footer', '#theme-toggle', 'button[data-pack-ids]']) {
      expect(await page.locator(chrome).first().isVisible(), `${chrome} hidden in print`).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.print-footer').innerText()).toContain('[EB/OL]');
    // The side-by-side table prints whole, not cut by its phone scroller.
    const table = page.locator('.compare-scroll').first();
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, `lesson-${path.split('/')[2]}-1280`);
    await page.close();
  });

  it.each(lessons)('%s puts its cases in the course pack in one click', async (path) => {
    const { page } = await openPage(site, path, 375);
    const all = page.locator('button[data-pack-ids]').first();
    const ids = (await all.getAttribute('data-pack-ids'))!.split(' ');
    expect(ids.length).toBeGreaterThan(1);
    await all.click();
    await expect.poll(() => page.locator('[data-pack-count]').first().textContent()).toBe(String(ids.length));
    await screenshot(page, `lesson-${path.split('/')[2]}-375`);
    await page.close();
  });

  it.each(lessons)('%s is found by search', async (path) => {
    const title = titleOf(path);
    const { page } = await openPage(site, `/search/?q=${encodeURIComponent(title)}`, 1280);
    await waitForSearch(page);
    const found = await page.locator('#search-others-list > li').evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('h3 a')?.getAttribute('href'), badge: li.querySelector('.badge')?.textContent })),
    );
    expect(found).toContainEqual({ href: path, badge: '课程' });
    await page.close();
  });
});
