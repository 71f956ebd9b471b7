import type { Client } from 'pg';
import { STAFF_WORK_STATUSES } from '@ssc/domain/status';

/**
 * "realistic": most applications finished years ago (collected, refused, withdrawn), a few
 * percent open, as a long-running service accumulates. "open": every application still waits
 * on staff, the worst case for the queue.
 */
export type SeedMix = 'realistic' | 'open';

const OPEN = STAFF_WORK_STATUSES;
const FINISHED = ['COLLECTED', 'COLLECTED', 'COLLECTED', 'COLLECTED', 'REJECTED', 'WITHDRAWN'];

const sqlList = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * Fills the Application, StatusEvent and AuditEvent tables with `count` applications in one
 * set-based statement each (generate_series), spread over the given centres and the three
 * years before `now`. Names in the case are placeholders; digests are random, so no row is
 * trackable unless the caller sets one.
 */
export async function seedApplications(
  client: Client,
  input: { count: number; mix: SeedMix; centreIds: readonly string[]; now: Date },
): Promise<void> {
  const { count, mix, centreIds, now } = input;
  const openShare = mix === 'open' ? 1 : 0.04;
  const centres = sqlList(centreIds);
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO "Application" (id, reference, "accessTokenHash", status, "filerRole", reason, "case",
       "cardholderIdDigest", "centreId", version, "createdAt", "updatedAt", "submittedAt")
     SELECT gen_random_uuid(),
            -- XXXX-XXXX-XXXX in the readable alphabet (no 0 or 1), all starting BN
            substr(r, 1, 4) || '-' || substr(r, 5, 4) || '-' || substr(r, 9, 4),
            md5(random()::text),
            (CASE WHEN random() < $2
                  THEN (${sqlList(OPEN)})[1 + floor(random() * ${OPEN.length})::int]
                  ELSE (${sqlList(FINISHED)})[1 + floor(random() * ${FINISHED.length})::int]
             END)::"ApplicationStatus",
            'CARDHOLDER',
            -- an element of a text array is text: cast to the enum, as for the status
            ((ARRAY['DEATH','SETTLED_ABROAD','RELOCATION','OTHER'])[1 + floor(random() * 4)::int])::"Reason",
            jsonb_build_object('cardholder', jsonb_build_object('name', '测试' || g)),
            md5(random()::text) || md5(random()::text),
            (${centres})[1 + (g % ${centreIds.length})],
            1,
            t, t, t
     FROM generate_series(1, $1::int) AS g,
          LATERAL (SELECT $3::timestamp - (random() * interval '1095 days') AS t) AS at,
          LATERAL (SELECT 'BN' || translate(lpad(g::text, 10, '0'), '01', 'ZY') AS r) AS code`,
    [count, openShare, now.toISOString()],
  );
  await client.query(
    `INSERT INTO "StatusEvent" ("applicationId", status, at, "actorType")
     SELECT id, status, "submittedAt" + interval '2 days', 'STAFF' FROM "Application"
     WHERE reference LIKE 'BN%'`,
  );
  await client.query(
    `INSERT INTO "AuditEvent" (at, "actorType", action, "applicationId")
     SELECT "submittedAt", 'APPLICANT', 'APPLICATION_SUBMITTED', id FROM "Application"
     WHERE reference LIKE 'BN%'`,
  );
  await client.query('COMMIT');
  await client.query('ANALYZE "Application"; ANALYZE "StatusEvent"; ANALYZE "AuditEvent"');
}
