// `prisma generate`, offline. The CLI insists on locating its native schema engine before
// it does anything, and would download it; generating the client needs only the Wasm
// formatter, so any executable satisfies the check (docs/decisions/002-offline-migrations.md).
import { spawnSync } from 'node:child_process';

const result = spawnSync('prisma', ['generate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);
