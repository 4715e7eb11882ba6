import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, pageTypes, type Site } from './support';

// A person reaches a case from the home page by clicking, along each way in; and cross-links lead
// where their text says.
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const CASE_PAGE = /\/cases\/[a-z0-9-]+\/$/;
const h1 = (page: Page) => page.locator('h1').innerText();
const path = (page: Page) => new URL(page.url()).pathname;

async function clickAndWait(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  expect(await link.count(), `a link matching ${selector} on ${path(page)}`).toBeGreaterThan(0);
  const text = (await link.innerText()).trim();
  const from = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== from), link.click()]);
  return text;
}

describe('from the home page to a case', () => {
  it('by region: home -> province -> case', async () => {
    const { page } = await openPage(site, '/');
    const region = await clickAndWait(page, 'main a[href^="/regions/"]:not([href="/regions/"])');
    expect(path(page)).toMatch(/^\/regions\/\d{6}\/$/);
    expect(await h1(page)).toBe(region);
    await clickAndWait(page, 'main a[href^="/cases/"]');
    expect(path(page)).toMatch(CASE_PAGE);
    // The case's breadcrumbs lead back up through the region clicked.
    expect(await page.locator('nav[aria-label="位置"]').innerText()).toContain(region);
    await page.close();
  });

  it('by region through the tile map', async () => {
    const { page } = await openPage(site, '/');
    const cell = page.locator('.tile-map a').first();
    const label = (await cell.getAttribute('aria-label'))!;
    await Promise.all([page.waitForURL(/\/regions\/\d{2}0000\/$/), cell.click()]);
    // 北京 -> 北京市, 内蒙古 -> 内蒙古自治区: the tile's short label begins the province's name.
    expect(await h1(page)).toContain(label.split(' ')[0]);
    await clickAndWait(page, 'main a[href^="/cases/"]');
    expect(path(page)).toMatch(CASE_PAGE);
    await page.close();
  });

  it('by function: home -> function -> case', async () => {
    const { page } = await openPage(site, '/');
    const fn = await clickAndWait(page, 'main a[href^="/functions/"]:not([href="/functions/"])');
    expect(path(page)).toMatch(/^\/functions\/[a-z0-9-]+\/$/);
    expect(await h1(page)).toBe(fn);
    await clickAndWait(page, 'main a[href^="/cases/"]');
    expect(path(page)).toMatch(CASE_PAGE);
    expect(await page.locator('aside').innerText()).toContain(fn);
    await page.close();
  });

  it('by mechanism: home -> mechanism -> comparison table -> case', async () => {
    const { page } = await openPage(site, '/');
    const mech = await clickAndWait(page, 'main a[href^="/mechanisms/"]:not([href="/mechanisms/"])');
    expect(path(page)).toMatch(/^\/mechanisms\/[a-z0-9-]+\/$/);
    expect(await h1(page)).toBe(mech);
    const linkText = await clickAndWait(page, 'table a[href^="/cases/"]');
    expect(path(page)).toMatch(CASE_PAGE);
    expect(linkText).toContain(await h1(page));
    expect(await page.locator('aside').innerText()).toContain(mech);
    await page.close();
  });
});

describe('cross-links lead where they say', () => {
  it('case page: region, function, mechanism, source, comparable case', async () => {
    const casePath = pageTypes().case;
    const { page } = await openPage(site, casePath);
    const back = () => page.goto(new URL(casePath, site.url).href);

    // Every link in the breadcrumb trail opens a page whose h1 is the link text (or the home page).
    const crumbs = page.locator('nav[aria-label="位置"] a[href^="/regions/"]:not([href="/regions/"])');
    const crumbCount = await crumbs.count();
    expect(crumbCount).toBeGreaterThan(0);
    for (let i = 0; i < crumbCount; i++) {
      const text = await clickAndWait(page, `nav[aria-label="位置"] a[href^="/regions/"]:not([href="/regions/"]) >> nth=${i}`);
      expect(await h1(page)).toBe(text);
      await back();
    }

    for (const section of ['functions', 'mechanisms']) {
      const text = await clickAndWait(page, `aside a[href^="/${section}/"]`);
      expect(await h1(page), `${section} link`).toBe(text);
      await back();
    }

    // The paragraph link lands on the case's first paragraph in the source, inside its marked block.
    const para = page.locator('aside a[href*="/sources/"][href*="#p-"]');
    const href = (await para.getAttribute('href'))!;
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/sources/')), para.click()]);
    const id = href.split('#')[1];
    const target = page.locator(`[id="${id}"]`);
    expect(await target.count()).toBe(1);
    const block = target.locator('xpath=ancestor::section[1]');
    expect(await block.locator(`a[href="${casePath}"]`).count(), 'source block links back to the case').toBe(1);
    await back();

    // A comparable case (or a same-function case) link opens that case.
    const other = page.locator('#comparable-heading ~ * a[href^="/cases/"]').first();
    const otherText = (await other.innerText()).trim();
    await Promise.all([page.waitForURL((u) => u.pathname !== casePath), other.click()]);
    expect(path(page)).toMatch(CASE_PAGE);
    expect(otherText).toContain(await h1(page));
    await page.close();
  });

  it('source page: each marked case block links to its case', async () => {
    const { page } = await openPage(site, pageTypes().source);
    const links = page.locator('article section h2 a[href^="/cases/"]');
    const n = await links.count();
    expect(n).toBeGreaterThan(0);
    const text = (await links.first().innerText()).trim();
    await Promise.all([page.waitForURL(CASE_PAGE), links.first().click()]);
    expect(text).toContain(await h1(page));
    await page.close();
  });

  it('mechanism page: alternative orders are reachable and keep the same rows', async () => {
    const mech = pageTypes().mechanism;
    const { page } = await openPage(site, mech);
    const rows = async () => (await page.locator('tbody tr th').allInnerTexts()).sort();
    const before = await rows();
    await clickAndWait(page, 'nav[aria-label="排序方式"] a >> nth=0');
    expect(path(page).startsWith(mech)).toBe(true);
    expect(await rows()).toEqual(before);
    await page.close();
  });

  it('the header search box submits a plain GET to /search/', async () => {
    const { page } = await openPage(site, '/');
    await page.fill('#site-q', '委员工作室');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-q', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('委员工作室');
    expect(await h1(page)).toBe('搜索');
    await page.close();
  });
});
