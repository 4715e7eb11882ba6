import { createHash } from 'node:crypto';
import type { Source } from '../schemas/source';
import { decodeBytes } from './decode';
import { extractMetadata } from './extract-metadata';
import { repairText } from './repair-text';

export type IngestOutcome = { ok: true; source: Source } | { ok: false; file: string; reason: string };

export interface IngestOptions {
  /** GB/T 2260 name check used to verify repaired mojibake runs that end in a place name. */
  knownPlace?: (name: string) => boolean;
}

/** Cap on the change log kept per source: counts stay exact, the list is for people to read. */
const MAX_CHANGES = 400;

/**
 * One raw article, bytes to clean Source: decode, repair, furniture -> metadata. Pure apart from
 * hashing; the CLI does the reading and writing.
 */
export function ingestSource(bytes: Uint8Array, file: string, id: string, opts: IngestOptions = {}): IngestOutcome {
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) return { ok: false, file, reason: decoded.reason };

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

/**
 * A URL-safe id from a file name: its ASCII letters and digits, lowercased; files named only in
 * Chinese fall back to a prefix of the content hash so that every source still gets a stable id.
 */
export function sourceIdFromFile(fileName: string, bytes: Uint8Array): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length >= 3) return slug;
  return `s-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
}
