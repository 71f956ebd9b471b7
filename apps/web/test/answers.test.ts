import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackingResultSchema } from '@ssc/domain/contract/applications';
import { describeFailure } from '../src/components/ui/apply-server-errors.ts';
import {
  ApiError,
  failureKey,
  noContent,
  readProblem,
  requestApi,
  UnexpectedAnswerError,
} from '../src/lib/api-client.ts';
import { decisionErrorKeys } from '../src/features/staff/components/decision-error.ts';

// The web client parses each answer with the operation's contract schema
// (docs/decisions/019-one-contract.md): a wrong answer is a clear error, never a wrong page.

const tracked = {
  reference: 'ABCD-EFGH-JKLM',
  status: 'SUBMITTED',
  timeline: [{ status: 'SUBMITTED', at: '2026-12-08T01:00:00.000Z' }],
  visit: null,
};

function answerWith(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
    ),
  );
}

describe('the answers the web app reads', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('gives back an answer in the contract’s shape', async () => {
    answerWith(JSON.stringify(tracked));
    await expect(
      requestApi('/tracking', { method: 'POST', body: {}, schema: trackingResultSchema }),
    ).resolves.toEqual(tracked);
  });

  it('refuses an answer that differs from the contract, naming where, and says so in words', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answerWith(JSON.stringify({ ...tracked, status: 'LOST_IN_THE_POST' }));
    const failure = await requestApi('/tracking', {
      method: 'POST',
      body: {},
      schema: trackingResultSchema,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnexpectedAnswerError);
    expect((failure as UnexpectedAnswerError).issues.join()).toMatch(/^status: /);
    expect(logged).toHaveBeenCalledWith(failure);
    expect(failureKey(failure)).toBe('ui.error.unexpectedAnswer');
    expect(describeFailure(failure)).toBe('ui.error.unexpectedAnswer');
    expect(decisionErrorKeys(failure)).toEqual(['ui.error.unexpectedAnswer']);
  });

  it('calls an answer that is not JSON unexpected too, and a lost request the network', async () => {
    answerWith('<html>proxy</html>');
    const failure = await requestApi('/tracking', { schema: trackingResultSchema }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(UnexpectedAnswerError);
    expect(failureKey(new TypeError('Failed to fetch'))).toBe('ui.error.network');
  });

  it('lets a read the page aborted fail as aborted, not as an unexpected answer', async () => {
    answerWith('{"cut off');
    const controller = new AbortController();
    controller.abort();
    const failure = await requestApi('/tracking', {
      schema: trackingResultSchema,
      signal: controller.signal,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(UnexpectedAnswerError);
  });

  it('reads a refusal’s problem details, or only its status from a page that is not JSON', async () => {
    expect(readProblem(409, '{"type":"/problems/slot-full","title":"Full"}')).toEqual({
      type: '/problems/slot-full',
      title: 'Full',
      status: 409,
    });
    expect(readProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502 });
    answerWith('{"type":"/problems/not-found","title":"Not found"}', 404);
    const failure = await requestApi('/tracking', { schema: trackingResultSchema }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problem.type).toBe('/problems/not-found');
  });

  it('keeps of a problem only the members that are what they claim, and its extensions', () => {
    const problem = readProblem(
      422,
      JSON.stringify({
        type: '/problems/validation',
        title: 42,
        errors: [{ path: 'case.cardholder.name', code: 'error.name.required', message: 'Name' }, 7],
        blockers: 'none',
        dueFrom: '2026-12-09T01:00:00.000Z',
      }),
    );
    expect(problem).toEqual({
      type: '/problems/validation',
      status: 422,
      errors: [{ path: 'case.cardholder.name', code: 'error.name.required', message: 'Name' }],
      dueFrom: '2026-12-09T01:00:00.000Z',
    });
    expect(readProblem(500, '[1, 2]')).toEqual({ status: 500 });
  });

  it('takes 204 No Content where the contract says nothing comes, and only there', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(requestApi('/visit', { method: 'DELETE', schema: noContent })).resolves.toBe(
      undefined,
    );
    // A body expected and none sent: not an empty page drawn from nothing.
    await expect(requestApi('/tracking', { schema: trackingResultSchema })).rejects.toBeInstanceOf(
      UnexpectedAnswerError,
    );
    // Nothing expected and a body sent: the operation is not the one the page thinks it called.
    answerWith(JSON.stringify(tracked));
    await expect(
      requestApi('/visit', { method: 'DELETE', schema: noContent }),
    ).rejects.toBeInstanceOf(UnexpectedAnswerError);
  });
});
