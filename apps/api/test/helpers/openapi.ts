import type { FastifyInstance } from 'fastify';

/** The slice of JSON Schema the app's OpenAPI document uses (zod's JSON Schema output). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

export interface QueryParameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

/** One operation of the OpenAPI document, as the generated suites need it. */
export interface Operation {
  /** `METHOD /path` exactly as the document names it, e.g. `GET /api/v1/applications/{id}`. */
  key: string;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  /** The statuses the document lists for it. */
  statuses: string[];
  /** Who it asks for: an application's token, a staff session, or nobody. */
  security: 'applicant' | 'staff' | 'public';
  pathParameters: string[];
  query: QueryParameter[];
  /** The JSON body's schema, when it takes one. */
  body: JsonSchema | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface RawOperation {
  responses?: Record<string, unknown>;
  security?: Record<string, unknown>[];
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/**
 * Every operation of the app's own openapi.json, the document clients are given: the route
 * table, the authorisation matrix and the fuzz suite are all generated from it, so a new route
 * is in all three the moment it is in the document.
 */
export async function loadOperations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`openapi.json: ${res.statusCode}`);
  const document = res.json() as { paths?: Record<string, Record<string, RawOperation>> };
  const operations: Operation[] = [];
  for (const [path, entries] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const raw = entries[method];
      if (!raw) continue;
      const schemes = (raw.security ?? []).flatMap((s) => Object.keys(s));
      const parameters = raw.parameters ?? [];
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as Operation['method'],
        path,
        statuses: Object.keys(raw.responses ?? {}),
        security: schemes.includes('staffSession')
          ? 'staff'
          : schemes.includes('applicationToken')
            ? 'applicant'
            : 'public',
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} })),
        body: raw.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

/** The operation's path with its `{name}` parameters filled in (each value URL-encoded). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}
