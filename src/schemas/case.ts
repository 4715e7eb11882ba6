import { z } from 'astro/zod';
import { isoDateSchema, regionCodeSchema, slugSchema } from './shared';

export const levelSchema = z.enum(['national', 'province', 'city', 'county']);
export type Level = z.infer<typeof levelSchema>;

export const regionRefSchema = z.object({
  code: regionCodeSchema.nullable(),
  name: z.string().nullable(),
  province: z.string().nullable(),
  /** Prefecture-level city; null for a municipality's district and for province-level cases. */
  city: z.string().nullable(),
  county: z.string().nullable(),
});
export type RegionRef = z.infer<typeof regionRefSchema>;

/**
 * How the committee's region was decided, as data (the site says it in Chinese, see
 * src/lib/explain.ts): the committee named in a heading, the article's title or author line, or
 * the text; the national committee; a bare 市政协/区政协 on a page that says whose it is; a place
 * the text names; the sibling sections of a roundup; the article's own places; a person
 * (curation); or nothing decides (several places fit, or none).
 */
export const attributionBasisSchema = z.enum([
  'heading',
  'article-title',
  'text',
  'national',
  'page-home',
  'place-named',
  'siblings',
  'article-places',
  'curated',
  'ambiguous',
  'unknown',
]);
export type AttributionBasis = z.infer<typeof attributionBasisSchema>;

export const attributionSchema = z.object({
  kind: z.enum(['explicit', 'inferred', 'curated', 'unknown']),
  /** The text that supports the attribution (a committee name, a sibling section's place …). */
  span: z.string().nullable(),
  /** How it was decided, for people reading the pipeline's reports (English). */
  note: z.string(),
  basis: attributionBasisSchema.default('text'),
  /** The place name fits several divisions; context chose one. */
  homonym: z.boolean().default(false),
  /** The committee is named by its place's short form (`永嘉政协`). */
  shortForm: z.boolean().default(false),
});
export type Attribution = z.infer<typeof attributionSchema>;

export const figureSchema = z.object({
  value: z.number(),
  approx: z.boolean(),
  unit: z.string(),
  /** What is counted (委员工作站, 区属党政部门 …), as the text says it. */
  what: z.string(),
  /** The exact text of the figure as it stands in the case text. */
  quote: z.string(),
  /** Paragraph (index into the source's paragraphs) the figure comes from. */
  paragraph: z.number().int().nonnegative(),
  /** Mechanism the figure counts, when the counted thing is a mechanism's alias. */
  mechanism: slugSchema.nullable().default(null),
});
export type Figure = z.infer<typeof figureSchema>;

export const caseFunctionSchema = z.object({
  id: slugSchema,
  score: z.number(),
  /** The terms that decided it, with how often each occurred. */
  terms: z.array(z.object({ term: z.string(), count: z.number().int().positive() })),
});

export const caseMechanismSchema = z.object({
  id: slugSchema,
  /** The alias that matched. */
  alias: z.string(),
  /** The sentence that shows the practice. */
  quote: z.string(),
  paragraph: z.number().int().nonnegative(),
});

/** Why a case is less than certain (see src/pipeline/cases/confidence.ts). */
export const confidenceReasonSchema = z.enum([
  'region-unknown',
  'committee-unnamed',
  'committee-relative',
  'homonym',
  'boundary-inferred',
  'short-form',
  'title-made',
  'incomplete',
]);
export type ConfidenceReason = z.infer<typeof confidenceReasonSchema>;

export const confidenceSchema = z.object({
  level: z.enum(['high', 'medium', 'low']),
  reasons: z.array(confidenceReasonSchema),
});

/** How segmentation found the case's section (src/pipeline/cases/segment-cases.ts). */
export const caseLayoutSchema = z.enum(['label', 'committee-heading', 'committee-headline', 'headline-points', 'item', 'feature', 'single']);

export const caseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  sourceId: z.string(),
  ordinal: z.number().int().nonnegative(),
  title: z.string(),
  committee: z.string(),
  level: levelSchema.nullable(),
  region: regionRefSchema,
  attribution: attributionSchema,
  /** Main function first. */
  functions: z.array(caseFunctionSchema),
  mechanisms: z.array(caseMechanismSchema),
  figures: z.array(figureSchema),
  years: z.array(z.number().int()),
  /** Inclusive range of source paragraph indexes, heading lines included. */
  paragraphs: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** Index of the first body paragraph (after the label and headline lines). */
  bodyFrom: z.number().int().nonnegative(),
  /** Body paragraphs (source paragraphs bodyFrom..to), so a case page needs no source lookup. */
  body: z.array(z.string()),
  /** True when the source cut the section off mid-sentence. */
  incomplete: z.boolean(),
  /** Fields a curation entry set. */
  curated: z.array(z.string()).default([]),
  /** The date the case is of: the report's date, else the first full date of its text, else the latest year its text names. */
  date: isoDateSchema.nullable(),
  /** Which of those `date` is (null: none is known). */
  dateKind: z.enum(['report', 'text', 'year']).nullable().default(null),
  /** The text names the committee (else `committee` is only the place's committee, not a name from the text). */
  committeeNamed: z.boolean().default(true),
  /** The other committees of a practice several carried out together, each with a case over the same text. */
  jointWith: z.array(z.string()).default([]),
  /** One line on what was done: the sentence that shows its main mechanism, or its first factual sentence. */
  summary: z.string().default(''),
  layout: caseLayoutSchema.default('single'),
  /** Where the title came from: the section's heading, the article's headline, or made from the text. */
  titleFrom: z.enum(['heading', 'article', 'text']).default('heading'),
  confidence: confidenceSchema.default({ level: 'high', reasons: [] }),
});
export type Case = z.infer<typeof caseSchema>;

/** A region that has cases, or is an ancestor of one: the browse tree. */
export const regionSchema = z.object({
  id: regionCodeSchema,
  name: z.string(),
  level: z.enum(['province', 'city', 'county']),
  parent: regionCodeSchema.nullable(),
  /** Full names from province down, for breadcrumbs. */
  path: z.array(z.object({ code: regionCodeSchema, name: z.string() })),
});
export type Region = z.infer<typeof regionSchema>;
