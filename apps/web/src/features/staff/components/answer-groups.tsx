import { CORRECTABLE_ANSWERS, type CorrectableAnswer } from '@ssc/domain/codes';
import type { ReactNode } from 'react';
import type { DocumentKind } from '@ssc/domain/codes';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import type { StaffApplication } from '../api/staff-api.ts';
import { GroupedDigits } from './grouped-digits.tsx';

export type AnswerGroup = 'reason' | 'cardholder' | 'card' | 'agent' | 'declarations';

// docs/rules.md §4: which answers each scan is evidence for, so the reviewer sees them side by side.
const GROUP_OF_KIND: Record<DocumentKind, AnswerGroup> = {
  CARDHOLDER_ID_FRONT: 'cardholder',
  CARDHOLDER_ID_BACK: 'cardholder',
  HOUSEHOLD_REGISTER: 'cardholder',
  CARD_FRONT: 'card',
  CARD_BACK: 'card',
  AGENT_ID_FRONT: 'agent',
  AGENT_ID_BACK: 'agent',
  ENTRUSTMENT_CERTIFICATE: 'agent',
  GUARDIANSHIP_PROOF: 'agent',
  DEATH_PROOF: 'reason',
  DISAPPEARANCE_PROOF: 'reason',
  ABROAD_PROOF: 'reason',
  NATIONALITY_PROOF: 'reason',
  DEPARTURE_PROOF: 'reason',
  TRANSFER_PROOF: 'reason',
  OTHER_SUPPORTING: 'reason',
};

export function groupOfKind(kind: DocumentKind): AnswerGroup {
  return GROUP_OF_KIND[kind] ?? 'reason';
}

// Labels for the answers a reviewer may send back for correction (the list is the domain's).
const CORRECTABLE_LABELS: Record<CorrectableAnswer, string> = {
  explanation: 'apply.reason.explanation',
  'cardholder.name': 'apply.cardholder.name',
  'cardholder.idNumber': 'apply.cardholder.idNumber',
  'cardholder.birthDate': 'apply.cardholder.birthDate',
  'cardholder.cardNumber': 'apply.cardholder.cardNumber',
  'cardholder.lossReportReference': 'apply.cardholder.lossReportReference',
  'agent.name': 'staff.application.agentName',
  'agent.idNumber': 'staff.application.agentId',
  'agent.phone': 'staff.application.agentPhone',
  'agent.relationship': 'staff.application.agentRelationship',
};

/** Answers a reviewer may send back for correction, by their path in the case (docs/api.md). */
export const CORRECTABLE_FIELDS: { field: CorrectableAnswer; labelKey: string }[] =
  CORRECTABLE_ANSWERS.map((field) => ({ field, labelKey: CORRECTABLE_LABELS[field] }));

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One group of the applicant's answers as a description list. */
export function AnswerRows({
  application,
  group,
}: {
  application: StaffApplication;
  group: AnswerGroup;
}) {
  const t = useT();
  const { locale } = useLocale();
  const answers = application.case;
  const holder = answers.cardholder ?? {};
  const agent = answers.agent;
  const none = '–';
  switch (group) {
    case 'reason':
      return (
        <>
          <Row label={t('apply.check.reason')}>
            {answers.reason ? t(`reason.${answers.reason}`) : none}
          </Row>
          {answers.explanation ? (
            <Row label={t('apply.reason.explanation')}>{answers.explanation}</Row>
          ) : null}
        </>
      );
    case 'cardholder':
      return (
        <>
          <Row label={t('apply.cardholder.name')}>{holder.name ?? none}</Row>
          <Row label={t('apply.cardholder.idType')}>
            {holder.idType ? t(`idType.${holder.idType}`) : none}
          </Row>
          <Row label={t('apply.cardholder.idNumber')}>
            {holder.idNumber ? <GroupedDigits value={holder.idNumber} /> : none}
          </Row>
          {holder.birthDate ? (
            <Row label={t('apply.cardholder.birthDate')}>{holder.birthDate}</Row>
          ) : null}
        </>
      );
    case 'card':
      return (
        <>
          <Row label={t('apply.cardholder.name')}>{holder.name ?? none}</Row>
          <Row label={t('apply.cardholder.cardNumber')}>
            {holder.cardNumber ? <GroupedDigits value={holder.cardNumber} /> : none}
          </Row>
          <Row label={t('apply.check.cardLost')}>{holder.cardLost ? t('ui.yes') : t('ui.no')}</Row>
          {holder.cardLost ? (
            <Row label={t('apply.cardholder.lossReportReference')}>
              {holder.lossReportReference ?? none}
            </Row>
          ) : null}
        </>
      );
    case 'agent':
      return (
        <>
          <Row label={t('staff.queue.filer')}>
            {answers.filer ? t(`filerRole.${answers.filer.role}`) : none}
          </Row>
          {agent ? (
            <>
              <Row label={t('staff.application.agentName')}>{agent.name ?? none}</Row>
              <Row label={t('staff.application.agentId')}>
                {agent.idType ? (
                  <>
                    {t(`idType.${agent.idType}`)}{' '}
                    {agent.idNumber ? <GroupedDigits value={agent.idNumber} /> : null}
                  </>
                ) : (
                  none
                )}
              </Row>
              <Row label={t('staff.application.agentPhone')}>{agent.phone ?? none}</Row>
              <Row label={t('staff.application.agentRelationship')}>
                {agent.relationship ? t(`relationship.${agent.relationship}`) : none}
              </Row>
            </>
          ) : null}
          <Row label={t('apply.cardholder.name')}>{holder.name ?? none}</Row>
        </>
      );
    case 'declarations':
      return (
        <>
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
        </>
      );
  }
}
