import { z } from 'astro/zod';

/**
 * Parse `data` with `schema`; on failure throw one error that names the file, each failing
 * field path and the reason, so a person editing curation or case data sees where to look.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = friendlyIssues(result.error, schema).map((i) => `  - ${i.path}: ${i.message}`);
  throw new DataError(`${file}: invalid data\n${lines.join('\n')}`, file);
}

/**
 * A validation error as (field path, reason) pairs a person can act on. Unknown keys name the key
 * and the keys the object does take, because an unknown key is nearly always a misspelling
 * (`comittee:`) that would otherwise be ignored without a word.
 */
export function friendlyIssues(error: z.ZodError, schema?: z.ZodType, prefix: Array<string | number> = []): Array<{ path: string; message: string }> {
  return error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      const allowed = schema && issue.path.length === 0 && 'shape' in schema ? Object.keys((schema as unknown as z.ZodObject).shape) : [];
      return issue.keys.map((key) => ({
        path: [...at, key].join('.'),
        message: `unknown key${allowed.length ? ` (this entry takes ${allowed.join(', ')})` : ''}`,
      }));
    }
    return [{ path: at.length ? at.join('.') : '(root)', message: issue.message }];
  });
}

/** An error attached to a data file; the CLI prints it and moves on to the next file. */
export class DataError extends Error {
  constructor(message: string, readonly file: string) {
    super(message);
    this.name = 'DataError';
  }
}

/** True when `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a day, month or year that exists (no 2022-06-31). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO calendar date, or a year-month / year when the text gives no more. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'no such date in the calendar');

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
