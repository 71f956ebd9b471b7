import { failureKey, isApiError } from '@/lib/api-client.ts';
import { useApiResource } from '@/lib/use-api-resource.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '@/lib/format-date.ts';
import { LiveRegion } from '@/components/ui/status-message.tsx';
import { verifyCertificate } from '../api/verify-certificate.ts';
import type { CertificateVerification } from '../api/verify-certificate.ts';
import { CodeText } from '@/components/ui/code-text.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'done'; result: CertificateVerification }
  | { kind: 'notFound' }
  | { kind: 'failed'; key: string };

// docs/rules.md §1 (practice): a bank checks the certificate's serial before closing the account.
export function VerificationResult({ serial }: { serial: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { resource } = useApiResource(serial, (signal) => verifyCertificate(serial, signal));
  const state: State =
    resource.status === 'loading'
      ? { kind: 'loading' }
      : resource.status === 'ready'
        ? { kind: 'done', result: resource.data }
        : isApiError(resource.error, 404)
          ? { kind: 'notFound' }
          : { kind: 'failed', key: failureKey(resource.error) };

  return (
    <LiveRegion>
      {state.kind === 'loading' ? <p>{t('ui.loading')}</p> : null}
      {state.kind === 'notFound' ? (
        <div className="notice notice--error">
          <p>
            <strong>{t('verify.notFound')}</strong>
          </p>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <div className="notice notice--error">
          <p>{t(state.key)}</p>
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <div className={state.result.valid ? 'notice notice--success' : 'notice notice--error'}>
          <p>
            <strong>{state.result.valid ? t('verify.valid') : t('verify.invalid')}</strong>
          </p>
          <dl className="summary-list summary-list--compact">
            <div className="summary-list__row">
              <dt>{t('verify.serial')}</dt>
              <dd className="reference-inline">
                <CodeText value={serial} />
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('verify.holder')}</dt>
              <dd>{state.result.holder}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('verify.issuedAt')}</dt>
              <dd>{formatDateTime(state.result.issuedAt, locale)}</dd>
            </div>
            {state.result.centre ? (
              <div className="summary-list__row">
                <dt>{t('verify.centre')}</dt>
                <dd>{locale === 'en' ? state.result.centre.nameEn : state.result.centre.nameZh}</dd>
              </div>
            ) : null}
            <div className="summary-list__row">
              <dt>{t('verify.status')}</dt>
              <dd>{t(`status.${state.result.status}`)}</dd>
            </div>
          </dl>
          {state.result.valid ? <p>{t('certificate.bankAccount')}</p> : null}
        </div>
      ) : null}
    </LiveRegion>
  );
}
