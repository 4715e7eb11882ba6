import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure stages and page logic, fast) and `e2e` (over the built site in
// Chromium). `npm test` (scripts/test.ts) runs unit, builds the site, then e2e.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
