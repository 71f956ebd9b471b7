import type { z } from 'zod';

export type FieldError = {
  /** Dotted path of the bad field, like `cardholder.idNumber` or `documents.0` (API.md). */
  path: string;
  /** The i18n key the schemas put in the message, like `error.idNumber.checkDigit`. */
  messageKey: string;
};

/**
 * One entry per bad field of a failed parse, for the API's 422 `errors` and the wizard's
 * inline messages. An unknown key is reported at its own path, so each one is named.
 */
export function listFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...at, key].join('.'), messageKey: issue.message }));
    }
    return [{ path: at.join('.'), messageKey: issue.message }];
  });
}
