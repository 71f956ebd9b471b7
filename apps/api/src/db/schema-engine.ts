import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

export type { SchemaEngine } from '@prisma/schema-engine-wasm';

// The project's lib (ES2023, no DOM) has no WebAssembly types; this is the part used here.
type WasmImports = Record<string, unknown>;
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, WasmImports>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WasmApi };

let engineModule: Promise<typeof glue> | undefined;

// docs/decisions/002-offline-migrations.md: the package is built for bundlers (it imports the
// .wasm file as an ES module), which Node cannot do, so the Wasm module is instantiated here
// with the wasm-bindgen glue as its import object. The glue keeps module-level state: once per process.
function loadEngineModule(): Promise<typeof glue> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const imports: WasmImports = { ...(glue as unknown as WasmImports) };
    // The engine arms 10 s timers (connection/statement timeouts) and never clears them; in
    // Node a pending timer keeps the process alive, so `migrate deploy` would idle 10 s
    // before exiting. Unreferenced timers still fire if the process is busy anyway.
    for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
      const arm = imports[name] as (...args: unknown[]) => unknown;
      imports[name] = (...args: unknown[]) => {
        const timer = arm(...args);
        (timer as { unref?: () => void } | undefined)?.unref?.();
        return timer;
      };
    }
    const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

/**
 * Starts Prisma's schema engine (the one behind `prisma migrate`) on a driver adapter, so that
 * migrations need no native engine download.
 */
export async function startSchemaEngine(options: {
  schemaPath: string;
  schema: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
}): Promise<SchemaEngine> {
  const engine = await loadEngineModule();
  const log = (message: string): void => {
    // The engine logs JSON lines; they may hold SQL but never row data. Only shown on request.
    if (process.env.SCHEMA_ENGINE_DEBUG === '1') process.stderr.write(`${message}\n`);
  };
  return engine.SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(options.adapterFactory),
  );
}
