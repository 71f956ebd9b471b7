import type { DocumentKind } from '@ssc/domain/codes';
import { documentSchema } from '@ssc/domain/contract/common';
import { ApiError, parseAnswerText, readProblem } from '@/lib/api-client.ts';
import type { UploadedDocument } from '../api/application-types.ts';

/** The request never reached the server or its answer was lost: worth retrying as it is. */
export class UploadNetworkError extends Error {
  constructor() {
    super('The upload did not reach the server.');
    this.name = 'UploadNetworkError';
  }
}

export interface SendDocumentOptions {
  applicationId: string;
  kind: DocumentKind;
  blob: Blob;
  fileName: string;
  /** Called with the share sent so far, 0–1. */
  onProgress: (share: number) => void;
  signal?: AbortSignal;
}

/**
 * POST /applications/:id/documents (docs/api.md) with XMLHttpRequest, because only XHR reports
 * upload progress (fetch has no upload progress events). Same cookie credentials as fetch.
 */
export function sendDocument(options: SendDocumentOptions): Promise<UploadedDocument> {
  const { applicationId, kind, blob, fileName, onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/applications/${encodeURIComponent(applicationId)}/documents`);
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        try {
          resolve(
            parseAnswerText(documentSchema, xhr.responseText, '/applications/{id}/documents'),
          );
        } catch (error) {
          reject(error);
        }
      } else {
        reject(new ApiError(readProblem(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new UploadNetworkError());
    xhr.ontimeout = () => reject(new UploadNetworkError());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    // docs/api.md: the text field `kind` comes before the file so the server can stream the file.
    form.append('kind', kind);
    form.append('file', blob, fileName);
    xhr.send(form);
  });
}
