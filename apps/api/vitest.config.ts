import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'api',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Real databases: PGlite opens in about a second, a fresh PostgreSQL database migrates in a few.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PGlite instances cost a few hundred MB each; one test file at a time keeps memory flat.
    fileParallelism: false,
  },
});
