import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '@ssc/domain/visit';
import { DEMO } from '../staff/support.ts';
import {
  scanUpload,
  STAFF_LOGINS,
  type Caller,
  type StaffCaller,
  type Target,
  type Valid,
  type World,
} from './callers.ts';

/**
 * Who may call what: every operation of openapi.json × every kind of caller. `allowed` means the
 * caller gets past authentication and authorisation (the answer may still be a 409 or 422 about
 * the case); a number is the refusal the contract names: 401 without the right credentials, 403
 * for a role too low or a missing CSRF token, 404 for a case the caller may not know exists.
 * authorisation-matrix.test.ts fails for an operation without a row, and sends every cell.
 */
export type Verdict = 'allowed' | 401 | 403 | 404;

export interface MatrixRow {
  callers: Record<Caller, Verdict>;
  /** A valid request, so that nothing but the caller decides the answer. */
  valid?: (context: { world: World; target: Target; version: number; caller: Caller }) => Valid;
  /** The operation needs a target with a certificate (approve first). */
  certified?: true;
  /** The operation needs a target whose visit is booked (approve and book first). */
  booked?: true;
  /** The operation ends the caller's session: each staff caller signs in anew for it. */
  endsSession?: true;
}

/** The caller's own password, for a step-up; a caller who has none sends one that is wrong. */
const ownPassword = (caller: Caller) =>
  caller in STAFF_LOGINS ? STAFF_LOGINS[caller as StaffCaller][1] : 'not-a-staff-password';

const everyone: Record<Caller, Verdict> = {
  anonymous: 'allowed',
  anotherApplicant: 'allowed',
  owner: 'allowed',
  otherCentreReviewer: 'allowed',
  reviewer: 'allowed',
  supervisor: 'allowed',
  admin: 'allowed',
};

/** docs/api.md "Applications": no token 401; someone else's token 404, the same as no such application. */
const applicant: Record<Caller, Verdict> = {
  anonymous: 401,
  anotherApplicant: 404,
  owner: 'allowed',
  otherCentreReviewer: 401,
  reviewer: 401,
  supervisor: 401,
  admin: 401,
};

const staff = (overrides: Partial<Record<StaffCaller, Verdict>> = {}): Record<Caller, Verdict> => ({
  anonymous: 401,
  anotherApplicant: 401,
  owner: 401,
  otherCentreReviewer: 'allowed',
  reviewer: 'allowed',
  supervisor: 'allowed',
  admin: 'allowed',
  ...overrides,
});

/** Another centre's case is not found (staff see their own centre; admins every centre). */
const caseOfTheCentre = staff({ otherCentreReviewer: 404 });
/** Supervisors' and admins' actions: a reviewer of any centre is refused before any lookup. */
const supervisorsOnly = staff({ otherCentreReviewer: 403, reviewer: 403 });
/** What concerns every centre at once (public holidays): administrators only. */
const adminsOnly = staff({ otherCentreReviewer: 403, reviewer: 403, supervisor: 403 });

/** The demo centres' visit schedule (docs/rules.md §5.1): setting it again changes nothing. */
const demoSchedule = {
  slotMinutes: 30,
  capacity: 3,
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, opens: '09:00', closes: '12:00' },
    { weekday, opens: '13:30', closes: '17:00' },
  ]),
};

const decision = (body: (context: { target: Target; version: number }) => object): MatrixRow => ({
  callers: caseOfTheCentre,
  valid: (context) => ({ payload: { ...body(context), version: context.version } }),
});

export const AUTHORISATION_MATRIX: Record<string, MatrixRow> = {
  'GET /api/v1/health': { callers: everyone },
  'GET /api/v1/centres': { callers: everyone },
  'POST /api/v1/eligibility': {
    callers: everyone,
    valid: () => ({ payload: { reason: 'SETTLED_ABROAD', filer: { role: 'CARDHOLDER' } } }),
  },
  'POST /api/v1/applications': {
    callers: everyone,
    valid: () => ({ payload: { filer: { role: 'CARDHOLDER' } } }),
  },
  'GET /api/v1/applications/{id}': { callers: applicant },
  'PATCH /api/v1/applications/{id}': {
    callers: applicant,
    valid: () => ({ payload: { reason: 'SETTLED_ABROAD' } }),
  },
  'POST /api/v1/applications/{id}/submit': { callers: applicant },
  'GET /api/v1/applications/{id}/certificate.pdf': { callers: applicant, certified: true },
  'POST /api/v1/applications/{id}/withdraw': { callers: applicant },
  'POST /api/v1/applications/{id}/documents': { callers: applicant, valid: scanUpload },
  'DELETE /api/v1/applications/{id}/documents/{documentId}': { callers: applicant },
  'POST /api/v1/tracking': {
    callers: everyone,
    valid: ({ target }) => ({
      payload: { reference: target.reference, idNumber: target.idNumber },
    }),
  },
  'GET /api/v1/certificates/{serial}/verification': { callers: everyone, certified: true },
  'GET /api/v1/applications/{id}/visit-slots': { callers: applicant, certified: true },
  'PUT /api/v1/applications/{id}/visit': {
    callers: applicant,
    certified: true,
    valid: ({ target }) => ({ payload: { start: target.freeSlot } }),
  },
  'DELETE /api/v1/applications/{id}/visit': { callers: applicant, booked: true },
  'POST /api/v1/staff/session': {
    callers: everyone,
    valid: () => ({ payload: { username: DEMO.pudong[0], password: DEMO.pudong[1] } }),
  },
  'GET /api/v1/staff/session': { callers: staff() },
  'DELETE /api/v1/staff/session': { callers: staff(), endsSession: true },
  'GET /api/v1/staff/applications': { callers: staff() },
  'GET /api/v1/staff/applications/{id}': { callers: caseOfTheCentre },
  'GET /api/v1/staff/applications/{id}/documents/{documentId}/content': {
    callers: caseOfTheCentre,
  },
  'POST /api/v1/staff/applications/{id}/claim': decision(() => ({})),
  'POST /api/v1/staff/applications/{id}/reassign': {
    callers: supervisorsOnly,
    valid: ({ world, version }) => ({
      payload: { staffId: world.staff.reviewer.id, version },
    }),
  },
  'POST /api/v1/staff/applications/{id}/documents/{documentId}/review': decision(() => ({
    decision: 'ACCEPTED',
  })),
  'POST /api/v1/staff/applications/{id}/return': decision(() => ({
    items: [{ field: 'cardholder.name', reason: 'OTHER', note: 'Spell the name as on the card.' }],
  })),
  'POST /api/v1/staff/applications/{id}/expenses': decision(() => ({ settled: true })),
  'POST /api/v1/staff/applications/{id}/hrss-closed': decision(() => ({ closed: true })),
  'POST /api/v1/staff/applications/{id}/approve': decision(() => ({})),
  'POST /api/v1/staff/applications/{id}/reject': {
    callers: supervisorsOnly,
    valid: ({ version }) => ({ payload: { reason: 'CONDITIONS_NOT_MET', version } }),
  },
  'POST /api/v1/staff/applications/{id}/pickup': {
    ...decision(({ target }) => ({
      idNumber: target.idNumber,
      originalsChecked: true,
      cardHandedIn: true,
    })),
    certified: true,
  },
  'GET /api/v1/staff/applications/{id}/certificate.pdf': {
    callers: caseOfTheCentre,
    certified: true,
  },
  'GET /api/v1/staff/centres/{centreId}/visit-schedule': { callers: caseOfTheCentre },
  'PUT /api/v1/staff/centres/{centreId}/visit-schedule': {
    callers: supervisorsOnly,
    valid: () => ({ payload: demoSchedule }),
  },
  'PUT /api/v1/staff/centres/{centreId}/closed-days/{date}': {
    callers: supervisorsOnly,
    valid: () => ({ payload: { reason: 'Staff training' } }),
  },
  'DELETE /api/v1/staff/centres/{centreId}/closed-days/{date}': { callers: supervisorsOnly },
  'GET /api/v1/staff/centres/{centreId}/visits': {
    callers: caseOfTheCentre,
    booked: true,
    // the booked visit's day (the fuzz suite's target has none: today's list)
    valid: ({ world, target }) => ({
      query: {
        date: target.freeSlot ? chinaDateOf(new Date(target.freeSlot)) : world.t.clock.today(),
      },
    }),
  },
  'POST /api/v1/staff/visits/{visitId}/outcome': {
    callers: caseOfTheCentre,
    booked: true,
    valid: () => ({ payload: { outcome: 'ARRIVED' } }),
  },
  'GET /api/v1/staff/public-holidays': { callers: staff() },
  'PUT /api/v1/staff/public-holidays/{date}': {
    callers: adminsOnly,
    valid: () => ({ payload: { nameZh: '演示假日', nameEn: 'Demo holiday' } }),
  },
  'DELETE /api/v1/staff/public-holidays/{date}': { callers: adminsOnly },
  'GET /api/v1/staff/audit': { callers: supervisorsOnly },
  'GET /api/v1/staff/audit.csv': { callers: supervisorsOnly },
  'GET /api/v1/staff/dashboard': { callers: staff() },
  'GET /api/v1/staff/users': { callers: supervisorsOnly },
  'POST /api/v1/staff/users': {
    callers: supervisorsOnly,
    valid: ({ caller }) => ({
      payload: {
        username: `reviewer.${randomUUID().slice(0, 8)}`,
        displayName: 'New Reviewer',
        role: 'REVIEWER',
        password: 'Long-enough-2026',
        currentPassword: ownPassword(caller),
      },
    }),
  },
  'PATCH /api/v1/staff/users/{id}': {
    callers: supervisorsOnly,
    valid: ({ caller }) => ({ payload: { disabled: false, currentPassword: ownPassword(caller) } }),
  },
  'POST /api/v1/staff/session/password': {
    callers: staff(),
    // Each caller's own password as the new one: it passes everything the caller decides (the
    // session, the step-up) and stops at the last check, "unchanged" (422). A new password
    // would lock the other rows, which sign in with the demo passwords, out.
    valid: ({ caller }) => ({
      payload: { currentPassword: ownPassword(caller), newPassword: ownPassword(caller) },
    }),
  },
};
