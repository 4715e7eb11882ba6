import { fixPunctuation } from './fix-punctuation';
import { toFullWidthPunctuation } from './full-width-punctuation';
import { markLost } from './mark-lost';
import { repairMojibake, type UnrecoverableSpan } from './repair-mojibake';
import { rejoinLines } from './rejoin-lines';
import { splitCommitteeClauses } from './split-committee-clauses';
import { splitRunInItems } from './split-run-in-items';
import { stripMarkup } from './strip-markup';
import { stripPinyin } from './strip-pinyin';
import { convertToSimplified, toSimplified, type Script } from './to-simplified';
import type { Change } from './types';

export interface RepairTextOptions {
  /** GB/T 2260 name check for repaired place names (see repairMojibake). */
  knownPlace?: (name: string) => boolean;
}

export interface RepairTextResult {
  text: string;
  /** Every edit, in stage order; offsets are in the input of the stage that made it. */
  changes: Change[];
  script: Script;
  unrecoverable: UnrecoverableSpan[];
  /** Edits per kind; for to-simplified, characters converted. */
  counts: Record<string, number>;
}

const KINDS = [
  'markup',
  'pinyin-reading',
  'mojibake',
  'lost-character',
  'lost-indent',
  'question-mark',
  'stray-punctuation',
  'full-width',
  'split-line',
  'rejoin-line',
  'to-simplified',
] as const;

/**
 * Decoded article text -> clean Simplified text, one paragraph per line. The stages in order:
 * strip-markup (tags a scraped copy kept), strip-pinyin, repair-mojibake (given the removed readings as evidence), mark-lost,
 * fix-punctuation, full-width-punctuation, split-run-in-items, rejoin-lines, strip-pinyin again (for
 * readings the broken lines had split), to-simplified,
 * split-committee-clauses (after the conversion: it reads committee names). Spans that cannot be
 * recovered stay in the text with a visible marker and are listed with their marked form as it
 * stands in the final text. Pure, never throws on any string, idempotent.
 */
export function repairText(decoded: string, opts: RepairTextOptions = {}): RepairTextResult {
  const markup = stripMarkup(decoded);
  const pinyin = stripPinyin(markup.text);
  const mojibake = repairMojibake(pinyin.text, { knownPlace: opts.knownPlace, readings: pinyin.readings });
  const lost = markLost(mojibake.text);
  const stray = fixPunctuation(lost.text);
  const fullWidth = toFullWidthPunctuation(stray.text);
  const split = splitRunInItems(fullWidth.text);
  const rejoined = rejoinLines(split.text);
  // A reading a broken line had split (`負責(` / `xié)商`) is whole again once the lines are joined.
  const rejoinedPinyin = stripPinyin(rejoined.text);
  const simplified = toSimplified(rejoinedPinyin.text);
  const clauses = splitCommitteeClauses(simplified.text, { knownPlace: opts.knownPlace });

  const changes = [
    ...markup.changes,
    ...pinyin.changes,
    ...mojibake.changes,
    ...lost.changes,
    ...stray.changes,
    ...fullWidth.changes,
    ...split.changes,
    ...rejoined.changes,
    ...rejoinedPinyin.changes,
    ...simplified.changes,
    ...clauses.changes,
  ];
  const counts: Record<string, number> = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const c of changes) if (c.kind !== 'to-simplified') counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  counts['to-simplified'] = simplified.converted;

  const unrecoverable = [...mojibake.unrecoverable, ...lost.unrecoverable].map((u) => ({
    ...u,
    marked: convertToSimplified(u.marked, simplified.script),
  }));
  return { text: clauses.text, changes, script: simplified.script, unrecoverable, counts };
}
