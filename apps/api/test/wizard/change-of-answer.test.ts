import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../helpers/database.ts';
import { createTestApp, multipart, type TestApp } from '../helpers/app.ts';
import { pdf, png, residentId } from '../fixtures/files.ts';

const kinds = await databaseKinds();

const cardholderId = residentId('11010519491231002');
const agentId = residentId('11010119900307803');
const agent = {
  name: '张小三',
  idType: 'RESIDENT_ID',
  idNumber: agentId,
  phone: '13812345678',
  relationship: 'CHILD',
};

/** The document files kept on disk (the storage shards them in two-character folders). */
async function countStoredFiles(dataDir: string): Promise<number> {
  const root = path.join(dataDir, 'documents');
  const shards = (await readdir(root, { withFileTypes: true })).filter(
    (entry) => entry.isDirectory() && !entry.name.startsWith('.'),
  );
  let count = 0;
  for (const shard of shards) count += (await readdir(path.join(root, shard.name))).length;
  return count;
}

describe.each(kinds)('a change of answer removes what no longer applies (%s)', (kind) => {
  let t: TestApp;
  let id: string;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });
  const patch = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
      payload,
    });
  const upload = async (documentKind: string, data: Buffer) => {
    const form = multipart([
      { name: 'kind', value: documentKind },
      { name: 'file', filename: 'scan', contentType: 'application/octet-stream', data },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${id}/documents`,
      headers: { ...auth(), ...form.headers },
      payload: form.payload,
    });
    expect(res.statusCode, documentKind).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      payload: { filer: { role: 'AGENT' } },
    });
    ({ id, accessToken: token } = res.json());
  });
  afterAll(async () => t?.close());

  it('reports nothing removed when nothing stale is left', async () => {
    const res = await patch({
      reason: 'SETTLED_ABROAD',
      cardholder: { name: '张三', idType: 'RESIDENT_ID', idNumber: cardholderId, cardLost: false },
      agent,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().removed).toEqual({ answers: [], documents: [] });
    expect(res.json().eligibility.requiredDocuments).toContain('ENTRUSTMENT_CERTIFICATE');
  });

  it('drops the agent, the entrustment and the agent ID when the cardholder files instead', async () => {
    const entrustment = await upload('ENTRUSTMENT_CERTIFICATE', pdf);
    const agentFront = await upload('AGENT_ID_FRONT', png);
    const abroad = await upload('ABROAD_PROOF', pdf);
    const extra = await upload('OTHER_SUPPORTING', png);
    expect(await countStoredFiles(t.dataDir)).toBe(4);

    const res = await patch({ filer: { role: 'CARDHOLDER' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.removed.answers).toEqual(['agent']);
    expect(body.removed.documents).toEqual(
      expect.arrayContaining([
        { id: entrustment, kind: 'ENTRUSTMENT_CERTIFICATE' },
        { id: agentFront, kind: 'AGENT_ID_FRONT' },
      ]),
    );
    expect(body.removed.documents).toHaveLength(2);
    expect(body.case.agent).toBeUndefined();
    // What still applies stays: the proof of settling abroad and the optional supporting scan.
    expect(body.documents.map((d: { id: string }) => d.id).sort()).toEqual([abroad, extra].sort());
    // Rows and files both go.
    expect(await countStoredFiles(t.dataDir)).toBe(2);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
    });
    expect(view.json().documents).toHaveLength(2);
    expect(view.json().eligibility.requiredDocuments).not.toContain('ENTRUSTMENT_CERTIFICATE');
  });

  it('drops the proof of the old reason and the explanation when the reason changes', async () => {
    const other = await patch({ reason: 'OTHER', explanation: '单位要求先注销旧卡。' });
    expect(other.statusCode).toBe(200);
    expect(other.json().removed).toEqual({
      answers: [],
      documents: [expect.objectContaining({ kind: 'ABROAD_PROOF' })],
    });
    const res = await patch({ reason: 'RELOCATION' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.removed).toEqual({ answers: ['explanation'], documents: [] });
    expect(body.case.explanation).toBeUndefined();
    expect(body.documents.map((d: { kind: string }) => d.kind)).toEqual(['OTHER_SUPPORTING']);
    expect(await countStoredFiles(t.dataDir)).toBe(1);
  });

  it('drops the loss report and the card scans as the card is found or lost', async () => {
    await upload('CARD_FRONT', png);
    const lost = await patch({ cardholder: { cardLost: true, lossReportReference: 'GS-2026-08' } });
    expect(lost.json().removed.documents.map((d: { kind: string }) => d.kind)).toEqual([
      'CARD_FRONT',
    ]);
    const found = await patch({ cardholder: { cardLost: false } });
    expect(found.json().removed).toEqual({
      answers: ['cardholder.lossReportReference'],
      documents: [],
    });
    expect(found.json().case.cardholder.lossReportReference).toBeUndefined();
  });

  it('drops a typed birth date once the ID type carries one, instead of calling it a mismatch', async () => {
    const passport = await patch({
      cardholder: { idType: 'PASSPORT', idNumber: 'E12345678', birthDate: '1950-01-01' },
    });
    expect(passport.statusCode).toBe(200);
    expect(passport.json().removed.answers).toEqual([]);
    const back = await patch({ cardholder: { idType: 'RESIDENT_ID', idNumber: cardholderId } });
    expect(back.statusCode).toBe(200);
    expect(back.json().removed.answers).toEqual(['cardholder.birthDate']);
    expect(back.json().case.cardholder.birthDate).toBeUndefined();
  });

  it('keeps everything when the change is refused', async () => {
    await upload('TRANSFER_PROOF', pdf);
    const res = await patch({ filer: { role: 'AGENT' }, reason: 'NOT_A_REASON' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].path).toBe('reason');
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}`,
      headers: auth(),
    });
    expect(
      view
        .json()
        .documents.map((d: { kind: string }) => d.kind)
        .sort(),
    ).toEqual(['OTHER_SUPPORTING', 'TRANSFER_PROOF']);
  });
});
