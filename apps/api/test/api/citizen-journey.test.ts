import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { createTestApp, multipart, type TestApp } from '../helpers/app.ts';
import { jpeg, pdf, png, residentId, scriptAsJpeg } from '../fixtures/files.ts';

const kinds = await databaseKinds();

const cardholderId = residentId('11010519491231002');

const settledAbroadCase = {
  reason: 'SETTLED_ABROAD',
  cardholder: {
    name: '张三',
    idType: 'RESIDENT_ID',
    idNumber: cardholderId,
    cardNumber: 'A12345678',
    cardLost: false,
  },
  declarations: { expensesSettled: true, consequencesAcknowledged: true },
  serviceCentre: 'SH-HUANGPU',
};

describe.each(kinds)('citizen files, staff approves, citizen tracks (%s)', (kind) => {
  let t: TestApp;
  let id: string;
  let reference: string;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('answers health and publishes the OpenAPI document', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const openapi = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    const doc = openapi.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/api/v1/eligibility',
      '/api/v1/applications',
      '/api/v1/applications/{id}/submit',
      '/api/v1/tracking',
      '/api/v1/certificates/{serial}/verification',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });

  it('creates a draft with a readable reference and a one-time token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.status).toBe('DRAFT');
    expect(body.reference).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(body.accessToken.length).toBeGreaterThanOrEqual(40);
    const cookie = res.cookies.find((c) => c.name.startsWith('ssc_app_'));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    ({ id, reference, accessToken: token } = body);
  });

  it('refuses without a token (401) and with someone else’s token (404)', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}` })).statusCode,
    ).toBe(401);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'CARDHOLDER' } },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: { authorization: `Bearer ${other.json().accessToken}` },
    });
    expect(res.statusCode).toBe(404);
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications/00000000-0000-4000-8000-000000000000',
      headers: auth(),
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe(res.json().detail);
  });

  it('names the bad field in a 422 problem and stores nothing of it', async () => {
    const bad =
      residentId('11010519491231002').slice(0, 17) + (cardholderId.endsWith('0') ? '1' : '0');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
      payload: { cardholder: { name: '张三', idType: 'RESIDENT_ID', idNumber: bad } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: 'cardholder.idNumber', code: 'error.idNumber.checkDigit' }),
    ]);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
    });
    expect(view.json().case.cardholder).toBeUndefined();
  });

  it('saves the answers and lists exactly the documents this case needs', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
      payload: settledAbroadCase,
    });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.case.cardholder.name).toBe('张三');
    expect(view.centre.id).toBe('SH-HUANGPU');
    expect(view.eligibility.eligible).toBe(false);
    expect([...view.eligibility.requiredDocuments].sort()).toEqual(
      [
        'ABROAD_PROOF',
        'CARDHOLDER_ID_BACK',
        'CARDHOLDER_ID_FRONT',
        'CARD_BACK',
        'CARD_FRONT',
      ].sort(),
    );
  });

  it('refuses to submit while documents are missing, with the blockers', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/submit`,
      headers: auth(),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().missingDocuments).toContain('ABROAD_PROOF');
    expect(res.json().blockers.map((b: { code: string }) => b.code)).toContain('DOCUMENTS_MISSING');
  });

  it('judges uploads by content: a script named .jpg is 415, an unknown kind 422', async () => {
    const fake = multipart([
      { name: 'kind', value: 'CARD_FRONT' },
      { name: 'file', filename: 'card.jpg', contentType: 'image/jpeg', data: scriptAsJpeg },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/documents`,
      headers: { ...auth(), ...fake.headers },
      payload: fake.payload,
    });
    expect(res.statusCode).toBe(415);
    const unknownKind = multipart([
      { name: 'kind', value: 'SELFIE' },
      { name: 'file', filename: 'x.png', contentType: 'image/png', data: png },
    ]);
    const res2 = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/documents`,
      headers: { ...auth(), ...unknownKind.headers },
      payload: unknownKind.payload,
    });
    expect(res2.statusCode).toBe(422);
    expect(res2.json().errors[0].path).toBe('kind');
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
    });
    expect(view.json().documents).toHaveLength(0);
  });

  it('accepts the scans, hashes them and removes one on request', async () => {
    const uploads: [string, Buffer, string][] = [
      ['CARDHOLDER_ID_FRONT', jpeg, 'image/jpeg'],
      ['CARDHOLDER_ID_BACK', png, 'image/png'],
      ['CARD_FRONT', jpeg, 'image/jpeg'],
      ['CARD_BACK', jpeg, 'image/jpeg'],
      ['ABROAD_PROOF', pdf, 'application/pdf'],
      ['OTHER_SUPPORTING', png, 'image/png'],
    ];
    const ids: string[] = [];
    for (const [kindName, data, type] of uploads) {
      // The declared type is deliberately wrong: only the content counts.
      const form = multipart([
        { name: 'kind', value: kindName },
        { name: 'file', filename: 'scan.bin', contentType: 'application/octet-stream', data },
      ]);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${id}/documents`,
        headers: { ...auth(), ...form.headers },
        payload: form.payload,
      });
      expect(res.statusCode, kindName).toBe(201);
      expect(res.json()).toMatchObject({ kind: kindName, contentType: type });
      // The hash is the original's; the size is what is kept (images are re-encoded, PDFs kept as sent).
      expect(res.json().sha256).toBe(createHash('sha256').update(data).digest('hex'));
      if (type === 'application/pdf') expect(res.json().size).toBe(data.length);
      else expect(res.json().size).toBeGreaterThan(0);
      ids.push(res.json().id);
    }
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/applications/${id}/documents/${ids.at(-1)}`,
      headers: auth(),
    });
    expect(del.statusCode).toBe(204);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
    });
    expect(view.json().documents).toHaveLength(5);
    expect(view.json().eligibility).toMatchObject({ eligible: true, missingDocuments: [] });
  });

  it('submits, then refuses further edits with 409', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/submit`,
      headers: auth(),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'SUBMITTED', reference });
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
      payload: { reason: 'OTHER' },
    });
    expect(edit.statusCode).toBe(409);
  });

  it('tracks by reference and ID number with no personal data; a wrong pair is 404', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      payload: { reference, idNumber: residentId('11010519800101001') },
    });
    expect(wrong.statusCode).toBe(404);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      payload: {
        reference: reference.toLowerCase().replace(/-/g, ' '),
        idNumber: cardholderId.toLowerCase(),
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reference, status: 'SUBMITTED' });
    expect(res.json().timeline.map((e: { status: string }) => e.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
    ]);
    expect(res.body).not.toContain('张');
    expect(res.body).not.toContain(cardholderId);
  });

  let staffCookie: string;
  let csrf: string;
  it('lets reviewers sign in, and only at their own centre', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { username: 'reviewer.huangpu', password: 'wrong' },
    });
    expect(bad.statusCode).toBe(401);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { username: 'reviewer.pudong', password: 'Demo-Pudong-2026' },
    });
    expect(other.statusCode).toBe(200);
    const otherCookie = other.cookies.find((c) => c.name === 'ssc_staff')!;
    const queueB = await t.app.inject({
      method: 'GET',
      url: '/api/v1/staff/applications',
      cookies: { ssc_staff: otherCookie.value },
    });
    expect(queueB.json().items).toEqual([]);
    const viewB = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staff/applications/${id}`,
      cookies: { ssc_staff: otherCookie.value },
    });
    expect(viewB.statusCode).toBe(404);

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { username: 'reviewer.huangpu', password: 'Demo-Huangpu-2026' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ssc_staff')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    staffCookie = cookie.value;
    csrf = res.json().csrfToken;
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/v1/staff/applications',
      cookies: { ssc_staff: staffCookie },
    });
    expect(queue.json().items).toEqual([
      expect.objectContaining({ id, reference, cardholderName: '张*', status: 'SUBMITTED' }),
    ]);
  });

  it('records every staff view of answers and scans in the audit trail', async () => {
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staff/applications/${id}`,
      cookies: { ssc_staff: staffCookie },
    });
    expect(view.statusCode).toBe(200);
    expect(view.json().case.cardholder.idNumber).toBe(cardholderId);
    const doc = view.json().documents[0];
    const content = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staff/applications/${id}/documents/${doc.id}/content?download=1`,
      cookies: { ssc_staff: staffCookie },
    });
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-disposition']).toMatch(/^attachment;/);
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    // Images are stored re-encoded: same format and dimensions, no metadata, and exactly the size listed.
    expect(content.rawPayload.length).toBe(doc.size);
    const stored = await sharp(content.rawPayload).metadata();
    const original = await sharp(jpeg).metadata();
    expect(stored).toMatchObject({
      format: 'jpeg',
      width: original.width,
      height: original.height,
    });
    expect(stored.exif).toBeUndefined();
    const audit = await t.app.prisma.auditEvent.findMany({
      where: { applicationId: id, actorType: 'STAFF' },
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['STAFF_VIEWED_APPLICATION', 'STAFF_DOWNLOADED_DOCUMENT']),
    );
  });

  let serial: string;
  it('approves only with expenses confirmed, issuing a verifiable certificate', async () => {
    // Every scan is accepted first (the staff back office contract).
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staff/applications/${id}`,
      cookies: { ssc_staff: staffCookie },
    });
    let version: number = view.json().version;
    for (const doc of view.json().documents as { id: string }[]) {
      const reviewed = await t.app.inject({
        method: 'POST',
        url: `/api/v1/staff/applications/${id}/documents/${doc.id}/review`,
        cookies: { ssc_staff: staffCookie },
        headers: { 'x-csrf-token': csrf },
        payload: { decision: 'ACCEPTED', version },
      });
      expect(reviewed.statusCode).toBe(200);
      version = reviewed.json().version;
    }
    const staffPost = (path: string, payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/staff/applications/${id}/${path}`,
        cookies: { ssc_staff: staffCookie },
        headers: { 'x-csrf-token': csrf },
        payload,
      });
    // The row version is part of every approval: it issues the certificate.
    expect((await staffPost('approve', {})).statusCode).toBe(422);
    const unconfirmed = await staffPost('approve', { version });
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json().errors[0].path).toBe('expensesSettledConfirmed');
    const settled = await staffPost('expenses', { settled: true, version });
    expect(settled.statusCode, settled.body).toBe(200);
    const res = await staffPost('approve', { version: settled.json().version });
    expect(res.statusCode, res.body).toBe(200);
    // The answer is the fresh staff view, as after every decision.
    expect(res.json().status).toBe('CERTIFICATE_READY');
    expect(res.json().allowedActions).toEqual(expect.any(Array));
    serial = res.json().certificate.serial;
    const again = await staffPost('approve', { version: res.json().version });
    expect(again.statusCode).toBe(409);

    const verification = await t.app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${serial}/verification`,
    });
    expect(verification.statusCode).toBe(200);
    expect(verification.json()).toMatchObject({
      valid: true,
      status: 'CERTIFICATE_READY',
      holder: '张*',
    });
    const tampered = await t.app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${serial.slice(0, -1)}${serial.endsWith('2') ? '3' : '2'}/verification`,
    });
    expect(tampered.statusCode).toBe(404);
  });

  it('shows "ready for pickup" at the chosen centre when tracking', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tracking',
      payload: { reference, idNumber: cardholderId },
    });
    expect(res.json().status).toBe('CERTIFICATE_READY');
    expect(res.json().timeline.map((e: { status: string }) => e.status)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'UNDER_REVIEW',
      'APPROVED',
      'CERTIFICATE_READY',
    ]);
    expect(res.json().pickup.centre.id).toBe('SH-HUANGPU');
  });
});
