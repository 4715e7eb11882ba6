import type { Case, Change, Source, SourceReport } from '../schemas';
import { repairLabel } from './labels';

/**
 * A source article as blocks: runs of paragraphs outside any case, and each case's paragraphs,
 * in paragraph order, so the page can mark and link case boundaries. Committees that act jointly
 * have one case each over the same paragraphs: one block holds them all (`cases`, `case` first).
 */
export type SourceBlock =
  | { kind: 'text'; from: number; to: number }
  | { kind: 'case'; from: number; to: number; case: Case; cases: Case[] };

export function sourceBlocks(source: Source, cases: readonly Case[]): SourceBlock[] {
  const last = source.paragraphs.length - 1;
  const own = cases
    .filter((c) => c.sourceId === source.id)
    .sort((a, b) => a.paragraphs[0] - b.paragraphs[0] || a.ordinal - b.ordinal);
  const blocks: SourceBlock[] = [];
  let next = 0;
  for (const c of own) {
    const previous = blocks.at(-1);
    if (previous?.kind === 'case' && previous.case.paragraphs[0] === c.paragraphs[0] && previous.case.paragraphs[1] === c.paragraphs[1]) {
      previous.cases.push(c);
      continue;
    }
    const from = Math.max(c.paragraphs[0], next);
    const to = Math.min(c.paragraphs[1], last);
    // Overlapping or out-of-range ranges would repeat or invent text: clamp, and skip what is empty.
    if (from > to) continue;
    if (from > next) blocks.push({ kind: 'text', from: next, to: from - 1 });
    blocks.push({ kind: 'case', from, to, case: c, cases: [c] });
    next = to + 1;
  }
  if (next <= last) blocks.push({ kind: 'text', from: next, to: last });
  return blocks;
}

export interface RepairKind {
  kind: string;
  label: string;
  count: number;
  /** A few of the logged edits of this kind, for a person to check. */
  examples: Change[];
}

/** Repairs by kind, most frequent first, with up to `examples` logged edits each. */
export function repairKinds(report: SourceReport, examples = 3): RepairKind[] {
  return Object.entries(report.repairs)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => ({
      kind,
      label: repairLabel(kind),
      count,
      examples: report.changes.filter((c) => c.kind === kind).slice(0, examples),
    }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
