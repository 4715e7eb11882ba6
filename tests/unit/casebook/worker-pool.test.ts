import { afterEach, describe, expect, it } from 'vitest';
import { runInWorkers, threadsFor } from '../../../scripts/lib/worker-pool';

const SQUARE = new URL('../../fixtures/workers/square.mjs', import.meta.url);

describe('runInWorkers', () => {
  it('returns results in job order whatever order workers finish in', async () => {
    const jobs = Array.from({ length: 50 }, (_, i) => 50 - i);
    const finished: number[] = [];
    const out = await runInWorkers<number, number>(SQUARE, jobs, { threads: 3, onDone: (n) => finished.push(n) }, String);
    expect(out).toEqual(jobs.map((j) => j * j));
    expect(finished).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('rejects naming the job that failed', async () => {
    await expect(runInWorkers<number, number>(SQUARE, [1, 2, -3, 4], { threads: 2 }, (j) => `job ${j}`)).rejects.toThrow('job -3: negative');
  });

  it('answers no jobs without starting a worker', async () => {
    await expect(runInWorkers<number, number>(new URL('file:///nonexistent.mjs'), [], { threads: 2 }, String)).resolves.toEqual([]);
  });
});

describe('threadsFor', () => {
  const saved = process.env.CASEBOOK_THREADS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CASEBOOK_THREADS;
    else process.env.CASEBOOK_THREADS = saved;
  });

  it('keeps small runs on the main thread and uses at most four threads', () => {
    delete process.env.CASEBOOK_THREADS;
    expect(threadsFor(5)).toBe(1);
    expect(threadsFor(10_000)).toBeGreaterThanOrEqual(1);
    expect(threadsFor(10_000)).toBeLessThanOrEqual(4);
  });

  it('follows CASEBOOK_THREADS, never more threads than jobs', () => {
    process.env.CASEBOOK_THREADS = '3';
    expect(threadsFor(5)).toBe(3);
    expect(threadsFor(2)).toBe(2);
    process.env.CASEBOOK_THREADS = '1';
    expect(threadsFor(10_000)).toBe(1);
  });
});
