import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../../scripts/index-search';
import { withContentSecurityPolicy } from '../lib/csp';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/**
 * What turns Astro's pages into the whole casebook, inside `astro build`: once every page is
 * written, each page gets its Content-Security-Policy (hashing the inline scripts it really has,
 * see src/lib/csp.ts), then the Pagefind index is built from the pages (scripts/index-search.ts).
 * The data exports are pages of their own (src/pages/data/), so `astro build` alone yields the
 * complete site.
 */
export function casebook(): AstroIntegration {
  return {
    name: 'casebook',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site);
        for (const path of pages) writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8')));
        logger.info(`content security policy set on ${pages.length} pages`);
        await indexSite({ site, log: (line) => logger.info(line) });
      },
    },
  };
}
