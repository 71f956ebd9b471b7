import { useEffect, useReducer, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DocumentKind } from '@ssc/domain/codes';
import { Button } from '@/components/ui/button.tsx';
import { ErrorSummary } from '@/components/ui/error-summary.tsx';
import type { SummaryError } from '@/components/ui/error-summary.tsx';
import { Page } from '@/components/ui/page.tsx';
import { LiveRegion } from '@/components/ui/status-message.tsx';
import { describeFailure } from '@/components/ui/apply-server-errors.ts';
import { isApiError } from '@/lib/api-client.ts';
import { extendMessages, useT } from '@/lib/i18n/i18n-provider.tsx';
import { uiUploadEn } from '@/lib/i18n/ui-upload-en.ts';
import { uiUploadZhCn } from '@/lib/i18n/ui-upload-zh-cn.ts';
import { deleteDocument, getApplication } from '../api/application-api.ts';
import type { Application } from '../api/application-types.ts';
import { prepareFile } from '../lib/prepare-photo.ts';
import type { PreparedFile } from '../lib/prepare-photo.ts';
import { sendDocument } from '../lib/send-document.ts';
import { listUnsettled, reduceUploads } from '../lib/upload-items.ts';
import type { UploadItem } from '../lib/upload-items.ts';
import { nextAnnouncement } from '../lib/upload-progress.ts';
import { CorrectionNotice, findDocumentCorrection, listCorrections } from './correction-notice.tsx';
import { useDraft } from './draft-provider.tsx';
import { DraftGate, useContinuePath } from './step-shell.tsx';
import { DocumentUploader, uploadId } from './upload/document-uploader.tsx';
import { pendingUploadId } from './upload/pending-upload.tsx';

// The upload wording travels with this lazy step, not in the citizen's entry bundle.
extendMessages({ 'zh-CN': uiUploadZhCn, en: uiUploadEn });

/** An i18n key for a refused or failed upload: the server's own code first (docs/api.md errors[]). */
function describeUploadFailure(error: unknown): { errorKey: string; fallbackKey: string } {
  if (!isApiError(error))
    return { errorKey: 'apply.upload.failed', fallbackKey: 'ui.error.network' };
  let fallbackKey = describeFailure(error);
  if (error.status === 413) fallbackKey = 'apply.documents.error.tooLarge';
  if (error.status === 415) fallbackKey = 'apply.documents.error.type';
  if (error.status === 422) fallbackKey = 'apply.documents.error.unreadable';
  return { errorKey: error.problem.errors?.[0]?.code ?? fallbackKey, fallbackKey };
}

/** Worth trying the same file again: the network or the server failed, not the file. */
function isRetryable(error: unknown): boolean {
  return !isApiError(error) || error.status >= 500 || error.status === 429;
}

let nextItemId = 0;

function DocumentsForm({ application }: { application: Application }) {
  const t = useT();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { replaceApplication, saveDraft } = useDraft();
  const [items, dispatch] = useReducer(reduceUploads, []);
  const [removingKind, setRemovingKind] = useState<DocumentKind | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [kindErrors, setKindErrors] = useState<Partial<Record<DocumentKind, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const uploads = useRef(new Map<string, AbortController>());

  // A file dropped beside a drop zone would make the browser open it in place of this page,
  // losing uploads in progress; outside the zones a drop does nothing.
  useEffect(() => {
    const ignoreStrayDrop = (event: DragEvent) => {
      if (event.defaultPrevented) return; // a drop zone took it
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', ignoreStrayDrop);
    window.addEventListener('drop', ignoreStrayDrop);
    return () => {
      window.removeEventListener('dragover', ignoreStrayDrop);
      window.removeEventListener('drop', ignoreStrayDrop);
    };
  }, []);

  // Guide §II.1: exactly the materials this case needs, as the server's eligibility says.
  const required = application.eligibility.requiredDocuments;
  const uploadedKinds = new Set(application.documents.map((doc) => doc.kind));
  const documentName = (kind: DocumentKind) => t(`documentKind.${kind}`);
  // Guide §II.4 (补正): the scans staff named are marked on their rows.
  const corrections = listCorrections(application);
  const correctionReasons = Object.fromEntries(
    application.documents.flatMap((doc) => {
      const item = findDocumentCorrection(corrections, doc.id);
      return item ? [[doc.id, t(`reviewReason.${item.reason}`)]] : [];
    }),
  );

  async function refresh(): Promise<void> {
    replaceApplication(await getApplication(application.id));
  }

  function clearSummaryFor(kind: DocumentKind): void {
    setSummary((entries) => entries.filter((entry) => entry.href !== `#${uploadId(kind)}`));
  }

  async function send(
    item: { id: string; kind: DocumentKind; replaces?: string | undefined },
    prepared: PreparedFile,
  ): Promise<void> {
    const { id, kind, replaces } = item;
    const controller = new AbortController();
    uploads.current.set(id, controller);
    dispatch({ type: 'started', id });
    setAnnouncement(t('apply.documents.uploading', { document: documentName(kind) }));
    let announced = 0;
    try {
      await sendDocument({
        applicationId: application.id,
        kind,
        blob: prepared.blob,
        fileName: prepared.fileName,
        signal: controller.signal,
        onProgress: (share) => {
          dispatch({ type: 'progressed', id, share });
          const step = nextAnnouncement(announced, share);
          if (step !== null) {
            announced = step;
            setAnnouncement(
              t('apply.upload.progressAnnounce', { document: documentName(kind), percent: step }),
            );
          }
        },
      });
      if (replaces) {
        // The new file is stored; only now does the one it replaces go. If that fails, both
        // stay listed and the applicant can still remove the old one.
        await deleteDocument(application.id, replaces).catch(() => undefined);
      }
      await refresh();
      dispatch({ type: 'finished', id });
      clearSummaryFor(kind);
      setAnnouncement(t('apply.documents.uploaded', { document: documentName(kind) }));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        dispatch({ type: 'finished', id });
        setAnnouncement('');
        return;
      }
      dispatch({
        type: 'failed',
        id,
        ...describeUploadFailure(error),
        retryable: isRetryable(error),
      });
      setAnnouncement('');
    } finally {
      uploads.current.delete(id);
    }
  }

  async function addFile(kind: DocumentKind, file: File, replaces?: string): Promise<void> {
    nextItemId += 1;
    const id = `${nextItemId}`;
    dispatch({ type: 'added', id, kind, ...(replaces ? { replaces } : {}) });
    setKindErrors((errors) => ({ ...errors, [kind]: undefined }));
    let prepared: PreparedFile;
    try {
      prepared = await prepareFile(file);
    } catch {
      dispatch({
        type: 'failed',
        id,
        errorKey: 'apply.upload.cannotRead',
        fallbackKey: 'apply.documents.error.unreadable',
        retryable: false,
      });
      return;
    }
    dispatch({ type: 'prepared', id, prepared });
    if (prepared.issues.length > 0) {
      setAnnouncement(t('apply.upload.qualityAnnounce', { document: documentName(kind) }));
      return;
    }
    await send({ id, kind, replaces }, prepared);
  }

  function choose(kind: DocumentKind, files: File[], replaces?: string): void {
    for (const file of files) void addFile(kind, file, replaces);
  }

  function replacePending(item: UploadItem, files: File[]): void {
    dispatch({ type: 'finished', id: item.id });
    choose(item.kind, files.slice(0, 1), item.replaces);
  }

  function cancel(item: UploadItem): void {
    const controller = uploads.current.get(item.id);
    if (controller) controller.abort();
    else dispatch({ type: 'finished', id: item.id });
  }

  async function remove(kind: DocumentKind, documentId: string): Promise<void> {
    setRemovingKind(kind);
    try {
      await deleteDocument(application.id, documentId);
      await refresh();
      setAnnouncement(t('apply.documents.removed', { document: documentName(kind) }));
    } catch (error) {
      setKindErrors((errors) => ({ ...errors, [kind]: describeFailure(error) }));
    } finally {
      setRemovingKind(null);
    }
  }

  async function continueToNext(event: FormEvent): Promise<void> {
    event.preventDefault();
    const unsettled = listUnsettled(items);
    const unsettledKinds = new Set(unsettled.map((item) => item.kind));
    const missing = required.filter(
      (kind) => !uploadedKinds.has(kind) && !unsettledKinds.has(kind),
    );
    const problems: SummaryError[] = [
      ...unsettled.map((item) => ({
        href: `#${pendingUploadId(item)}`,
        text: t(item.phase === 'review' ? 'apply.upload.error.review' : 'apply.upload.error.busy', {
          document: documentName(item.kind),
        }),
      })),
      ...missing.map((kind) => ({
        href: `#${uploadId(kind)}`,
        text: t('apply.documents.error.missing', { document: documentName(kind) }),
      })),
    ];
    if (problems.length > 0) {
      setSummary(problems);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await saveDraft({ documents: [...uploadedKinds] });
      await navigate(continuePath(application, 'documents'));
    } catch (error) {
      setSummary([{ messageKey: describeFailure(error) }]);
      setFocusRequest((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Page titleKey="apply.documents.title">
      <ErrorSummary focusRequest={focusRequest} errors={summary} />
      <CorrectionNotice application={application} page="documents" />
      <p>{t('apply.documents.intro')}</p>
      <p className="field__hint">{t('apply.documents.formats')}</p>
      <LiveRegion className="visually-hidden">{announcement}</LiveRegion>
      <form noValidate onSubmit={(event) => void continueToNext(event)}>
        <ul className="document-list">
          {required.map((kind) => {
            const errorKey = kindErrors[kind];
            return (
              <DocumentUploader
                key={kind}
                kind={kind}
                documents={application.documents.filter((doc) => doc.kind === kind)}
                correctionReasons={correctionReasons}
                items={items.filter((item) => item.kind === kind)}
                {...(errorKey ? { errorKey } : {})}
                missing={summary.some((entry) => entry.href === `#${uploadId(kind)}`)}
                removing={removingKind !== null}
                onChoose={(files, replaces) => choose(kind, files, replaces)}
                onRemove={(documentId) => void remove(kind, documentId)}
                onKeep={(item) => {
                  if (item.prepared) void send(item, item.prepared);
                }}
                onReplacePending={replacePending}
                onRetry={(item) => {
                  if (item.prepared) void send(item, item.prepared);
                }}
                onCancel={cancel}
              />
            );
          })}
        </ul>
        <Button type="submit" busy={saving}>
          {t('ui.continue')}
        </Button>
      </form>
    </Page>
  );
}

export function DocumentsStep() {
  return (
    <DraftGate step="documents" titleKey="apply.documents.title">
      {(application) => (application ? <DocumentsForm application={application} /> : null)}
    </DraftGate>
  );
}
