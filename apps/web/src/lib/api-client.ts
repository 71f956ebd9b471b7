// One fetch wrapper for /api/v1: JSON in and out, RFC 9457 problem details turned into ApiError.
// Credentials stay in HttpOnly cookies (docs/api.md), so nothing secret is ever handled here.

import type { Blocker, FieldError, ProblemDetails } from '@ssc/domain/contract/common';

export type { FieldError as ProblemFieldError, Blocker as ProblemBlocker };

/**
 * A refusal's problem details (the contract's `problemSchema`) as read: the members every
 * problem may have, each kept only when it is what it claims (a proxy's error page is no
 * problem at all), and the operation's own extensions (a visit's `dueFrom`) as `unknown` for
 * the page that knows them to check.
 */
export type Problem = Partial<Pick<ProblemDetails, 'type' | 'title' | 'detail' | 'errors'>> & {
  status: number;
  blockers?: Blocker[];
  [extension: string]: unknown;
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** From Retry-After on a 429 or 503: how long the service asks us to wait, if it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Retry-After in seconds (RFC 9110 allows seconds or an HTTP date); undefined when absent or odd. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  // An HTTP date names its weekday and month; anything else (a negative number) is odd.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now) / 1000));
}

/**
 * Whole minutes to tell a person, rounded up so that nobody who waits as told is refused
 * again; at least one.
 */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The service answered, but not in the shape the contract promises (packages/domain/src/contract):
 * a fault of ours to fix, told as such, never a page drawn from a wrong answer.
 */
export class UnexpectedAnswerError extends Error {
  readonly path: string;
  readonly issues: string[];

  constructor(path: string, issues: string[]) {
    super(`The service answered ${path} with something unexpected: ${issues.join('; ')}`);
    this.name = 'UnexpectedAnswerError';
    this.path = path;
    this.issues = issues;
  }
}

/** The words for a failure that is not a problem answer: a wrong answer, or no answer at all. */
export function failureKey(error: unknown): 'ui.error.unexpectedAnswer' | 'ui.error.network' {
  return error instanceof UnexpectedAnswerError ? 'ui.error.unexpectedAnswer' : 'ui.error.network';
}

/** What parses an answer: a contract schema (zod's `safeParse`, without importing zod here). */
export interface AnswerSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** The answer, checked against its schema; a mismatch is logged and thrown, never returned. */
export function parseAnswer<T>(schema: AnswerSchema<T>, body: unknown, path: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(answer)'}: ${issue.message}`,
  );
  const error = new UnexpectedAnswerError(path.split('?')[0]!, issues);
  // For whoever opens the console: which answer, and where it differs from the contract.
  console.error(error);
  throw error;
}

/** The answer of an operation that answers 204 No Content: nothing, and nothing else. */
export const noContent: AnswerSchema<void> = {
  safeParse: (value) =>
    value === undefined
      ? { success: true, data: undefined }
      : { success: false, error: { issues: [{ path: [], message: 'expected no content' }] } },
};

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

const BASE = '/api/v1';

// Whoever needs to know that the page just talked to the service (the staff idle watch: the
// service ends a staff session after a while without a request).
const requestListeners = new Set<() => void>();

/** Calls `listener` whenever a request is sent; returns the unsubscribe. */
export function onApiRequest(listener: () => void): () => void {
  requestListeners.add(listener);
  return () => requestListeners.delete(listener);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const optionalText = (value: unknown) => (isString(value) ? value : undefined);

function isFieldError(value: unknown): value is FieldError {
  return isObject(value) && isString(value.path) && isString(value.code) && isString(value.message);
}

function isBlocker(value: unknown): value is Blocker {
  return (
    isObject(value) &&
    isString(value.code) &&
    isString(value.rule) &&
    isString(value.messageKey) &&
    [value.message, value.path].every((v) => v === undefined || isString(v))
  );
}

/** Only the members that are what they claim; a list keeps the entries that are. */
function problemOf(body: Record<string, unknown>, status: number): Problem {
  const problem: Problem = { ...body, status };
  for (const key of ['type', 'title', 'detail'] as const) {
    const text = optionalText(body[key]);
    if (text === undefined) delete problem[key];
    else problem[key] = text;
  }
  if (Array.isArray(body.errors)) problem.errors = body.errors.filter(isFieldError);
  else delete problem.errors;
  if (Array.isArray(body.blockers)) problem.blockers = body.blockers.filter(isBlocker);
  else delete problem.blockers;
  return problem;
}

/**
 * The problem details of a refused request (RFC 9457), from its body's text: what the service
 * said, or only the status when the body is not its JSON (a proxy's or a crash page).
 */
export function readProblem(status: number, text: string): Problem {
  const body = jsonOf(text);
  // A proxy or crash page is not JSON; the status alone still tells the UI what to say.
  return isObject(body) ? problemOf(body, status) : { status };
}

/** The value of a JSON text; undefined for a text that is not JSON. */
function jsonOf(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return undefined;
  }
}

/** An answer read as text (the upload's XHR), parsed as `requestApi` parses one. */
export function parseAnswerText<T>(schema: AnswerSchema<T>, text: string, path: string): T {
  const answer = jsonOf(text);
  if (answer === undefined) {
    throw new UnexpectedAnswerError(path.split('?')[0]!, ['the answer is not JSON']);
  }
  return parseAnswer(schema, answer, path);
}

/** The answer's JSON, or an unexpected answer when it is none (a proxy's page, a cut-off body). */
async function readAnswer(response: Response, path: string, signal?: AbortSignal) {
  try {
    const answer: unknown = await response.json();
    return answer;
  } catch (error) {
    // A page that went away meanwhile aborted the read: that is not a wrong answer.
    if (signal?.aborted) throw error;
    throw new UnexpectedAnswerError(path.split('?')[0]!, ['the answer is not JSON']);
  }
}

export async function requestApi<T>(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    signal?: AbortSignal;
    /** Extra request headers, e.g. the staff session's X-CSRF-Token. */
    headers?: Record<string, string>;
    /** The operation's answer in the contract (`noContent` for a 204): it is parsed with it. */
    schema: AnswerSchema<T>;
  },
): Promise<T> {
  const { method = 'GET', body, signal } = init;
  const isForm = body instanceof FormData;
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...init.headers,
  };
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  let requestBody: BodyInit | undefined;
  if (isForm) requestBody = body;
  else if (body !== undefined) requestBody = JSON.stringify(body);

  for (const listener of requestListeners) listener();
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers,
    body: requestBody ?? null,
    credentials: 'same-origin',
    signal: signal ?? null,
  });
  if (!response.ok) {
    throw new ApiError(
      readProblem(response.status, await response.text().catch(() => '')),
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  if (response.status === 204) return parseAnswer(init.schema, undefined, path);
  const answer = await readAnswer(response, path, signal);
  return parseAnswer(init.schema, answer, path);
}
