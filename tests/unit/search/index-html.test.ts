import { describe, expect, it } from 'vitest';
import {
  declaredPageType,
  hasPagefindBody,
  indexedContent,
  isNoindex,
  stripIds,
  termTokenBlock,
  termTokensIn,
  termWeight,
} from '../../../src/lib/search/index-html';
import { termToken } from '../../../src/lib/search/terms';

const page = (head: string, body: string) => `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;

describe('which pages are searched', () => {
  it('reads the type PagefindMeta declared', () => {
    expect(declaredPageType(page('', '<meta data-pagefind-filter="type[content]" content="case"><main></main>'))).toBe('case');
    expect(declaredPageType(page('', '<main></main>'))).toBeNull();
  });

  it('sees noindex pages', () => {
    expect(isNoindex(page('<meta name="robots" content="noindex">', ''))).toBe(true);
    expect(isNoindex(page('<meta name="description" content="noindex in text">', ''))).toBe(false);
  });
});

describe('hasPagefindBody', () => {
  it('sees a page that marks what is to be indexed, and one that marks nothing', () => {
    expect(hasPagefindBody(page('', '<main><div class="reading" data-pagefind-body><p>x</p></div></main>'))).toBe(true);
    expect(hasPagefindBody(page('', '<main data-pagefind-body-ish><p>x</p></main>'))).toBe(false);
  });
});

describe('term tokens', () => {
  it('weights title terms like a heading and frequent terms a little more', () => {
    expect(termWeight(true, 1)).toBe(7);
    expect([1, 2, 3, 4, 9].map((n) => termWeight(false, n))).toEqual([1, 1.5, 1.5, 2, 2]);
  });

  it('writes one token per term, grouped by weight, in a hidden indexed block', () => {
    const block = termTokenBlock(new Map([['民主评议', 1]]), new Map([['民主评议', 2], ['西城区', 1], ['协商', 5]]));
    expect(block).toBe(
      '<div data-pagefind-body data-casebook-terms hidden>' +
        `<p data-pagefind-weight="7">${termToken('民主评议')}</p>` +
        `<p data-pagefind-weight="2">${termToken('协商')}</p>` +
        `<p data-pagefind-weight="1">${termToken('西城区')}</p>` +
        '</div>',
    );
    expect(termTokenBlock(new Map(), new Map())).toBe('');
  });

  it('reads back the tokens of a page\'s block, and none from a page without one', () => {
    const block = termTokenBlock(new Map(), new Map([['民主评议', 2], ['西城区', 1]]));
    const html = page('', `<main><p data-pagefind-body>qzxabcdefg 不是块里的</p>${block}</main>`);
    expect(termTokensIn(html).sort()).toEqual([termToken('民主评议'), termToken('西城区')].sort());
    expect(termTokensIn(page('', '<main><p>qzxabcdefg</p></main>'))).toEqual([]);
  });
});

describe('stripIds', () => {
  it('removes id attributes and nothing else', () => {
    expect(stripIds('<p id="p-3" data-n="4">x</p><a data-id="k" href="#p-3">y</a>')).toBe('<p data-n="4">x</p><a data-id="k" href="#p-3">y</a>');
  });
});

describe('indexedContent', () => {
  const page = (aside: string, text = '县政协开展协商。') =>
    `<html><head><meta data-pagefind-meta="title[content]" content="案例"></head><body><main>` +
    `<article aria-labelledby="h" data-pagefind-body><div class="reading"><div><p>${text}</p></div></div><p data-pagefind-ignore>注</p></article>` +
    `<div data-pagefind-body data-casebook-terms hidden><p data-pagefind-weight="7">qzxabc</p></div>` +
    `<aside><div>${aside}</div></aside><meta data-pagefind-sort="date[content]" content="2022-06-14"></main></body></html>`;

  it('keeps the Pagefind tags and every element marked data-pagefind-body, whole, nested elements of its name and all', () => {
    const c = indexedContent(page('其他地方的同类做法'));
    expect(c).toContain('<meta data-pagefind-meta="title[content]" content="案例">');
    expect(c).toContain('<meta data-pagefind-sort="date[content]" content="2022-06-14">');
    expect(c).toContain('<p>县政协开展协商。</p></div></div><p data-pagefind-ignore>注</p></article>');
    expect(c).toContain('<p data-pagefind-weight="7">qzxabc</p></div>');
    expect(c).not.toContain('同类做法');
  });

  it('is the same for pages that differ only where nothing is indexed, and differs where something is', () => {
    expect(indexedContent(page('甲'))).toBe(indexedContent(page('乙')));
    expect(indexedContent(page('甲', '县政协开展监督。'))).not.toBe(indexedContent(page('甲')));
  });
});

