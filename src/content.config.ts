import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema, functionSchema, lessonSchema, mechanismSchema, regionSchema, sourceSchema } from './schemas';

// Every collection is written by `npm run ingest` (scripts/ingest.ts) into
// src/content/generated/, one JSON file per entry so that a 10,000-article corpus never needs one
// giant file in memory. Catalogues are hand-kept YAML data files beside them.
// CASEBOOK_CONTENT points the site at another generated tree (tests build a fixture site), and
// CASEBOOK_LESSONS at other lessons (the defaults match scripts/lib/paths.ts; Astro runs in the
// project folder).
const contentRoot = process.env.CASEBOOK_CONTENT || './src/content/generated';
const lessonsRoot = process.env.CASEBOOK_LESSONS || './src/content/lessons';
const generated = (dir: string) => glob({ pattern: '*.json', base: `${contentRoot}/${dir}` });

export const collections = {
  sources: defineCollection({ loader: generated('sources'), schema: sourceSchema }),
  cases: defineCollection({ loader: generated('cases'), schema: caseSchema }),
  regions: defineCollection({ loader: generated('regions'), schema: regionSchema }),
  // The catalogue as ingest wrote it: the YAML in src/content/ with curated aliases merged in.
  functions: defineCollection({ loader: file(`${contentRoot}/functions.json`), schema: functionSchema }),
  mechanisms: defineCollection({ loader: file(`${contentRoot}/mechanisms.json`), schema: mechanismSchema }),
  // Trainers' lessons: MDX using the casebook components (src/components/lesson/).
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: lessonsRoot }), schema: lessonSchema }),
};
