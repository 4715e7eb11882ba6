import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import { indexSite } from '../../scripts/index-search';
import { policyCoversInlineScripts, withContentSecurityPolicy } from '../lib/csp';
import { assertLessonReferences, lessonProblems } from '../lib/lessons/check-references';
import { casebookPaths, ROOT } from '../../scripts/lib/paths';

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
 * written, each is read once to check its Content-Security-Policy against the inline scripts it
 * really has (a page with a script its rendered policy does not list gets one made anew, see
 * src/lib/csp.ts) and, if it is searched, to go into the Pagefind index (scripts/index-search.ts);
 * then the pack's Word-document maker is bundled.
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
        // Each step says how long it took (`timing: <step> <seconds> s`; npm run bench reads these).
        const timed = async <T>(step: string, work: () => T | Promise<T>): Promise<T> => {
          const started = performance.now();
          const result = await work();
          logger.info(`timing: ${step} ${((performance.now() - started) / 1000).toFixed(2)} s`);
          return result;
        };
        // One read of every page: its policy is set and, if it is searched, it is indexed.
        // Pages are rendered with their policy; one with another inline script gets its own.
        let rewritten = 0;
        const transform = (html: string) => {
          if (policyCoversInlineScripts(html)) return html;
          rewritten++;
          return withContentSecurityPolicy(html);
        };
        const index = await indexSite({ site, transform, cacheDir: casebookPaths().indexCache, log: (line) => logger.info(line) });
        logger.info(`content security policy checked on ${index.htmlFiles} pages${rewritten ? `, made anew for ${rewritten}` : ''}`);
        logger.info(`timing: pages read and policy checked ${index.seconds.pages.toFixed(2)} s`);
        logger.info(`timing: search index ${index.seconds.index.toFixed(2)} s`);
        logger.info(`timing: search bundle written ${index.seconds.write.toFixed(2)} s`);
        const bytes = await timed('word maker', () => bundleDocxMaker(site));
        logger.info(`${DOCX_SCRIPT}: ${(bytes / 1024).toFixed(0)} kB`);
      },
    },
  };
}
