import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { loadOperations, type Operation } from '../helpers/openapi.ts';
import { routeRoles } from '../helpers/route-roles.ts';
import type { StaffRole } from '@ssc/domain/staff-roles';
import { createStaffTestApp, signIn, type StaffSession, MANY_SIGN_INS } from '../staff/support.ts';
import { AUTHORISATION_MATRIX, type MatrixRow, type Verdict } from './authorisation-matrix.ts';
import {
  CALLERS,
  createWorld,
  credentials,
  pathValues,
  send,
  STAFF_LOGINS,
  unknownPathValues,
  type Caller,
  type StaffCaller,
  type Target,
  type World,
} from './callers.ts';

const kinds = await databaseKinds();

// The one API answer a cache may keep: the public list of service centres, which holds no
// personal data. Everything else carries a case, a token, a session or a refusal about one.
const CACHEABLE = new Set(['GET /api/v1/centres']);

function cacheProblem(operation: Operation, res: { headers: Record<string, unknown> }) {
  const policy = String(res.headers['cache-control'] ?? '');
  if (CACHEABLE.has(operation.key)) return null;
  return /\bno-store\b/.test(policy) ? null : `may be cached: cache-control "${policy}"`;
}

const REFUSAL_TYPES: Record<number, string> = {
  401: '/problems/unauthorised',
  403: '/problems/forbidden',
  404: '/problems/not-found',
};

describe.each(kinds)('authorisation matrix: every operation × every caller (%s)', (kind) => {
  let world: World;
  let operations: Operation[];
  const targets = new Map<string, Promise<Target>>();
  const counts = { cells: 0, refused: 0, allowed: 0 };

  beforeAll(async () => {
    world = await createWorld(await createStaffTestApp(kind, { rateLimits: MANY_SIGN_INS }));
    operations = await loadOperations(world.t.app);
  });
  afterAll(async () => {
    // The figures docs/security.md quotes ("Authorisation matrix").
    process.stdout.write(
      `authorisation matrix (${kind}): ${operations?.length} operations × ${CALLERS.length} callers = ${counts.cells} cells; ` +
        `${counts.refused} refusals sent and refused, ${counts.allowed} allowed calls not refused\n`,
    );
    await world?.t.close();
  });

  const rowOf = (operation: Operation): MatrixRow => {
    const row = AUTHORISATION_MATRIX[operation.key];
    if (!row) throw new Error(`${operation.key}: no row in the authorisation matrix`);
    return row;
  };

  /** A fresh application per operation: what one operation's allowed calls do stays there. */
  const targetFor = (operation: Operation) => {
    let target = targets.get(operation.key);
    if (!target) {
      const row = rowOf(operation);
      target = world.target({ certified: row.certified === true, booked: row.booked === true });
      targets.set(operation.key, target);
    }
    return target;
  };

  // The rows' 403s for staff are the roles the routes declare (docs/decisions/020-one-door.md
  // "Roles on the route"): one table says who may call what, and the matrix is checked against it.
  const ROLE_OF: Record<StaffCaller, StaffRole> = {
    otherCentreReviewer: 'REVIEWER',
    reviewer: 'REVIEWER',
    supervisor: 'SUPERVISOR',
    admin: 'ADMIN',
  };
  it('refuses with 403 exactly the staff roles each route does not declare', () => {
    const declared = routeRoles(world.t.app);
    expect(declared.size).toBeGreaterThan(0);
    const differences: string[] = [];
    for (const operation of operations) {
      const roles = declared.get(operation.key);
      const row = rowOf(operation);
      for (const [caller, role] of Object.entries(ROLE_OF)) {
        const refused = row.callers[caller as StaffCaller] === 403;
        const shouldBe = roles !== undefined && !roles.includes(role);
        if (refused !== shouldBe) differences.push(`${operation.key} ${caller}: row ${refused}`);
      }
    }
    expect(differences).toEqual([]);
  });

  async function call(operation: Operation, caller: Caller, unknownIds = false) {
    const row = rowOf(operation);
    const target = await targetFor(operation);
    let sessions: Record<StaffCaller, StaffSession> = world.staff;
    if (row.endsSession && caller in STAFF_LOGINS) {
      const staffCaller = caller as StaffCaller;
      sessions = {
        ...sessions,
        [staffCaller]: await signIn(world.t.app, STAFF_LOGINS[staffCaller]),
      };
    }
    const version = operation.path.startsWith('/api/v1/staff/applications/{id}')
      ? await world.version(target.id)
      : 0;
    const valid = row.valid?.({ world, target, version, caller }) ?? {};
    const values = unknownIds ? unknownPathValues() : pathValues(operation, world, target);
    return send(world, operation, values, credentials(caller, world, target, sessions), valid);
  }

  /** Every cell of one verdict, sent: the failures listed together, by operation and caller. */
  async function exercise(
    verdicts: Verdict[],
    check: (operation: Operation, caller: Caller, verdict: Verdict) => Promise<string | null>,
  ) {
    const wrong: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      for (const caller of CALLERS) {
        const verdict = rowOf(operation).callers[caller];
        if (!verdicts.includes(verdict)) continue;
        sent += 1;
        const problem = await check(operation, caller, verdict);
        if (problem) wrong.push(`${operation.key} as ${caller}: ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(sent, 'cells of this kind').toBeGreaterThan(0);
    return sent;
  }

  async function expectRefused(operation: Operation, caller: Caller, verdict: Verdict) {
    const res = await call(operation, caller);
    if (res.statusCode !== verdict) return `expected ${verdict}, got ${res.statusCode} ${res.body}`;
    if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
      return `not a problem: ${res.headers['content-type']}`;
    }
    if (res.json().type !== REFUSAL_TYPES[verdict]) return `problem type ${res.json().type}`;
    const cached = cacheProblem(operation, res);
    if (cached) return cached;
    if (verdict === 404) {
      // Reveals nothing: exactly the answer for an id that exists nowhere.
      const nowhere = await call(operation, caller, true);
      if (nowhere.statusCode !== 404 || nowhere.body !== res.body) {
        return `differs from an unknown id: ${res.body} vs ${nowhere.statusCode} ${nowhere.body}`;
      }
    }
    counts.refused += 1;
    return null;
  }

  it('has a row for every operation of openapi.json, a verdict for every caller, and no row for an operation that does not exist', () => {
    expect(operations.length).toBeGreaterThan(30);
    const keys = operations.map((o) => o.key);
    expect(
      keys.filter((key) => !(key in AUTHORISATION_MATRIX)),
      'operations without a row',
    ).toEqual([]);
    expect(
      Object.keys(AUTHORISATION_MATRIX).filter((key) => !keys.includes(key)),
      'rows for no operation',
    ).toEqual([]);
    for (const [key, row] of Object.entries(AUTHORISATION_MATRIX)) {
      expect(Object.keys(row.callers).sort(), key).toEqual([...CALLERS].sort());
    }
    counts.cells = operations.length * CALLERS.length;
  });

  it('without a token or a staff session: 401 on every operation that needs one', async () => {
    await exercise([401], expectRefused);
  });

  it('someone else’s case: 404 on every operation, the same answer as for a case that does not exist', async () => {
    await exercise([404], expectRefused);
  });

  it('a role too low: 403 on every operation that needs a supervisor or an administrator', async () => {
    await exercise([403], expectRefused);
  });

  it('a staff change without the CSRF token, or with another session’s, is 403 on every one', async () => {
    const changes = operations.filter((o) => o.security === 'staff' && o.method !== 'GET');
    expect(changes.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const operation of changes) {
      const target = await targetFor(operation);
      const values = pathValues(operation, world, target);
      const version = await world.version(target.id);
      const valid = rowOf(operation).valid?.({ world, target, version, caller: 'admin' }) ?? {};
      const cookies = { ssc_staff: world.staff.admin.cookie };
      for (const headers of [{}, { 'x-csrf-token': world.staff.supervisor.csrf }]) {
        const res = await send(world, operation, values, { headers, cookies }, valid);
        if (res.statusCode !== 403 || res.json().type !== '/problems/csrf') {
          wrong.push(`${operation.key}: ${res.statusCode} ${res.body}`);
        }
      }
      expect(await world.version(target.id), `${operation.key} changed the case`).toBe(version);
    }
    expect(wrong).toEqual([]);
  });

  it('a JSON body without its required fields is 422 naming each one, on every operation that takes one', async () => {
    const strict = operations.filter((o) => (o.body?.required?.length ?? 0) > 0);
    expect(strict.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const operation of strict) {
      const target = await targetFor(operation);
      const caller: Caller =
        operation.security === 'staff'
          ? 'admin'
          : operation.security === 'applicant'
            ? 'owner'
            : 'anonymous';
      const values = pathValues(operation, world, target);
      const res = await send(world, operation, values, credentials(caller, world, target), {
        payload: {},
      });
      const paths =
        res.statusCode === 422
          ? (res.json().errors ?? []).map((e: { path: string }) => e.path)
          : [];
      const unnamed = operation.body!.required!.filter((field) => !paths.includes(field));
      if (res.statusCode !== 422 || unnamed.length > 0) {
        wrong.push(
          `${operation.key}: ${res.statusCode}, not naming ${unnamed.join(', ')}: ${res.body}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('allowed callers are not refused on any operation, and no answer may be cached', async () => {
    await exercise(['allowed'], async (operation, caller) => {
      const res = await call(operation, caller);
      if ([401, 403, 404].includes(res.statusCode) || res.statusCode >= 500) {
        return `refused: ${res.statusCode} ${res.body}`;
      }
      const cached = cacheProblem(operation, res);
      if (cached) return cached;
      counts.allowed += 1;
      return null;
    });
    expect(counts.refused + counts.allowed).toBe(counts.cells);
  });
});
