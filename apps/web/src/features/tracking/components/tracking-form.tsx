import type { CorrectableAnswer } from '@ssc/domain/codes';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { z } from 'zod';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { IdentifierField } from '@/components/ui/field.tsx';
import { LiveRegion } from '@/components/ui/status-message.tsx';
import { failureKey, isApiError, minutesToWait } from '@/lib/api-client.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '@/lib/format-date.ts';
import {
  certificateCopyUrl,
  findOwnApplicationId,
  trackApplication,
} from '../api/track-application.ts';
import type { TrackingResult } from '../api/track-application.ts';

type TrackingCorrection = NonNullable<TrackingResult['corrections']>[number];
import { isVisitBookable } from '@ssc/domain/visit';
import { extendMessages } from '@/lib/i18n/i18n-provider.tsx';
import { uiVisitEn } from '@/lib/i18n/ui-visit-en.ts';
import { uiVisitZhCn } from '@/lib/i18n/ui-visit-zh-cn.ts';
import { formatVisitWhen } from '@/lib/visit-time.ts';

// The visit's wording travels with the tracking chunk, not the entry bundle.
extendMessages({ 'zh-CN': uiVisitZhCn, en: uiVisitEn });

/**
 * docs/rules.md §5.1: once approved, tracking says so and leads to the booking page — in the
 * browser that filed (its cookie opens the application); elsewhere it says where to book.
 */
function VisitLine({ result }: { result: TrackingResult }) {
  const t = useT();
  const { locale } = useLocale();
  const [own, setOwn] = useState<boolean | undefined>(undefined);
  const bookable = isVisitBookable(result.status);
  useEffect(() => {
    if (!bookable) return;
    let live = true;
    findOwnApplicationId(result.reference)
      .then((found) => live && setOwn(found !== null))
      .catch(() => live && setOwn(false));
    return () => {
      live = false;
    };
  }, [bookable, result.reference]);
  const visit = result.visit;
  if (!visit && !bookable) return null;
  const link =
    own === true ? (
      <p>
        <Link className="action-link" to="/visit">
          {t(visit ? 'visit.trackSee' : 'visit.trackBook')}
        </Link>
      </p>
    ) : own === false && !visit ? (
      <p>{t('visit.trackElsewhere')}</p>
    ) : null;
  return (
    <div className="notice notice--success">
      {visit ? (
        <p data-testid="tracking-visit">
          {t('visit.trackBooked', {
            when: formatVisitWhen(visit.start, visit.end, locale),
            centre: locale === 'en' ? visit.centre.nameEn : visit.centre.nameZh,
          })}
        </p>
      ) : (
        <p>{t('visit.trackApproved')}</p>
      )}
      {link}
    </div>
  );
}

// Answers staff may ask to correct, by their case path (docs/api.md), with the wizard's labels.
const FIELD_LABELS: Record<CorrectableAnswer, string> = {
  explanation: 'apply.reason.explanation',
  'cardholder.name': 'apply.cardholder.name',
  'cardholder.idNumber': 'apply.cardholder.idNumber',
  'cardholder.birthDate': 'apply.cardholder.birthDate',
  'cardholder.cardNumber': 'apply.cardholder.cardNumber',
  'cardholder.lossReportReference': 'apply.cardholder.lossReportReference',
  'agent.name': 'wizard.agent.name',
  'agent.idNumber': 'wizard.agent.idNumber',
  'agent.phone': 'wizard.agent.phone',
  'agent.relationship': 'wizard.agent.relationship',
};

// Guide §II.4 (补正): say exactly what to fix and why, in the reader's language.
function Corrections({ items }: { items: TrackingCorrection[] }) {
  const t = useT();
  const hasDocuments = items.some((item) => item.kind);
  const fieldLabel = (field = '') => {
    const key = FIELD_LABELS[field as CorrectableAnswer];
    return key ? t(key) : field;
  };
  return (
    <div className="notice notice--warning">
      <h3>{t('tracking.corrections.heading')}</h3>
      <p>{t('tracking.corrections.intro')}</p>
      <ul className="list">
        {items.map((item, index) => (
          <li key={`${item.kind ?? item.field ?? ''}-${index}`}>
            <strong>{item.kind ? t(`documentKind.${item.kind}`) : fieldLabel(item.field)}</strong>:{' '}
            {t(`reviewReason.${item.reason}`)}
          </li>
        ))}
      </ul>
      <p>{t('tracking.corrections.how')}</p>
      <p>
        <Link className="action-link" to={hasDocuments ? '/apply/documents' : '/apply/check'}>
          {t('tracking.corrections.start')}
        </Link>
      </p>
    </div>
  );
}

function CertificateCopy({ reference }: { reference: string }) {
  const t = useT();
  const [id, setId] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    findOwnApplicationId(reference)
      .then((found) => live && setId(found))
      .catch(() => live && setId(null));
    return () => {
      live = false;
    };
  }, [reference]);
  if (id === undefined) return null;
  return id ? (
    <p>
      <a className="action-link" href={certificateCopyUrl(id)} download>
        {t('tracking.collected.copy')}
      </a>
    </p>
  ) : (
    <p>{t('tracking.collected.copyElsewhere')}</p>
  );
}

const trackingSchema = z.object({
  reference: z
    .string({ error: 'error.reference.required' })
    .trim()
    .min(1, 'error.reference.required')
    .max(40, 'error.reference.required'),
  idNumber: z
    .string({ error: 'error.idNumber.required' })
    .trim()
    .min(1, 'error.idNumber.required')
    .max(40, 'error.idNumber.format'),
});

type Outcome =
  | { kind: 'found'; result: TrackingResult }
  | { kind: 'notFound' }
  | { kind: 'tooMany'; minutes: number | undefined }
  | { kind: 'failed'; key: string }
  | null;

function Timeline({ result }: { result: TrackingResult }) {
  const t = useT();
  const { locale } = useLocale();
  const centre = result.pickup?.centre;
  return (
    <section className="panel" aria-labelledby="tracking-result-heading">
      <h2 id="tracking-result-heading" tabIndex={-1}>
        {t('tracking.result.heading', { reference: result.reference })}
      </h2>
      <p className="status-line">
        {t('tracking.result.status')}{' '}
        <strong className="tag tag--status">{t(`status.${result.status}`)}</strong>
      </p>
      {result.corrections && result.corrections.length > 0 ? (
        <Corrections items={result.corrections} />
      ) : null}
      {result.rejection ? (
        <div className="notice notice--error">
          <h3>{t('tracking.rejected.heading')}</h3>
          <p>{t(`rejectionReason.${result.rejection.reason}`)}</p>
        </div>
      ) : null}
      {result.status === 'COLLECTED' ? (
        <div className="notice notice--success">
          <h3>{t('tracking.collected.heading')}</h3>
          <CertificateCopy reference={result.reference} />
          <p>{t('certificate.bankAccount')}</p>
        </div>
      ) : null}
      <VisitLine result={result} />
      {result.pickup && centre && result.status !== 'COLLECTED' ? (
        <div className="notice notice--success">
          <p>
            <strong>{t('tracking.result.pickupHeading')}</strong>
          </p>
          <p>{locale === 'en' ? centre.nameEn : centre.nameZh}</p>
          <p>{locale === 'en' ? centre.addressEn : centre.addressZh}</p>
          <p>
            {t('tracking.result.readyAt', { date: formatDateTime(result.pickup.readyAt, locale) })}
          </p>
          <p>{t('tracking.result.bring')}</p>
          <p>{t('certificate.bankAccount')}</p>
        </div>
      ) : null}
      <h3>{t('tracking.result.timeline')}</h3>
      <ol className="timeline">
        {result.timeline.map((event, index) => (
          <li key={`${event.status}-${event.at}-${index}`} className="timeline__item">
            <span className="timeline__status">{t(`status.${event.status}`)}</span>
            <time className="timeline__time" dateTime={event.at}>
              {formatDateTime(event.at, locale)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function TrackingForm() {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  return (
    <>
      <Form
        schema={trackingSchema}
        defaultValues={{ reference: '', idNumber: '' }}
        onSubmit={async (values) => {
          try {
            const result = await trackApplication(values.reference, values.idNumber);
            setOutcome({ kind: 'found', result });
          } catch (error) {
            if (isApiError(error, 404)) setOutcome({ kind: 'notFound' });
            else if (isApiError(error, 429)) {
              const seconds = error.retryAfterSeconds;
              setOutcome({
                kind: 'tooMany',
                minutes: seconds === undefined ? undefined : minutesToWait(seconds),
              });
            } else setOutcome({ kind: 'failed', key: failureKey(error) });
          }
        }}
      >
        {({ formState }) => (
          <>
            <IdentifierField
              name="reference"
              label={t('tracking.reference')}
              hint={t('tracking.referenceHint')}
            />
            <IdentifierField
              name="idNumber"
              label={t('tracking.idNumber')}
              hint={t('tracking.idNumberHint')}
            />
            <Button type="submit" busy={formState.isSubmitting}>
              {t('tracking.submit')}
            </Button>
          </>
        )}
      </Form>
      <LiveRegion>
        <div ref={resultRef}>
          {outcome?.kind === 'found' ? <Timeline result={outcome.result} /> : null}
          {outcome?.kind === 'notFound' ? (
            <div className="notice notice--error">
              <p>
                <strong>{t('tracking.notFound.title')}</strong>
              </p>
              <p>{t('tracking.notFound.body')}</p>
            </div>
          ) : null}
          {outcome?.kind === 'tooMany' ? (
            <div className="notice notice--warning">
              <p>
                {outcome.minutes === undefined
                  ? t('tracking.tooMany')
                  : outcome.minutes === 1
                    ? t('tracking.tooManyWaitOne')
                    : t('tracking.tooManyWait', { minutes: outcome.minutes })}
              </p>
            </div>
          ) : null}
          {outcome?.kind === 'failed' ? (
            <div className="notice notice--error">
              <p>{t(outcome.key)}</p>
            </div>
          ) : null}
        </div>
      </LiveRegion>
    </>
  );
}
