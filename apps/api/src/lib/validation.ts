import type { z } from 'zod';
import { validationProblem, type ProblemFieldError } from './problem.ts';
import { t, type Locale } from './i18n.ts';
import { listIssueFieldErrors, type IssueLike } from '@ssc/domain/field-errors';

/** Our schemas carry i18n keys as messages; zod's own defaults are plain English. */
function isMessageKey(message: string): boolean {
  return /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/.test(message);
}

/** The domain names each bad field; here they get the reader's language. */
export function issuesToFieldErrors(
  issues: readonly IssueLike[],
  locale: Locale,
): ProblemFieldError[] {
  return listIssueFieldErrors(issues).map(({ path, messageKey, issueCode }) => {
    const at = path || '(body)';
    return isMessageKey(messageKey)
      ? { path: at, code: messageKey, message: t(locale, messageKey) }
      : { path: at, code: issueCode, message: messageKey };
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
