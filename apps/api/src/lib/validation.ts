import type { z } from 'zod';
import { validationProblem, type ProblemFieldError } from './problem.ts';
import { t, type Locale } from './i18n.ts';

interface IssueLike {
  path: readonly PropertyKey[];
  code: string;
  message: string;
}

/** Our schemas carry i18n keys as messages; zod's own defaults are plain English. */
function isMessageKey(message: string): boolean {
  return /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/.test(message);
}

export function issuesToFieldErrors(
  issues: readonly IssueLike[],
  locale: Locale,
): ProblemFieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(body)';
    if (isMessageKey(issue.message)) {
      return { path, code: issue.message, message: t(locale, issue.message) };
    }
    return { path, code: issue.code, message: issue.message };
  });
}

/** Parse with a shared domain schema or throw a 422 naming every bad field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  locale: Locale,
): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw validationProblem(issuesToFieldErrors(result.error.issues, locale));
  return result.data;
}
