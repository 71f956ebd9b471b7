import type { CorrectableAnswer } from '@ssc/domain/codes';
import { Link } from 'react-router-dom';
import { extendMessages, useT } from '@/lib/i18n/i18n-provider.tsx';
import { uiUploadEn } from '@/lib/i18n/ui-upload-en.ts';
import { uiUploadZhCn } from '@/lib/i18n/ui-upload-zh-cn.ts';
import type { Application, Correction } from '../api/application-types.ts';
import { stepPath } from './step-shell.tsx';
import type { ApplyStep } from './step-shell.tsx';

// The correction wording lives with the upload wording: both travel in the lazy apply chunks,
// never in the landing page's entry bundle (ADR 003). Registering twice is harmless.
extendMessages({ 'zh-CN': uiUploadZhCn, en: uiUploadEn });

// Answers staff may ask to correct (the back office's list, by case path), with the wizard's
// own labels and the page that asks them.
const FIELDS: Record<CorrectableAnswer, { labelKey: string; step: ApplyStep }> = {
  explanation: { labelKey: 'apply.reason.explanation', step: 'reason' },
  'cardholder.name': { labelKey: 'apply.cardholder.name', step: 'cardholder' },
  'cardholder.idNumber': { labelKey: 'apply.cardholder.idNumber', step: 'cardholder' },
  'cardholder.birthDate': { labelKey: 'apply.cardholder.birthDate', step: 'cardholder' },
  'cardholder.cardNumber': { labelKey: 'apply.cardholder.cardNumber', step: 'cardholder' },
  'cardholder.lossReportReference': {
    labelKey: 'apply.cardholder.lossReportReference',
    step: 'cardholder',
  },
  'agent.name': { labelKey: 'wizard.agent.name', step: 'agent' },
  'agent.idNumber': { labelKey: 'wizard.agent.idNumber', step: 'agent' },
  'agent.phone': { labelKey: 'wizard.agent.phone', step: 'agent' },
  'agent.relationship': { labelKey: 'wizard.agent.relationship', step: 'agent' },
};

/** The open return for correction (Guide §II.4 补正); empty when the applicant is not asked to fix anything. */
export function listCorrections(application: Application): Correction[] {
  return application.status === 'RETURNED_FOR_CORRECTION' ? (application.corrections ?? []) : [];
}

/** The correction naming this stored document, if staff asked for it to be replaced. */
export function findDocumentCorrection(
  corrections: Correction[],
  documentId: string,
): Correction | undefined {
  return corrections.find((item) => item.target.documentId === documentId);
}

/**
 * "What to correct": each document or answer staff named, why (in the reader's language),
 * and the staff note. A named scan that is no longer stored has been replaced: said so, so
 * the applicant sees what is left to do. Shown on the documents step and the check page.
 */
export function CorrectionNotice({
  application,
  page,
}: {
  application: Application;
  page: 'documents' | 'check';
}) {
  const t = useT();
  const corrections = listCorrections(application);
  if (application.status !== 'RETURNED_FOR_CORRECTION') return null;
  const storedIds = new Set(application.documents.map((doc) => doc.id));
  const storedKinds = new Set(application.documents.map((doc) => doc.kind));
  return (
    <div className="notice notice--warning" data-testid="correction-notice">
      <h2 className="notice__title">{t('apply.correction.heading')}</h2>
      <p>{t(page === 'check' ? 'apply.correction.introCheck' : 'apply.correction.intro')}</p>
      {corrections.length > 0 ? (
        <ul className="list list--bullet">
          {corrections.map((item, index) => {
            const { documentId, kind, field } = item.target;
            const answer = field ? FIELDS[field as CorrectableAnswer] : undefined;
            const label = kind
              ? t(`documentKind.${kind}`)
              : answer
                ? t(answer.labelKey)
                : t('apply.correction.otherAnswer');
            // A named scan is done once it is gone (replaced or removed); a missing kind once one is stored.
            const done = documentId
              ? !storedIds.has(documentId) && (!kind || storedKinds.has(kind))
              : kind
                ? storedKinds.has(kind)
                : false;
            const fixAt: ApplyStep | null = kind ? 'documents' : (answer?.step ?? null);
            return (
              <li key={`${documentId ?? kind ?? field ?? ''}-${index}`}>
                <strong>{label}</strong>: {t(`reviewReason.${item.reason}`)}
                {item.note ? <> {t('apply.correction.note', { note: item.note })}</> : null}
                {done ? (
                  <>
                    {' '}
                    <span className="tag tag--done">{t('apply.correction.replaced')}</span>
                  </>
                ) : fixAt && !(fixAt === 'documents' && page === 'documents') ? (
                  <>
                    {' '}
                    <Link to={stepPath(fixAt)}>
                      {t('apply.correction.fix')}
                      <span className="visually-hidden"> {label}</span>
                    </Link>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {application.correctionMessage ? (
        <p>{t('apply.correction.message', { message: application.correctionMessage })}</p>
      ) : null}
    </div>
  );
}
