import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          root: './packages/domain',
          include: ['src/**/*.test.ts'],
        },
      },
      './apps/api/vitest.config.ts',
      {
        test: {
          name: 'web',
          root: './apps/web',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        // The project's own tooling, such as the browser check before the journeys.
        test: {
          name: 'tooling',
          root: '.',
          include: ['e2e/support/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
