import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { useDocumentTitle } from '@/lib/use-document-title.ts';
import type { Application } from '../api/application-types.ts';
import { useDraft } from './draft-provider.tsx';
import { RemovedNoticeBox } from './removed-notice.tsx';

export const APPLY_STEPS = [
  'who',
  'reason',
  'cardholder',
  'agent',
  'needs',
  'documents',
  'declarations',
  'centre',
  'consequences',
  'check',
] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

/** The pages this case goes through: the agent page only when someone files for the cardholder. */
export function stepsFor(application: Application | null): ApplyStep[] {
  const role = application?.case.filer?.role;
  return APPLY_STEPS.filter((step) => step !== 'agent' || role === 'AGENT' || role === 'GUARDIAN');
}

/** The page after `step` for this case. */
export function nextStep(application: Application, step: ApplyStep): ApplyStep {
  const steps = stepsFor(application);
  return steps[steps.indexOf(step) + 1] ?? 'check';
}

export function stepPath(step: ApplyStep | 'stop'): string {
  return `/apply/${step}`;
}

/** A "change" link from the check page: the page, marked so that "Continue" comes back. */
export function changePath(step: ApplyStep): string {
  return `${stepPath(step)}?from=check`;
}

/**
 * Where "Continue" leads from `step`: the next page, or — when the applicant came to change an
 * answer from the check page — straight back there (the check page lists anything the change
 * left unanswered). "Who is filing" leads on to the reason, still marked, since the reasons
 * offered depend on it.
 */
export function useContinuePath(): (application: Application, step: ApplyStep) => string {
  const [params] = useSearchParams();
  const fromCheck = params.get('from') === 'check';
  return (application, step) => {
    if (!fromCheck) return stepPath(nextStep(application, step));
    if (step === 'who') return changePath('reason');
    if (step === 'needs') return changePath('documents');
    return stepPath('check');
  };
}

interface DraftGateProps {
  step: ApplyStep | 'stop';
  titleKey: string;
  /** The first page may start without a draft; later pages need one. */
  allowNoDraft?: boolean;
  /** Where "Back" leads on a page outside the numbered steps (the stop page). */
  backTo?: ApplyStep;
  children: (application: Application | null) => ReactNode;
}

/** Waits for the saved draft (so every page shows what was answered before) and sends a lost visitor back to the start. */
export function DraftGate({
  step,
  titleKey,
  allowNoDraft = false,
  backTo,
  children,
}: DraftGateProps) {
  const t = useT();
  const { state, reloadDraft, removedNotice, consumeRemovedNotice } = useDraft();
  useDocumentTitle(titleKey);
  // What the last change of answer removed is said once, on the page that follows it.
  const [notice] = useState(removedNotice);
  useEffect(() => {
    if (notice) consumeRemovedNotice(notice.id);
  }, [notice, consumeRemovedNotice]);
  const application = state.kind === 'ready' ? state.application : null;
  const steps = stepsFor(application);
  const index = step === 'stop' ? -1 : steps.indexOf(step);
  const previous = index > 0 ? steps[index - 1] : backTo;

  let body: ReactNode;
  if (state.kind === 'loading') {
    body = (
      <p className="loading" role="status">
        {t('ui.loading')}
      </p>
    );
  } else if (state.kind === 'error') {
    body = (
      <div className="page">
        <h1>{t('apply.loadError.title')}</h1>
        <p role="alert">{t('apply.loadError.body')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void reloadDraft()}
        >
          {t('ui.retry')}
        </button>
      </div>
    );
  } else if (state.kind === 'submitted') {
    // The route change to the confirmation is a transition (lazy chunk); this page may still
    // render meanwhile, and must not bounce the user back to the start.
    return <Navigate to="/apply/submitted" replace />;
  } else if (state.kind === 'none' && !allowNoDraft) {
    return <Navigate to={stepPath('who')} replace />;
  } else {
    body = (
      <>
        {notice ? <RemovedNoticeBox removed={notice.removed} /> : null}
        {children(application)}
      </>
    );
  }

  return (
    <>
      <nav aria-label={t('apply.progress.label')} className="step-nav no-print">
        {previous ? (
          <Link to={stepPath(previous)} className="back-link">
            {t('ui.back')}
          </Link>
        ) : (
          <Link to="/" className="back-link">
            {t('ui.back')}
          </Link>
        )}
        {index >= 0 ? (
          <p className="step-nav__count">
            {t('apply.progress.step', { current: index + 1, total: steps.length })}
          </p>
        ) : null}
      </nav>
      {body}
    </>
  );
}
