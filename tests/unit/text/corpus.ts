import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../sources/', import.meta.url));

/** File name of the bundled source whose name starts with `prefix` (`'000'`). */
export function sourceName(prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no source ${prefix}* in sources/`);
  return name;
}

export const sourceBytes = (prefix: string): Uint8Array => new Uint8Array(readFileSync(dir + sourceName(prefix)));
export const sourceText = (prefix: string): string => readFileSync(dir + sourceName(prefix), 'utf8');

/** The one line of a bundled source that contains `needle`, exactly as it stands in the file. */
export function sourceLine(prefix: string, needle: string): string {
  const lines = sourceText(prefix).split('\n').filter((l) => l.includes(needle));
  if (lines.length !== 1) throw new Error(`${lines.length} lines of ${prefix} contain ${needle}`);
  return lines[0];
}

export const allSources = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
