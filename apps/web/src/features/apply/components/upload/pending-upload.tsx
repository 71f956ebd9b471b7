import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { formatFileSize } from '@/lib/format-date.ts';
import { useLocale, useT, useTranslateKnown } from '@/lib/i18n/i18n-provider.tsx';
import { toPercent } from '@/features/apply/lib/upload-progress.ts';
import type { UploadItem } from '@/features/apply/lib/upload-items.ts';
import { FilePicker } from './file-picker.tsx';
import { GoodScanExample } from './good-scan-example.tsx';

export const PHOTO_ACCEPT = 'image/*,application/pdf';

export function pendingUploadId(item: Pick<UploadItem, 'id'>): string {
  return `upload-item-${item.id}`;
}

interface PendingUploadProps {
  item: UploadItem;
  documentLabel: string;
  onKeep: () => void;
  onReplace: (files: File[]) => void;
  onRetry: () => void;
  onCancel: () => void;
}

/** One chosen file on its way: preparing, awaiting a decision on its quality, sending, or failed. */
export function PendingUpload({
  item,
  documentLabel,
  onKeep,
  onReplace,
  onRetry,
  onCancel,
}: PendingUploadProps) {
  const t = useT();
  const translateKnown = useTranslateKnown();
  const { locale } = useLocale();
  const warningRef = useRef<HTMLParagraphElement>(null);
  const id = pendingUploadId(item);
  const percent = toPercent(item.progress);
  const prepared = item.prepared;

  useEffect(() => {
    // Keyboard and screen-reader users land on the warning they have to answer.
    if (item.phase === 'review') warningRef.current?.focus();
  }, [item.phase]);

  return (
    <li className="upload-item" id={id}>
      <p className="upload-item__name">{t('apply.upload.newFile', { document: documentLabel })}</p>
      {prepared?.sent && prepared.blob.size < prepared.originalBytes ? (
        <p className="field__hint">
          {t('apply.upload.compressed', {
            original: formatFileSize(prepared.originalBytes, locale),
            size: formatFileSize(prepared.blob.size, locale),
          })}
        </p>
      ) : null}

      {item.phase === 'preparing' ? <p className="muted">{t('apply.upload.preparing')}</p> : null}

      {item.phase === 'uploading' ? (
        <div className="upload-item__progress">
          <progress
            max={100}
            value={percent}
            aria-label={t('apply.upload.progressLabel', { document: documentLabel })}
          />
          <span aria-hidden="true">{t('apply.upload.progress', { percent })}</span>
          <Button variant="link" onClick={onCancel}>
            {t('apply.upload.cancel')}
          </Button>
        </div>
      ) : null}

      {item.phase === 'review' && prepared ? (
        <div className="notice notice--warning upload-item__warning">
          <p className="upload-item__warning-title" tabIndex={-1} ref={warningRef}>
            <strong>{t('apply.upload.quality.title')}</strong>
          </p>
          <ul>
            {prepared.issues.map((issue) => (
              <li key={issue}>{t(`apply.upload.quality.${issue}`)}</li>
            ))}
          </ul>
          <GoodScanExample />
          <div className="upload-item__actions">
            <FilePicker id={`${id}-replace`} accept={PHOTO_ACCEPT} onFiles={onReplace}>
              {t('apply.upload.quality.replace')}
            </FilePicker>
            <Button variant="secondary" onClick={onKeep}>
              {t('apply.upload.quality.keep')}
            </Button>
          </div>
        </div>
      ) : null}

      {item.phase === 'failed' ? (
        <>
          <p className="field__error" role="alert">
            <strong>{t('ui.error.prefix')}</strong>{' '}
            {translateKnown(item.errorKey, item.fallbackKey ?? 'ui.error.server')}
          </p>
          <div className="upload-item__actions">
            {item.retryable && prepared ? (
              <Button variant="secondary" onClick={onRetry}>
                {t('ui.retry')}
              </Button>
            ) : null}
            <Button variant="link" onClick={onCancel}>
              {t('ui.remove')}
            </Button>
          </div>
        </>
      ) : null}
    </li>
  );
}
