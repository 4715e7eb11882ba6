import { z } from 'astro/zod';

/**
 * Parse `data` with `schema`; on failure throw one error that names the file, each failing
 * field path and the reason, so a person editing curation or case data sees where to look.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(root)';
    return `  - ${path}: ${issue.message}`;
  });
  throw new DataError(`${file}: invalid data\n${lines.join('\n')}`, file);
}

/** An error attached to a data file; the CLI prints it and moves on to the next file. */
export class DataError extends Error {
  constructor(message: string, readonly file: string) {
    super(message);
    this.name = 'DataError';
  }
}

/** ISO calendar date, or a year-month / year when the text gives no more. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/** Six-digit GB/T 2260 administrative division code. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code');

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug of a-z, 0-9 and single hyphens');

/** One edit a repair stage made, kept so the report can say what changed and where. */
export const changeSchema = z.object({
  kind: z.string(),
  /** Offset in the stage's input text. */
  at: z.number().int().nonnegative(),
  from: z.string(),
  to: z.string(),
  note: z.string().optional(),
});
export type Change = z.infer<typeof changeSchema>;
