import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores of a two-core machine (vitest's default keeps one free): each test file runs in
    // a process of its own and writes only to temporary folders of its own.
    maxWorkers: 2,
    // Test files share their worker's module cache (each worker still runs one file at a time), so
    // the library, zod and the models load once a worker instead of once a file. Safe because a test
    // that changes the environment puts it back (afterEach, vi.unstubAllEnvs, resetEngines) and the
    // module-level state of src/ is caches of pure results.
    isolate: false,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
