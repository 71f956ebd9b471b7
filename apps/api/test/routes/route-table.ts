/**
 * Every route of the API (method + path as the OpenAPI document names it) → the tests of its
 * success and of each refusal it documents, as [file under test/, test title]. route-table.test.ts
 * checks this table against the app's own OpenAPI document and against the test files, so a new
 * route, or a new documented refusal, cannot go untested unnoticed: every cell names at least
 * one test, and there is no way to mark a cell as untested.
 *
 * 429 (rate limits) is tested apart and not listed here.
 */
export type TestRef = readonly [file: string, title: string];
export type Cell = readonly TestRef[];

const CJ = 'api/citizen-journey.test.ts';
const CE = 'api/contract-edges.test.ts';
const WD = 'api/withdrawal.test.ts';
const AS = 'documents/after-submission.test.ts';
const AC = 'documents/attack-corpus.test.ts';
const ST = 'documents/storage.test.ts';
const VS = 'documents/virus-scan.test.ts';
const AG = 'staff/assignment.test.ts';
const BO = 'staff/back-office.test.ts';
const DE = 'staff/decisions.test.ts';
const RC = 'staff/review-cycle.test.ts';
const SA = 'staff/staff-auth.test.ts';
const SU = 'staff/step-up.test.ts';
const CA = 'wizard/change-of-answer.test.ts';
const BK = 'visits/booking.test.ts';
const BR = 'visits/booking-race.test.ts';
const SV = 'visits/staff-visits.test.ts';

const applicantOrigin: TestRef = [
  'security/applicant-origin.test.ts',
  'refuses each from another site, or with no origin at all, and changes nothing',
];
const noSession: TestRef = [CE, 'never answers bad input with a 500'];
const otherCentre: TestRef = [
  RC,
  'staff of another centre get 404 for the application, its scans and its actions',
];
const noCsrf: TestRef = [SA, 'refuses a change without the CSRF token, or with another session’s'];
const roles: TestRef = [
  SA,
  'keeps roles apart: reviewers cannot reject, reassign, read the audit or manage staff',
];
const claimedElsewhere: TestRef = [
  AG,
  'claimed by A, B (same centre) is refused on every decision route; A may act',
];
const staleVersion: TestRef = [
  RC,
  'claims: SUBMITTED → UNDER_REVIEW, assigned to the reviewer; a stale version is 409',
];
const MX = 'security/authorisation-matrix.test.ts';
// The authorisation matrix sends every operation of openapi.json as every kind of caller.
const matrixNoCredentials: TestRef = [
  MX,
  'without a token or a staff session: 401 on every operation that needs one',
];
const matrixStranger: TestRef = [
  MX,
  'someone else’s case: 404 on every operation, the same answer as for a case that does not exist',
];
const matrixCsrf: TestRef = [
  MX,
  'a staff change without the CSRF token, or with another session’s, is 403 on every one',
];
const matrixRoles: TestRef = [
  MX,
  'a role too low: 403 on every operation that needs a supervisor or an administrator',
];
const matrixSchema: TestRef = [
  MX,
  'a JSON body without its required fields is 422 naming each one, on every operation that takes one',
];
const applicantTokens: TestRef = [
  CJ,
  'refuses without a token (401) and with someone else’s token (404)',
];

export const ROUTE_TESTS: Record<string, Record<string, Cell>> = {
  'GET /api/v1/health': {
    200: [[CJ, 'answers health and publishes the OpenAPI document']],
    503: [
      [
        'api/database-down.test.ts',
        'health and a data route answer 503 within seconds, and recover when it answers again',
      ],
    ],
  },
  'GET /api/v1/centres': {
    200: [[CE, 'GET /centres lists the service centres in both languages']],
    503: [
      [
        'api/database-down.test.ts',
        'health and a data route answer 503 within seconds, and recover when it answers again',
      ],
    ],
  },
  'POST /api/v1/eligibility': {
    200: [
      [CE, 'POST /eligibility answers for a cardholder settling abroad, statelessly'],
      [CE, 'POST /eligibility: a death filed by the cardholder is blocked under Art. 26/27'],
    ],
    422: [
      [
        CE,
        '422 for an unknown code and for an invalid ID number, naming the fields, in English when asked',
      ],
      [CE, 'names each unknown field in its own 422 entry'],
    ],
  },
  'POST /api/v1/applications': {
    201: [[CJ, 'creates a draft with a readable reference and a one-time token']],
    422: [[CE, 'never answers bad input with a 500']],
  },
  'GET /api/v1/applications/{id}': {
    200: [[CJ, 'saves the answers and lists exactly the documents this case needs']],
    401: [applicantTokens],
    404: [applicantTokens],
  },
  'PATCH /api/v1/applications/{id}': {
    200: [
      [CJ, 'saves the answers and lists exactly the documents this case needs'],
      [CA, 'drops the proof of the old reason and the explanation when the reason changes'],
    ],
    401: [applicantTokens],
    403: [applicantOrigin],
    404: [applicantTokens],
    409: [
      [CJ, 'submits, then refuses further edits with 409'],
      [WD, 'a draft: WITHDRAWN, in its history and the audit trail, and no longer editable'],
    ],
    422: [[CJ, 'names the bad field in a 422 problem and stores nothing of it']],
  },
  'POST /api/v1/applications/{id}/submit': {
    200: [[CJ, 'submits, then refuses further edits with 409']],
    401: [matrixNoCredentials],
    403: [applicantOrigin],
    404: [matrixStranger],
    409: [[CJ, 'submits, then refuses further edits with 409']],
    422: [[CJ, 'refuses to submit while documents are missing, with the blockers']],
  },
  'GET /api/v1/applications/{id}/certificate.pdf': {
    200: [[RC, 'after pickup: tracking shows collected and the applicant downloads the copy']],
    401: [matrixNoCredentials],
    404: [matrixStranger],
    409: [[RC, 'the applicant’s electronic copy is 409 until pickup']],
  },
  'POST /api/v1/applications/{id}/withdraw': {
    200: [
      [WD, 'a draft: WITHDRAWN, in its history and the audit trail, and no longer editable'],
      [WD, 'a submitted application: tracking shows it withdrawn and the card may be filed again'],
      [WD, 'an application under review can be withdrawn; staff can then no longer decide it'],
    ],
    401: [[WD, 'without the token it is 401, with another application’s token 404']],
    403: [applicantOrigin],
    404: [[WD, 'without the token it is 401, with another application’s token 404']],
    409: [
      [WD, 'a second withdrawal is a 409 and writes nothing'],
      [WD, 'an approved application cannot be withdrawn: 409 naming its status, nothing changes'],
    ],
  },
  'POST /api/v1/applications/{id}/documents': {
    201: [[CJ, 'accepts the scans, hashes them and removes one on request']],
    401: [matrixNoCredentials],
    403: [applicantOrigin],
    404: [matrixStranger],
    409: [
      [
        AS,
        'uploading or deleting a scan after submission is 409, under review too; evidence unchanged',
      ],
    ],
    413: [
      [ST, 'takes 20 files an application and refuses the 21st with 413, storing nothing of it'],
    ],
    415: [[CJ, 'judges uploads by content: a script named .jpg is 415, an unknown kind 422']],
    422: [
      [CJ, 'judges uploads by content: a script named .jpg is 415, an unknown kind 422'],
      [AC, 'refuses $label with $status $code'],
    ],
    503: [[VS, 'fails closed with 503 when clamd is unreachable, storing nothing']],
  },
  'DELETE /api/v1/applications/{id}/documents/{documentId}': {
    204: [[CJ, 'accepts the scans, hashes them and removes one on request']],
    401: [matrixNoCredentials],
    403: [applicantOrigin],
    404: [[AS, 'deleting an unknown scan, or another applicant’s, is 404 and deletes nothing']],
    409: [
      [
        AS,
        'uploading or deleting a scan after submission is 409, under review too; evidence unchanged',
      ],
    ],
  },
  'GET /api/v1/applications/{id}/visit-slots': {
    200: [[BK, 'lists the chosen centre’s free slots for 14 days, from 2 hours from now']],
    401: [matrixNoCredentials],
    404: [matrixStranger],
    409: [
      [
        BK,
        'before approval there is nothing to book: 409 visit-not-open for the slots and the booking',
      ],
    ],
  },
  'PUT /api/v1/applications/{id}/visit': {
    200: [
      [
        BK,
        'books a slot (201): the application view, the staff view and tracking show it; asking again changes nothing (200)',
      ],
      [BK, 'moves the booking: the old place is freed and the new one taken, in one step; audited'],
    ],
    201: [
      [
        BK,
        'books a slot (201): the application view, the staff view and tracking show it; asking again changes nothing (200)',
      ],
      [
        BR,
        'exactly 20 of 200 simultaneous bookings succeed; the other 180 get 409 slot-full with the free slots left',
      ],
    ],
    401: [matrixNoCredentials],
    403: [applicantOrigin],
    404: [matrixStranger],
    409: [
      [BK, 'a full slot is 409 slot-full naming start, offering the next free slots'],
      [
        BR,
        'exactly 20 of 200 simultaneous bookings succeed; the other 180 get 409 slot-full with the free slots left',
      ],
      [
        BK,
        'within 2 hours of its start the visit can be neither moved nor cancelled: 409 visit-change-too-late',
      ],
      [
        BK,
        'before approval there is nothing to book: 409 visit-not-open for the slots and the booking',
      ],
      [
        SV,
        'arrival: recorded from the morning of the day, once; the applicant can then no longer change it',
      ],
    ],
    422: [[BK, 'a start that is no slot of the centre is 422 naming start, and books nothing']],
  },
  'DELETE /api/v1/applications/{id}/visit': {
    204: [
      [
        BK,
        'cancels (204): the place is free again and the view shows no visit; cancelling again is 204',
      ],
    ],
    401: [matrixNoCredentials],
    403: [applicantOrigin],
    404: [matrixStranger],
    409: [
      [
        BK,
        'within 2 hours of its start the visit can be neither moved nor cancelled: 409 visit-change-too-late',
      ],
      [
        SV,
        'arrival: recorded from the morning of the day, once; the applicant can then no longer change it',
      ],
    ],
  },
  'POST /api/v1/tracking': {
    200: [[CJ, 'tracks by reference and ID number with no personal data; a wrong pair is 404']],
    404: [[CJ, 'tracks by reference and ID number with no personal data; a wrong pair is 404']],
    422: [[CE, 'never answers bad input with a 500']],
  },
  'GET /api/v1/certificates/{serial}/verification': {
    200: [
      [
        RC,
        'approves: CERTIFICATE_READY with a serial; the public check says genuine, a tampered serial 404',
      ],
    ],
    404: [
      [CE, '404 for an unknown certificate serial'],
      [
        RC,
        'approves: CERTIFICATE_READY with a serial; the public check says genuine, a tampered serial 404',
      ],
    ],
  },
  'POST /api/v1/staff/session': {
    200: [[SA, 'gives a CSRF token at sign-in and again on "who am I"']],
    401: [
      [
        SA,
        'locks an account for 15 minutes after 5 failed sign-ins from new devices, answering as for a wrong password, and audits each try',
      ],
      [
        SA,
        'the lock cannot keep someone from their own desk: a device the account signed in from still signs in',
      ],
    ],
    422: [[CE, 'never answers bad input with a 500']],
  },
  'GET /api/v1/staff/session': {
    200: [[SA, 'gives a CSRF token at sign-in and again on "who am I"']],
    401: [
      [SA, 'ends a session 8 hours after sign-in, however busy'],
      [SA, 'ends a session after 30 minutes without a request, and audits why'],
    ],
  },
  'DELETE /api/v1/staff/session': {
    204: [[SA, 'signs out (with the token) and the cookie stops working']],
    401: [[SA, 'signs out (with the token) and the cookie stops working']],
    403: [noCsrf],
  },
  'GET /api/v1/staff/applications': {
    200: [
      [
        DE,
        'the queue: filters, reference search, oldest first, keyset pages without gaps or repeats',
      ],
    ],
    401: [noSession],
    422: [
      [
        DE,
        'the queue: filters, reference search, oldest first, keyset pages without gaps or repeats',
      ],
    ],
  },
  'GET /api/v1/staff/applications/{id}': {
    200: [[CJ, 'records every staff view of answers and scans in the audit trail']],
    401: [matrixNoCredentials],
    404: [otherCentre],
  },
  'GET /api/v1/staff/applications/{id}/documents/{documentId}/content': {
    200: [[CJ, 'records every staff view of answers and scans in the audit trail']],
    401: [matrixNoCredentials],
    404: [otherCentre],
  },
  'POST /api/v1/staff/applications/{id}/claim': {
    200: [staleVersion],
    401: [matrixNoCredentials],
    403: [noCsrf],
    404: [otherCentre],
    409: [
      staleVersion,
      claimedElsewhere,
      [DE, 'two reviewers claiming at once: one gets it, the other 409'],
    ],
    422: [matrixSchema],
  },
  'POST /api/v1/staff/applications/{id}/reassign': {
    200: [[AG, 'a supervisor reassigns A’s case to B: B may act, A no longer; audited']],
    401: [matrixNoCredentials],
    403: [[AG, 'a supervisor reassigns A’s case to B: B may act, A no longer; audited'], roles],
    404: [
      [
        AG,
        'another centre’s application is not found for a supervisor, but an admin may reassign it',
      ],
    ],
    409: [
      [AG, 'a decided case is no longer reassigned (409 wrong-status)'],
      [AG, 'a supervisor reassigns A’s case to B: B may act, A no longer; audited'],
    ],
    422: [
      [
        AG,
        'reassigning to staff of another centre, a disabled account or nobody known is 422 on staffId',
      ],
    ],
  },
  'POST /api/v1/staff/applications/{id}/documents/{documentId}/review': {
    200: [[RC, 'rejects a scan with a reason from the list; OTHER needs a note']],
    401: [matrixNoCredentials],
    403: [matrixCsrf],
    404: [otherCentre],
    409: [claimedElsewhere],
    422: [[RC, 'rejects a scan with a reason from the list; OTHER needs a note']],
  },
  'POST /api/v1/staff/applications/{id}/return': {
    200: [
      [RC, 'returns for correction; the applicant sees what to fix, tracking shows codes only'],
    ],
    401: [matrixNoCredentials],
    403: [matrixCsrf],
    404: [otherCentre],
    409: [[AG, 'claimed by A, B cannot return it for correction; A can']],
    422: [
      [RC, 'returns for correction; the applicant sees what to fix, tracking shows codes only'],
    ],
  },
  'POST /api/v1/staff/applications/{id}/expenses': {
    200: [[RC, 'holds for unsettled expenses, then approval needs every scan accepted']],
    401: [matrixNoCredentials],
    403: [matrixCsrf],
    404: [otherCentre],
    409: [claimedElsewhere],
    422: [matrixSchema],
  },
  'POST /api/v1/staff/applications/{id}/hrss-closed': {
    200: [
      [DE, 'Art. 26: a death waits for the HRSS closure; the agent collects with their own ID'],
    ],
    401: [matrixNoCredentials],
    403: [matrixCsrf],
    404: [otherCentre],
    409: [claimedElsewhere],
    422: [[DE, 'HRSS closure is refused for a case that is not Art. 26']],
  },
  'POST /api/v1/staff/applications/{id}/approve': {
    200: [
      [
        RC,
        'approves: CERTIFICATE_READY with a serial; the public check says genuine, a tampered serial 404',
      ],
    ],
    401: [matrixNoCredentials],
    403: [matrixCsrf],
    404: [otherCentre],
    409: [
      [DE, 'two staff approving at once: exactly one succeeds, the other gets 409'],
      claimedElsewhere,
    ],
    422: [
      [RC, 'holds for unsettled expenses, then approval needs every scan accepted'],
      [DE, 'Art. 26: a death waits for the HRSS closure; the agent collects with their own ID'],
    ],
  },
  'POST /api/v1/staff/applications/{id}/reject': {
    200: [[DE, 'a supervisor refuses with a reason the applicant reads in their own language']],
    401: [matrixNoCredentials],
    403: [
      [
        AG,
        'refusing is for supervisors: a reviewer, assigned or not, gets 403; a supervisor steps in',
      ],
      roles,
    ],
    404: [otherCentre],
    409: [[DE, 'a supervisor refuses with a reason the applicant reads in their own language']],
    422: [[DE, 'a supervisor refuses with a reason the applicant reads in their own language']],
  },
  'POST /api/v1/staff/applications/{id}/pickup': {
    200: [[RC, 'pickup needs a matching ID number, the originals checked and the card handed in']],
    401: [matrixNoCredentials],
    403: [matrixCsrf],
    404: [otherCentre],
    409: [
      [DE, 'pickup before the certificate is ready is 409, and the case does not move'],
      [
        DE,
        'pickup is for the reviewer who claimed the case: another reviewer gets 409, a supervisor may step in',
      ],
    ],
    422: [[RC, 'pickup needs a matching ID number, the originals checked and the card handed in']],
  },
  'GET /api/v1/staff/applications/{id}/certificate.pdf': {
    200: [[RC, 'renders the certificate PDF with the serial and an embedded, subset CJK font']],
    401: [matrixNoCredentials],
    404: [otherCentre],
  },
  'GET /api/v1/staff/centres/{centreId}/visit-schedule': {
    200: [
      [
        SV,
        'the schedule: the centre’s own staff read it, another centre’s get 404 like an unknown one',
      ],
    ],
    401: [matrixNoCredentials],
    404: [
      [
        SV,
        'the schedule: the centre’s own staff read it, another centre’s get 404 like an unknown one',
      ],
      matrixStranger,
    ],
  },
  'PUT /api/v1/staff/centres/{centreId}/visit-schedule': {
    200: [
      [
        SV,
        'supervisors set their centre’s schedule, admins any; reviewers get 403; audited for that centre',
      ],
      [SV, 'lowering the capacity keeps the places already booked; raising it opens more'],
    ],
    401: [matrixNoCredentials],
    403: [
      [
        SV,
        'supervisors set their centre’s schedule, admins any; reviewers get 403; audited for that centre',
      ],
      matrixRoles,
      matrixCsrf,
    ],
    404: [
      [
        SV,
        'supervisors set their centre’s schedule, admins any; reviewers get 403; audited for that centre',
      ],
    ],
    422: [[SV, 'a bad schedule is 422 naming each field, and changes nothing']],
  },
  'PUT /api/v1/staff/centres/{centreId}/closed-days/{date}': {
    200: [
      [
        SV,
        'closed days: the centre closes a day and counts its bookings; no slot of it is offered; reopened, it is',
      ],
    ],
    401: [matrixNoCredentials],
    403: [
      [
        SV,
        'closed days: the centre closes a day and counts its bookings; no slot of it is offered; reopened, it is',
      ],
      matrixCsrf,
    ],
    404: [
      [
        SV,
        'closed days: the centre closes a day and counts its bookings; no slot of it is offered; reopened, it is',
      ],
    ],
    422: [[SV, 'a closed day in the past, or a date that is none, is 422 naming the date']],
  },
  'DELETE /api/v1/staff/centres/{centreId}/closed-days/{date}': {
    204: [
      [
        SV,
        'closed days: the centre closes a day and counts its bookings; no slot of it is offered; reopened, it is',
      ],
    ],
    401: [matrixNoCredentials],
    403: [matrixRoles, matrixCsrf],
    404: [
      [
        SV,
        'closed days: the centre closes a day and counts its bookings; no slot of it is offered; reopened, it is',
      ],
    ],
    422: [[SV, 'a closed day in the past, or a date that is none, is 422 naming the date']],
  },
  'GET /api/v1/staff/centres/{centreId}/visits': {
    200: [
      [
        SV,
        'the day’s bookings: in time order, names masked as in the queue, for the centre’s staff only',
      ],
    ],
    401: [matrixNoCredentials],
    404: [
      [
        SV,
        'the day’s bookings: in time order, names masked as in the queue, for the centre’s staff only',
      ],
      matrixStranger,
    ],
    422: [
      [
        SV,
        'the day’s bookings: in time order, names masked as in the queue, for the centre’s staff only',
      ],
    ],
  },
  'POST /api/v1/staff/visits/{visitId}/outcome': {
    200: [
      [
        SV,
        'arrival: recorded from the morning of the day, once; the applicant can then no longer change it',
      ],
      [SV, 'a no-show frees the place, and the applicant books again'],
    ],
    401: [matrixNoCredentials],
    403: [matrixCsrf],
    404: [
      [
        SV,
        'arrival: recorded from the morning of the day, once; the applicant can then no longer change it',
      ],
      matrixStranger,
    ],
    409: [
      [
        SV,
        'arrival: recorded from the morning of the day, once; the applicant can then no longer change it',
      ],
      [SV, 'a no-show frees the place, and the applicant books again'],
    ],
    422: [
      [
        SV,
        'arrival: recorded from the morning of the day, once; the applicant can then no longer change it',
      ],
      matrixSchema,
    ],
  },
  'GET /api/v1/staff/public-holidays': {
    200: [
      [SV, 'public holidays are the administrators’: every centre closes; supervisors get 403'],
    ],
    401: [matrixNoCredentials],
  },
  'PUT /api/v1/staff/public-holidays/{date}': {
    200: [
      [SV, 'public holidays are the administrators’: every centre closes; supervisors get 403'],
    ],
    401: [matrixNoCredentials],
    403: [
      [SV, 'public holidays are the administrators’: every centre closes; supervisors get 403'],
      matrixRoles,
    ],
    422: [
      [SV, 'public holidays are the administrators’: every centre closes; supervisors get 403'],
    ],
  },
  'DELETE /api/v1/staff/public-holidays/{date}': {
    204: [
      [SV, 'public holidays are the administrators’: every centre closes; supervisors get 403'],
    ],
    401: [matrixNoCredentials],
    403: [
      [SV, 'public holidays are the administrators’: every centre closes; supervisors get 403'],
      matrixRoles,
    ],
    422: [
      [SV, 'public holidays are the administrators’: every centre closes; supervisors get 403'],
    ],
  },
  'GET /api/v1/staff/audit': {
    200: [[BO, 'browses the audit trail with filters, newest first, in pages']],
    401: [matrixNoCredentials],
    403: [roles],
    422: [[BO, 'a malformed audit filter is 422 naming the field, not an empty page']],
  },
  'GET /api/v1/staff/audit.csv': {
    200: [[BO, 'exports CSV with the same filters, formula cells neutralised']],
    401: [matrixNoCredentials],
    403: [[BO, 'exports CSV with the same filters, formula cells neutralised']],
  },
  'GET /api/v1/staff/dashboard': {
    200: [
      [BO, 'dashboard: counts by status, oldest waiting, median hours to decision — per centre'],
    ],
    401: [matrixNoCredentials],
  },
  'GET /api/v1/staff/users': {
    200: [[BO, 'supervisors manage their own centre’s staff, but cannot make admins']],
    401: [matrixNoCredentials],
    403: [roles],
  },
  'POST /api/v1/staff/users': {
    201: [[BO, 'supervisors manage their own centre’s staff, but cannot make admins']],
    401: [matrixNoCredentials],
    403: [
      [BO, 'supervisors manage their own centre’s staff, but cannot make admins'],
      roles,
      [
        SU,
        'every change to an account asks again for the actor’s own password; a wrong one changes nothing and is audited',
      ],
    ],
    409: [[BO, 'supervisors manage their own centre’s staff, but cannot make admins']],
    422: [[BO, 'supervisors manage their own centre’s staff, but cannot make admins']],
  },
  'PATCH /api/v1/staff/users/{id}': {
    200: [
      [BO, 'disabling an account ends its sessions and stops sign-in'],
      [AG, 'role changes: a supervisor cannot promote to admin nor touch an admin; an admin can'],
    ],
    401: [matrixNoCredentials],
    403: [
      [AG, 'role changes: a supervisor cannot promote to admin nor touch an admin; an admin can'],
      [
        SU,
        'a supervisor manages reviewers only: not another supervisor, not an admin, nor makes one',
      ],
      [SU, 'five wrong answers end the session, and the sign-in lock cannot stop a step-up'],
    ],
    404: [
      [BO, 'supervisors manage their own centre’s staff, but cannot make admins'],
      [AG, 'role changes: a supervisor cannot promote to admin nor touch an admin; an admin can'],
    ],
    422: [
      [BO, 'a too-short password on PATCH is 422 naming the password; the old one still signs in'],
      [SU, 'a new password is refused when common or holding the username, naming the field'],
    ],
  },
  'POST /api/v1/staff/session/password': {
    204: [
      [
        SU,
        'staff change their own password: the current one first; their other sessions end, this one goes on',
      ],
    ],
    401: [matrixNoCredentials],
    403: [
      [
        SU,
        'staff change their own password: the current one first; their other sessions end, this one goes on',
      ],
    ],
    422: [
      [
        SU,
        'staff change their own password: the current one first; their other sessions end, this one goes on',
      ],
    ],
  },
};
