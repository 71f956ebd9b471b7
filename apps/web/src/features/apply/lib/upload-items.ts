import type { DocumentKind } from '@ssc/domain/codes';
import type { PreparedFile } from './prepare-photo.ts';

// Files on their way to the server, one entry per chosen file. Uploaded files are not kept
// here: once the server has one, the application's `documents` list shows it.

export type UploadPhase = 'preparing' | 'review' | 'uploading' | 'failed';

export interface UploadItem {
  id: string;
  kind: DocumentKind;
  phase: UploadPhase;
  /** 0–1 of the bytes sent. */
  progress: number;
  /** Kept after a failure, so that a retry needs no new choice of file. */
  prepared?: PreparedFile;
  errorKey?: string;
  /** Said instead when `errorKey` (a server code) has no translation. */
  fallbackKey?: string;
  /** A retry can help (network, 5xx); a refused file (413/415/422) needs another file. */
  retryable?: boolean;
  /** The uploaded document this file replaces; removed once this one is stored. */
  replaces?: string;
}

export type UploadAction =
  | { type: 'added'; id: string; kind: DocumentKind; replaces?: string }
  | { type: 'prepared'; id: string; prepared: PreparedFile }
  | { type: 'started'; id: string }
  | { type: 'progressed'; id: string; share: number }
  | { type: 'failed'; id: string; errorKey: string; fallbackKey: string; retryable: boolean }
  | { type: 'finished'; id: string };

function update(items: UploadItem[], id: string, change: Partial<UploadItem>): UploadItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...change } : item));
}

export function reduceUploads(items: UploadItem[], action: UploadAction): UploadItem[] {
  switch (action.type) {
    case 'added':
      return [
        ...items,
        {
          id: action.id,
          kind: action.kind,
          phase: 'preparing',
          progress: 0,
          ...(action.replaces ? { replaces: action.replaces } : {}),
        },
      ];
    case 'prepared':
      // A photo with a quality warning waits for the applicant's decision before it is sent.
      return update(items, action.id, {
        prepared: action.prepared,
        phase: action.prepared.issues.length > 0 ? 'review' : 'uploading',
      });
    case 'started':
      return update(items, action.id, {
        phase: 'uploading',
        progress: 0,
        errorKey: undefined,
        fallbackKey: undefined,
        retryable: undefined,
      });
    case 'progressed':
      // XHR may report out of order after a retry; the bar never moves backwards.
      return items.map((item) =>
        item.id === action.id && item.phase === 'uploading'
          ? { ...item, progress: Math.max(item.progress, Math.min(1, action.share)) }
          : item,
      );
    case 'failed':
      return update(items, action.id, {
        phase: 'failed',
        errorKey: action.errorKey,
        fallbackKey: action.fallbackKey,
        retryable: action.retryable,
      });
    case 'finished':
      return items.filter((item) => item.id !== action.id);
  }
}

/** Files that keep the applicant from going on: still on their way, or awaiting a decision. */
export function listUnsettled(items: UploadItem[]): UploadItem[] {
  return items.filter((item) => item.phase !== 'failed');
}
