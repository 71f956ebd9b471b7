import { useState } from 'react';
import type { DragEvent } from 'react';
import type { DocumentKind } from '@ssc/domain/codes';
import { Button } from '@/components/ui/button.tsx';
import { formatFileSize } from '@/lib/format-date.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import type { UploadedDocument } from '@/features/apply/api/application-types.ts';
import type { UploadItem } from '@/features/apply/lib/upload-items.ts';
import { FilePicker } from './file-picker.tsx';
import { PendingUpload, PHOTO_ACCEPT } from './pending-upload.tsx';
import './upload.css';

export function uploadId(kind: DocumentKind): string {
  return `upload-${kind}`;
}

interface DocumentUploaderProps {
  kind: DocumentKind;
  documents: UploadedDocument[];
  /** Stored files staff asked to replace (Guide §II.4 补正), by id: the reason to show. */
  correctionReasons?: Record<string, string>;
  items: UploadItem[];
  errorKey?: string;
  missing: boolean;
  removing: boolean;
  onChoose: (files: File[], replaces?: string) => void;
  onRemove: (documentId: string) => void;
  onKeep: (item: UploadItem) => void;
  onReplacePending: (item: UploadItem, files: File[]) => void;
  onRetry: (item: UploadItem) => void;
  onCancel: (item: UploadItem) => void;
}

function describeType(contentType: string): string {
  return contentType === 'application/pdf'
    ? 'PDF'
    : contentType.replace('image/', '').toUpperCase();
}

/**
 * One required document: what is uploaded (replace, remove), what is on its way, and the
 * ways to add a file — the camera, the file chooser, or (on desktops) dropping files here.
 * Several files per document are allowed: a proof may have many pages.
 */
export function DocumentUploader({
  kind,
  documents,
  correctionReasons = {},
  items,
  errorKey,
  missing,
  removing,
  onChoose,
  onRemove,
  onKeep,
  onReplacePending,
  onRetry,
  onCancel,
}: DocumentUploaderProps) {
  const t = useT();
  const { locale } = useLocale();
  const [dragging, setDragging] = useState(false);
  const id = uploadId(kind);
  const label = t(`documentKind.${kind}`);
  const invalid = Boolean(errorKey) || missing;
  const describedBy = `${id}-hint${errorKey ? ` ${id}-error` : ''}`;
  const hasFiles = documents.length > 0;
  const toReplace = documents.some((file) => correctionReasons[file.id]);

  function dropFiles(event: DragEvent<HTMLLIElement>): void {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onChoose(files);
  }

  return (
    <li
      className={`document${invalid ? ' document--error' : ''}${dragging ? ' document--dragging' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={dropFiles}
    >
      <div className="document__head">
        <label htmlFor={id} className="document__label">
          {label}
        </label>
        {/* Text, not colour alone, says whether it is still missing (WCAG 1.4.1). */}
        {toReplace ? (
          <span className="tag tag--missing">{t('apply.correction.tag')}</span>
        ) : (
          <span className={hasFiles ? 'tag tag--done' : 'tag tag--missing'}>
            {hasFiles ? t('apply.documents.status.uploaded') : t('apply.documents.status.missing')}
          </span>
        )}
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t(`documentKind.${kind}.hint`)}
      </p>
      {errorKey ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          <strong>{t('ui.error.prefix')}</strong> {t(errorKey)}
        </p>
      ) : null}

      {hasFiles ? (
        <ul className="document__files">
          {documents.map((file, index) => {
            const which = t('apply.documents.fileOf', { document: label, number: index + 1 });
            const reason = correctionReasons[file.id];
            return (
              <li key={file.id} className={reason ? 'document__file--correction' : undefined}>
                <span>
                  {t('apply.documents.file', {
                    number: index + 1,
                    type: describeType(file.contentType),
                    size: formatFileSize(file.size, locale),
                  })}
                  {reason ? (
                    <strong className="document__correction">
                      {t('apply.correction.replaceFile', { reason })}
                    </strong>
                  ) : null}
                </span>
                <span className="document__file-actions">
                  <FilePicker
                    id={`${id}-replace-${file.id}`}
                    accept={PHOTO_ACCEPT}
                    disabled={removing}
                    onFiles={(files) => onChoose(files.slice(0, 1), file.id)}
                  >
                    {t('apply.upload.replace')}
                    <span className="visually-hidden"> {which}</span>
                  </FilePicker>
                  <Button variant="link" disabled={removing} onClick={() => onRemove(file.id)}>
                    {t('ui.remove')}
                    <span className="visually-hidden"> {which}</span>
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}

      {items.length > 0 ? (
        <ul className="upload-list">
          {items.map((item) => (
            <PendingUpload
              key={item.id}
              item={item}
              documentLabel={label}
              onKeep={() => onKeep(item)}
              onReplace={(files) => onReplacePending(item, files)}
              onRetry={() => onRetry(item)}
              onCancel={() => onCancel(item)}
            />
          ))}
        </ul>
      ) : null}

      <div className="upload-actions">
        <FilePicker
          id={`${id}-camera`}
          accept="image/*"
          capture="environment"
          describedBy={describedBy}
          invalid={invalid}
          onFiles={(files) => onChoose(files)}
        >
          {t('apply.upload.takePhoto')}
          <span className="visually-hidden">: {label}</span>
        </FilePicker>
        {/* The document's own label names this input too, so "choose a file for X" is one control. */}
        <FilePicker
          id={id}
          accept={PHOTO_ACCEPT}
          multiple
          describedBy={describedBy}
          invalid={invalid}
          onFiles={(files) => onChoose(files)}
        >
          {hasFiles ? t('apply.upload.addFile') : t('apply.upload.chooseFile')}
        </FilePicker>
      </div>
      <p className="upload-drop-hint muted">{t('apply.upload.dropHint')}</p>
    </li>
  );
}
