import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cuesSchema, parseWithFriendlyErrors, type Cues } from '../../schemas';

const CUES_FILE = join(import.meta.dirname, '../../content/cues.yaml');

let cached: Cues | null = null;

/**
 * The cue words of src/content/cues.yaml, read and checked once per process (like the gazetteer's
 * dataset). A broken file throws a DataError naming the file and field.
 */
export function getCues(): Cues {
  cached ??= parseWithFriendlyErrors(cuesSchema, parseYaml(readFileSync(CUES_FILE, 'utf8')), 'src/content/cues.yaml');
  return cached;
}
