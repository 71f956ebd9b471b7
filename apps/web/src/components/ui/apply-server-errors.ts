import { failureKey, isApiError, minutesToWait } from '@/lib/api-client.ts';
import { keyWithParams } from '@/lib/i18n/i18n-provider.tsx';

/**
 * Puts a rejected request's problem details onto the form: each 422 `errors[]` entry on its
 * field (server paths like `cardholder.idNumber` match the form names), anything else as a
 * form-level message. Server messages are shown by their code as i18n key, never raw.
 */
type LooseSetError = (name: string, error: { type: string; message: string }) => void;

export function applyServerErrors(
  error: unknown,
  // Any react-hook-form setError: `never` parameters accept every form's field union.
  formSetError: (name: never, error: never) => void,
  knownFields: readonly string[],
  /** The part of the case this form edits, e.g. `cardholder` for fields named `idNumber`. */
  pathPrefix = '',
): void {
  const setError = formSetError as unknown as LooseSetError;
  if (isApiError(error, 422) && error.problem.errors?.length) {
    for (const fieldError of error.problem.errors) {
      // The API puts the i18n key in `code` (`error.idNumber.checkDigit`); English text in `message`.
      const key = fieldError.code.startsWith('error.')
        ? fieldError.code
        : `error.${fieldError.code}`;
      const path =
        pathPrefix && fieldError.path.startsWith(`${pathPrefix}.`)
          ? fieldError.path.slice(pathPrefix.length + 1)
          : fieldError.path;
      if (knownFields.includes(path)) setError(path, { type: 'server', message: key });
      else setError('root.server', { type: 'server', message: key });
    }
    return;
  }
  setError('root.server', { type: 'server', message: describeFailure(error) });
}

export function describeFailure(error: unknown): string {
  if (!isApiError(error)) return failureKey(error);
  if (error.status === 409) return 'ui.error.conflict';
  // The true wait, from Retry-After: "a few minutes" would mislead when the limit is an hour's.
  if (error.status === 429) {
    const seconds = error.retryAfterSeconds;
    if (seconds === undefined) return 'ui.error.tooMany';
    const minutes = minutesToWait(seconds);
    return minutes === 1
      ? 'ui.error.tooManyWaitOne'
      : keyWithParams('ui.error.tooManyWait', { minutes });
  }
  if (error.status === 401 || error.status === 404) return 'ui.error.expired';
  return 'ui.error.server';
}
