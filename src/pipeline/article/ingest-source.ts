import { createHash } from 'node:crypto';
import type { Source } from '../../schemas/source';
import { decodeBytes } from '../text/decode';
import { extractMetadata } from './extract-metadata';
import { repairText } from '../text/repair-text';

export type IngestOutcome = { ok: true; source: Source } | { ok: false; file: string; reason: string };

export interface IngestOptions {
  /** GB/T 2260 name check used to verify repaired mojibake runs that end in a place name. */
  knownPlace?: (name: string) => boolean;
}

/** Cap on the change log kept per source: counts stay exact, the list is for people to read. */
const MAX_CHANGES = 400;

/**
 * Largest article file taken in, in bytes. A news article is a few kilobytes; a file of megabytes
 * is a dump or a mistake, and one case page of it would be too heavy to open. Such a file is
 * reported and skipped, never rendered.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * One raw article, bytes to clean Source: decode, repair, furniture -> metadata. Pure apart from
 * hashing; the CLI does the reading and writing.
 */
export function ingestSource(bytes: Uint8Array, file: string, id: string, opts: IngestOptions = {}): IngestOutcome {
  if (bytes.length > MAX_SOURCE_BYTES) return { ok: false, file, reason: tooLarge(bytes.length) };
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) return { ok: false, file, reason: decoded.reason };
  if (decoded.text.trim() === '') return { ok: false, file, reason: 'only whitespace, no text' };

  const repaired = repairText(decoded.text, { knownPlace: opts.knownPlace });
  const extracted = extractMetadata(repaired.text);
  if (extracted.paragraphs.length === 0) {
    return { ok: false, file, reason: 'no article text left after removing page furniture' };
  }

  const notes: string[] = [];
  if (repaired.changes.length > MAX_CHANGES) {
    notes.push(`change log truncated to the first ${MAX_CHANGES} of ${repaired.changes.length} edits; counts are complete`);
  }
  if (extracted.meta.date === null && extracted.meta.dateNote === null) {
    extracted.meta.dateNote = 'no publication date in the page; left unknown';
  }

  const paragraphIndex = (marked: string) => {
    const i = extracted.paragraphs.findIndex((p) => p.includes(marked));
    return i >= 0 ? i : null;
  };

  const source: Source = {
    id,
    file,
    hash: createHash('sha256').update(bytes).digest('hex'),
    ...extracted.meta,
    script: repaired.script,
    lead: extracted.lead,
    paragraphs: extracted.paragraphs,
    report: {
      encoding: decoded.encoding,
      bytes: bytes.length,
      repairs: repaired.counts,
      changes: repaired.changes.slice(0, MAX_CHANGES),
      unrecoverable: repaired.unrecoverable.map((u) => ({ ...u, paragraph: paragraphIndex(u.marked), settled: null })),
      removed: extracted.removed,
      notes,
    },
  };
  return { ok: true, source };
}

export const tooLarge = (bytes: number) =>
  `too large: ${(bytes / 1024 / 1024).toFixed(1)} MB, the limit for one article is ${MAX_SOURCE_BYTES / 1024 / 1024} MB`;
