import type { FastifyInstance, InjectOptions } from 'fastify';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { residentIdCheckDigit } from '@ssc/domain/id-number';
import { demoStaff } from './demo-data.ts';

/** A made-up cardholder of the demo: the ID number is well formed and belongs to nobody known. */
export interface DemoApplicant {
  name: string;
  idNumber: string;
  /** Whether the seed also books the visit, so the counter's day has someone on it. */
  book: boolean;
}

const residentId = (first17: string) => first17 + residentIdCheckDigit(first17);

export const demoApplicants: readonly DemoApplicant[] = [
  { name: '王演示', idNumber: residentId('31010119600101201'), book: false },
  { name: '李示例', idNumber: residentId('31010119581203302'), book: true },
];

export interface DemoApplication {
  reference: string;
  idNumber: string;
  name: string;
  visit: { start: string } | null;
}

/** A scan that passes the service's checks: a card-sized image with something on it. */
async function demoScan(label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="856" height="540">
    <rect width="856" height="540" rx="24" fill="#dde8f3"/>
    <rect x="40" y="40" width="180" height="220" fill="#9fb3c8"/>
    <text x="260" y="120" font-size="44" font-family="sans-serif" fill="#1d2d44">DEMO ${label}</text>
    <text x="260" y="200" font-size="28" font-family="sans-serif" fill="#1d2d44">Not a real document</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A one-page proof, as a PDF the inspection reads. */
async function demoProof(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawRectangle({ x: 56, y: 700, width: 483, height: 60, color: rgb(0.1, 0.3, 0.6) });
  page.drawText('DEMO proof of settlement abroad - not a real document', {
    x: 56,
    y: 640,
    size: 16,
    font,
  });
  return Buffer.from(await pdf.save());
}

function multipart(kind: string, file: { name: string; type: string; data: Buffer }) {
  const boundary = `----ssc-demo-${kind}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: ${file.type}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** One request to the service, which must answer `status`; its JSON answer. */
async function call<T>(app: FastifyInstance, options: InjectOptions, status: number): Promise<T> {
  const res = await app.inject(options);
  if (res.statusCode !== status) {
    throw new Error(
      `demo application: ${options.method} ${options.url} answered ${res.statusCode}, not ${status}: ${res.body}`,
    );
  }
  return (res.body ? res.json() : undefined) as T;
}

/** The demo reviewer of Huangpu, signed in: what a staff request carries. */
async function signInReviewer(app: FastifyInstance) {
  const reviewer = demoStaff.find((s) => s.username === 'reviewer.huangpu')!;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/session',
    payload: { username: reviewer.username, password: reviewer.password },
  });
  if (res.statusCode !== 200) throw new Error(`demo application: staff sign-in ${res.statusCode}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const { csrfToken } = res.json<{ csrfToken: string }>();
  return { cookie, 'x-csrf-token': csrfToken };
}

/**
 * Files one application as the wizard does and has the demo reviewer approve it, through the
 * service's own API (so the answers are encrypted, the scans checked and stored, each step
 * audited as for anyone); optionally books its visit at the first free time.
 */
async function fileAndApprove(
  app: FastifyInstance,
  staff: Record<string, string>,
  applicant: DemoApplicant,
): Promise<DemoApplication> {
  const created = await call<{ id: string; reference: string; accessToken: string }>(
    app,
    { method: 'POST', url: '/api/v1/applications', payload: { filer: { role: 'CARDHOLDER' } } },
    201,
  );
  const own = { authorization: `Bearer ${created.accessToken}` };
  const base = `/api/v1/applications/${created.id}`;
  const patched = await call<{ eligibility: { requiredDocuments: string[] } }>(
    app,
    {
      method: 'PATCH',
      url: base,
      headers: own,
      payload: {
        reason: 'SETTLED_ABROAD',
        cardholder: {
          name: applicant.name,
          idType: 'RESIDENT_ID',
          idNumber: applicant.idNumber,
          cardNumber: `D${applicant.idNumber.slice(-8)}`,
          cardLost: false,
        },
        declarations: { expensesSettled: true, consequencesAcknowledged: true },
        serviceCentre: 'SH-HUANGPU',
      },
    },
    200,
  );
  const documents: string[] = [];
  for (const kind of patched.eligibility.requiredDocuments) {
    const file = kind.endsWith('PROOF')
      ? { name: 'proof.pdf', type: 'application/pdf', data: await demoProof() }
      : { name: 'scan.png', type: 'image/png', data: await demoScan(kind) };
    const form = multipart(kind, file);
    const uploaded = await call<{ id: string }>(
      app,
      {
        method: 'POST',
        url: `${base}/documents`,
        headers: { ...own, ...form.headers },
        payload: form.payload,
      },
      201,
    );
    documents.push(uploaded.id);
  }
  await call(app, { method: 'POST', url: `${base}/submit`, headers: own }, 200);

  const staffBase = `/api/v1/staff/applications/${created.id}`;
  let { version } = await call<{ version: number }>(
    app,
    { method: 'GET', url: staffBase, headers: staff },
    200,
  );
  const decide = async (url: string, payload: Record<string, unknown>) => {
    ({ version } = await call<{ version: number }>(
      app,
      { method: 'POST', url, headers: staff, payload: { ...payload, version } },
      200,
    ));
  };
  for (const document of documents) {
    await decide(`${staffBase}/documents/${document}/review`, { decision: 'ACCEPTED' });
  }
  await decide(`${staffBase}/expenses`, { settled: true });
  await decide(`${staffBase}/approve`, {});

  let visit: DemoApplication['visit'] = null;
  if (applicant.book) {
    const { slots } = await call<{ slots: { start: string }[] }>(
      app,
      { method: 'GET', url: `${base}/visit-slots`, headers: own },
      200,
    );
    if (slots[0]) {
      visit = await call<{ start: string }>(
        app,
        { method: 'PUT', url: `${base}/visit`, headers: own, payload: { start: slots[0].start } },
        201,
      );
    }
  }
  return {
    reference: created.reference,
    idNumber: applicant.idNumber,
    name: applicant.name,
    visit,
  };
}

/**
 * The demo's approved applications (docs/rules.md §5): one waiting for its visit to be booked,
 * one booked at the first free time, so staff see both on their pages. Written only into a
 * database that has no application yet: a second run, or a demo already in use, is left alone.
 */
export async function seedDemoApplications(app: FastifyInstance): Promise<DemoApplication[]> {
  if ((await app.prisma.application.count()) > 0) return [];
  const staff = await signInReviewer(app);
  const filed: DemoApplication[] = [];
  try {
    for (const applicant of demoApplicants) filed.push(await fileAndApprove(app, staff, applicant));
  } finally {
    await app.inject({ method: 'DELETE', url: '/api/v1/staff/session', headers: staff });
  }
  return filed;
}
