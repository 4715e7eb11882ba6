import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root` (not folders), as sorted `/`-separated paths relative to it. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Bytes of every file under `root`. */
export const bytesUnder = (root: string, files = filesUnder(root)): number => files.reduce((n, f) => n + statSync(join(root, f)).size, 0);
