import { createHash } from 'node:crypto';

/**
 * Source ids: the URL-safe name of an article's pages (`/sources/<id>/`) and the prefix of its case
 * ids, which curation entries point at. So an id must depend on the file's own name only: never
 * on its content (editing the file would move its pages), never on the other files (adding a file
 * would rename an existing article).
 *
 * - A plain name (lowercase ASCII letters and digits in groups joined by single `-`, `_` or `.`)
 *   is its own id, separators as `-`: `000_4bb3d2b3ae31962d.txt` -> `000-4bb3d2b3ae31962d`.
 * - Any other name (capitals, Chinese, spaces, other punctuation) keeps its ASCII letters and
 *   digits, lowercased, and adds a hash of the whole name, so `ABC.txt`, `abc.txt` and `委员abc.txt`
 *   get three different ids: `abc-…`, `abc`, `abc-…`.
 * - A very long name is cut and hashed the same way, so the generated files' names stay within
 *   what file systems allow.
 */
const PLAIN_STEM = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** Longest id kept whole; case ids add 7 characters and `.json` 5, well under 255 bytes. */
const MAX_PLAIN_LENGTH = 64;
const KEPT_PREFIX = 40;

const stemOf = (fileName: string) => fileName.normalize('NFC').replace(/\.[^.]*$/, '');
const nameHash = (stem: string) => createHash('sha256').update(stem).digest('hex').slice(0, 8);

function asciiSlug(stem: string): string {
  return stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of a source file, from its name alone (see above). */
export function sourceIdFromFile(fileName: string): string {
  const stem = stemOf(fileName);
  const slug = asciiSlug(stem);
  if (PLAIN_STEM.test(stem) && slug.length <= MAX_PLAIN_LENGTH) return slug;
  const kept = slug.slice(0, KEPT_PREFIX).replace(/-+$/, '');
  return kept ? `${kept}-${nameHash(stem)}` : `s-${nameHash(stem)}`;
}

export interface IdCollision {
  id: string;
  /** The file that kept the id. */
  kept: string;
  /** The file that got a longer one, and the id it got. */
  file: string;
  assigned: string;
}

/**
 * Ids for a batch of files (paths or names, any order). Two plain names can still meet only when
 * they differ in their separators alone (`a_b.txt`, `a-b.txt`). Then the file that already had
 * the id keeps it (`published`: id -> file, from the last run's output), so adding a file never
 * renames an article; else the one spelled exactly as the id, else the one whose name sorts first.
 * The others add their name's hash. The outcome does not depend on the order the files were
 * listed in, and every such meeting is returned to report.
 */
export function assignSourceIds(
  files: readonly string[],
  published: ReadonlyMap<string, string> = new Map(),
): { ids: Map<string, string>; collisions: IdCollision[] } {
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const id = sourceIdFromFile(baseName(file));
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  const ids = new Map<string, string>();
  const collisions: IdCollision[] = [];
  for (const [id, group] of byId) {
    const rank = (file: string) => (published.get(id) === file ? 0 : stemOf(baseName(file)) === id ? 1 : 2);
    const ranked = [...group].sort(
      (a, b) => rank(a) - rank(b) || (baseName(a) < baseName(b) ? -1 : baseName(a) > baseName(b) ? 1 : a < b ? -1 : 1),
    );
    ids.set(ranked[0], id);
    for (const file of ranked.slice(1)) {
      const assigned = `${id}-${nameHash(file.normalize('NFC'))}`;
      ids.set(file, assigned);
      collisions.push({ id, kept: ranked[0], file, assigned });
    }
  }
  return { ids, collisions };
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
