import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { fillPath, loadOperations, type Operation } from '../helpers/openapi.ts';
import { createStaffTestApp } from '../staff/support.ts';
import {
  credentials,
  createWorld,
  pathValues,
  type Caller,
  type Target,
  type World,
} from './callers.ts';
import { bodyFor, queryFor, vocabulary } from './fuzz-inputs.ts';

/**
 * Every operation of openapi.json that takes a JSON body or a query string gets hostile input
 * generated from its own schema (fuzz-inputs.ts): a new route is fuzzed the day it is in the
 * document. Any 5xx, or a request the app throws on instead of answering, fails the run.
 *
 * The normal API run sends a slice of 200 inputs per endpoint; `pnpm fuzz` sends FUZZ_RUNS
 * (10 000) per endpoint. Figures per endpoint are printed (docs/security.md, "Fuzz").
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const kinds = await databaseKinds();

/** The caller who gets furthest: the owner's token, an administrator, or nobody for public routes. */
const callerFor = (operation: Operation): Caller =>
  operation.security === 'staff'
    ? 'admin'
    : operation.security === 'applicant'
      ? 'owner'
      : 'anonymous';

describe.each(kinds)('fuzz: schema-generated hostile input never gets a 5xx (%s)', (kind) => {
  let world: World;
  let operations: Operation[];
  let target: Target;
  const figures: string[] = [];

  beforeAll(async () => {
    world = await createWorld(await createStaffTestApp(kind));
    operations = await loadOperations(world.t.app);
    target = await world.target();
  });
  afterAll(async () => {
    if (figures.length)
      process.stdout.write(`fuzz (${kind}), ${RUNS} runs per endpoint:\n${figures.join('\n')}\n`);
    await world?.t.close();
  });

  it(
    'fuzzes every JSON-body and every query-string operation of openapi.json',
    async () => {
      const words = vocabulary(operations);
      const targets = operations.filter((o) => o.body !== undefined || o.query.length > 0);
      expect(targets.length, 'fuzzed operations').toBeGreaterThan(15);
      const failures: string[] = [];
      for (const operation of targets) {
        const counts = { requests: 0, refused: 0, failed: 0 };
        const access = credentials(callerFor(operation), world, target);
        const url = fillPath(operation.path, pathValues(operation, world, target));
        const body = operation.body ? bodyFor(operation.body, words) : fc.constant(undefined);
        const query = operation.query.length ? queryFor(operation, words) : fc.constant('');
        const result = await fc.check(
          fc.asyncProperty(body, query, async (payload, search) => {
            counts.requests += 1;
            const res = await world.t.app.inject({
              method: operation.method,
              url: search ? `${url}?${search}` : url,
              headers: {
                ...access.headers,
                ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
              },
              ...(access.cookies ? { cookies: access.cookies } : {}),
              ...(payload !== undefined ? { payload } : {}),
            });
            if (res.statusCode >= 400 && res.statusCode < 500) counts.refused += 1;
            if (res.statusCode >= 500) {
              counts.failed += 1;
              throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
            }
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
        figures.push(
          `  ${operation.key}: ${counts.requests} requests, ${counts.refused} 4xx, ${counts.failed} 5xx`,
        );
        if (result.failed) {
          failures.push(
            `${operation.key}: ${String(result.errorInstance)} for ${JSON.stringify(result.counterexample)?.slice(0, 500)} (seed ${result.seed})`,
          );
        }
      }
      expect(failures).toEqual([]);
    }, // Minutes for `pnpm fuzz`; the slice takes seconds.
    Math.max(120_000, RUNS * 150),
  );
});
