import type { z } from 'zod';

export type FieldError = {
  /** Dotted path of the bad field, like `cardholder.idNumber` or `documents.0` (docs/api.md). */
  path: string;
  /** The i18n key the schemas put in the message, like `error.idNumber.checkDigit`. */
  messageKey: string;
  /** zod's code for the problem (`invalid_type`, `unrecognized_keys`, `custom` …). */
  issueCode: string;
};

/** What a validation issue carries, from zod directly or passed through a framework's error. */
export interface IssueLike {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  keys?: readonly string[];
}

/**
 * One entry per bad field, for the API's 422 `errors` and the wizard's inline messages
 * (docs/api.md: "one errors entry per bad field"). An unknown key is reported at its own path,
 * so each one is named.
 */
export function listIssueFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  return issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        path: [...at, key].join('.'),
        messageKey: issue.message,
        issueCode: issue.code,
      }));
    }
    return [{ path: at.join('.'), messageKey: issue.message, issueCode: issue.code }];
  });
}

export function listFieldErrors(error: z.ZodError): FieldError[] {
  return listIssueFieldErrors(error.issues);
}
