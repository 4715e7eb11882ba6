import type { Change } from '../../schemas/shared';

/**
 * What every text repair stage returns: the new text and each edit it made, with offsets in its
 * input. Stages are pure: same input, same output, no I/O.
 */
export interface StageResult {
  text: string;
  changes: Change[];
}

export type Stage = (text: string) => StageResult;
export type { Change };
