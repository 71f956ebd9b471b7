import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { multipart } from '../helpers/app.ts';
import { jpeg } from '../fixtures/files.ts';
import {
  createStaffTestApp,
  DEMO,
  fileApplication,
  freshResidentId,
  settledAbroadCase,
  signIn,
  uploadDocument,
  type Filed,
  type StaffTestApp,
} from '../staff/support.ts';

const kinds = await databaseKinds();

describe.each(kinds)('scans once submitted (%s)', (kind) => {
  let t: StaffTestApp;
  beforeAll(async () => {
    t = await createStaffTestApp(kind);
  });
  afterAll(async () => t?.close());

  const upload = (filed: Pick<Filed, 'id' | 'auth'>) => {
    const form = multipart([
      { name: 'kind', value: 'CARD_FRONT' },
      { name: 'file', filename: 'extra.jpg', contentType: 'image/jpeg', data: jpeg },
    ]);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${filed.id}/documents`,
      headers: { ...filed.auth, ...form.headers },
      payload: form.payload,
    });
  };
  const remove = (filed: Pick<Filed, 'id' | 'auth'>, documentId: string) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/v1/applications/${filed.id}/documents/${documentId}`,
      headers: filed.auth,
    });
  const documentsOf = async (filed: Filed) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${filed.id}`,
        headers: filed.auth,
      })
    ).json().documents as { id: string; kind: string }[];

  it('uploading or deleting a scan after submission is 409, under review too; evidence unchanged', async () => {
    const filed = await fileApplication(t.app, settledAbroadCase(freshResidentId()));
    const stored = await documentsOf(filed);
    expect(stored.length).toBeGreaterThan(0);
    const check = async () => {
      const added = await upload(filed);
      expect(added.statusCode, added.body).toBe(409);
      expect(added.headers['content-type']).toContain('application/problem+json');
      const removed = await remove(filed, stored[0]!.id);
      expect(removed.statusCode, removed.body).toBe(409);
      expect(await documentsOf(filed)).toEqual(stored);
      expect(await t.app.prisma.document.count({ where: { applicationId: filed.id } })).toBe(
        stored.length,
      );
    };
    await check();
    const reviewer = await signIn(t.app, DEMO.huangpu);
    const view = (await reviewer.get(`/api/v1/staff/applications/${filed.id}`)).json();
    const claimed = await reviewer.post(`/api/v1/staff/applications/${filed.id}/claim`, {
      version: view.version,
    });
    expect(claimed.json().status).toBe('UNDER_REVIEW');
    await check();
    const audit = await t.app.prisma.auditEvent.count({
      where: { applicationId: filed.id, action: 'DOCUMENT_REMOVED' },
    });
    expect(audit).toBe(0);
  });

  it('deleting an unknown scan, or another applicant’s, is 404 and deletes nothing', async () => {
    const created = async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: { filer: { role: 'CARDHOLDER' } },
      });
      const { id, accessToken } = res.json();
      return { id, auth: { authorization: `Bearer ${accessToken}` } };
    };
    const mine = await created();
    const theirs = await created();
    const theirScan = await uploadDocument(t.app, theirs, 'CARD_FRONT');
    const myScan = await uploadDocument(t.app, mine, 'CARD_FRONT');

    const unknown = await remove(mine, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    // Their scan named under my application (with my token): not found, not deleted.
    const crossed = await remove(mine, theirScan.id);
    expect(crossed.statusCode).toBe(404);
    // My token on their application: the application itself is not found.
    const foreign = await remove({ id: theirs.id, auth: mine.auth }, theirScan.id);
    expect(foreign.statusCode).toBe(404);
    expect(await t.app.prisma.document.count({ where: { id: theirScan.id } })).toBe(1);
    // and the applicant's own scan can be deleted while it is a draft
    expect((await remove(mine, myScan.id)).statusCode).toBe(204);
    expect(await t.app.prisma.document.count({ where: { id: myScan.id } })).toBe(0);
  });
});
