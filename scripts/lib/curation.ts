import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { curationFileSchema, DataError, parseWithFriendlyErrors, type CurationFile } from '../../src/schemas';

/**
 * Every `*.yaml` in the curation folder, validated and merged (in file-name order). All invalid
 * files are reported together, each by name, field and reason, in one DataError.
 */
export function loadCuration(dir: string, root: string): CurationFile {
  const merged: CurationFile = { sources: [], cases: [], aliases: [], spans: [] };
  if (!existsSync(dir)) return merged;
  const errors: string[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const path = join(dir, name);
    const file = relative(root, path);
    try {
      const data = parseYaml(readFileSync(path, 'utf8')) ?? {};
      const parsed = parseWithFriendlyErrors(curationFileSchema, data, file);
      merged.sources.push(...parsed.sources);
      merged.cases.push(...parsed.cases);
      merged.aliases.push(...parsed.aliases);
      merged.spans.push(...parsed.spans);
    } catch (e) {
      errors.push(e instanceof DataError ? e.message : `${file}: ${(e as Error).message}`);
    }
  }
  if (errors.length) throw new DataError(errors.join('\n'), relative(root, dir));
  return merged;
}
