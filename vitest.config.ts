import { defineConfig } from 'vitest/config';

// Four groups, by what a test needs: `unit` nothing built (code, fixtures and input corpora only);
// `data` the real data (src/data from `npm run data:build`, or the real inputs in data/);
// `site` the built site in dist/; `browser` that site in Chromium. `npm test` runs them all.
const exclude = ['tests/.output/**', '**/node_modules/**'];

export default defineConfig({
  test: {
    // Two files at a time (the default on a 2-core machine is one): a browser file, which mostly
    // waits for Chromium, beside a file of the other groups. The browser files still run one by one.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude, testTimeout: 30_000 } },
      { test: { name: 'data', include: ['tests/data/**/*.test.ts'], exclude, testTimeout: 60_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], exclude, testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page on a busy machine may take more than the default second to settle: a poll waits
          // for what the page does and gives up only long after a quiet machine would have passed.
          expect: { poll: { timeout: 30_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
