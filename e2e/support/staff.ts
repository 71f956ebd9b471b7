// Helpers for the staff back-office journeys: seed applications through the public API (as the
// citizen-journey API test does) and sign staff in, so each test starts where its point begins.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import { uniqueResidentId, type Language } from './fixtures.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const image = readFileSync(`${fixtures}id-card.png`);
const proof = readFileSync(`${fixtures}proof.pdf`);

/** Demo accounts from apps/api/src/db/demo-data.ts (DEMO ONLY credentials). */
export const STAFF = {
  huangpu: ['reviewer.huangpu', 'Demo-Huangpu-2026'],
  pudong: ['reviewer.pudong', 'Demo-Pudong-2026'],
  supervisor: ['supervisor.shanghai', 'Demo-Supervisor-2026'],
} as const;

/**
 * A cardholder ID no other test on this server uses (one open application per card, RULES §3.6):
 * a random adult birth date as well as a random sequence, so collisions are negligible.
 */
export function freshCardholderId(): string {
  const random = (from: number, count: number) => from + Math.floor(Math.random() * count);
  const pad = (value: number) => String(value).padStart(2, '0');
  return uniqueResidentId(`${random(1950, 40)}${pad(random(1, 12))}${pad(random(1, 28))}`);
}

export type Credentials = readonly [string, string];

export interface Filed {
  id: string;
  reference: string;
  idNumber: string;
  name: string;
}

export async function uploadScan(
  request: APIRequestContext,
  applicationId: string,
  kind: string,
): Promise<{ id: string }> {
  const isProof = kind.endsWith('PROOF');
  const res = await request.post(`/api/v1/applications/${applicationId}/documents`, {
    multipart: {
      kind,
      file: isProof
        ? { name: 'proof.pdf', mimeType: 'application/pdf', buffer: proof }
        : { name: 'scan.png', mimeType: 'image/png', buffer: image },
    },
  });
  expect(res.status(), `upload ${kind}: ${await res.text()}`).toBe(201);
  return (await res.json()) as { id: string };
}

/**
 * A cardholder settling abroad files a complete application. Uses `page.request`, so the
 * application's HttpOnly cookie lands in this browser context like after the real wizard,
 * and remembers the id the way the wizard does.
 */
export async function fileApplication(
  page: Page,
  {
    idNumber,
    language,
    name = '张三丰',
    centre = 'SH-HUANGPU',
  }: { idNumber: string; language: Language; name?: string; centre?: string },
): Promise<Filed> {
  const request = page.request;
  const created = await request.post('/api/v1/applications', {
    data: { filer: { role: 'CARDHOLDER' } },
  });
  expect(created.status()).toBe(201);
  const { id, reference } = (await created.json()) as { id: string; reference: string };
  const patched = await request.patch(`/api/v1/applications/${id}`, {
    data: {
      reason: 'SETTLED_ABROAD',
      cardholder: {
        name,
        idType: 'RESIDENT_ID',
        idNumber,
        cardNumber: `A${idNumber.slice(-8)}`,
        cardLost: false,
      },
      declarations: { expensesSettled: true, consequencesAcknowledged: true },
      serviceCentre: centre,
    },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const { eligibility } = (await patched.json()) as {
    eligibility: { requiredDocuments: string[] };
  };
  for (const kind of eligibility.requiredDocuments) await uploadScan(request, id, kind);
  const submitted = await request.post(`/api/v1/applications/${id}/submit`);
  expect(submitted.status(), await submitted.text()).toBe(200);
  await page.goto('/');
  // As after the real wizard: the browser remembers the application and the chosen language.
  await page.evaluate(
    ([value, locale]) => {
      window.localStorage.setItem('ssc.applicationId', value);
      window.localStorage.setItem('ssc.locale', locale);
    },
    [id, language] as const,
  );
  return { id, reference, idNumber, name };
}

/** Signs in through the sign-in page, in the project's language. */
export async function signInAsStaff(
  page: Page,
  language: Language,
  [username, password]: Credentials,
  m: (key: string) => string,
) {
  await page.goto('/staff/sign-in');
  // The page sets <html lang> once rendered; read it only then.
  await expect(page.locator('input[type="password"]')).toBeVisible();
  if (language === 'en' && (await page.locator('html').getAttribute('lang')) !== 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  await expect(
    page.getByRole('heading', { level: 1, name: m('staff.signIn.title') }),
  ).toBeVisible();
  await page.getByLabel(m('staff.signIn.username')).fill(username);
  await page.getByLabel(m('staff.signIn.password')).fill(password);
  await page.getByRole('button', { name: m('staff.signIn.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: m('staff.queue.title') })).toBeVisible();
}

/** A staff API session outside the browser, for setting up accounts (sends the CSRF token). */
export async function staffApi(baseURL: string, [username, password]: Credentials) {
  const context = await playwrightRequest.newContext({ baseURL });
  const res = await context.post('/api/v1/staff/session', { data: { username, password } });
  expect(res.status(), await res.text()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    post: (url: string, data: unknown) =>
      context.post(url, { data, headers: { 'x-csrf-token': csrfToken } }),
    dispose: () => context.dispose(),
  };
}
