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

  constructor(problem: Problem) {
    super(problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

const BASE = '/api/v1';

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

  const response = await fetch(`${BASE}${path}`, {
    method,
    headers,
    body: requestBody ?? null,
    credentials: 'same-origin',
    signal: signal ?? null,
  });
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
