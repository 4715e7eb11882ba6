/**
 * Jobs spread over worker threads, results in job order. The ingest's per-article work is pure
 * and independent (decode and clean an article, build its cases), so a machine with two cores
 * does it in about half the time; small runs stay on the main thread, where starting workers
 * (each loads the pipeline and the gazetteer) would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** What a worker script answers for one job. */
export type WorkerReply<R> = { i: number; ok: true; result: R } | { i: number; ok: false; error: string };

export interface PoolOptions {
  /** Handed to each worker as `workerData`. */
  workerData?: unknown;
  threads: number;
  /** Called as each job finishes (in any order), with the number finished so far. */
  onDone?: (finished: number) => void;
}

/**
 * How many threads to use for `jobs` jobs: one per core up to 4, none below `minJobs` jobs.
 * `CASEBOOK_THREADS` overrides (1 keeps everything on the main thread).
 */
export function threadsFor(jobs: number, minJobs = 24): number {
  const set = Number(process.env.CASEBOOK_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, Math.max(1, jobs));
  if (jobs < minJobs) return 1;
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(jobs / 8)));
}

/**
 * Run `jobs` on `threads` workers started from `script`, which answers each `{ i, job }` message
 * with a WorkerReply. Rejects on the first job that failed, naming it with `describe`.
 */
export function runInWorkers<J, R>(script: URL, jobs: readonly J[], options: PoolOptions, describe: (job: J) => string): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  if (!jobs.length) return Promise.resolve(results);
  return new Promise((resolvePool, rejectPool) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (why: string) => {
      if (failed) return;
      failed = true;
      void stop().finally(() => rejectPool(new Error(why)));
    };
    const feed = (w: Worker) => {
      if (next < jobs.length) {
        const i = next++;
        w.postMessage({ i, job: jobs[i] });
      }
    };
    for (let t = 0; t < Math.min(options.threads, jobs.length); t++) {
      const w = new Worker(script, { workerData: options.workerData });
      workers.push(w);
      w.on('message', (reply: WorkerReply<R>) => {
        if (failed) return;
        if (!reply.ok) return fail(`${describe(jobs[reply.i])}: ${reply.error}`);
        results[reply.i] = reply.result;
        finished++;
        options.onDone?.(finished);
        if (finished === jobs.length) void stop().then(() => resolvePool(results));
        else feed(w);
      });
      w.on('error', (e) => fail(`a worker stopped: ${e.message}`));
      w.on('exit', (code) => {
        if (code !== 0 && finished < jobs.length) fail(`a worker exited with code ${code}`);
      });
      feed(w);
    }
  });
}
