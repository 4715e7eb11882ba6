import { z } from 'astro/zod';
import { isoDateSchema, regionCodeSchema, slugSchema } from './shared';

const reason = z.string().min(4, 'say why: the outside knowledge this decision rests on');

/** A person's decision about one case; curated values win over what the pipeline found. */
export const caseCurationSchema = z
  .strictObject({
    case: z.string().min(1),
    region: regionCodeSchema.optional(),
    committee: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    functions: z.array(slugSchema).min(1).optional(),
    mechanisms: z.array(slugSchema).optional(),
    reason,
    by: z.string().optional(),
  })
  .refine((c) => Object.keys(c).some((k) => !['case', 'reason', 'by'].includes(k)), {
    message: 'a case curation must set at least one of region, committee, title, functions, mechanisms',
  });

export const aliasCurationSchema = z.strictObject({ mechanism: slugSchema, alias: z.string().min(1), reason });

/** Settles a span the pipeline marked as unrecoverable. */
export const spanCurationSchema = z.strictObject({
  source: z.string().min(1),
  /** The marked text exactly as the clean text shows it. */
  marked: z.string().min(1),
  text: z.string().min(1),
  reason,
});

/** Facts about a source article the page did not state (a year the dateline left out …). */
export const sourceCurationSchema = z
  .strictObject({
    source: z.string().min(1),
    date: isoDateSchema.optional(),
    publisher: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    /** The original article's address, when the file does not say it. */
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(),
    reason,
  })
  .refine((c) => c.date || c.publisher || c.title || c.url, { message: 'a source curation must set date, publisher, title or url' });

/** The sections a curation file may have; anything else at the top is a mistake to report. */
export const CURATION_SECTIONS = ['sources', 'cases', 'aliases', 'spans'] as const;
export type CurationSection = (typeof CURATION_SECTIONS)[number];

/** Schema of one entry of each section, for validating entry by entry. */
export const curationEntrySchemas = {
  sources: sourceCurationSchema,
  cases: caseCurationSchema,
  aliases: aliasCurationSchema,
  spans: spanCurationSchema,
} as const;

export const curationFileSchema = z.strictObject({
  sources: z.array(sourceCurationSchema).default([]),
  cases: z.array(caseCurationSchema).default([]),
  aliases: z.array(aliasCurationSchema).default([]),
  spans: z.array(spanCurationSchema).default([]),
});
export type CurationFile = z.infer<typeof curationFileSchema>;
export type CaseCuration = z.infer<typeof caseCurationSchema>;
export type SourceCuration = z.infer<typeof sourceCurationSchema>;
export type SpanCuration = z.infer<typeof spanCurationSchema>;
