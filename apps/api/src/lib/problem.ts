// RFC 9457 problem details, the only error shape the API sends (docs/api.md "General").

export interface ProblemFieldError {
  path: string;
  code: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

/** Thrown by services and routes; the error handler turns it into problem+json. */
export class Problem extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors: ProblemFieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly slug: string;

  constructor(
    status: number,
    slug: string,
    title: string,
    detail: string,
    options: { errors?: ProblemFieldError[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
  }

  toBody(): ProblemBody {
    return {
      type: `/problems/${this.slug}`,
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extensions,
    };
  }
}

export const notFound = (what = 'The resource') =>
  new Problem(404, 'not-found', 'Not found', `${what} does not exist.`);

export const unauthorised = (detail = 'This request needs credentials.') =>
  new Problem(401, 'unauthorised', 'Unauthorised', detail);

export const conflict = (slug: string, detail: string, extensions?: Record<string, unknown>) =>
  new Problem(409, slug, 'Conflict', detail, extensions ? { extensions } : {});

export const validationProblem = (errors: ProblemFieldError[]) =>
  new Problem(422, 'validation', 'Invalid request', 'One or more fields are invalid.', {
    errors,
  });
