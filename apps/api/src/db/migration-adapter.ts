import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

type RunScript = (adapter: SqlDriverAdapter, script: string) => Promise<unknown>;

interface PgErrorLike {
  code?: unknown;
  severity?: unknown;
  message?: unknown;
  detail?: unknown;
  column?: unknown;
  hint?: unknown;
}

// The engine reports DriverAdapterErrors with PostgreSQL's own message, code and detail; any
// other error would surface only as an opaque "GenericJs" id.
function toDriverAdapterError(error: unknown): DriverAdapterError {
  if (error instanceof DriverAdapterError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as PgErrorLike;
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : undefined;
  return new DriverAdapterError({
    kind: 'postgres',
    code: text(e.code) ?? 'XX000',
    severity: text(e.severity) ?? 'ERROR',
    message: text(e.message) ?? String(error),
    detail: text(e.detail),
    column: text(e.column),
    hint: text(e.hint),
  });
}

/**
 * Wraps an adapter factory for the schema engine:
 * - `executeScript` sends a migration script whole, as one simple-protocol query: PostgreSQL
 *   runs it as one implicit transaction, like the native engine does. adapter-pg would split it
 *   on every ";" (breaking PL/pgSQL bodies), and pglite-prisma-adapter 0.7 does not await it
 *   (so a failing migration would be recorded as applied).
 * - every adapter the engine connects is disposed by `disposeAll`, so no pool keeps the
 *   process alive after a migration.
 */
export function prepareForSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  runScript: RunScript,
): { factory: SqlMigrationAwareDriverAdapterFactory; disposeAll(): Promise<void> } {
  const open = new Set<SqlDriverAdapter>();
  const prepare = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.executeScript = async (script: string) => {
      try {
        await runScript(adapter, script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    };
    adapter.dispose = () => {
      open.delete(adapter);
      disposed ??= dispose();
      return disposed;
    };
    open.add(adapter);
    return adapter;
  };
  const wrapped: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => prepare(await factory.connect()),
    connectToShadowDb: async () => prepare(await factory.connectToShadowDb()),
  };
  return {
    factory: wrapped,
    async disposeAll() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}
