import { defineConfig } from 'vitest/config';

// Three projects, run in this order by `npm test` (scripts/test.ts):
// - `unit`: pure stages and page logic, in-process, fast;
// - `cli`: the command-line tools as child processes (ingest, build, serve) on fixture corpora,
//   each test in temporary folders of its own, with timeouts sized for a loaded 2-core machine;
// - `e2e`: the built site in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/property-seed.ts'],
          // Property tests and the whole-corpus runs take seconds when another build shares the CPU.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
