import { z } from 'astro/zod';
import { isoDateSchema } from './shared';

/**
 * A lesson's frontmatter (src/content/lessons/*.mdx). The body is MDX that may use the casebook
 * components <Case>, <Compare>, <MechanismTable> and <Figure> (src/components/lesson/); the ids
 * they name are checked at build time (src/lib/lessons/check-references.ts).
 */
export const lessonSchema = z
  .object({
    title: z.string().min(1),
    /** One line for the lesson list and search results. */
    summary: z.string().min(1),
    /** Who the lesson is for (市县政协机关干部、新任委员 …). */
    audience: z.string().min(1),
    /** How long it takes to teach, as said to people (约90分钟). */
    duration: z.string().min(1),
    /** Position in the lesson list. */
    order: z.number().int().default(100),
    /** YAML reads an unquoted 2026-11-29 as a date; either form is taken. */
    updated: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDateSchema),
  })
  .strict();
export type Lesson = z.infer<typeof lessonSchema>;
