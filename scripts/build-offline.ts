/**
 * `npm run build:offline`: a copy of the built site that works opened from the file system, with
 * search, in offline/ and offline.zip. Run after `npm run build`; dist/ is only read.
 *
 *   tsx scripts/build-offline.ts [site] [--out offline] [--zip offline.zip] [--no-zip]
 *
 * What changes in the copy (src/lib/search/offline-html.ts, offline-runtime.ts):
 * - every internal link, stylesheet, image and script reference becomes relative and names a
 *   file (`../cases/x/index.html`), in HTML and in CSS;
 * - external module scripts are inlined (file:// refuses module files; inline modules run), with
 *   any chunks they import bundled into them;
 * - the search bundle pagefind/* becomes classic scripts pagefind/*.js that register their bytes,
 *   and the search page gets a runtime that serves Pagefind's fetches from them and imports
 *   pagefind.js from a blob: URL.
 * The build stops if a rewritten link points at a missing file, if a module cannot be inlined, or
 * if the copy is more than 3 times the size of the site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import {
  dropModulePreloads,
  hasStaticModuleSyntax,
  injectIntoHead,
  inlineModuleScript,
  moduleScripts,
  rewriteCssUrls,
  rewriteHtmlLinks,
  withoutScriptBodies,
} from '../src/lib/search/offline-html';
import { OFFLINE_SENTINEL, offlineRuntimeScript, wrappedBundleFile } from '../src/lib/search/offline-runtime';
import { zipArchive, type ZipEntry } from '../src/lib/search/zip';
import { withContentSecurityPolicy } from '../src/lib/csp';
import { bytesUnder, filesUnder } from './lib/files';

export const MAX_SIZE_RATIO = 3;

/**
 * A page script that imports chunks it shares with other pages' scripts (Vite splits modules two
 * entries use), bundled with its imports into one module without any: file:// loads no module
 * files, so an inlined script must stand alone. Once per script, however many pages use it.
 */
const flatScripts = new Map<string, string | null>();
function flattened(file: string): string | null {
  if (!flatScripts.has(file)) {
    try {
      const out = buildSync({ entryPoints: [file], bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent' });
      const code = out.outputFiles[0].text;
      flatScripts.set(file, hasStaticModuleSyntax(code) ? null : code);
    } catch {
      flatScripts.set(file, null);
    }
  }
  return flatScripts.get(file)!;
}

/** Bundle files the offline search never requests (no worker: the search page runs Pagefind without one). */
const UNUSED_BUNDLE_FILE = /^pagefind-worker\.js$/;

export interface OfflineOptions {
  site: string;
  out: string;
  /** Path of the zip to write, or null for none. */
  zip: string | null;
  /** `auto` uses the system `zip` when there is one and the built-in writer otherwise. */
  zipTool?: 'auto' | 'node';
  log?: (line: string) => void;
}

export interface OfflineSummary {
  pages: number;
  bundleFiles: number;
  inlinedScripts: number;
  siteBytes: number;
  offlineBytes: number;
  zipBytes: number | null;
  zipTool: 'zip' | 'node' | null;
}


/** The path (from the root) a relative link in `fromFile` resolves to, without query or fragment. */
function resolvedTarget(fromFile: string, href: string): string | null {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href) || !href) return null;
  const path = href.replace(/[?#].*$/, '');
  if (!path) return fromFile;
  const parts = [...fromFile.split('/').slice(0, -1), ...path.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export async function buildOffline(options: OfflineOptions): Promise<OfflineSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const site = resolve(options.site);
  const out = resolve(options.out);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`build-offline: ${site} has no index.html; run npm run build first`);
  if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) throw new Error(`build-offline: ${site} has no search index; run scripts/index-search.ts first`);
  if (out === site || out.startsWith(site + sep) || site.startsWith(out + sep)) throw new Error('build-offline: the offline folder must be outside the site folder');

  rmSync(out, { recursive: true, force: true });
  cpSync(site, out, { recursive: true });
  const summary: OfflineSummary = { pages: 0, bundleFiles: 0, inlinedScripts: 0, siteBytes: bytesUnder(site), offlineBytes: 0, zipBytes: null, zipTool: null };
  const problems: string[] = [];

  // The search bundle: each file becomes a classic script that registers its bytes.
  const bundle = join(out, 'pagefind');
  for (const rel of filesUnder(bundle)) {
    const file = join(bundle, rel);
    if (!UNUSED_BUNDLE_FILE.test(basename(rel))) {
      writeFileSync(`${file}.js`, wrappedBundleFile(rel, readFileSync(file)));
      summary.bundleFiles++;
    }
    rmSync(file);
  }

  const files = filesUnder(out);
  const present = new Set(files);
  for (const rel of files.filter((f) => f.endsWith('.css'))) {
    const path = join(out, rel);
    writeFileSync(path, rewriteCssUrls(readFileSync(path, 'utf8'), rel));
  }

  for (const rel of files.filter((f) => f.endsWith('.html'))) {
    const path = join(out, rel);
    let html = dropModulePreloads(readFileSync(path, 'utf8'));

    // Module scripts first, while their src is still the site's own path.
    for (const { tag, src } of moduleScripts(html)) {
      const target = src.startsWith('/') ? src.slice(1) : resolvedTarget(rel, src);
      const code = target && existsSync(join(site, target)) ? readFileSync(join(site, target), 'utf8') : null;
      if (code === null) {
        problems.push(`${rel}: module script ${src} not found`);
        continue;
      }
      const inlined = hasStaticModuleSyntax(code) ? flattened(join(site, target!)) : code;
      if (inlined === null) {
        problems.push(`${rel}: module script ${src} imports other modules that could not be bundled into it; it cannot be inlined for file://`);
        continue;
      }
      html = html.replace(tag, () => inlineModuleScript(inlined));
      summary.inlinedScripts++;
    }

    html = rewriteHtmlLinks(html, rel);
    if (html.includes('id="search-root"')) {
      const root = '../'.repeat(rel.split('/').length - 1);
      html = injectIntoHead(html, `<script>${offlineRuntimeScript({ root, fromFile: rel, sentinel: OFFLINE_SENTINEL })}</script>`);
    }

    // Inlined scripts and the offline runtime change the page's inline scripts: hash them anew.
    html = withContentSecurityPolicy(html, 'offline');

    for (const m of withoutScriptBodies(html).matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const target = resolvedTarget(rel, m[1].replace(/&amp;/g, '&'));
      if (target !== null && !present.has(target)) problems.push(`${rel}: ${m[1]} -> missing ${target}`);
    }
    writeFileSync(path, html);
    summary.pages++;
  }

  if (problems.length) {
    const shown = problems.slice(0, 20).join('\n  ');
    throw new Error(`build-offline: ${problems.length} problem(s):\n  ${shown}${problems.length > 20 ? '\n  …' : ''}`);
  }

  summary.offlineBytes = bytesUnder(out);
  const ratio = summary.offlineBytes / summary.siteBytes;
  if (ratio > MAX_SIZE_RATIO) {
    throw new Error(`build-offline: ${out} is ${ratio.toFixed(2)} × the site (${summary.offlineBytes} vs ${summary.siteBytes} bytes); the limit is ${MAX_SIZE_RATIO} ×`);
  }

  if (options.zip) {
    const zipPath = resolve(options.zip);
    rmSync(zipPath, { force: true });
    const top = basename(out);
    const hasZip = options.zipTool !== 'node' && spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;
    if (hasZip) {
      const r = spawnSync('zip', ['-r', '-q', '-X', '-9', zipPath, top], { cwd: dirname(out), encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build-offline: zip failed: ${r.stderr}`);
      summary.zipTool = 'zip';
    } else {
      const entries: ZipEntry[] = [{ name: `${top}/` }];
      const dirs = new Set<string>();
      for (const rel of filesUnder(out)) {
        const parts = rel.split('/');
        for (let i = 1; i < parts.length; i++) {
          const d = `${top}/${parts.slice(0, i).join('/')}/`;
          if (!dirs.has(d)) {
            dirs.add(d);
            entries.push({ name: d });
          }
        }
        entries.push({ name: `${top}/${rel}`, data: readFileSync(join(out, rel)) });
      }
      writeFileSync(zipPath, zipArchive(entries));
      summary.zipTool = 'node';
    }
    summary.zipBytes = statSync(zipPath).size;
  }

  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  log(
    `build-offline: ${summary.pages} pages, ${summary.inlinedScripts} scripts inlined, ${summary.bundleFiles} search files wrapped; ` +
      `${relative(process.cwd(), out) || out}/ ${kb(summary.offlineBytes)} = ${ratio.toFixed(2)} × the site (${kb(summary.siteBytes)})` +
      (summary.zipBytes !== null ? `; ${relative(process.cwd(), resolve(options.zip!))} ${kb(summary.zipBytes)} (${summary.zipTool})` : ''),
  );
  return summary;
}

/** Open the bundle's front page in a browser by hand: file:///…/offline/index.html. */
export const offlineEntry = (out: string) => pathToFileURL(join(resolve(out), 'index.html')).href;

function parseArgs(argv: string[]): OfflineOptions {
  const options: OfflineOptions = { site: process.env.SITE_DIST ?? 'dist', out: process.env.OFFLINE_DIR ?? 'offline', zip: 'offline.zip' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`build-offline: ${a} needs a value`);
      return v;
    };
    if (a === '--out') options.out = value();
    else if (a === '--zip') options.zip = value();
    else if (a === '--no-zip') options.zip = null;
    else if (!a.startsWith('-')) options.site = a;
    else throw new Error(`build-offline: unknown option ${a}`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const options = parseArgs(process.argv.slice(2));
  buildOffline(options)
    .then(() => console.log(`build-offline: open ${offlineEntry(options.out)}`))
    .catch((e: Error) => {
      console.error(e.message);
      process.exit(1);
    });
}
