import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { useT } from '../../../lib/i18n/i18n-provider.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import type { Application } from '../api/application-types.ts';
import { useDraft } from './draft-provider.tsx';

export const APPLY_STEPS = ['reason', 'cardholder', 'documents', 'declarations', 'check'] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

export function stepPath(step: ApplyStep): string {
  return `/apply/${step}`;
}

interface DraftGateProps {
  step: ApplyStep;
  titleKey: string;
  /** The reason page may start without a draft; later pages need one. */
  allowNoDraft?: boolean;
  children: (application: Application | null) => ReactNode;
}

/** Waits for the saved draft (so every page shows what was answered before) and sends a lost visitor back to the start. */
export function DraftGate({ step, titleKey, allowNoDraft = false, children }: DraftGateProps) {
  const t = useT();
  const { state, reloadDraft } = useDraft();
  useDocumentTitle(titleKey);
  const index = APPLY_STEPS.indexOf(step);
  const previous = index > 0 ? APPLY_STEPS[index - 1] : undefined;

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
    return <Navigate to={stepPath('reason')} replace />;
  } else {
    body = children(state.kind === 'ready' ? state.application : null);
  }

  return (
    <>
      <nav aria-label={t('apply.progress.label')} className="step-nav">
        {previous ? (
          <Link to={stepPath(previous)} className="back-link">
            {t('ui.back')}
          </Link>
        ) : (
          <Link to="/" className="back-link">
            {t('ui.back')}
          </Link>
        )}
        <p className="step-nav__count">
          {t('apply.progress.step', { current: index + 1, total: APPLY_STEPS.length })}
        </p>
      </nav>
      {body}
    </>
  );
}
