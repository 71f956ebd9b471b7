import { defineConfig } from 'vitest/config';

// Lets the domain tests run on their own (`pnpm exec vitest run` in this folder); the root
// config may list this file as its `domain` project.
export default defineConfig({
  test: {
    name: 'domain',
    include: ['src/**/*.test.ts'],
  },
});
