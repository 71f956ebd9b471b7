import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildCheckedApp } from '../helpers/answer-check.ts';
import { seedDemoData } from '../../src/db/demo-data.ts';
import type { Clock } from '../../src/plugins/app/clock.ts';
import type { RateLimits } from '../../src/routes/rate-limits.ts';
import { createTestDatabase, type DatabaseKind } from '../helpers/database.ts';
import { multipart } from '../helpers/app.ts';
import { randomResidentId } from '@ssc/domain/random-resident-id';
import { jpeg, pdf, png } from '../fixtures/files.ts';

/**
 * Real time plus whatever the test skipped ahead: session expiry, locks, ages and the 30-day
 * median. It keeps flowing, so events written by the database's own clock still sort in order.
 */
export class TestClock implements Clock {
  private offset = 0;
  now() {
    return new Date(Date.now() + this.offset);
  }
  today() {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(this.now());
  }
  advance(ms: number) {
    this.offset += ms;
  }
  /** Jumps to an instant (a visit's week, say), and flows on from there. */
  set(iso: string) {
    this.offset = Date.parse(iso) - Date.now();
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Staff sign-in allows 10 a minute per address (routes/rate-limits.ts). A file that signs the
 * demo accounts in again and again within its minute, all from 127.0.0.1, asks for this; the
 * limit itself is tested in staff/staff-auth.test.ts.
 */
export const MANY_SIGN_INS: Partial<RateLimits> = {
  staffSignIn: { max: 1_000, timeWindow: '1 minute' },
};

export interface StaffTestApp {
  app: FastifyInstance;
  clock: TestClock;
  close(): Promise<void>;
}

/**
 * Like createTestApp, with a clock of the test's own: production's app (buildApp's defaults,
 * its limits included) on a database, a data folder and a clock of the test's own.
 */
export async function createStaffTestApp(
  kind: DatabaseKind,
  options: { rateLimits?: Partial<RateLimits>; publicUrl?: string } = {},
): Promise<StaffTestApp> {
  const database = await createTestDatabase(kind);
  await seedDemoData(database.prisma);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-staff-test-'));
  const clock = new TestClock();
  const app = await buildCheckedApp({
    dataDir,
    database,
    clock,
    publicUrl: options.publicUrl,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  return {
    app,
    clock,
    async close() {
      await app.close();
      await database.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const DEMO = {
  huangpu: ['reviewer.huangpu', 'Demo-Huangpu-2026'],
  pudong: ['reviewer.pudong', 'Demo-Pudong-2026'],
  supervisor: ['supervisor.shanghai', 'Demo-Supervisor-2026'],
  admin: ['admin.shanghai', 'Demo-Admin-2026'],
} as const;

type Reply = Awaited<ReturnType<FastifyInstance['inject']>>;

export interface StaffSession {
  id: string;
  /** the password it signed in with: what a privileged change asks again (step-up) */
  password: string;
  cookie: string;
  csrf: string;
  get(url: string, headers?: Record<string, string>): Promise<Reply>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<Reply>;
  patch(url: string, payload?: unknown): Promise<Reply>;
  put(url: string, payload?: unknown): Promise<Reply>;
  delete(url: string): Promise<Reply>;
}

export async function signIn(
  app: FastifyInstance,
  [username, password]: readonly [string, string],
): Promise<StaffSession> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/session',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ssc_staff')!.value;
  const { csrfToken, id } = res.json();
  const send = (options: InjectOptions) =>
    app.inject({ ...options, cookies: { ssc_staff: cookie } });
  return {
    id,
    password,
    cookie,
    csrf: csrfToken,
    get: (url, headers = {}) => send({ method: 'GET', url, headers }),
    post: (url, payload = {}, headers = {}) =>
      send({
        method: 'POST',
        url,
        payload: payload as InjectOptions['payload'],
        headers: { 'x-csrf-token': csrfToken, ...headers },
      }),
    patch: (url, payload = {}) =>
      send({
        method: 'PATCH',
        url,
        payload: payload as InjectOptions['payload'],
        headers: { 'x-csrf-token': csrfToken },
      }),
    put: (url, payload = {}) =>
      send({
        method: 'PUT',
        url,
        payload: payload as InjectOptions['payload'],
        headers: { 'x-csrf-token': csrfToken },
      }),
    delete: (url) => send({ method: 'DELETE', url, headers: { 'x-csrf-token': csrfToken } }),
  };
}

/**
 * A random valid resident ID per call, born between 1940 and 2000 unless asked otherwise (one
 * open application per card: docs/rules.md §3.6). The same generator as the browser journeys use.
 */
export function freshResidentId(born?: { bornFrom?: string; bornTo?: string }): string {
  return randomResidentId(born);
}

export function settledAbroadCase(idNumber: string, centre = 'SH-HUANGPU') {
  return {
    reason: 'SETTLED_ABROAD',
    cardholder: {
      name: '张三',
      idType: 'RESIDENT_ID',
      idNumber,
      cardNumber: `A${idNumber.slice(-8)}`,
      cardLost: false,
    },
    declarations: { expensesSettled: true, consequencesAcknowledged: true },
    serviceCentre: centre,
  };
}

/** Art. 26: a relative files after the cardholder's death; the case waits for the HRSS closure. */
export function deathCase(cardholderId: string, agentId: string) {
  return {
    reason: 'DEATH',
    cardholder: {
      name: '李四',
      idType: 'RESIDENT_ID',
      idNumber: cardholderId,
      cardLost: true,
      lossReportReference: 'GS-2026-0042',
    },
    agent: {
      name: '李小四',
      idType: 'RESIDENT_ID',
      idNumber: agentId,
      phone: '13812345678',
      relationship: 'CHILD',
    },
    declarations: { expensesSettled: true, consequencesAcknowledged: true },
    serviceCentre: 'SH-HUANGPU',
  };
}

export interface Filed {
  id: string;
  reference: string;
  token: string;
  auth: { authorization: string };
}

export async function uploadDocument(
  app: FastifyInstance,
  filed: Pick<Filed, 'id' | 'auth'>,
  kind: string,
  data: Buffer = kind.endsWith('PROOF') ? pdf : kind.includes('BACK') ? png : jpeg,
) {
  const form = multipart([
    { name: 'kind', value: kind },
    { name: 'file', filename: 'scan.bin', contentType: 'application/octet-stream', data },
  ]);
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/applications/${filed.id}/documents`,
    headers: { ...filed.auth, ...form.headers },
    payload: form.payload,
  });
  if (res.statusCode !== 201) throw new Error(`upload ${kind}: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; kind: string };
}

/** An applicant files a complete case: answers, every required scan, submit. */
export async function fileApplication(
  app: FastifyInstance,
  answers: Record<string, unknown>,
  filerRole: 'CARDHOLDER' | 'AGENT' | 'GUARDIAN' = 'CARDHOLDER',
): Promise<Filed> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    payload: { filer: { role: filerRole } },
  });
  const { id, reference, accessToken: token } = created.json();
  const auth = { authorization: `Bearer ${token}` };
  const patched = await app.inject({
    method: 'PATCH',
    url: `/api/v1/applications/${id}`,
    headers: auth,
    payload: answers,
  });
  if (patched.statusCode !== 200) throw new Error(`patch: ${patched.statusCode} ${patched.body}`);
  for (const kind of patched.json().eligibility.requiredDocuments as string[]) {
    await uploadDocument(app, { id, auth }, kind);
  }
  const submitted = await app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/submit`,
    headers: auth,
  });
  if (submitted.statusCode !== 200)
    throw new Error(`submit: ${submitted.statusCode} ${submitted.body}`);
  return { id, reference, token, auth };
}

/** Claim, accept every scan and confirm expenses: what a reviewer does before approving. */
export async function prepareForApproval(staff: StaffSession, id: string): Promise<number> {
  const view = await staff.get(`/api/v1/staff/applications/${id}`);
  let version: number = view.json().version;
  for (const doc of view.json().documents as { id: string }[]) {
    const res = await staff.post(`/api/v1/staff/applications/${id}/documents/${doc.id}/review`, {
      decision: 'ACCEPTED',
      version,
    });
    if (res.statusCode !== 200) throw new Error(`review: ${res.statusCode} ${res.body}`);
    version = res.json().version;
  }
  const res = await staff.post(`/api/v1/staff/applications/${id}/expenses`, {
    settled: true,
    version,
  });
  if (res.statusCode !== 200) throw new Error(`expenses: ${res.statusCode} ${res.body}`);
  return res.json().version;
}
