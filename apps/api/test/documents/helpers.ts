import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { multipart } from '../helpers/app.ts';

/** A fresh draft application: its id and the applicant's bearer headers. */
export async function createDraft(app: FastifyInstance) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    payload: { filer: { role: 'CARDHOLDER' } },
  });
  if (res.statusCode !== 201) throw new Error(`draft not created: ${res.statusCode}`);
  const { id, accessToken } = res.json() as { id: string; accessToken: string };
  return { id, auth: { authorization: `Bearer ${accessToken}` } };
}

export async function uploadDocument(
  app: FastifyInstance,
  draft: { id: string; auth: Record<string, string> },
  file: { data: Buffer; filename?: string; contentType?: string; kind?: string },
  headers: Record<string, string> = {},
) {
  const form = multipart([
    { name: 'kind', value: file.kind ?? 'CARDHOLDER_ID_FRONT' },
    {
      name: 'file',
      filename: file.filename ?? 'scan.jpg',
      contentType: file.contentType ?? 'image/jpeg',
      data: file.data,
    },
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/v1/applications/${draft.id}/documents`,
    headers: { ...draft.auth, ...form.headers, ...headers },
    payload: form.payload,
  });
}

/** Every file (not folder) under DATA_DIR/documents, temporary ones included. */
export async function storedFiles(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'documents');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}
