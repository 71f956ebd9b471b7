import { failureKey, isApiError } from '@/lib/api-client.ts';

/** Thrown on to the review page: it says "someone else decided this" and reloads. */
export class DecidedElsewhere extends Error {
  constructor() {
    super('decided elsewhere');
    this.name = 'DecidedElsewhere';
  }
}

/**
 * The i18n keys to show for a rejected decision: each 422 `errors[]` code (the API sends
 * keys such as `error.pickup.idMismatch`), or one key for the whole request.
 */
export function decisionErrorKeys(error: unknown): string[] {
  if (!isApiError(error)) return [failureKey(error)];
  const { status, problem } = error;
  if (status === 422 || status === 400) {
    if (problem.type?.endsWith('/id-mismatch')) return ['error.pickup.idMismatch'];
    const codes = (problem.errors ?? []).map((item) =>
      item.code.startsWith('error.') ? item.code : `error.${item.code}`,
    );
    const blockers = (problem.blockers ?? []).map(
      (blocker) => blocker.messageKey ?? `blocker.${blocker.code}`,
    );
    const keys = [...codes, ...blockers];
    return keys.length > 0 ? keys : ['staff.error.notAllowedNow'];
  }
  if (status === 401) return ['staff.error.signedOut'];
  if (status === 403) {
    if (problem.type?.endsWith('/step-up-failed')) return ['error.stepUp.failed'];
    return problem.type?.endsWith('/csrf') ? ['staff.error.csrf'] : ['staff.error.forbidden'];
  }
  if (status === 404) return ['staff.application.notFound'];
  if (status === 409) return ['staff.error.decidedElsewhere'];
  if (status === 429) return ['ui.error.tooMany'];
  return ['ui.error.server'];
}
