import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCurationFiles, type ParsedCuration } from '../../src/pipeline/cases/parse-curation';

/** Every YAML file in the curation folder (`.yaml` or `.yml`, in any case), in name order. */
export function curationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Read and validate the curation folder. Problems (an invalid entry, an unknown key, two files
 * that disagree) come back with file and field; valid entries always apply.
 */
export function loadCuration(dir: string, root: string): ParsedCuration {
  return parseCurationFiles(curationFiles(dir).map((path) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') })));
}
