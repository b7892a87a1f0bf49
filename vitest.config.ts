import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Bundle tests start child processes and local servers: two files at a time suits 2 cores.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
