import { noContent, requestApi } from '@/lib/api-client.ts';
import { kept } from '@/lib/use-api-resource.ts';
import type {
  Application,
  Centre,
  DraftPatch,
  PatchedApplication,
  UploadedDocument,
} from './application-types.ts';
import type { DocumentKind, FilerRole } from '@ssc/domain/codes';
import {
  applicationViewSchema,
  centresSchema,
  createdApplicationSchema,
  patchedApplicationSchema,
  submittedApplicationSchema,
  withdrawnApplicationSchema,
  type CreatedApplication,
  type SubmittedApplication,
  type WithdrawnApplication,
} from '@ssc/domain/contract/applications';
import { documentSchema } from '@ssc/domain/contract/common';

// The access token comes back once and is also set as an HttpOnly cookie by the server
// (docs/api.md); the browser never keeps it, only the application id.
export function createApplication(role: FilerRole): Promise<CreatedApplication> {
  return requestApi('/applications', {
    method: 'POST',
    body: { filer: { role } },
    schema: createdApplicationSchema,
  });
}

export function getApplication(id: string, signal?: AbortSignal): Promise<Application> {
  return requestApi(`/applications/${encodeURIComponent(id)}`, {
    schema: applicationViewSchema,
    ...(signal ? { signal } : {}),
  });
}

export function updateApplication(id: string, patch: DraftPatch): Promise<PatchedApplication> {
  return requestApi(`/applications/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
    schema: patchedApplicationSchema,
  });
}

export function uploadDocument(
  id: string,
  kind: DocumentKind,
  file: File,
): Promise<UploadedDocument> {
  const form = new FormData();
  // docs/api.md: the text field `kind` must come before the file so the server can stream the file.
  form.append('kind', kind);
  form.append('file', file);
  return requestApi(`/applications/${encodeURIComponent(id)}/documents`, {
    method: 'POST',
    body: form,
    schema: documentSchema,
  });
}

export function deleteDocument(id: string, documentId: string): Promise<void> {
  return requestApi(
    `/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}`,
    { method: 'DELETE', schema: noContent },
  );
}

export function submitApplication(id: string): Promise<SubmittedApplication> {
  return requestApi(`/applications/${encodeURIComponent(id)}/submit`, {
    method: 'POST',
    schema: submittedApplicationSchema,
  });
}

/** docs/rules.md §5: the applicant may withdraw until the application is approved (409 after). */
export function withdrawApplication(id: string): Promise<WithdrawnApplication> {
  return requestApi(`/applications/${encodeURIComponent(id)}/withdraw`, {
    method: 'POST',
    schema: withdrawnApplicationSchema,
  });
}

export function listCentres(): Promise<Centre[]> {
  return requestApi('/centres', { schema: centresSchema });
}

/** The service centres, read once for the whole visit: the same for everyone, and rarely changed. */
export const centres = kept(listCentres);
