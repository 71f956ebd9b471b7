import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { databaseKinds } from '../helpers/database.ts';
import { jpeg } from '../fixtures/files.ts';
import { createDraft, storedFiles } from './helpers.ts';

const kinds = await databaseKinds();
const B = 'ssc-broken-boundary';
const kindPart = `--${B}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nCARDHOLDER_ID_FRONT\r\n`;
const fileHead = (type = 'image/jpeg') =>
  `--${B}\r\nContent-Disposition: form-data; name="file"; filename="scan.jpg"\r\nContent-Type: ${type}\r\n\r\n`;
const form = `multipart/form-data; boundary=${B}`;

/**
 * Every way a multipart upload can be broken is a 4xx problem, and leaves no row and no file
 * (stored or temporary) behind; the same draft then takes a good upload.
 */
const BROKEN: { label: string; contentType: string; body: Buffer }[] = [
  { label: 'no boundary', contentType: 'multipart/form-data', body: Buffer.from(kindPart) },
  { label: 'an empty body', contentType: form, body: Buffer.alloc(0) },
  {
    label: 'a body that stops before the first part ends',
    contentType: form,
    body: Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nCARDHOL`),
  },
  {
    label: 'a file cut off half-way, with no closing boundary',
    contentType: form,
    body: Buffer.concat([Buffer.from(kindPart + fileHead()), jpeg.subarray(0, jpeg.length >> 1)]),
  },
  {
    label: 'a part without Content-Disposition',
    contentType: form,
    body: Buffer.concat([
      Buffer.from(`${kindPart}--${B}\r\nContent-Type: image/jpeg\r\n\r\n`),
      jpeg,
      Buffer.from(`\r\n--${B}--\r\n`),
    ]),
  },
  {
    label: 'part headers that are not headers',
    contentType: form,
    body: Buffer.concat([
      Buffer.from(`${kindPart}--${B}\r\n\u0000\u0001 not a header line\r\n\r\n`),
      jpeg,
      Buffer.from(`\r\n--${B}--\r\n`),
    ]),
  },

  {
    label: 'two files in one request',
    contentType: form,
    body: Buffer.concat([
      Buffer.from(kindPart + fileHead()),
      jpeg,
      Buffer.from(`\r\n${fileHead()}`),
      jpeg,
      Buffer.from(`\r\n--${B}--\r\n`),
    ]),
  },
  {
    label: 'a kind but no file',
    contentType: form,
    body: Buffer.from(`${kindPart}--${B}--\r\n`),
  },
];

describe.each(kinds)('broken multipart (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  it.each(BROKEN)('$label: a 4xx problem, no row, no file', async ({ contentType, body }) => {
    const draft = await createDraft(t.app);
    const before = await storedFiles(t.dataDir);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/documents`,
      headers: { ...draft.auth, 'content-type': contentType },
      payload: body,
    });
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(0);
    expect(await storedFiles(t.dataDir)).toEqual(before);
  });

  it('a draft refused a broken upload takes the same file whole', async () => {
    const draft = await createDraft(t.app);
    const cut = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/documents`,
      headers: { ...draft.auth, 'content-type': form },
      payload: Buffer.concat([Buffer.from(kindPart + fileHead()), jpeg.subarray(0, 300)]),
    });
    expect(cut.statusCode).toBe(422);
    expect(cut.json().errors).toEqual([
      expect.objectContaining({ path: 'file', code: 'error.file.malformed' }),
    ]);
    const whole = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/documents`,
      headers: { ...draft.auth, 'content-type': form },
      payload: Buffer.concat([
        Buffer.from(kindPart + fileHead()),
        jpeg,
        Buffer.from(`\r\n--${B}--\r\n`),
      ]),
    });
    expect(whole.statusCode, whole.body).toBe(201);
  });
});
