import type { Change, StageResult } from './types';

/**
 * Items a page laid out side by side, run into one line by the scrape: a photo caption ends with
 * its credit, then a wide gap, then the next caption's date (`…举行。（文/廖斌 图/魏勇剑）      9月11日，都昌县
 * 政协举办…`). A gap of GAP_MIN spaces or more after a finished sentence or closing bracket, before
 * a date, is the line break the page had: the whitespace becomes one. Prose never has such a gap.
 * Pure, never throws, idempotent.
 */
const GAP_MIN = 4;
const RUN_IN = new RegExp(`(?<=[。！？；”’)）])[ \\t\\u3000\\u00a0]{${GAP_MIN},}(?=(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)`, 'g');

export function splitRunInItems(text: string): StageResult {
  const changes: Change[] = [];
  const out = text.replace(RUN_IN, (gap: string, at: number) => {
    changes.push({ kind: 'split-line', at, from: gap, to: '\n' });
    return '\n';
  });
  return { text: out, changes };
}
