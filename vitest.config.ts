import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Bundle tests need dist/Code.js: `npm test` builds first; globalSetup builds it when vitest runs alone.
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest defaults to one worker fewer than the cores: one on CI's two. The main process only waits, so
    // two workers use both cores (the whole suite in about half the time).
    maxWorkers: 2,
    // The JSON report lets .ci/run print a plain «N passed, N failed» closing line.
    reporters: ['default', ['json', { outputFile: 'out/test-results.json' }]],
  },
});
