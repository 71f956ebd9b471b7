import { Link } from 'react-router-dom';
import { Page } from '@/components/ui/page.tsx';
import { cite } from '@/lib/i18n/cite.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import type { Application } from '../api/application-types.ts';
import { findStop } from './find-stop.ts';
import { DraftGate, stepPath } from './step-shell.tsx';
import type { ApplyStep } from './step-shell.tsx';

/** Where each stop is fixed, if the applicant can fix it by changing an answer. */
const FIX_STEP: Record<string, ApplyStep | undefined> = {
  AGENT_REQUIRED: 'who',
  MINOR_NEEDS_GUARDIAN: 'who',
  EXPENSES_NOT_SETTLED: 'declarations',
};

function StopPage({ application }: { application: Application }) {
  const t = useT();
  const stop = findStop(application);
  if (!stop) {
    // Nothing stops this case (any more): carry on where the applicant was.
    return (
      <Page titleKey="wizard.stop.none.title">
        <p>
          <Link to={stepPath('check')}>{t('wizard.stop.none.link')}</Link>
        </p>
      </Page>
    );
  }
  const fix = FIX_STEP[stop.code];
  const prefix = `wizard.stop.${stop.code}`;
  return (
    <Page titleKey={`${prefix}.title`}>
      <p className="stop__rule">{t('wizard.stop.rule', { rule: cite(t, stop.rule) })}</p>
      <p>{t(`${prefix}.body`)}</p>
      <h2>{t('wizard.stop.whatToDo')}</h2>
      {stop.code === 'EXPENSES_NOT_SETTLED' ? (
        <ol className="list list--number">
          <li>{t('wizard.stop.EXPENSES_NOT_SETTLED.step1')}</li>
          <li>{t('wizard.stop.EXPENSES_NOT_SETTLED.step2')}</li>
          <li>{t('wizard.stop.EXPENSES_NOT_SETTLED.step3')}</li>
        </ol>
      ) : (
        <p>{t(`${prefix}.instead`)}</p>
      )}
      <p>
        {fix ? (
          <Link className="button button--primary" to={stepPath(fix)}>
            {t(`${prefix}.fix`)}
          </Link>
        ) : (
          <Link className="button button--primary" to="/track">
            {t(`${prefix}.fix`)}
          </Link>
        )}
      </p>
      <p>{t('wizard.stop.saved')}</p>
    </Page>
  );
}

/** Stop pages: the case cannot be filed as it stands; plain words, the rule, what instead. */
export function StopStep() {
  return (
    <DraftGate step="stop" titleKey="wizard.stop.pageTitle" backTo="who">
      {(application) => (application ? <StopPage application={application} /> : null)}
    </DraftGate>
  );
}
