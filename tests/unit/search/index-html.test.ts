import { describe, expect, it } from 'vitest';
import {
  declaredPageType,
  hasPagefindBody,
  isNoindex,
  stripIds,
  termTokenBlock,
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
});

describe('stripIds', () => {
  it('removes id attributes and nothing else', () => {
    expect(stripIds('<p id="p-3" data-n="4">x</p><a data-id="k" href="#p-3">y</a>')).toBe('<p data-n="4">x</p><a data-id="k" href="#p-3">y</a>');
  });
});
