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
import { fromOurPage } from './our-page.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const image = readFileSync(`${fixtures}id-card.png`);
const proof = readFileSync(`${fixtures}proof.pdf`);

/** Demo accounts from apps/api/src/db/demo-data.ts (DEMO ONLY credentials). */
export const STAFF = {
  huangpu: ['reviewer.huangpu', 'Demo-Huangpu-2026'],
  pudong: ['reviewer.pudong', 'Demo-Pudong-2026'],
  supervisor: ['supervisor.shanghai', 'Demo-Supervisor-2026'],
  admin: ['admin.shanghai', 'Demo-Admin-2026'],
  /** The e2e server's own (e2e/support/server.ts), at SH-JINGAN. */
  jinganSupervisor: ['supervisor.jingan', 'Test-Jingan-Supervisor'],
} as const;

/** A cardholder ID no other test on this server uses (one open application per card, docs/rules.md §3.6). */
export function freshCardholderId(): string {
  return uniqueResidentId();
}

export type Credentials = readonly [string, string];

export interface Filed {
  id: string;
  reference: string;
  idNumber: string;
  name: string;
  /** What was uploaded, in order: the proofs are PDFs, every other scan a PNG. */
  documents: { id: string; kind: string }[];
}

/**
 * A two-page A4 proof with something to see on each page, written by hand so the test needs
 * no PDF library: page 1 a black bar and English text in a standard font; page 2 a blue bar
 * and Chinese text ("定居国外") in a font the PDF does not embed, which pdf.js can only draw
 * with Adobe's GB1 CMap (UniGB-UCS2-H), as in many PDFs issued by Chinese offices.
 */
export function makeProofPdf(): Buffer {
  const streams = [
    '0 0 0 rg 56 700 483 60 re f BT /F1 28 Tf 56 640 Td (Proof of settlement abroad) Tj ET',
    '0.1 0.3 0.6 rg 56 700 483 60 re f BT /F2 28 Tf 56 640 Td <5B9A5C4556FD5916> Tj ET',
  ];
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${streams[0]!.length} >>\nstream\n${streams[0]}\nendstream`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F2 8 0 R >> >> /Contents 6 0 R >>',
    `<< /Length ${streams[1]!.length} >>\nstream\n${streams[1]}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [9 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 10 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export async function uploadScan(
  request: APIRequestContext,
  applicationId: string,
  kind: string,
  pdf: Buffer = proof,
): Promise<{ id: string }> {
  const isProof = kind.endsWith('PROOF');
  const res = await request.post(`/api/v1/applications/${applicationId}/documents`, {
    headers: fromOurPage(),
    multipart: {
      kind,
      file: isProof
        ? { name: 'proof.pdf', mimeType: 'application/pdf', buffer: pdf }
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
    proofPdf = proof,
  }: {
    idNumber: string;
    language: Language;
    name?: string;
    centre?: string;
    /** The PDF uploaded for every proof (default: the one-page fixture). */
    proofPdf?: Buffer;
  },
): Promise<Filed> {
  const request = page.request;
  const created = await request.post('/api/v1/applications', {
    headers: fromOurPage(),
    data: { filer: { role: 'CARDHOLDER' } },
  });
  expect(created.status()).toBe(201);
  const { id, reference } = (await created.json()) as { id: string; reference: string };
  const patched = await request.patch(`/api/v1/applications/${id}`, {
    headers: fromOurPage(),
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
  const documents: Filed['documents'] = [];
  for (const kind of eligibility.requiredDocuments) {
    const uploaded = await uploadScan(request, id, kind, proofPdf);
    documents.push({ id: uploaded.id, kind });
  }
  const submitted = await request.post(`/api/v1/applications/${id}/submit`, {
    headers: fromOurPage(),
  });
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
  return { id, reference, idNumber, name, documents };
}

/**
 * Signs in through the sign-in page, in the project's language. With `from`, opens that staff
 * address first, signed out, and signs in on the page it redirects to.
 */
export async function signInAsStaff(
  page: Page,
  language: Language,
  [username, password]: Credentials,
  m: (key: string) => string,
  from = '/staff/sign-in',
) {
  await page.goto(from);
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
    get: (url: string) => context.get(url),
    post: (url: string, data: unknown) =>
      context.post(url, { data, headers: { 'x-csrf-token': csrfToken } }),
    put: (url: string, data: unknown) =>
      context.put(url, { data, headers: { 'x-csrf-token': csrfToken } }),
    delete: (url: string) => context.delete(url, { headers: { 'x-csrf-token': csrfToken } }),
    dispose: () => context.dispose(),
  };
}

/**
 * A reviewer at the application's centre (default Huangpu) accepts every scan, confirms the expenses and approves,
 * through the API: the application is then CERTIFICATE_READY and its visit can be booked.
 */
export async function approveFiled(
  baseURL: string,
  filed: Filed,
  reviewer: Credentials = STAFF.huangpu,
): Promise<void> {
  const staff = await staffApi(baseURL, reviewer);
  try {
    const base = `/api/v1/staff/applications/${filed.id}`;
    let version = ((await (await staff.get(base)).json()) as { version: number }).version;
    const step = async (url: string, data: Record<string, unknown>) => {
      const res = await staff.post(url, { ...data, version });
      expect(res.status(), await res.text()).toBe(200);
      version = ((await res.json()) as { version: number }).version;
    };
    for (const document of filed.documents) {
      await step(`${base}/documents/${document.id}/review`, { decision: 'ACCEPTED' });
    }
    await step(`${base}/expenses`, { settled: true });
    await step(`${base}/approve`, {});
  } finally {
    await staff.dispose();
  }
}
