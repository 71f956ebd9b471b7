import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { fillPath, loadOperations, type JsonSchema, type Operation } from '../helpers/openapi.ts';
import { createStaffTestApp, signIn } from '../staff/support.ts';
import { AUTHORISATION_MATRIX } from './authorisation-matrix.ts';
import {
  createWorld,
  credentials,
  pathValues,
  send,
  STAFF_LOGINS,
  type Target,
  type World,
} from './callers.ts';
import { bodyFor, queryFor, vocabulary } from './fuzz-inputs.ts';

/**
 * Every operation of openapi.json that takes a JSON body or a query string gets generated
 * hostile input (see fuzz-inputs.ts) from a caller allowed to send it, and must answer each with
 * a 2xx or a 4xx problem: never a 5xx, never a crash. The API run sends a slice of FUZZ_RUNS
 * (default 200) inputs an operation; `pnpm fuzz` sends 10 000.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const kinds = process.env.FUZZ_DATABASES === 'pglite' ? ['pglite' as const] : await databaseKinds();
// Fixed unless asked otherwise, so a failure in CI can be replayed; FUZZ_SEED varies it.
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_101);
const unlimited = { max: 1_000_000_000, timeWindow: '1 minute' };
// The whole run is one test: its time grows with the inputs (a request takes a few ms; 30
// operations and 20 ms a request leave room on a busy two-core machine), not the default minute.
const RUN_TIMEOUT_MS = 60_000 + RUNS * 30 * 20;
// `pnpm fuzz` sends over a real socket: Fastify's inject keeps something of every distinct URL
// (measured: about half a megabyte a request for these query strings, flat over a socket), so
// 10 000 generated query strings an operation would exhaust the test's memory, not the app's.
const OVER_SOCKET = process.env.FUZZ_OVER_SOCKET === '1';

interface Answer {
  statusCode: number;
  contentType: string;
  body: string;
}

const isFuzzed = (operation: Operation) =>
  operation.body !== undefined || operation.query.length > 0;

/** The types a wrong value is not: a number for text, text for a number, and so on. */
function wrongValueFor(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum || schema.anyOf) return 'NOT_A_CODE';
  if (type === 'string') return 12345;
  if (type === 'integer' || type === 'number') return 'not a number';
  if (type === 'boolean') return 'yes';
  if (type === 'array') return 'not a list';
  return 'not an object';
}

function wrongQueryValueFor(schema: JsonSchema): string {
  if (schema.enum || schema.anyOf || schema.format === 'uuid') return 'NOT_A_CODE';
  if (schema.pattern) return 'x\u0000';
  return 'bad\u0000value';
}

describe.each(kinds)(
  'fuzz: generated hostile input on every JSON body and query string (%s)',
  (kind) => {
    let world: World;
    let operations: Operation[];
    let staffTarget: Target;
    let draft: Target;
    let origin: string | undefined;

    /** One request, by inject or over the socket, answered the same way. */
    async function dispatch(request: {
      method: Operation['method'];
      url: string;
      headers: Record<string, string>;
      cookies?: Record<string, string> | undefined;
      payload?: string | undefined;
    }): Promise<Answer> {
      if (!origin) {
        const res = await world.t.app.inject({
          method: request.method,
          url: request.url,
          headers: request.headers,
          ...(request.cookies ? { cookies: request.cookies } : {}),
          ...(request.payload !== undefined ? { payload: request.payload } : {}),
        });
        return {
          statusCode: res.statusCode,
          contentType: String(res.headers['content-type'] ?? ''),
          body: res.body,
        };
      }
      const cookie = Object.entries(request.cookies ?? {})
        .map(([name, value]) => `${name}=${value}`)
        .join('; ');
      const res = await fetch(`${origin}${request.url}`, {
        method: request.method,
        headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
        ...(request.payload !== undefined ? { body: request.payload } : {}),
      });
      return {
        statusCode: res.status,
        contentType: res.headers.get('content-type') ?? '',
        body: await res.text(),
      };
    }
    const figures: string[] = [];

    beforeAll(async () => {
      const t = await createStaffTestApp(kind, {
        rateLimits: {
          tracking: unlimited,
          applicant: unlimited,
          createApplication: unlimited,
          staffSignIn: unlimited,
        },
      });
      world = await createWorld(t);
      if (OVER_SOCKET) {
        await t.app.listen({ port: 0, host: '127.0.0.1' });
        const address = t.app.server.address();
        if (address && typeof address === 'object') origin = `http://127.0.0.1:${address.port}`;
      }
      operations = await loadOperations(t.app);
      staffTarget = await world.target();
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: { filer: { role: 'CARDHOLDER' } },
      });
      draft = {
        id: created.json().id,
        reference: created.json().reference,
        idNumber: '',
        auth: { authorization: `Bearer ${created.json().accessToken}` },
        documentId: randomUUID(),
        serial: undefined,
        freeSlot: undefined,
        visitId: undefined,
      };
    });
    afterAll(async () => {
      // The figures docs/security.md quotes ("Fuzz").
      if (figures.length)
        console.warn(`fuzz (${kind}), ${RUNS} inputs an operation:\n${figures.join('\n')}`);
      await world?.t.close();
    });

    /** The most trusted caller the operation allows, so input reaches as far in as it can. */
    function accessFor(operation: Operation) {
      const target = operation.security === 'applicant' ? draft : staffTarget;
      const caller = operation.security === 'applicant' ? ('owner' as const) : ('admin' as const);
      return {
        caller,
        target,
        values: pathValues(operation, world, target),
        access: credentials(caller, world, target),
      };
    }

    it('finds what to fuzz: every operation with a JSON body or a query string', () => {
      const fuzzed = operations.filter(isFuzzed);
      expect(fuzzed.length).toBeGreaterThanOrEqual(19);
      expect(fuzzed.map((o) => o.key)).toEqual(
        expect.arrayContaining(['PATCH /api/v1/applications/{id}', 'GET /api/v1/staff/audit']),
      );
    });

    it('refuses a wrong-typed or missing field, and a malformed query parameter, with a 422 naming it, on every operation', async () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const operation of operations.filter(isFuzzed)) {
        const { caller, target, values, access } = accessFor(operation);
        const version = await world.version(staffTarget.id);
        const base =
          AUTHORISATION_MATRIX[operation.key]?.valid?.({ world, target, version, caller }) ?? {};
        const basePayload = (base.payload ?? {}) as Record<string, unknown>;
        const cases: {
          name: string;
          payload?: Record<string, unknown>;
          query?: Record<string, string>;
        }[] = [];
        for (const [name, schema] of Object.entries(operation.body?.properties ?? {})) {
          cases.push({ name, payload: { ...basePayload, [name]: wrongValueFor(schema) } });
          if (operation.body?.required?.includes(name)) {
            const { [name]: _dropped, ...rest } = basePayload;
            cases.push({ name, payload: rest });
          }
        }
        for (const parameter of operation.query) {
          cases.push({
            name: parameter.name,
            query: { [parameter.name]: wrongQueryValueFor(parameter.schema) },
          });
        }
        for (const { name, payload, query } of cases) {
          const res = await send(world, operation, values, access, {
            ...(payload
              ? { payload }
              : base.payload !== undefined
                ? { payload: base.payload }
                : {}),
            ...(query ? { query } : {}),
          });
          checked += 1;
          const paths =
            res.statusCode === 422
              ? (res.json().errors ?? []).map((e: { path: string }) => e.path)
              : [];
          if (!paths.some((path: string) => path === name || path.startsWith(`${name}.`))) {
            wrong.push(`${operation.key} ${name}: ${res.statusCode} ${res.body.slice(0, 300)}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(40);
    });

    it(
      'sends generated hostile input to every JSON body and query string, and never gets a 5xx',
      { timeout: RUN_TIMEOUT_MS },
      async () => {
        const words = vocabulary(operations);
        for (const operation of operations.filter(isFuzzed)) await fuzz(operation, words);
      },
    );

    async function fuzz(operation: Operation, words: ReturnType<typeof vocabulary>) {
      const key = operation.key;
      const { values, target } = accessFor(operation);
      let { access } = accessFor(operation);
      const url = fillPath(operation.path, values);
      // A privileged change asks for the caller's own password (step-up), and five wrong ones
      // end the session. Where the operation changes someone else's account, the generated
      // password is replaced by the right one, so the rest of the input reaches the handler;
      // changing one's own password keeps the generated one (the right one would change the
      // admin's password under the other operations), and the admin signs in again whenever
      // the session has ended.
      const stepUp = JSON.stringify(operation.body ?? {}).includes('"currentPassword"');
      const ownPassword = key === 'POST /api/v1/staff/session/password';
      const withStepUp = (body: string | undefined): string | undefined => {
        if (!stepUp || ownPassword || body === undefined) return body;
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          return body;
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return body;
        if (typeof (parsed as { currentPassword?: unknown }).currentPassword !== 'string')
          return body;
        return JSON.stringify({ ...parsed, currentPassword: STAFF_LOGINS.admin[1] });
      };
      const counts = { requests: 0, '2xx': 0, '4xx': 0, '5xx': 0, stepUpFailed: 0 };
      const input = fc.record({
        body: operation.body ? bodyFor(operation.body, words) : fc.constant(undefined),
        query: operation.query.length ? queryFor(operation, words) : fc.constant(''),
      });
      await fc.assert(
        fc.asyncProperty(input, async ({ body: generated, query }) => {
          const body = withStepUp(generated);
          const res = await dispatch({
            method: operation.method,
            url: query ? `${url}?${query}` : url,
            headers: {
              ...(access.headers as Record<string, string> | undefined),
              ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            cookies: access.cookies as Record<string, string> | undefined,
            payload: body,
          });
          counts.requests += 1;
          const family = `${Math.floor(res.statusCode / 100)}xx` as keyof typeof counts;
          if (family in counts) counts[family] += 1;
          if (res.statusCode >= 500) throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}`);
          if (res.statusCode >= 400) {
            expect(res.contentType, `${res.statusCode} ${res.body.slice(0, 300)}`).toMatch(
              /^application\/problem\+json/,
            );
          }
          if (
            stepUp &&
            res.statusCode === 403 &&
            (JSON.parse(res.body) as { type?: string }).type === '/problems/step-up-failed'
          ) {
            counts.stepUpFailed += 1;
          }
          if (stepUp && res.statusCode === 401) {
            world.staff.admin = await signIn(world.t.app, STAFF_LOGINS.admin);
            access = credentials('admin', world, target);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: false },
      );
      figures.push(
        `  ${key}: ${counts.requests} requests, ${counts['2xx']} 2xx, ${counts['4xx']} 4xx, ${counts['5xx']} 5xx`,
      );
      expect(counts['5xx']).toBe(0);
      expect(counts.requests).toBeGreaterThanOrEqual(RUNS);
    }
  },
);
