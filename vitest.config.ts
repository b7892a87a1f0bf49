import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Bundle tests mostly wait (gates that look for seconds, reviewers, restarts, and a check
    // with no errors at all passes only when its duration is up): a clean CI run on this 2-core
    // machine kept a load average under 3.5 with three files at a time, so four run at once.
    maxWorkers: 4,
    reporters: ['default'],
    // GitHub's workflow parser imports its JSON schemas without import attributes, which Node 20's
    // own loader refuses; inlined, Vite transforms it (the demo runs it through tsx the same way).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
