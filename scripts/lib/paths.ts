import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Every folder the pipeline and the build read or write, in one place. Each can be moved with an
 * environment variable, which is how tests (and a second build beside the first) get folders of
 * their own instead of sharing the real ones.
 */
export interface CasebookPaths {
  /** Raw articles. */
  sources: string;
  /** People's decisions. */
  curation: string;
  /** What the pipeline writes and the site reads (sources/, cases/, regions/ of JSON files). */
  content: string;
  /** Lessons written by trainers (MDX). */
  lessons: string;
  /** Cached per-source results. */
  cache: string;
  /** The ingest report. */
  report: string;
  /** The search index's parts, kept by what they index (scripts/index-search.ts). */
  indexCache: string;
  /** The built site. */
  dist: string;
  /** Astro's own cache. */
  astroCache: string;
}

export function casebookPaths(env: NodeJS.ProcessEnv = process.env): CasebookPaths {
  const at = (value: string | undefined, fallback: string) => resolve(ROOT, value || fallback);
  return {
    sources: at(env.CASEBOOK_SOURCES, 'sources'),
    curation: at(env.CASEBOOK_CURATION, 'curation'),
    content: at(env.CASEBOOK_CONTENT, 'src/content/generated'),
    lessons: at(env.CASEBOOK_LESSONS, 'src/content/lessons'),
    cache: at(env.CASEBOOK_CACHE, '.cache/ingest'),
    report: at(env.CASEBOOK_REPORT, 'reports/ingest-report.json'),
    // (Beside the ingest cache when that is set elsewhere: a workspace of its own keeps both.)
    indexCache: at(env.CASEBOOK_INDEX_CACHE, env.CASEBOOK_CACHE ? `${env.CASEBOOK_CACHE.replace(/[/\\]+$/, '')}-search-index` : '.cache/search-index'),
    dist: at(env.SITE_DIST, 'dist'),
    astroCache: at(env.CASEBOOK_ASTRO_CACHE, 'node_modules/.astro'),
  };
}

/**
 * Strict runs turn warnings (a skipped file, a duplicate, a curation problem) into a failing exit
 * code: asked for with `--strict`, or CASEBOOK_STRICT=1, and on by default under CI.
 */
export function isStrict(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag) return true;
  if (env.CASEBOOK_STRICT !== undefined && env.CASEBOOK_STRICT !== '') return env.CASEBOOK_STRICT !== '0';
  return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}
