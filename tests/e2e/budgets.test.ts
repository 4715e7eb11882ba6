import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyCoversInlineScripts } from '../../src/lib/csp';
import { DIST, ensureSite, fileForPath, htmlFiles, ids, pagePath, pagesUnder, readDist, references } from './support';

// Budgets and link integrity over the built files: no browser needed.
beforeAll(() => {
  ensureSite();
});

const CASE_BUDGET = 50_000; // bytes of HTML + CSS a case page may cost, uncompressed
const PAGE_BUDGET = 150 * 1024; // bytes of any HTML page
/**
 * Bytes of script files (and the chunks they import) a page with 加入讲义 buttons may load: the
 * pack buttons, and on case pages the reference downloads (about 7 kB together, uncompressed).
 */
const PACK_SCRIPT_BUDGET = 8_000;
/** Pages whose work is done in the browser: they load their own script. */
const SCRIPTED_PAGES = new Set(['search/index.html', 'pack/index.html', 'compare/index.html']);

/** Bytes of the module scripts a page loads from files, with every chunk they import, once each. */
function scriptBytes(html: string): number {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(fileForPath(path)!, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) visit(new URL(m[1], `http://x${path}`).pathname);
  };
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) visit(m[1]);
  return [...seen].reduce((n, p) => n + readFileSync(fileForPath(p)!).length, 0);
}
const isExternal = (v: string) => /^(https?:)?\/\//i.test(v);
const TEXT_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** Text content of an HTML fragment: tags removed, the entities Astro writes decoded. */
const decodeText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => TEXT_ENTITIES[e]);

/**
 * The site's own origin, from the canonical link: absolute links to it are internal links. A
 * build without SITE_URL has no canonical link and makes no absolute links to itself.
 */
function siteOrigin(): string {
  const m = readDist('index.html').match(/<link rel="canonical" href="([^"]+)"/);
  return m ? new URL(m[1]).origin : 'http://no-site-url.invalid';
}

describe('case pages', () => {
  const cases = pagesUnder('cases');

  it('there are case pages', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it(`each costs at most ${CASE_BUDGET} bytes of HTML + CSS`, () => {
    const sizes: Array<[string, number]> = cases.map((p) => {
      const html = readDist(`${p.slice(1)}index.html`);
      const css = references(html)
        .filter((r) => r.tag === 'link' && /rel="stylesheet"/.test(r.raw))
        .map((r) => readFileSync(fileForPath(r.value)!).length)
        .reduce((a, b) => a + b, 0);
      return [p, Buffer.byteLength(html) + css];
    });
    const largest = [...sizes].sort((a, b) => b[1] - a[1])[0];
    console.log(`budget: largest case page ${largest[0]} = ${largest[1]} bytes HTML + CSS`);
    expect(sizes.filter(([, n]) => n > CASE_BUDGET)).toEqual([]);
  });

  it('run only the inline theme toggle, the copy buttons, the course-pack button and the reference downloads, a few kB in all', () => {
    for (const p of cases) {
      const html = readDist(`${p.slice(1)}index.html`);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const inline = scripts.filter(([, attrs]) => !/\bsrc=/.test(attrs)).map((m) => m[2]);
      const [toggle, ...rest] = inline;
      expect(toggle).toContain('theme-toggle');
      expect(Buffer.byteLength(toggle), 'the toggle stays tiny').toBeLessThan(700);
      for (const body of rest) expect(Buffer.byteLength(body), 'the copy buttons stay tiny').toBeLessThan(1024);
      expect(html, `${p} has the pack button the script is for`).toMatch(/data-pack-id="/);
      const loaded = scriptBytes(html);
      expect(loaded, `${p} loads ${loaded} bytes of script files`).toBeLessThan(PACK_SCRIPT_BUDGET);
      expect(html).not.toMatch(/rel="modulepreload"/);
    }
  });

  it('each links to at least one other case page', () => {
    const lonely = cases.filter((p) => {
      const targets = references(readDist(`${p.slice(1)}index.html`))
        .filter((r) => r.tag === 'a')
        .map((r) => r.value.split('#')[0]);
      return !targets.some((t) => /^\/cases\/[a-z0-9-]+\/$/.test(t) && t !== p);
    });
    expect(lonely).toEqual([]);
  });

  it('keep the case text intact around marked figures', () => {
    // compressHTML drops whitespace between elements: marking figures and lost text must not glue,
    // split or drop a character. The page's paragraphs must read exactly as the exported text.
    const { cases: exported } = JSON.parse(readDist('data/cases.json')) as { cases: Array<{ url: string; text: string }> };
    expect(exported.length).toBe(cases.length);
    for (const c of exported) {
      const html = readDist(`${c.url.slice(1)}index.html`);
      const reading = html.slice(html.indexOf('<div class="reading">'));
      const paragraphs = [...reading.matchAll(/<p id="p-\d+">([\s\S]*?)<\/p>/g)].map((m) => decodeText(m[1]));
      expect(paragraphs.join('\n\n'), c.url).toBe(c.text);
    }
  });
});

describe('the whole site', () => {
  const files = htmlFiles();

  it('has pages', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  // The same limit `npm run bench` checks over a build of 10,000 cases (lists paginate).
  it(`has no HTML page over ${PAGE_BUDGET / 1024} kB`, () => {
    const over = files.filter((f) => Buffer.byteLength(readDist(f)) > PAGE_BUDGET);
    expect(over).toEqual([]);
  });

  it('makes no external requests: no resource is loaded from another host', () => {
    const offenders: string[] = [];
    for (const f of files) {
      for (const r of references(readDist(f))) {
        const loads = r.tag !== 'a' && r.tag !== 'form' && !/rel="canonical"/.test(r.raw);
        if (loads && isExternal(r.value)) offenders.push(`${f}: <${r.tag} ${r.attr}="${r.value}">`);
      }
      if (/@import\s+url\(\s*["']?https?:/i.test(readDist(f))) offenders.push(`${f}: CSS @import from another host`);
    }
    expect(offenders).toEqual([]);
  });

  it('has no broken internal link, including #fragments', () => {
    const origin = siteOrigin();
    const idCache = new Map<string, Set<string>>();
    const idsOf = (abs: string) => {
      if (!idCache.has(abs)) idCache.set(abs, ids(readFileSync(abs, 'utf8')));
      return idCache.get(abs)!;
    };
    const broken: string[] = [];
    for (const f of files) {
      const html = readDist(f);
      const here = pagePath(f);
      for (const r of references(html)) {
        if (r.tag === 'link' && /rel="canonical"/.test(r.raw)) continue;
        let value = r.value;
        if (/^(mailto:|tel:|data:|javascript:)/i.test(value)) continue;
        if (isExternal(value)) {
          const u = new URL(value, origin);
          if (u.origin !== origin) continue; // an outbound link, not a request: checked above for resources
          value = u.pathname + u.hash;
        }
        const u = new URL(value, `http://site${here}`);
        const target = u.pathname === here && value.startsWith('#') ? join(DIST, f) : fileForPath(u.pathname);
        if (!target) {
          broken.push(`${f}: ${r.attr}="${r.value}" (no file)`);
          continue;
        }
        // Page links must end in a slash: /cases/x/ is served, /cases/x only redirects.
        if (r.tag === 'a' && !/\.[a-z0-9]+$/i.test(u.pathname) && !u.pathname.endsWith('/')) {
          broken.push(`${f}: ${r.attr}="${r.value}" (no trailing slash)`);
        }
        const frag = u.hash.slice(1);
        if (frag && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(frag))) {
          broken.push(`${f}: ${r.attr}="${r.value}" (no element with id "${frag}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no <style> element: the Content-Security-Policy (style-src \'self\') would refuse it', () => {
    expect(files.filter((f) => /<style\b/i.test(readDist(f)))).toEqual([]);
  });

  it('gives every page a Content-Security-Policy that lists each of its inline scripts', () => {
    expect(files.filter((f) => !policyCoversInlineScripts(readDist(f)))).toEqual([]);
  });

  it('declares zh-CN on every page', () => {
    const missing = files.filter((f) => !/<html lang="zh-CN"/.test(readDist(f)));
    expect(missing).toEqual([]);
  });

  it('publishes the data exports the about page links to', () => {
    for (const name of ['sources.json', 'cases.json', 'cases.csv', 'mechanisms.json']) {
      expect(fileForPath(`/data/${name}`), `dist/data/${name}`).not.toBeNull();
    }
  });
});

describe('scripts', () => {
  it('are loaded only where they are used: a page without 加入讲义 buttons loads no script file', () => {
    const offenders: string[] = [];
    for (const f of htmlFiles()) {
      const html = readDist(f);
      const files = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
      const hasButtons = /data-pack-ids?="/.test(html);
      if (SCRIPTED_PAGES.has(f)) continue;
      if (!hasButtons && files.length) offenders.push(`${f}: loads ${files.join(', ')} without a pack button`);
      if (hasButtons && scriptBytes(html) >= PACK_SCRIPT_BUDGET) offenders.push(`${f}: ${scriptBytes(html)} bytes of script`);
    }
    expect(offenders).toEqual([]);
  });

  it('make the Word file from a script of its own that no page loads up front', () => {
    expect(fileForPath('/vendor/handout-docx.js')).not.toBeNull();
    for (const f of htmlFiles()) expect(readDist(f), f).not.toContain('handout-docx.js');
  });
});

describe('a build without SITE_URL', () => {
  it('names no address it cannot know: no localhost anywhere, no canonical link', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(html|json|csv|xml|js|txt)$/.test(entry.name) && /localhost|127\.0\.0\.1/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(DIST);
    expect(offenders).toEqual([]);
    expect(readDist('index.html')).not.toMatch(/rel="canonical"/);
  });
});
