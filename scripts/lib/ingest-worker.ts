/**
 * The ingest's per-article work on a worker thread (scripts/lib/worker-pool.ts): decoding and
 * cleaning an article, or building a (curated) source's cases. Both are the pure stages the main
 * thread would call; only the thread differs.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Source } from '../../src/schemas';
import { buildCases } from '../../src/pipeline/cases/build-cases';
import type { Catalogue } from '../../src/pipeline/classify/catalogue';
import { ingestSource } from '../../src/pipeline/article/ingest-source';
import { isKnownPlaceName } from '../../src/pipeline/regions/gazetteer';

/** An article to read from `path` and clean (read again here: the main thread keeps no bytes), or a source to build cases from. */
export type IngestJob = { kind: 'source'; path: string; file: string; id: string } | { kind: 'cases'; source: Source };

const { catalogue } = workerData as { catalogue: Catalogue };

parentPort!.on('message', ({ i, job }: { i: number; job: IngestJob }) => {
  try {
    const result = job.kind === 'source' ? ingestSource(readFileSync(job.path), job.file, job.id, { knownPlace: isKnownPlaceName }) : buildCases(job.source, { catalogue });
    parentPort!.postMessage({ i, ok: true, result });
  } catch (e) {
    parentPort!.postMessage({ i, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
