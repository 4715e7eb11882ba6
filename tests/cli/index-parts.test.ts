import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspace } from './support';
import { indexSite } from '../../scripts/index-search';
import { decodeFragment } from '../../src/lib/search/pagefind-internals';
import { SEARCH_TERMS_FILE, SEARCH_TERMS_VERSION, SUPPORT_FILE, type SearchSupport } from '../../src/lib/search/support';

// scripts/index-search.ts indexes a large site in parts (src/lib/search/parts.ts) and, given a cache,
// copies a part whose pages index as they did before instead of indexing it again. A small site of
// case pages stands in for a large one, with three pages to a part.

/** A case page as the site renders one: its Pagefind tags, its indexed text, and what is not indexed. */
function casePage(id: number, date: string, text: string, aside = '其他地方的同类做法'): string {
  return [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>案例</title></head><body><main>',
    '<meta data-pagefind-filter="type[content]" content="case">',
    `<meta data-pagefind-meta="title[content]" content="案例${id}">`,
    `<meta data-pagefind-sort="date[content]" content="${date}">`,
    `<article data-pagefind-body><div class="reading"><p id="p-0">${text}</p></div></article>`,
    `<aside><section><h2>${aside}</h2></section></aside>`,
    '</main></body></html>',
  ].join('\n');
}

function writeSite(site: string, pages: ReadonlyArray<{ id: number; date: string; text: string; aside?: string }>): void {
  mkdirSync(join(site, 'data'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><html lang="zh-CN"><body>首页</body></html>');
  writeFileSync(join(site, SEARCH_TERMS_FILE), JSON.stringify({ version: SEARCH_TERMS_VERSION, terms: [], pages: [] }));
  for (const p of pages) {
    mkdirSync(join(site, 'cases', `c${p.id}`), { recursive: true });
    writeFileSync(join(site, 'cases', `c${p.id}`, 'index.html'), casePage(p.id, p.date, p.text, p.aside));
  }
}

const pages = Array.from({ length: 10 }, (_, i) => ({ id: i, date: `2020-01-${String(i + 1).padStart(2, '0')}`, text: `第${i}号案例：县政协围绕乡村振兴开展协商。` }));

/** Every indexed page's text, by part folder. */
function fragmentsByPart(site: string): Record<string, string[]> {
  const support = JSON.parse(readFileSync(join(site, 'pagefind', SUPPORT_FILE), 'utf8')) as SearchSupport;
  const out: Record<string, string[]> = {};
  for (const part of ['', ...(support.parts ?? [])]) {
    const dir = join(site, 'pagefind', part, 'fragment');
    // (Pagefind keeps its word breaks in the text as zero-width spaces.)
    out[part] = readdirSync(dir).map((f) => decodeFragment(readFileSync(join(dir, f))).content.replace(/\u200b/g, '')).sort();
  }
  return out;
}

describe('the search index in parts, kept between runs', () => {
  it('copies the parts whose pages index as before, and indexes again only the part a change touches', async () => {
    const ws = workspace('index-parts');
    const site = join(ws.dir, 'site');
    const cacheDir = join(ws.dir, 'index-cache');
    const index = () => indexSite({ site, partPages: 3, cacheDir, log: () => {} });
    writeSite(site, pages);

    const first = await index();
    expect(first.parts).toBe(4);
    expect(first.reusedParts).toBe(0);
    const before = fragmentsByPart(site);
    // Filled from the oldest: the newest part holds what is left over.
    expect(Object.values(before).map((texts) => texts.length)).toEqual([1, 3, 3, 3]);

    // Nothing changed, or only what is not indexed (a case page's list of comparable cases): all copied.
    writeSite(site, pages.map((p) => ({ ...p, aside: '同样开展协商的地方' })));
    const again = await index();
    expect(again.reusedParts).toBe(4);
    expect(fragmentsByPart(site)).toEqual(before);

    // The oldest page's text changed: its part only is indexed again, and holds the new text.
    const edited = pages.map((p) => (p.id === 0 ? { ...p, text: '第0号案例：县政协开展民主监督。' } : p));
    writeSite(site, edited);
    const third = await index();
    expect(third.reusedParts).toBe(3);
    const after = fragmentsByPart(site);
    expect(after['p3/'].join('|')).toContain('民主监督');
    expect(after['']).toEqual(before['']);

    // A newer page added: the newest part only.
    writeSite(site, [...edited, { id: 10, date: '2021-06-01', text: '第10号案例：市政协召开常委会议。' }]);
    const fourth = await index();
    expect(fourth.parts).toBe(4);
    expect(fourth.reusedParts).toBe(3);
    expect(fragmentsByPart(site)[''].join('|')).toContain('常委会议');
  });
});
