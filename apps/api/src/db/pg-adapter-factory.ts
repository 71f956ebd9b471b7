import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';

// PostgreSQL type OIDs that @prisma/adapter-pg cannot map to a column type but which the schema
// engine's introspection reads from pg_catalog: "char" (18) and its array (1002). They are text.
const CHAR_OID = 18;
const CHAR_ARRAY_OID = 1002;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;

interface FieldLike {
  dataTypeID: number;
}
interface ResultLike {
  fields?: FieldLike[];
}

function relabelCharColumns(result: unknown): void {
  const results = Array.isArray(result) ? result : [result];
  for (const one of results as ResultLike[]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      else if (field.dataTypeID === CHAR_ARRAY_OID) field.dataTypeID = TEXT_ARRAY_OID;
    }
  }
}

// TOOLCHAIN.md "Quirks": the schema engine introspects pg_catalog columns of type "char", which
// adapter-pg refuses ("Column type 'char' could not be deserialized"). Every query of the pool
// goes through a client of this class, so relabelling here covers pool queries and transactions.
class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (error: Error | null, result: unknown) => void;
      args[args.length - 1] = (error: Error | null, result: unknown) => {
        if (!error) relabelCharColumns(result);
        callback(error, result);
      };
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned instanceof Promise) {
      return returned.then((result: unknown) => {
        relabelCharColumns(result);
        return result;
      }) as never;
    }
    return returned as never;
  }
}

/** adapter-pg with a pool config split out of the URL, shared by the app and the migration runner. */
export function createPgAdapterFactory(
  databaseUrl: string,
  options: { forSchemaEngine?: boolean } = {},
): PrismaPg {
  const url = new URL(databaseUrl);
  // TOOLCHAIN.md "Quirks": with a connectionString adapter-pg's shadow database connection keeps
  // the URL's database name, so the parts are passed separately.
  const config: pg.PoolConfig = {
    host: decodeURIComponent(url.hostname) || undefined,
    port: url.port ? Number(url.port) : undefined,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined,
    ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
  };
  const host = url.searchParams.get('host');
  if (host) config.host = host; // socket directory, e.g. ?host=/var/run/postgresql
  if (options.forSchemaEngine) config.Client = CharAsTextClient;
  return new PrismaPg(config);
}
