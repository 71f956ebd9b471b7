// One fetch wrapper for /api/v1: JSON in and out, RFC 9457 problem details turned into ApiError.
// Credentials stay in HttpOnly cookies (docs/api.md), so nothing secret is ever handled here.

export interface ProblemFieldError {
  path: string;
  code: string;
  message: string;
}

export interface ProblemBlocker {
  code: string;
  rule?: string;
  message?: string;
  messageKey?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
  blockers?: ProblemBlocker[];
}

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

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') return { ...(body as Problem), status: response.status };
  } catch {
    // A proxy or crash page is not JSON; the status alone still tells the UI what to say.
  }
  return { status: response.status };
}

export async function requestApi<T>(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    signal?: AbortSignal;
    /** Extra request headers, e.g. the staff session's X-CSRF-Token. */
    headers?: Record<string, string>;
  } = {},
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
      await readProblem(response),
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
