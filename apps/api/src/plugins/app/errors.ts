import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Problem, validationProblem } from '../../lib/problem.ts';
import { localeOf } from '../../lib/i18n.ts';
import { issuesToFieldErrors } from '../../lib/validation.ts';
import { noteFailure } from './request-log.ts';
import { tooManyRequests } from '../external/rate-limit.ts';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

// Sent pre-serialised: a route's response schema describes its success bodies, and an
// error must never fail serialisation and turn into a 500.
function send(reply: FastifyReply, problem: Problem) {
  return reply.code(problem.status).type(PROBLEM_TYPE).send(JSON.stringify(problem.toBody()));
}

// Fastify and plugin error codes that are the client's fault, mapped to honest statuses
// so that bad input never becomes a 500 (docs/api.md "General").
const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'Unsupported media type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-request', 'Bad request'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad-request', 'Bad request'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too-large', 'Request too large'],
  FST_REQ_FILE_TOO_LARGE: [413, 'too-large', 'File too large'],
  FST_FILES_LIMIT: [413, 'too-many-files', 'Too many files'],
  FST_PARTS_LIMIT: [413, 'too-many-parts', 'Too many parts'],
  FST_FIELDS_LIMIT: [413, 'too-many-fields', 'Too many fields'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'unsupported-media-type', 'Not a multipart request'],
  FST_ERR_VALIDATION: [422, 'validation', 'Invalid request'],
};

// Codes that mean the database is not answering (Prisma's P1xxx and pool timeout, the
// driver's socket errors, PostgreSQL's connection and shutdown classes 08 and 57P0x).
const DATABASE_DOWN_CODES = new Set([
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const DATABASE_DOWN_MESSAGES =
  /timeout exceeded when trying to connect|connection terminated|query read timeout|connection (?:refused|reset)|server closed the connection|can't reach database server|client has encountered a connection error/i;

/** Whether an error, or any error it wraps, says the database did not answer. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && DATABASE_DOWN_CODES.has(code)) return true;
  if (typeof message === 'string' && DATABASE_DOWN_MESSAGES.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

export default fp<{ spa?: boolean }>(
  async (app, options) => {
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof Problem) return send(reply, error);

      if (error.validation) {
        const issues = error.validation.map((v) => ({
          path: (v.instancePath ?? '').split('/').filter(Boolean),
          code: v.keyword,
          message: v.message ?? 'invalid',
          // zod's unknown keys travel in params (fastify-type-provider-zod); name each one.
          keys: Array.isArray(v.params?.keys) ? (v.params.keys as string[]) : undefined,
        }));
        return send(reply, validationProblem(issuesToFieldErrors(issues, localeOf(request))));
      }

      // The plugin has set Retry-After already.
      if (error.statusCode === 429) return send(reply, tooManyRequests(reply));

      const mapped = error.code ? CLIENT_ERRORS[error.code] : undefined;
      if (mapped) return send(reply, new Problem(mapped[0], mapped[1], mapped[2], error.message));

      if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
        return send(
          reply,
          new Problem(400, 'bad-request', 'Bad request', 'The body is not valid JSON.'),
        );
      }

      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        return send(reply, new Problem(status, 'bad-request', 'Bad request', error.message));
      }
      if (isDatabaseUnavailable(error)) {
        // Not the client's fault and not a bug: the caller may retry later (docs/api.md "General").
        noteFailure(request, error, 'database unavailable');
        return send(
          // no-store: a route may have set a public cache lifetime before its query failed.
          reply.header('retry-after', '30').header('cache-control', 'no-store'),
          new Problem(
            503,
            'unavailable',
            'Service unavailable',
            'The service cannot reach its database; try again in a moment.',
          ),
        );
      }
      noteFailure(request, error, 'unhandled error');
      return send(
        reply,
        new Problem(500, 'internal', 'Internal error', 'Something went wrong on our side.'),
      );
    });

    app.setNotFoundHandler((request, reply) => {
      // Client-side routes (/apply/…, /staff/…) are answered by the web app's index.html.
      const isPage =
        options.spa &&
        (request.method === 'GET' || request.method === 'HEAD') &&
        !request.url.startsWith('/api/') &&
        !request.url.startsWith('/assets/');
      if (isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return send(
        reply,
        new Problem(
          404,
          'not-found',
          'Not found',
          `No route ${request.method} ${request.url.split('?')[0]}.`,
        ),
      );
    });
  },
  { name: 'errors' },
);
