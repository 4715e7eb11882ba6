import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openSite, pagesUnder, seriousViolations, type Site } from './support';
import { allCards, builtCorpus, ensureSearchSite, EXPECT, resultCount, status, waitForFilters, waitForSearch } from './search-support';
import { measureFirstQuery, NAMED_QUERIES } from '../../scripts/measure-search';

// Search over http: what people type finds the cases it should, filters and the URL behave, the
// page works by keyboard and says what it found, and the first query stays within its budget.
let site: Site;
let expectations: (typeof EXPECT)['bundled'];
beforeAll(async () => {
  await ensureSearchSite();
  site = await openSite();
  expectations = EXPECT[builtCorpus()];
});
afterAll(async () => {
  await site?.close();
});

async function search(query: string, params = ''): Promise<Page> {
  const { page } = await openPage(site, `/search/?q=${encodeURIComponent(query)}${params}`);
  await waitForSearch(page);
  return page;
}

describe('finding cases', () => {
  it('委员工作室 finds the cases that run member studios, with the term marked', async () => {
    const page = await search('委员工作室');
    expect(await page.locator('#search-root').getAttribute('data-query')).toBe('委员工作室');
    const count = await resultCount(page);
    expect(await status(page)).toContain(`找到 ${count} 个`);
    const cards = await allCards(page);
    expect(cards.length).toBeGreaterThanOrEqual(expectations.studioAtLeast);
    expect(cards.length).toBe(count);
    for (const c of cards) expect(c.href, c.title).toMatch(/^\/cases\/[a-z0-9-]+\/$/);
    // Each card shows why it matched: the term marked in its text, or in its mechanisms.
    for (const c of cards) expect(c.marked.join('|'), c.title).toContain('委员工作室');
    await page.close();
  });

  it('協商 (Traditional) finds Simplified cases, and marks them in Simplified', async () => {
    const page = await search('協商');
    expect(await page.locator('#search-root').getAttribute('data-query')).toBe('协商');
    expect(await resultCount(page)).toBeGreaterThan(0);
    const cards = await allCards(page);
    expect(cards.some((c) => c.marked.includes('协商'))).toBe(true);
    await page.close();
  });

  it('民主评议 finds the democratic-appraisal cases it should', async () => {
    const page = await search('民主评议');
    const cards = await allCards(page);
    for (const committee of expectations.appraisalCommittees) {
      expect(cards.map((c) => c.facts), committee).toEqual(expect.arrayContaining([expect.stringContaining(committee)]));
    }
    // Every result holds the phrase itself (in its text or its mechanisms), not only its
    // characters somewhere.
    for (const c of cards) expect(c.marked, c.title).toContain('民主评议');
    await page.close();
  });

  it('full-width, quoted and mixed-script input finds what the plain form finds', async () => {
    const plain = await search('委员工作室');
    const expected = await resultCount(plain);
    await plain.close();
    for (const variant of ['“委员工作室”　', '委員工作室', '委员工作室！']) {
      const page = await search(variant);
      expect(await resultCount(page), variant).toBe(expected);
      await page.close();
    }
  });

  it('a result opens its case page', async () => {
    const page = await search('民主评议');
    const first = page.locator('#search-results > li h3 a').first();
    const title = await first.innerText();
    await Promise.all([page.waitForURL(/\/cases\/[a-z0-9-]+\/$/), first.click()]);
    expect(await page.locator('h1').innerText()).toBe(title);
    await page.close();
  });
});

describe('filters and the URL', () => {
  it('a filter narrows the results to cases it describes', async () => {
    const { q, province } = expectations.narrow;
    const all = await search(q);
    const total = await resultCount(all);
    await all.close();
    const page = await search(q, `&province=${encodeURIComponent(province)}`);
    const cards = await allCards(page);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(total);
    for (const c of cards) expect(c.facts, c.title).toContain(province);
    expect(await page.locator('#search-province').inputValue()).toBe(province);
    await page.close();
  });

  it('the filters count the cases a search found, by province (not nothing, as before their files load)', async () => {
    const page = await search('民主评议');
    await waitForFilters(page);
    const cards = await allCards(page);
    const options = await page.locator('#search-province option').allTextContents();
    // Each province's count is the number of cards in it; together they are all the cards.
    let total = 0;
    for (const label of options.slice(1)) {
      const m = /^(.+?)（(\d+)）$/.exec(label);
      expect(m, label).not.toBeNull();
      const [, province, n] = m!;
      expect(Number(n), province).toBe(cards.filter((c) => c.facts.includes(province)).length);
      total += Number(n);
    }
    expect(total).toBe(cards.length);
    expect(total).toBeGreaterThan(0);
    await page.close();
  });

  it('choosing a filter updates the URL; back and forward restore each search', async () => {
    const { q, province } = expectations.narrow;
    const page = await search(q);
    const total = await resultCount(page);
    await page.waitForFunction(() => (document.getElementById('search-province') as HTMLSelectElement).options.length > 1);
    await page.selectOption('#search-province', province);
    await page.waitForFunction((p) => new URLSearchParams(location.search).get('province') === p, province);
    await waitForSearch(page);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeLessThan(total);

    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('province'));
    await page.waitForFunction((n) => document.getElementById('search-root')?.dataset.count === String(n), total);
    expect(await page.locator('#search-province').inputValue()).toBe('');

    await page.goForward();
    await page.waitForFunction((n) => document.getElementById('search-root')?.dataset.count === String(n), narrowed);
    expect(await page.locator('#search-province').inputValue()).toBe(province);
    await page.close();
  });

  it('a new search typed after another gets its own history entry', async () => {
    const page = await search('民主评议');
    await page.fill('#search-q', '临时党支部');
    await page.press('#search-q', 'Enter');
    await waitForSearch(page, '临时党支部');
    expect(new URL(page.url()).searchParams.get('q')).toBe('临时党支部');
    await page.goBack();
    await waitForSearch(page, '民主评议');
    expect(await page.locator('#search-q').inputValue()).toBe('民主评议');
    await page.close();
  });
});

describe('states that are not results', () => {
  it('an empty page asks for a keyword and offers examples and browsing', async () => {
    const { page } = await openPage(site, '/search/');
    await waitForSearch(page);
    expect(await status(page)).toBe('请输入关键词。');
    expect(await page.locator('#search-intro').isVisible()).toBe(true);
    expect(await page.locator('#search-intro a[href="/mechanisms/"]').count()).toBe(1);
    // An example is one click (and no reload) away.
    await page.locator('#search-intro a[data-search-query="民主评议"]').click();
    await waitForSearch(page, '民主评议');
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('punctuation only is treated as empty, not as an error', async () => {
    const page = await search('！！“”');
    expect(await status(page)).toContain('请输入关键词');
    expect(await page.locator('#search-error').isHidden()).toBe(true);
    await page.close();
  });

  it('a query that finds nothing says so and suggests ways on', async () => {
    const page = await search('量子纠缠望远镜');
    expect(await resultCount(page)).toBe(0);
    expect(await status(page)).toContain('没有找到');
    const empty = page.locator('#search-empty');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('a[href="/mechanisms/"]').count()).toBe(1);
    await page.close();
  });

  it('without JavaScript the page explains that search needs it and offers browsing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/search/?q=%E5%8D%8F%E5%95%86', site.url).href);
    const text = await page.locator('main').innerText();
    expect(text).toContain('全文搜索需要浏览器允许运行网页脚本');
    expect(await page.locator('main a[href="/regions/"]').first().isVisible()).toBe(true);
    expect(await page.locator('#search-filters').isHidden()).toBe(true);
    await context.close();
  });
});

describe('keyboard and screen readers', () => {
  it('works by keyboard alone, and announces the count politely', async () => {
    const { page } = await openPage(site, '/search/');
    await waitForSearch(page);
    // The empty search page puts the cursor in the box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('民主评议');
    await page.keyboard.press('Enter');
    await waitForSearch(page, '民主评议');
    const live = page.locator('#search-status');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.innerText()).toMatch(/找到 \d+ 个/);
    // Tab from the box through the filters reaches the first result, and Enter opens it.
    const first = await page.locator('#search-results a').first().getAttribute('href');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.closest('#search-results') === null)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL((u) => u.pathname === first), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('accessibility with results on screen', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious axe violations (${scheme})`, async () => {
      const { page } = await openPage(site, `/search/?q=${encodeURIComponent('民主评议')}`, 1280, scheme);
      await waitForSearch(page);
      await page.waitForFunction(() => (document.getElementById('search-province') as HTMLSelectElement).options.length > 1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('cost', () => {
  it('pages other than /search/ load nothing of the search', async () => {
    const requested: string[] = [];
    for (const path of ['/', pagesUnder('cases')[0]]) {
      const { page } = await openPage(site, path);
      page.on('request', (r) => requested.push(r.url()));
      await page.locator('#site-q').focus();
      // Whatever focusing might start has settled once the network is idle.
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  });

  it('the first query on a fresh search page transfers at most 150 kB', async () => {
    for (const q of [...NAMED_QUERIES, '協商']) {
      const cost = await measureFirstQuery(site.browser, site.url, q);
      expect(cost.total, `${q} (${cost.count} results): ${JSON.stringify(cost.bytes)}`).toBeLessThanOrEqual(150 * 1024);
    }
  });
});
