import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply } from 'fastify';
import { Problem } from '../../lib/problem.ts';

/** The one answer to a limit, the plugin's own or ours, with the true wait in Retry-After. */
export function tooManyRequests(reply: FastifyReply, retryAfterSeconds?: number): Problem {
  if (retryAfterSeconds !== undefined)
    reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds))));
  return new Problem(
    429,
    'rate-limited',
    'Too many requests',
    'Too many requests; try again later.',
  );
}

/** Per-route limits are set on the routes; nothing is limited unless a route asks. */
export default fp(
  async (app) => {
    await app.register(rateLimit, { global: false });
  },
  { name: 'rate-limit' },
);
