import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { isApiError } from '../../../lib/api-client.ts';
import { useLocale, useT } from '../../../lib/i18n/i18n-provider.tsx';
import { formatDateTime, formatFileSize } from '../../../lib/format-date.ts';
import { documentContentUrl, getStaffApplication } from '../api/staff-api.ts';
import type { StaffApplication } from '../api/staff-api.ts';
import { ApproveForm } from './approve-form.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; application: StaffApplication }
  | { kind: 'notFound' }
  | { kind: 'failed' };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ApplicationReview({
  id,
  onLoaded,
}: {
  id: string;
  onLoaded?: (reference: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    getStaffApplication(id)
      .then((application) => {
        if (!live) return;
        setState({ kind: 'ready', application });
        onLoaded?.(application.reference);
      })
      .catch(
        (error: unknown) =>
          live && setState(isApiError(error, 404) ? { kind: 'notFound' } : { kind: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, [id, onLoaded]);

  if (state.kind === 'loading') return <p role="status">{t('ui.loading')}</p>;
  if (state.kind === 'notFound') return <p role="alert">{t('staff.application.notFound')}</p>;
  if (state.kind === 'failed') return <p role="alert">{t('ui.error.network')}</p>;

  const { application } = state;
  const answers = application.case;
  const holder = answers.cardholder ?? {};
  const agent = answers.agent;
  const none = '–';
  // Art. 26: a death or disappearance waits until the HRSS business is closed.
  const needsHrss = answers.reason === 'DEATH' || answers.reason === 'DISAPPEARANCE';

  return (
    <>
      <p className="status-line">
        {t('tracking.result.status')}{' '}
        <strong className="tag tag--status">{t(`status.${application.status}`)}</strong>
      </p>

      <h2>{t('staff.application.answers')}</h2>
      <dl className="summary-list">
        <Row label={t('apply.check.reason')}>
          {answers.reason ? t(`reason.${answers.reason}`) : none}
        </Row>
        {answers.explanation ? (
          <Row label={t('apply.reason.explanation')}>{answers.explanation}</Row>
        ) : null}
        <Row label={t('staff.queue.filer')}>
          {answers.filer ? t(`filerRole.${answers.filer.role}`) : none}
        </Row>
        <Row label={t('apply.cardholder.name')}>{holder.name ?? none}</Row>
        <Row label={t('apply.cardholder.idType')}>
          {holder.idType ? t(`idType.${holder.idType}`) : none}
        </Row>
        <Row label={t('apply.cardholder.idNumber')}>{holder.idNumber ?? none}</Row>
        {holder.birthDate ? (
          <Row label={t('apply.cardholder.birthDate')}>{holder.birthDate}</Row>
        ) : null}
        <Row label={t('apply.cardholder.cardNumber')}>{holder.cardNumber ?? none}</Row>
        <Row label={t('apply.check.cardLost')}>{holder.cardLost ? t('ui.yes') : t('ui.no')}</Row>
        {holder.cardLost ? (
          <Row label={t('apply.cardholder.lossReportReference')}>
            {holder.lossReportReference ?? none}
          </Row>
        ) : null}
        {agent ? (
          <>
            <Row label={t('staff.application.agentName')}>{agent.name ?? none}</Row>
            <Row label={t('staff.application.agentId')}>
              {agent.idType ? `${t(`idType.${agent.idType}`)} ${agent.idNumber ?? ''}` : none}
            </Row>
            <Row label={t('staff.application.agentPhone')}>{agent.phone ?? none}</Row>
            <Row label={t('staff.application.agentRelationship')}>
              {agent.relationship ? t(`relationship.${agent.relationship}`) : none}
            </Row>
          </>
        ) : null}
        <Row label={t('apply.declarations.expensesSettled')}>
          {answers.declarations?.expensesSettled ? t('ui.yes') : t('ui.no')}
        </Row>
        <Row label={t('apply.declarations.consequencesAcknowledged')}>
          {answers.declarations?.consequencesAcknowledged ? t('ui.yes') : t('ui.no')}
        </Row>
        <Row label={t('apply.declarations.centre')}>
          {application.centre
            ? locale === 'en'
              ? application.centre.nameEn
              : application.centre.nameZh
            : (answers.serviceCentre ?? none)}
        </Row>
      </dl>

      <h2>{t('staff.application.eligibility')}</h2>
      {application.eligibility.blockers.length === 0 ? (
        <p>{t('staff.application.noBlockers')}</p>
      ) : (
        <ul className="blocker-list">
          {application.eligibility.blockers.map((blocker) => (
            <li key={blocker.code}>
              {t('ui.blocker.rule', {
                text: t(blocker.messageKey ?? `blocker.${blocker.code}`),
                rule: blocker.rule,
              })}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('staff.application.documents')}</h2>
      {application.documents.length === 0 ? <p>{t('staff.application.noDocuments')}</p> : null}
      <ul className="evidence-list">
        {application.documents.map((doc) => {
          const label = t(`documentKind.${doc.kind}`);
          const url = documentContentUrl(application.id, doc.id);
          return (
            <li key={doc.id} className="evidence">
              <h3 className="evidence__title">{label}</h3>
              {doc.contentType.startsWith('image/') ? (
                <img
                  className="evidence__image"
                  src={url}
                  alt={t('staff.application.imageAlt', { document: label })}
                  loading="lazy"
                />
              ) : (
                <p>
                  <a href={url} target="_blank" rel="noopener">
                    {t('staff.application.openPdf', { document: label })}
                  </a>
                </p>
              )}
              <p className="field__hint">
                {doc.contentType} · {formatFileSize(doc.size, locale)}
                {doc.createdAt ? ` · ${formatDateTime(doc.createdAt, locale)}` : ''} ·{' '}
                <a href={documentContentUrl(application.id, doc.id, true)}>
                  {t('staff.application.download')}
                  <span className="visually-hidden"> {label}</span>
                </a>
              </p>
            </li>
          );
        })}
      </ul>

      <h2>{t('staff.application.history')}</h2>
      <ol className="timeline">
        {application.history.map((event, index) => (
          <li key={`${event.status}-${index}`} className="timeline__item">
            <span className="timeline__status">{t(`status.${event.status}`)}</span>
            <time className="timeline__time" dateTime={event.at}>
              {formatDateTime(event.at, locale)}
            </time>
          </li>
        ))}
      </ol>

      {application.status === 'SUBMITTED' ||
      application.status === 'UNDER_REVIEW' ||
      application.status === 'AWAITING_SETTLEMENT' ||
      application.status === 'AWAITING_HRSS_CLOSURE' ? (
        <section aria-labelledby="approve-heading" className="panel">
          <h2 id="approve-heading">{t('staff.approve.heading')}</h2>
          <ApproveForm applicationId={application.id} needsHrss={needsHrss} />
        </section>
      ) : null}
    </>
  );
}
