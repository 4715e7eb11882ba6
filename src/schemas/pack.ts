import { z } from 'astro/zod';

/**
 * What a trainer's course pack (/pack/) and the side-by-side view (/compare/) know about a case:
 * everything they print, already in Chinese, so the browser code formats nothing it could get
 * wrong. Written per case to /data/pack/<id>.js at build time (src/pages/data/pack/) and read in
 * the browser by src/lib/pack/loader.ts; lessons build the same shape on the server.
 */
export const packMechanismSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** 建立 / 组建 …: the catalogue's verb, for 同样建立委员工作室. */
  verb: z.string(),
  /** The figure that ranks this mechanism (its unit and counted noun fit), as the text says it. */
  comparable: z.object({ label: z.string(), value: z.number() }).nullable(),
  /** Other figures shown beside it. */
  figures: z.array(z.string()),
  /** The sentence that shows the practice. */
  quote: z.string(),
});
export type PackMechanism = z.infer<typeof packMechanismSchema>;

/** One reference for reference managers (RIS, BibTeX): see src/lib/reference-files.ts. */
export const referenceRecordSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** The responsible party: a publisher or the casebook (corporate authors). */
  author: z.string(),
  /** ISO date, whole or in part. */
  date: z.string().nullable(),
  url: z.string().nullable(),
  accessed: z.string(),
});
export type ReferenceRecord = z.infer<typeof referenceRecordSchema>;

export const packCaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Site path of the case page. */
  path: z.string(),
  title: z.string(),
  /** Title with the committee in front, as links and references give it. */
  fullTitle: z.string(),
  committee: z.string(),
  committeeNamed: z.boolean(),
  place: z.string(),
  regionCode: z.string().nullable(),
  level: z.string(),
  /** `报道日期：2022年6月14日` or `日期不详`. */
  date: z.string(),
  isoDate: z.string().nullable(),
  functions: z.array(z.object({ id: z.string(), name: z.string() })),
  mechanisms: z.array(packMechanismSchema),
  /** Every figure the case names, as labels (`33个委员工作站`). */
  figures: z.array(z.string()),
  summary: z.string(),
  /** The case text, paragraph by paragraph. */
  paragraphs: z.array(z.string()),
  incomplete: z.boolean(),
  source: z.object({
    title: z.string(),
    publisher: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
  }),
  /** GB/T 7714 references: the original article (when known) and the casebook page. */
  references: z.object({ article: z.string().nullable(), casebook: z.string() }),
  /** The same two references as records, for the RIS and BibTeX downloads. */
  records: z.array(referenceRecordSchema),
});
export type PackCase = z.infer<typeof packCaseSchema>;
