import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30000,
    // The summary reporter adds a plain "N passed, N failed" closing line that CI reads.
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
