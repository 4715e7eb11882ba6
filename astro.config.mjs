// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { casebook } from './src/integrations/casebook';

// The site is served from the root of whatever host (or folder, for the offline bundle:
// scripts/build-offline.ts rewrites links). `site` feeds canonical URLs and citations; without
// SITE_URL there is none, and pages cite their paths rather than an address nobody can reach.
export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  integrations: [mdx(), casebook()],
  vite: { plugins: [tailwindcss()] },
  // Stylesheets stay files: the pages' Content-Security-Policy (style-src 'self') refuses <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Shiki colours code with style attributes, which the pages' Content-Security-Policy refuses;
  // the casebook has no code worth colouring.
  markdown: { syntaxHighlight: false },
  // A second build beside this one (tests, a benchmark) keeps its own cache.
  cacheDir: process.env.CASEBOOK_ASTRO_CACHE ?? './node_modules/.astro',
});
