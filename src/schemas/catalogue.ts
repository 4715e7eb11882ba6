import { z } from 'astro/zod';
import { slugSchema } from './shared';

/** A function of committee work (政治协商, 民主监督 …) with the committees' own words for it. */
export const functionSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  description: z.string().min(1),
  /**
   * Terms that vote for this function; `weight` defaults to 1 (a distinctive term may weigh more).
   * `form` marks the words of a meeting's form, which say nothing of a case's function where the
   * meeting is not the committee's own business: a plenary's (`session`) when members only watch one
   * on screen, a standing committee meeting's (`standing`) when it is held to consult on a topic, a
   * chairs' meeting's (`chairs`) when it is held on one topic (`主席会议，专题听取…提案办理…`). `cue` marks a
   * phrase the classifier reads that no reader searches for (`次会议在`, `的提案`): it is left out of the search's terms.
   */
  terms: z
    .array(
      z.union([
        z.string().min(1),
        z.object({ term: z.string().min(1), weight: z.number().positive(), form: z.enum(['session', 'standing', 'chairs']).optional(), cue: z.boolean().optional() }),
      ]),
    )
    .min(1),
  /** Display order. */
  order: z.number().int(),
  /**
   * The function of a committee's work in general (调研, 视察, 建言): what a one-line item of a
   * roundup is about when its own words name no function. At most one function is marked.
   */
  fallback: z.boolean().default(false),
});
export type FunctionEntry = z.infer<typeof functionSchema>;

/** A named, reusable practice that committees run in their own way: what cross-links hang on. */
export const mechanismSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  /** Names it goes by in articles; each one found in a case links the case to this mechanism. */
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  /** Function ids this mechanism serves. */
  functions: z.array(slugSchema).min(1),
  /** Units a comparable figure for this mechanism is counted in (个, 家, 期 …), used to pick its figures. */
  units: z.array(z.string()).default([]),
  /** What such a figure counts besides the mechanism itself (民主评议: 部门, 单位). */
  counts: z.array(z.string()).default([]),
  /** The verb the site says the practice with: 同样{verb}{name} (建立委员工作室, 组建临时党支部). */
  verb: z.string().min(1).default('开展'),
});
export type MechanismEntry = z.infer<typeof mechanismSchema>;
