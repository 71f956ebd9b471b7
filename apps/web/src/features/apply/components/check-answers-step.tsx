import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '@/components/ui/button.tsx';
import { ErrorSummary } from '@/components/ui/error-summary.tsx';
import type { SummaryError } from '@/components/ui/error-summary.tsx';
import { Page } from '@/components/ui/page.tsx';
import { describeFailure } from '@/components/ui/apply-server-errors.ts';
import { isApiError } from '@/lib/api-client.ts';
import type { ProblemBlocker } from '@/lib/api-client.ts';
import { cite } from '@/lib/i18n/cite.ts';
import { extendMessages, useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { centres, submitApplication } from '../api/application-api.ts';
import { useKeptResource } from '@/lib/use-api-resource.ts';
import type { Application, Centre } from '../api/application-types.ts';
import { CorrectionNotice } from './correction-notice.tsx';
import { useDraft } from './draft-provider.tsx';
import { findFilerKind } from './filer-kind.ts';
import { changePath, DraftGate } from './step-shell.tsx';
import type { ApplyStep } from './step-shell.tsx';
import { storeSubmitted } from './submitted-store.ts';
import { uiWithdrawEn } from '@/lib/i18n/ui-withdraw-en.ts';
import { uiWithdrawZhCn } from '@/lib/i18n/ui-withdraw-zh-cn.ts';

extendMessages({ 'zh-CN': uiWithdrawZhCn, en: uiWithdrawEn });

interface Row {
  key: string;
  label: string;
  value: ReactNode;
  step: ApplyStep;
}

function SummaryList({ rows }: { rows: Row[] }) {
  const t = useT();
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
          <dd className="summary-list__action">
            <Link to={changePath(row.step)}>
              {t('ui.change')}
              <span className="visually-hidden"> {row.label}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function useCentre(application: Application | null): Centre | null {
  const given = application?.centre ?? null;
  const id = application?.case.serviceCentre;
  // The view names its centre; only one chosen since it was read is looked up in the list.
  const needed = Boolean(id) && given?.id !== id;
  const list = useKeptResource(centres, needed);
  if (!needed || list.status === 'loading') return given;
  return list.status === 'ready' ? (list.data.find((c) => c.id === id) ?? null) : given;
}

function CheckAnswers({ application }: { application: Application }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { markSubmitted } = useDraft();
  const centre = useCentre(application);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const answers = application.case;
  const holder = answers.cardholder ?? {};
  const yes = t('ui.yes');
  const no = t('ui.no');
  const notAnswered = <span className="muted">{t('apply.check.notAnswered')}</span>;

  const kind = findFilerKind(application);
  const agent = answers.agent;
  const rows: Row[] = [
    {
      key: 'who',
      label: t('wizard.who.title'),
      value: kind ? t(`wizard.who.${kind}`) : notAnswered,
      step: 'who',
    },
    {
      key: 'reason',
      label: t('apply.check.reason'),
      value: answers.reason ? t(`reason.${answers.reason}`) : notAnswered,
      step: 'reason',
    },
  ];
  if (answers.reason === 'OTHER') {
    rows.push({
      key: 'explanation',
      label: t('apply.reason.explanation'),
      value: answers.explanation || notAnswered,
      step: 'reason',
    });
  }
  rows.push(
    {
      key: 'name',
      label: t('apply.cardholder.name'),
      value: holder.name || notAnswered,
      step: 'cardholder',
    },
    {
      key: 'idType',
      label: t('apply.cardholder.idType'),
      value: holder.idType ? t(`idType.${holder.idType}`) : notAnswered,
      step: 'cardholder',
    },
    {
      key: 'idNumber',
      label: t('apply.cardholder.idNumber'),
      value: holder.idNumber || notAnswered,
      step: 'cardholder',
    },
  );
  if (holder.birthDate)
    rows.push({
      key: 'birthDate',
      label: t('apply.cardholder.birthDate'),
      value: holder.birthDate,
      step: 'cardholder',
    });
  rows.push(
    {
      key: 'cardNumber',
      label: t('apply.cardholder.cardNumber'),
      value: holder.cardNumber || notAnswered,
      step: 'cardholder',
    },
    {
      key: 'cardLost',
      label: t('apply.check.cardLost'),
      value: holder.cardLost ? yes : no,
      step: 'cardholder',
    },
  );
  if (holder.cardLost) {
    rows.push({
      key: 'loss',
      label: t('apply.cardholder.lossReportReference'),
      value: holder.lossReportReference || notAnswered,
      step: 'cardholder',
    });
  }
  // Art. 27: both identities when someone files for the cardholder.
  if (answers.filer?.role === 'AGENT' || answers.filer?.role === 'GUARDIAN') {
    rows.push(
      {
        key: 'agentName',
        label: t('wizard.agent.name'),
        value: agent?.name || notAnswered,
        step: 'agent',
      },
      {
        key: 'agentId',
        label: t('wizard.agent.idNumber'),
        value:
          agent?.idType && agent.idNumber
            ? `${t(`idType.${agent.idType}`)} ${agent.idNumber}`
            : notAnswered,
        step: 'agent',
      },
      {
        key: 'agentPhone',
        label: t('wizard.agent.phone'),
        value: agent?.phone || notAnswered,
        step: 'agent',
      },
      {
        key: 'agentRelationship',
        label: t('wizard.agent.relationship'),
        value: agent?.relationship ? t(`relationship.${agent.relationship}`) : notAnswered,
        step: 'agent',
      },
    );
  }
  rows.push(
    {
      key: 'documents',
      label: t('apply.check.documents'),
      value: (
        <ul className="plain-list">
          {application.eligibility.requiredDocuments.map((kind) => (
            <li key={kind}>
              {t(`documentKind.${kind}`)}
              {' – '}
              {application.documents.some((doc) => doc.kind === kind) ? (
                t('apply.documents.status.uploaded')
              ) : (
                <strong>{t('apply.documents.status.missing')}</strong>
              )}
            </li>
          ))}
        </ul>
      ),
      step: 'documents',
    },
    {
      key: 'expenses',
      label: t('wizard.declarations.expenses'),
      value: answers.declarations?.expensesSettled ? yes : no,
      step: 'declarations',
    },
    {
      key: 'centre',
      label: t('apply.declarations.centre'),
      value: centre
        ? locale === 'en'
          ? centre.nameEn
          : centre.nameZh
        : answers.serviceCentre || notAnswered,
      step: 'centre',
    },
    {
      key: 'consequences',
      label: t('wizard.consequences.title'),
      value: answers.declarations?.consequencesAcknowledged
        ? t('wizard.check.acknowledged')
        : notAnswered,
      step: 'consequences',
    },
  );

  function blockerText(blocker: ProblemBlocker): string {
    const text = t(blocker.messageKey ?? `blocker.${blocker.code}`);
    return blocker.rule ? t('ui.blocker.rule', { text, rule: cite(t, blocker.rule) }) : text;
  }

  async function submit(): Promise<void> {
    setSubmitting(true);
    setErrors([]);
    try {
      const result = await submitApplication(application.id);
      storeSubmitted({ reference: result.reference, centre });
      markSubmitted();
      await navigate('/apply/submitted', { state: { reference: result.reference } });
    } catch (error) {
      const blockers = isApiError(error, 422) ? error.problem.blockers : undefined;
      setErrors(
        blockers?.length
          ? blockers.map((blocker) => ({ text: blockerText(blocker) }))
          : [{ messageKey: describeFailure(error) }],
      );
      setFocusRequest((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Page titleKey="apply.check.title">
      <ErrorSummary focusRequest={focusRequest} errors={errors} />
      <CorrectionNotice application={application} page="check" />
      <SummaryList rows={rows} />
      <h2>{t('apply.check.sendHeading')}</h2>
      <p>{t('apply.check.sendBody')}</p>
      <Button busy={submitting} onClick={() => void submit()}>
        {t('apply.check.submit')}
      </Button>
      <p>
        <Link className="action-link" to="/apply/withdraw">
          {t('apply.withdraw.link')}
        </Link>
      </p>
    </Page>
  );
}

export function CheckAnswersStep() {
  return (
    <DraftGate step="check" titleKey="apply.check.title">
      {(application) => (application ? <CheckAnswers application={application} /> : null)}
    </DraftGate>
  );
}
