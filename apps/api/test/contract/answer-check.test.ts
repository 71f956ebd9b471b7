import Fastify, { type FastifyReply } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkAnswers, takeAnswerMismatches } from '../helpers/answer-check.ts';

// The suite-wide check of answers (helpers/answer-check.ts) must see what a route sends past
// its serializer, in a plugin of its own as every route is: a check that never finds anything
// would pass for one that works.
describe('the check of every answer against its route’s schema', () => {
  const app = Fastify();
  beforeAll(async () => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    checkAnswers(app);
    await app.register(async (routes) => {
      const schema = {
        response: {
          200: z.object({ id: z.string() }),
          204: z.null(),
          404: z.object({ type: z.string(), title: z.string() }),
        },
      };
      // A string with a JSON type is sent as it is, without the serializer's check.
      routes.get('/raw/:answer', { schema }, async (request, typedReply) => {
        const reply: FastifyReply = typedReply;
        const { answer } = request.params as { answer: string };
        const bodies: Record<string, [number, string]> = {
          right: [200, '{"id":"a"}'],
          wrong: [200, '{"id":5}'],
          undeclared: [201, '{"id":"a"}'],
          bare: [409, '{"message":"no"}'],
        };
        const [status, body] = bodies[answer]!;
        return reply.code(status).type('application/json').send(body);
      });
      routes.delete('/raw', { schema }, async (_request, reply) => reply.code(204).send(null));
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('lets through an answer in its route’s shape, and a 204 declared as nothing', async () => {
    await app.inject({ method: 'GET', url: '/raw/right' });
    await app.inject({ method: 'DELETE', url: '/raw' });
    expect(takeAnswerMismatches()).toEqual([]);
  });

  it('names the route, the status and the field of an answer that differs', async () => {
    await app.inject({ method: 'GET', url: '/raw/wrong' });
    expect(takeAnswerMismatches()).toEqual([
      expect.stringMatching(/^GET \/raw\/:answer → 200: id: /),
    ]);
  });

  it('refuses a status the route does not declare, and a refusal that is no problem', async () => {
    await app.inject({ method: 'GET', url: '/raw/undeclared' });
    await app.inject({ method: 'GET', url: '/raw/bare' });
    // No route at all: the refusal is still a problem, or it is reported.
    await app.inject({ method: 'GET', url: '/nowhere' });
    const found = takeAnswerMismatches();
    expect(found[0]).toMatch(/^GET \/raw\/:answer → 201: a status the route does not declare/);
    expect(found[1]).toMatch(/^GET \/raw\/:answer → 409: type: /);
    expect(found[2]).toMatch(/^GET \/nowhere → 404: /);
    expect(found).toHaveLength(3);
  });
});
