import { describe, expect, it } from 'vitest';
import {
  dropModulePreloads,
  hasStaticModuleSyntax,
  injectIntoHead,
  inlineModuleScript,
  moduleScripts,
  rewriteCssUrls,
  rewriteHtmlLinks,
  withoutScriptBodies,
} from '../../../src/lib/search/offline-html';
import { offlineRuntimeScript, wrappedBundleFile } from '../../../src/lib/search/offline-runtime';

describe('rewriteHtmlLinks', () => {
  it('rewrites links, stylesheets, images and forms relative to the page, naming files', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="http://localhost:4321/cases/x/">' +
      '<a href="/cases/y/#p-1">y</a><form action="/search/" method="get"></form><img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x">' +
      '<a href="/search/?q=a&amp;province=b">s</a><a href="#top">t</a>';
    expect(rewriteHtmlLinks(html, 'cases/x/index.html')).toBe(
      '<link rel="stylesheet" href="../../_astro/a.css"><link rel="canonical" href="http://localhost:4321/cases/x/">' +
        '<a href="../y/index.html#p-1">y</a><form action="../../search/index.html" method="get"></form><img src="../../img/a.png" srcset="../../img/a.png 1x, ../../img/b.png 2x">' +
        '<a href="../../search/index.html?q=a&amp;province=b">s</a><a href="#top">t</a>',
    );
  });

  it('leaves the code of scripts alone: markup in a template string is not a link of the page', () => {
    const html = '<a href="/cases/">c</a><script type="module">el.innerHTML=`<a href="/cases/${id}/">x</a>`;</script><script src="/a.js"></script>';
    expect(rewriteHtmlLinks(html, 'pack/index.html')).toBe(
      '<a href="../cases/index.html">c</a><script type="module">el.innerHTML=`<a href="/cases/${id}/">x</a>`;</script><script src="../a.js"></script>',
    );
    expect(withoutScriptBodies(html)).toBe('<a href="/cases/">c</a><script type="module"><script src="/a.js">');
  });

  it('rewrites url() in style attributes and blocks', () => {
    expect(rewriteHtmlLinks('<div style="background:url(/i/a.png)"></div><style>.x{background:url("/i/b.png")}</style>', 'index.html')).toBe(
      '<div style="background:url(i/a.png)"></div><style>.x{background:url("i/b.png")}</style>',
    );
  });
});

describe('rewriteCssUrls', () => {
  it('makes url() relative to the stylesheet and leaves data: alone', () => {
    expect(rewriteCssUrls('@font-face{src:url(/fonts/a.woff2)}.x{background:url(data:image/svg+xml,abc)}', '_astro/a.css')).toBe(
      '@font-face{src:url(../fonts/a.woff2)}.x{background:url(data:image/svg+xml,abc)}',
    );
  });
});

describe('module scripts', () => {
  it('finds external module scripts', () => {
    expect(moduleScripts('<script>1</script><script type="module" src="/_astro/s.js"></script>')).toEqual([
      { tag: '<script type="module" src="/_astro/s.js"></script>', src: '/_astro/s.js' },
    ]);
  });

  it('tells self-contained bundles from ones with static imports or exports', () => {
    expect(hasStaticModuleSyntax('const a=1;await import(`${b}pagefind.js`);')).toBe(false);
    expect(hasStaticModuleSyntax('import{a as b}from"./chunk.js";b()')).toBe(true);
    expect(hasStaticModuleSyntax('import"./side.js";')).toBe(true);
    expect(hasStaticModuleSyntax('const x=1;export{x as y};')).toBe(true);
  });

  it('inlines code so that it cannot close its own element', () => {
    expect(inlineModuleScript('a("</script>")')).toBe('<script type="module">a("<\\/script>")</script>');
  });

  it('drops modulepreload links and injects into head', () => {
    expect(dropModulePreloads('<link rel="modulepreload" href="/a.js"><link rel="icon" href="/f.svg">')).toBe('<link rel="icon" href="/f.svg">');
    expect(injectIntoHead('<head><title>t</title></head>', '<script>x</script>')).toBe('<head><title>t</title><script>x</script></head>');
  });
});

describe('offline runtime', () => {
  it('wraps a bundle file as a classic script call with its bytes in base64', () => {
    expect(wrappedBundleFile('fragment/zh-cn_1.pf_fragment', new Uint8Array([1, 2, 255]))).toBe(
      '__casebookPagefindFile("fragment/zh-cn_1.pf_fragment","AQL/");\n',
    );
  });

  it('serialises into a self-contained classic script', () => {
    const script = offlineRuntimeScript({ root: '../', fromFile: 'search/index.html', sentinel: 'https://x.invalid/pagefind/' });
    expect(script).toContain('"fromFile":"search/index.html"');
    expect(() => new Function(script)).not.toThrow();
  });
});
