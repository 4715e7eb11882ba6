import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import { indexSite } from '../../scripts/index-search';
import { withContentSecurityPolicy } from '../lib/csp';
import { assertLessonReferences, lessonProblems } from '../lib/lessons/check-references';
import { casebookPaths, ROOT } from '../../scripts/lib/paths';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Where the pack page finds the Word-document maker (src/lib/pack/pack-page.ts loads it on demand). */
export const DOCX_SCRIPT = 'vendor/handout-docx.js';

/**
 * The course pack's Word-document maker as one classic script: the docx library and
 * src/lib/pack/docx.ts, minified. A classic script because the offline copy, opened from disk,
 * cannot load module chunks; its own file because only a trainer who asks for a Word file needs it.
 */
async function bundleDocxMaker(site: string): Promise<number> {
  const outfile = join(site, DOCX_SCRIPT);
  await esbuild({
    entryPoints: [fileURLToPath(new URL('../lib/pack/docx-entry.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'error',
    outfile,
  });
  return readFileSync(outfile).length;
}

/**
 * What turns Astro's pages into the whole casebook, inside `astro build`: once every page is
 * written, each page gets its Content-Security-Policy (hashing the inline scripts it really has,
 * see src/lib/csp.ts), then the Pagefind index is built from the pages (scripts/index-search.ts),
 * and the pack's Word-document maker is bundled.
 * The data exports are pages of their own (src/pages/data/), so `astro build` alone yields the
 * complete site.
 */
export function casebook(): AstroIntegration {
  return {
    name: 'casebook',
    hooks: {
      // Lessons name cases and mechanisms; a name the casebook lacks fails the build, with file and line.
      'astro:build:start': () => {
        const { lessons, content } = casebookPaths();
        assertLessonReferences(lessons, content, ROOT);
      },
      'astro:server:start': ({ logger }) => {
        const { lessons, content } = casebookPaths();
        for (const problem of lessonProblems(lessons, content, ROOT)) logger.warn(problem);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site);
        for (const path of pages) writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8')));
        logger.info(`content security policy set on ${pages.length} pages`);
        await indexSite({ site, log: (line) => logger.info(line) });
        const bytes = await bundleDocxMaker(site);
        logger.info(`${DOCX_SCRIPT}: ${(bytes / 1024).toFixed(0)} kB`);
      },
    },
  };
}
