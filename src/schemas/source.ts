import { z } from 'astro/zod';
import { changeSchema, isoDateSchema } from './shared';

export const encodingSchema = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']);
export type Encoding = z.infer<typeof encodingSchema>;

/** Text removed from the article body with the rule that removed it (page furniture, noise). */
export const removedSchema = z.object({
  rule: z.string(),
  /** Line number (1-based) in the repaired text, before furniture was taken out. */
  line: z.number().int().positive(),
  text: z.string(),
  /** Where the content went: a metadata field, or nowhere (pure furniture such as a breadcrumb). */
  keptAs: z.string().nullable(),
});

/** A span whose bytes were lost in the source: shown with a visible marker, settled only by curation. */
export const unrecoverableSchema = z.object({
  /** The marked text as it stands in the clean text (including the marker characters). */
  marked: z.string(),
  /** What the damaged bytes decode to, kept for the person who settles it. */
  raw: z.string(),
  reason: z.string(),
  paragraph: z.number().int().nonnegative().nullable(),
  /** Set when a curation entry settled this span. */
  settled: z.string().nullable().default(null),
});

export const sourceReportSchema = z.object({
  encoding: encodingSchema,
  bytes: z.number().int().nonnegative(),
  repairs: z.record(z.string(), z.number().int().nonnegative()),
  changes: z.array(changeSchema),
  unrecoverable: z.array(unrecoverableSchema),
  removed: z.array(removedSchema),
  notes: z.array(z.string()),
});

export const sourceSchema = z.object({
  id: z.string(),
  file: z.string(),
  /** sha256 of the raw bytes: the cache key and the check that a source did not change. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  /** Column or series line above the title (【五年履职亮点回眸】). */
  kicker: z.string().nullable().default(null),
  publisher: z.string().nullable(),
  reporter: z.string().nullable(),
  /** An institutional author line (中共政协金昌市委员会党组). */
  author: z.string().nullable().default(null),
  editor: z.string().nullable().default(null),
  keywords: z.array(z.string()).default([]),
  breadcrumb: z.array(z.string()).default([]),
  date: isoDateSchema.nullable(),
  /** Why the date is what it is (or why it is null): which line said it, whether the year was inferred. */
  dateNote: z.string().nullable().default(null),
  /** Where the date came from: the page's own date line, or a person (curation). */
  dateKind: z.enum(['page', 'curated']).nullable().default(null),
  /** The original article's address: a 原文链接 or 网址 line of the page, or curation. */
  url: z.string().nullable().default(null),
  place: z.string().nullable(),
  script: z.enum(['traditional', 'simplified']),
  /** The editor's note (编者按) or similar lead that belongs to the article, not to a case. */
  lead: z.string().nullable(),
  /** Clean body paragraphs; case paragraph ranges index into this array. */
  paragraphs: z.array(z.string()),
  report: sourceReportSchema,
});
export type Source = z.infer<typeof sourceSchema>;
export type SourceReport = z.infer<typeof sourceReportSchema>;
export type Removed = z.infer<typeof removedSchema>;
export type Unrecoverable = z.infer<typeof unrecoverableSchema>;
