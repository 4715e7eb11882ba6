import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MAX_SOURCE_BYTES, tooLarge } from '../../src/pipeline/article/ingest-source';

export interface FileProblem {
  file: string;
  reason: string;
}

/** Files in a sources folder that are not articles: notes to people, editor and system files. */
const NOT_AN_ARTICLE = /^(?:\.|readme|~\$|thumbs\.db$|desktop\.ini$)|~$/i;

const why = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'a link to a file that does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  if (code === 'ENAMETOOLONG') return 'its name is too long for the file system';
  return `cannot read it (${code ?? (e as Error).message})`;
};

/**
 * Every article file under `dir` (subfolders included), sorted, with a problem line for each entry
 * that cannot be read as a file: a dangling link, a name the file system refuses, no permission.
 * Never throws for one bad entry; the others are still listed.
 */
export function listSourceFiles(dir: string, root: string): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  if (!existsSync(dir)) return { files, problems };
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: relative(root, folder), reason: why(e) });
      return;
    }
    for (const entry of entries) {
      if (NOT_AN_ARTICLE.test(entry.name)) continue;
      const path = join(folder, entry.name);
      try {
        const info = statSync(path); // follows links: a dangling one throws here
        if (info.isDirectory()) walk(path);
        else if (info.isFile()) files.push(path);
        else problems.push({ file: relative(root, path), reason: 'not a regular file' });
      } catch (e) {
        problems.push({ file: relative(root, path), reason: why(e) });
      }
    }
  };
  walk(dir);
  return { files: files.sort(), problems };
}

/** The bytes of one article, or the reason they cannot be had. A file over the size limit is not read. */
export function readSourceFile(path: string): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_SOURCE_BYTES) return { ok: false, reason: tooLarge(size) };
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    return { ok: false, reason: why(e) };
  }
}
