import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  fileApplication,
  freshResidentId,
  prepareForApproval,
  settledAbroadCase,
  type Filed,
  type StaffSession,
} from '../staff/support.ts';

/**
 * Monday 1 March 2027, 07:59 in China: a plain fortnight (no public holiday in the 14 days
 * from it), so the demo schedule's slots are known: Mon–Fri 09:00–12:00 and 13:30–17:00. A
 * minute before 08:00, because the test clock flows on: 10:00 stays 2 hours away for a while.
 */
export const MONDAY_MORNING = '2027-02-28T23:59:00.000Z';

/** An instant given as China wall-clock time: `china('2027-03-02 09:00')`. */
export const china = (local: string) =>
  new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

export interface Approved extends Filed {
  idNumber: string;
}

/** Filed, examined and approved through the API, as a reviewer does: CERTIFICATE_READY. */
export async function approvedApplication(
  app: FastifyInstance,
  reviewer: StaffSession,
  centre = 'SH-HUANGPU',
): Promise<Approved> {
  const idNumber = freshResidentId();
  const filed = await fileApplication(app, settledAbroadCase(idNumber, centre));
  const version = await prepareForApproval(reviewer, filed.id);
  const approved = await reviewer.post(`/api/v1/staff/applications/${filed.id}/approve`, {
    version,
  });
  if (approved.statusCode !== 200)
    throw new Error(`approve: ${approved.statusCode} ${approved.body}`);
  return { ...filed, idNumber };
}

/**
 * Approved applications written straight to the database, for the tests that need hundreds:
 * booking reads only an application's status, centre and token, and filing each one through
 * the wizard and the review would take minutes without testing anything more.
 */
export async function insertApprovedApplications(
  app: FastifyInstance,
  count: number,
  centreId = 'SH-HUANGPU',
): Promise<Pick<Filed, 'id' | 'auth'>[]> {
  const rows = Array.from({ length: count }, () => {
    const token = randomBytes(32).toString('base64url');
    return {
      id: randomUUID(),
      token,
      reference: `R${randomBytes(8).toString('hex').toUpperCase()}`,
      accessTokenHash: createHash('sha256').update(token).digest('hex'),
    };
  });
  await app.prisma.application.createMany({
    data: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      accessTokenHash: row.accessTokenHash,
      status: 'CERTIFICATE_READY' as const,
      filerRole: 'CARDHOLDER' as const,
      reason: 'SETTLED_ABROAD' as const,
      centreId,
      submittedAt: new Date(),
    })),
  });
  return rows.map((row) => ({ id: row.id, auth: { authorization: `Bearer ${row.token}` } }));
}

/** The applicant's visit requests, with the application's token. */
export const visitOf = (app: FastifyInstance, filed: Pick<Filed, 'id' | 'auth'>) => ({
  slots: () =>
    app.inject({
      method: 'GET',
      url: `/api/v1/applications/${filed.id}/visit-slots`,
      headers: filed.auth,
    }),
  book: (start: string) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${filed.id}/visit`,
      headers: filed.auth,
      payload: { start },
    }),
  cancel: () =>
    app.inject({
      method: 'DELETE',
      url: `/api/v1/applications/${filed.id}/visit`,
      headers: filed.auth,
    }),
  view: () =>
    app.inject({ method: 'GET', url: `/api/v1/applications/${filed.id}`, headers: filed.auth }),
});

/** Places booked in a centre's slot, as the database counts them (null: no row yet). */
export async function bookedAt(app: FastifyInstance, start: string, centreId = 'SH-HUANGPU') {
  const slot = await app.prisma.visitSlot.findUnique({
    where: { centreId_startsAt: { centreId, startsAt: new Date(start) } },
  });
  return slot ? { booked: slot.booked, capacity: slot.capacity } : null;
}
