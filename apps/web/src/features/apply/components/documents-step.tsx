import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DocumentKind } from '@ssc/domain/codes';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import type { SummaryError } from '../../../components/ui/error-summary.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { LiveRegion } from '../../../components/ui/status-message.tsx';
import { describeFailure } from '../../../components/ui/apply-server-errors.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useLocale, useT } from '../../../lib/i18n/i18n-provider.tsx';
import { formatFileSize } from '../../../lib/format-date.ts';
import { deleteDocument, getApplication, uploadDocument } from '../api/application-api.ts';
import type { Application } from '../api/application-types.ts';
import { useDraft } from './draft-provider.tsx';
import { DraftGate, stepPath } from './step-shell.tsx';

// API.md uploads: the server judges the type by content; this list only guides the picker.
const ACCEPT = 'image/jpeg,image/png,application/pdf';

function uploadId(kind: DocumentKind): string {
  return `upload-${kind}`;
}

function describeUploadFailure(error: unknown): string {
  if (isApiError(error, 413)) return 'apply.documents.error.tooLarge';
  if (isApiError(error, 415)) return 'apply.documents.error.type';
  if (isApiError(error, 422)) return 'apply.documents.error.unreadable';
  return describeFailure(error);
}

function DocumentsForm({ application }: { application: Application }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { replaceApplication, saveDraft } = useDraft();
  const [busyKind, setBusyKind] = useState<DocumentKind | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [uploadErrors, setUploadErrors] = useState<Partial<Record<DocumentKind, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  // Guide §II.1: exactly the materials this case needs, as the server's eligibility says.
  const required = application.eligibility.requiredDocuments;
  const uploadedKinds = new Set(application.documents.map((doc) => doc.kind));

  async function refresh(): Promise<void> {
    replaceApplication(await getApplication(application.id));
  }

  async function upload(kind: DocumentKind, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setBusyKind(kind);
    setUploadErrors((errors) => ({ ...errors, [kind]: undefined }));
    setAnnouncement(t('apply.documents.uploading', { document: t(`documentKind.${kind}`) }));
    try {
      await uploadDocument(application.id, kind, file);
      await refresh();
      setAnnouncement(t('apply.documents.uploaded', { document: t(`documentKind.${kind}`) }));
      setSummary((items) => items.filter((item) => item.href !== `#${uploadId(kind)}`));
    } catch (error) {
      const key = describeUploadFailure(error);
      setUploadErrors((errors) => ({ ...errors, [kind]: key }));
      setAnnouncement('');
    } finally {
      // Clear the picker so choosing the same file again still triggers an upload.
      input.value = '';
      setBusyKind(null);
    }
  }

  async function remove(kind: DocumentKind, documentId: string): Promise<void> {
    setBusyKind(kind);
    try {
      await deleteDocument(application.id, documentId);
      await refresh();
      setAnnouncement(t('apply.documents.removed', { document: t(`documentKind.${kind}`) }));
    } catch (error) {
      setUploadErrors((errors) => ({ ...errors, [kind]: describeFailure(error) }));
    } finally {
      setBusyKind(null);
    }
  }

  async function continueToNext(event: FormEvent): Promise<void> {
    event.preventDefault();
    const missing = required.filter((kind) => !uploadedKinds.has(kind));
    if (missing.length > 0) {
      setSummary(
        missing.map((kind) => ({
          href: `#${uploadId(kind)}`,
          text: t('apply.documents.error.missing', { document: t(`documentKind.${kind}`) }),
        })),
      );
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await saveDraft({ documents: [...uploadedKinds] });
      await navigate(stepPath('declarations'));
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
      <p>{t('apply.documents.intro')}</p>
      <p className="field__hint">{t('apply.documents.formats')}</p>
      <LiveRegion className="visually-hidden">{announcement}</LiveRegion>
      <form noValidate onSubmit={(event) => void continueToNext(event)}>
        <ul className="document-list">
          {required.map((kind) => {
            const files = application.documents.filter((doc) => doc.kind === kind);
            const error = uploadErrors[kind];
            const missingInSummary = summary.some((item) => item.href === `#${uploadId(kind)}`);
            const label = t(`documentKind.${kind}`);
            return (
              <li
                key={kind}
                className={`document${error || missingInSummary ? ' document--error' : ''}`}
              >
                <div className="document__head">
                  <label htmlFor={uploadId(kind)} className="document__label">
                    {label}
                  </label>
                  {/* Text, not colour alone, says whether it is still missing (WCAG 1.4.1). */}
                  <span className={files.length > 0 ? 'tag tag--done' : 'tag tag--missing'}>
                    {files.length > 0
                      ? t('apply.documents.status.uploaded')
                      : t('apply.documents.status.missing')}
                  </span>
                </div>
                <p className="field__hint" id={`${uploadId(kind)}-hint`}>
                  {t(`documentKind.${kind}.hint`)}
                </p>
                {error ? (
                  <p className="field__error" id={`${uploadId(kind)}-error`} role="alert">
                    <strong>{t('ui.error.prefix')}</strong> {t(error)}
                  </p>
                ) : null}
                {files.length > 0 ? (
                  <ul className="document__files">
                    {files.map((file, index) => (
                      <li key={file.id}>
                        <span>
                          {t('apply.documents.file', {
                            number: index + 1,
                            type:
                              file.contentType === 'application/pdf'
                                ? 'PDF'
                                : file.contentType.replace('image/', '').toUpperCase(),
                            size: formatFileSize(file.size, locale),
                          })}
                        </span>
                        <Button
                          variant="link"
                          disabled={busyKind !== null}
                          onClick={() => void remove(kind, file.id)}
                        >
                          {t('ui.remove')}
                          <span className="visually-hidden">
                            {' '}
                            {t('apply.documents.fileOf', { document: label, number: index + 1 })}
                          </span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <input
                  id={uploadId(kind)}
                  type="file"
                  accept={ACCEPT}
                  capture="environment"
                  className="file-input"
                  disabled={busyKind !== null}
                  aria-describedby={`${uploadId(kind)}-hint${error ? ` ${uploadId(kind)}-error` : ''}`}
                  aria-invalid={error || missingInSummary ? true : undefined}
                  onChange={(event) => void upload(kind, event.currentTarget)}
                />
                {busyKind === kind ? <p className="document__busy">{t('ui.pleaseWait')}</p> : null}
              </li>
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
