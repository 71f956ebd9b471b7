import { useT } from '@/lib/i18n/i18n-provider.tsx';

/** What a reviewer sees when a PDF cannot be drawn here: say so, and offer the file itself. */
export function PdfFailed({ downloadUrl, label }: { downloadUrl: string; label: string }) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('staff.pdf.failed')}</p>
      <p>
        <a className="action-link" href={downloadUrl}>
          {t('staff.pdf.failedDownload')}
          <span className="visually-hidden"> {label}</span>
        </a>
      </p>
    </div>
  );
}
