import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The unit projects are pure functions and plain objects: no test mocks a module or changes a
// global, so a worker keeps the modules it has loaded from one file to the next instead of
// loading them again for each (unit phase 30 s → 18 s on 2 cores; docs/testing.md).
const shared = { isolate: false };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          ...shared,
          root: './packages/domain',
          include: ['src/**/*.test.ts'],
        },
      },
      './apps/api/vitest.config.ts',
      {
        test: {
          name: 'web',
          ...shared,
          root: './apps/web',
          // the web app's `@/…` is its src/ (apps/web/vite.config.ts)
          alias: [
            {
              find: /^@\//,
              replacement: `${fileURLToPath(new URL('./apps/web/src', import.meta.url))}/`,
            },
          ],
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        // The project's own tooling, such as the browser check before the journeys.
        test: {
          name: 'tooling',
          ...shared,
          root: '.',
          include: ['e2e/support/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
