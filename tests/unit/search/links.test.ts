import { describe, expect, it } from 'vitest';
import { offlineHref, resultHref } from '../../../src/lib/search/links';

describe('offlineHref', () => {
  it('makes root-relative folder links relative and names the file', () => {
    expect(offlineHref('search/index.html', '/cases/x/')).toBe('../cases/x/index.html');
    expect(offlineHref('cases/x/index.html', '/cases/y/')).toBe('../y/index.html');
    expect(offlineHref('cases/x/index.html', '/')).toBe('../../index.html');
    expect(offlineHref('index.html', '/regions/')).toBe('regions/index.html');
    expect(offlineHref('mechanisms/m/by-year/index.html', '/mechanisms/m/')).toBe('../index.html');
  });

  it('keeps query strings and fragments', () => {
    expect(offlineHref('cases/x/index.html', '/sources/s/#p-3')).toBe('../../sources/s/index.html#p-3');
    expect(offlineHref('index.html', '/search/?q=%E5%8D%8F')).toBe('search/index.html?q=%E5%8D%8F');
    expect(offlineHref('search/index.html', '?q=a')).toBe('index.html?q=a');
  });

  it('links files by their own name', () => {
    expect(offlineHref('cases/x/index.html', '/_astro/BaseLayout.css')).toBe('../../_astro/BaseLayout.css');
    expect(offlineHref('index.html', '/favicon.svg')).toBe('favicon.svg');
    expect(offlineHref('_astro/a.css', '/fonts/x.woff2')).toBe('../fonts/x.woff2');
  });

  it('resolves document-relative links too', () => {
    expect(offlineHref('cases/x/index.html', '../y/')).toBe('../y/index.html');
    expect(offlineHref('cases/x/index.html', './')).toBe('index.html');
  });

  it('leaves external links, fragments and data URLs alone', () => {
    for (const v of ['https://example.org/a/', '//cdn.example/x.js', 'mailto:a@b.c', 'data:image/png;base64,AA', '#main', '']) {
      expect(offlineHref('cases/x/index.html', v)).toBe(v);
    }
  });
});

describe('resultHref', () => {
  it('online: the indexed URL, under the base path', () => {
    expect(resultHref('/cases/x/', { offline: false })).toBe('/cases/x/');
    expect(resultHref('/cases/x/', { offline: false, base: '/casebook' })).toBe('/casebook/cases/x/');
  });

  it('offline: relative to the searching page', () => {
    expect(resultHref('/cases/x/', { offline: true, fromFile: 'search/index.html' })).toBe('../cases/x/index.html');
  });
});
