import type { FastifyInstance } from 'fastify';
import { problemSchema } from '@ssc/domain/contract/common';
import { buildApp } from '../../src/app.ts';
import { collectRouteRoles } from './route-roles.ts';

// docs/decisions/019-one-contract.md: every answer any test of the suite receives is parsed
// with its route's response schema, as the web app parses it, so drift between a route and the
// contract fails whichever test met it, not only the few that look at that field.

interface Parser {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
}

const isParser = (value: unknown): value is Parser =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { safeParse?: unknown }).safeParse === 'function';

const mismatches: string[] = [];

/** The mismatches met since the last call, emptied (the suite's afterEach fails on any). */
export function takeAnswerMismatches(): string[] {
  return mismatches.splice(0);
}

/** The schema a route declares for a status: the code itself, its class (`4xx`), or `default`. */
function declaredFor(responses: unknown, status: number): unknown {
  if (typeof responses !== 'object' || responses === null) return undefined;
  const byStatus = responses as Record<string, unknown>;
  return byStatus[status] ?? byStatus[`${String(status)[0]}xx`] ?? byStatus.default;
}

function textOf(payload: unknown): string | null {
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  return null;
}

/**
 * The check, as an `onSend` hook of the whole app (added before the routes, so every route has
 * it): what the route declared for the status, or a problem for a refusal it did not declare
 * (every refusal is RFC 9457 problem details, docs/api.md "General").
 */
export function checkAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode;
    const where = `${request.method} ${request.routeOptions.url ?? request.url} → ${status}`;
    const routeSchema = request.routeOptions.schema;
    const declared = declaredFor(routeSchema?.response, status);
    const type = String(reply.getHeader('content-type') ?? '');
    const isJson = /^application\/(problem\+)?json\b/.test(type);

    let schema: Parser | undefined;
    if (isParser(declared)) schema = declared;
    else if (declared === undefined && status >= 400) schema = problemSchema;
    else if (declared === undefined && routeSchema?.response) {
      mismatches.push(`${where}: a status the route does not declare`);
      return payload;
    }
    // A file (fileResponse) or a route outside the contract (the SPA, the OpenAPI document).
    if (!schema) return payload;

    let body: unknown;
    if (status === 204) body = null;
    else {
      const text = textOf(payload);
      if (!isJson || text === null) {
        mismatches.push(`${where}: ${type || 'no content type'} where the contract has JSON`);
        return payload;
      }
      body = JSON.parse(text);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = (parsed.error?.issues ?? []).map(
        (issue) => `${issue.path.map(String).join('.') || '(answer)'}: ${issue.message}`,
      );
      mismatches.push(`${where}: ${issues.join('; ')}`);
    }
    return payload;
  });
}

/**
 * The service as the tests build it: `buildApp` with every answer checked, and the roles each
 * route declares noted for the authorisation matrix (helpers/route-roles.ts).
 */
export function buildCheckedApp(options: Parameters<typeof buildApp>[0]) {
  return buildApp({
    ...options,
    prepare: (app) => {
      checkAnswers(app);
      collectRouteRoles(app);
    },
  });
}
