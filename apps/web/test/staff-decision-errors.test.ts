import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/lib/api-client.ts';
import { decisionErrorKeys } from '../src/features/staff/components/decision-error.ts';
import { uiStaffEn } from '../src/lib/i18n/ui-staff-en.ts';
import { messagesEn } from '@ssc/domain/messages-en';
import { uiEn } from '../src/lib/i18n/ui-en.ts';

// What a reviewer reads when a decision is refused: each answer of the API maps to a message
// that exists, and the one that matters most (409) says someone else decided.
describe('decisionErrorKeys', () => {
  const cases: [string, ApiError | Error, string[]][] = [
    [
      'a stale version',
      new ApiError({ status: 409, type: '/problems/decided-elsewhere' }),
      ['staff.error.decidedElsewhere'],
    ],
    [
      'an ID number that matches nobody at pickup',
      new ApiError({ status: 422, type: '/problems/id-mismatch' }),
      ['error.pickup.idMismatch'],
    ],
    [
      'field errors',
      new ApiError({
        status: 422,
        errors: [
          { path: 'note', code: 'error.reviewNote.required', message: '' },
          { path: 'reason', code: 'reviewReason.required', message: '' },
        ],
      }),
      ['error.reviewNote.required', 'error.reviewReason.required'],
    ],
    [
      'a missing CSRF token',
      new ApiError({ status: 403, type: '/problems/csrf' }),
      ['staff.error.csrf'],
    ],
    [
      'a reviewer trying a supervisor action',
      new ApiError({ status: 403 }),
      ['staff.error.forbidden'],
    ],
    ['an expired session', new ApiError({ status: 401 }), ['staff.error.signedOut']],
    ['another centre’s application', new ApiError({ status: 404 }), ['staff.application.notFound']],
    ['a refusal without details', new ApiError({ status: 422 }), ['staff.error.notAllowedNow']],
    ['no network', new TypeError('Failed to fetch'), ['ui.error.network']],
  ];

  it.each(cases)('%s', (_label, error, keys) => {
    expect(decisionErrorKeys(error)).toEqual(keys);
  });

  it('only names messages that exist', () => {
    const known = { ...messagesEn, ...uiEn, ...uiStaffEn };
    const named = cases.flatMap(([, error]) => decisionErrorKeys(error));
    expect(named.filter((key) => !(key in known))).toEqual([]);
  });
});
