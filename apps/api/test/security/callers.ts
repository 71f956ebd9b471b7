import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { addDays } from '@ssc/domain/visit';
import { multipart } from '../helpers/app.ts';
import { fillPath, type Operation } from '../helpers/openapi.ts';
import { jpeg } from '../fixtures/files.ts';
import {
  DEMO,
  fileApplication,
  freshResidentId,
  prepareForApproval,
  settledAbroadCase,
  signIn,
  type Filed,
  type StaffSession,
  type StaffTestApp,
} from '../staff/support.ts';

/** Who may call the API, from nobody to the administrator (the authorisation matrix's columns). */
export const CALLERS = [
  'anonymous',
  'anotherApplicant',
  'owner',
  'otherCentreReviewer',
  'reviewer',
  'supervisor',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];
export type StaffCaller = Exclude<Caller, 'anonymous' | 'anotherApplicant' | 'owner'>;

export const STAFF_LOGINS: Record<StaffCaller, readonly [string, string]> = {
  otherCentreReviewer: DEMO.pudong,
  reviewer: DEMO.huangpu,
  supervisor: DEMO.supervisor,
  admin: DEMO.admin,
};

/** An application of the reviewer's centre (Huangpu), with what a request about it needs. */
export interface Target {
  id: string;
  reference: string;
  idNumber: string;
  auth: Filed['auth'];
  documentId: string;
  serial: string | undefined;
  /** A free visit slot's start, once certified (docs/rules.md §5.1). */
  freeSlot: string | undefined;
  /** The booked visit, for `booked: true`. */
  visitId: string | undefined;
}

/** A valid request body or query for an operation (so that only the caller decides the answer). */
export interface Valid {
  payload?: InjectOptions['payload'];
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface World {
  t: StaffTestApp;
  staff: Record<StaffCaller, StaffSession>;
  /** A draft of somebody else: its token is the "another applicant" caller's. */
  stranger: Filed;
  /** A Huangpu reviewer account made for the tests, which PATCH /staff/users may change. */
  staffUserId: string;
  /**
   * A submitted application at Huangpu; `certified: true` approves it first (reviewer-claimed),
   * `booked: true` also books its visit, in the first free slot.
   */
  target(options?: { certified?: boolean; booked?: boolean }): Promise<Target>;
  /** The application's current version, as staff see it. */
  version(id: string): Promise<number>;
}

export async function createWorld(t: StaffTestApp): Promise<World> {
  const entries = await Promise.all(
    Object.entries(STAFF_LOGINS).map(
      async ([caller, login]) => [caller, await signIn(t.app, login)] as const,
    ),
  );
  const staff = Object.fromEntries(entries) as Record<StaffCaller, StaffSession>;
  const stranger = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
  const username = `reviewer.matrix.${randomUUID().slice(0, 8)}`;
  const created = await staff.supervisor.post('/api/v1/staff/users', {
    currentPassword: staff.supervisor.password,
    username,
    displayName: 'Matrix Reviewer',
    role: 'REVIEWER',
    password: 'Long-enough-2026',
  });
  if (created.statusCode !== 201) throw new Error(`staff user: ${created.body}`);

  const version = async (id: string) =>
    (await staff.admin.get(`/api/v1/staff/applications/${id}`)).json().version as number;

  return {
    t,
    staff,
    stranger,
    staffUserId: created.json().id,
    version,
    async target({ certified = false, booked = false } = {}) {
      const idNumber = freshResidentId();
      const filed = await fileApplication(t.app, settledAbroadCase(idNumber));
      const view = (await staff.reviewer.get(`/api/v1/staff/applications/${filed.id}`)).json();
      let serial: string | undefined;
      let freeSlot: string | undefined;
      let visitId: string | undefined;
      if (certified || booked) {
        const ready = await prepareForApproval(staff.reviewer, filed.id);
        const approved = await staff.reviewer.post(
          `/api/v1/staff/applications/${filed.id}/approve`,
          {
            version: ready,
          },
        );
        if (approved.statusCode !== 200) throw new Error(`approve: ${approved.body}`);
        serial = approved.json().certificate.serial;
        const slots = await t.app.inject({
          method: 'GET',
          url: `/api/v1/applications/${filed.id}/visit-slots`,
          headers: filed.auth,
        });
        freeSlot = slots.json().slots[0]?.start;
        if (!freeSlot) throw new Error(`no free visit slot: ${slots.body}`);
      }
      if (booked) {
        const res = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/applications/${filed.id}/visit`,
          headers: filed.auth,
          payload: { start: freeSlot },
        });
        if (res.statusCode !== 201) throw new Error(`book: ${res.statusCode} ${res.body}`);
        const visit = await t.app.prisma.visit.findUniqueOrThrow({
          where: { activeApplicationId: filed.id },
        });
        visitId = visit.id;
      }
      return {
        id: filed.id,
        reference: filed.reference,
        idNumber,
        auth: filed.auth,
        documentId: view.documents[0].id,
        serial,
        freeSlot,
        visitId,
      };
    },
  };
}

/** A visit that exists nowhere: what `{visitId}` is for a target without a booking. */
const NO_VISIT = '00000000-0000-4000-8000-000000000000';

/** What fills `{id}`, `{documentId}`, `{serial}` and the visit calendar's ids in a path. */
export function pathValues(operation: Operation, world: World, target: Target) {
  return {
    id: operation.path.startsWith('/api/v1/staff/users/') ? world.staffUserId : target.id,
    documentId: target.documentId,
    serial: target.serial ?? 'SSC-NONE',
    // the target's centre; a day to close well after the 14 days anyone books
    centreId: 'SH-HUANGPU',
    date: addDays(world.t.clock.today(), 90),
    visitId: target.visitId ?? NO_VISIT,
  };
}

/** The same path with every id replaced by one that exists nowhere. */
export const unknownPathValues = () => ({
  id: randomUUID(),
  documentId: randomUUID(),
  serial: `SSC-${randomUUID().slice(0, 8)}`,
  centreId: `SH-NOWHERE-${randomUUID().slice(0, 8)}`,
  date: '2999-12-31',
  visitId: randomUUID(),
});

/** What a caller sends along: an application's token, a staff cookie and its CSRF token. */
export function credentials(
  caller: Caller,
  world: World,
  target: Target,
  sessions: Record<StaffCaller, StaffSession> = world.staff,
): Pick<InjectOptions, 'headers' | 'cookies'> {
  switch (caller) {
    case 'anonymous':
      return {};
    case 'anotherApplicant':
      return { headers: world.stranger.auth };
    case 'owner':
      return { headers: target.auth };
    default: {
      const session = sessions[caller];
      return { headers: { 'x-csrf-token': session.csrf }, cookies: { ssc_staff: session.cookie } };
    }
  }
}

export async function send(
  world: World,
  operation: Operation,
  values: Record<string, string>,
  access: Pick<InjectOptions, 'headers' | 'cookies'>,
  valid: Valid,
) {
  const url = fillPath(operation.path, values);
  const query = valid.query ? `?${new URLSearchParams(valid.query).toString()}` : '';
  return world.t.app.inject({
    method: operation.method,
    url: `${url}${query}`,
    headers: { ...access.headers, ...valid.headers },
    ...(access.cookies ? { cookies: access.cookies } : {}),
    ...(valid.payload !== undefined ? { payload: valid.payload } : {}),
  });
}

/** A scan upload, as the wizard sends it. */
export function scanUpload(): Valid {
  const form = multipart([
    { name: 'kind', value: 'ID_FRONT' },
    { name: 'file', filename: 'front.jpg', contentType: 'image/jpeg', data: jpeg },
  ]);
  return { payload: form.payload, headers: form.headers };
}
