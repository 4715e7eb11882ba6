// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// The site is served from the root of whatever host (or folder, for the offline bundle:
// scripts/build-offline.ts rewrites links); `site` only feeds canonical URLs and citations.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  build: { format: 'directory' },
});
