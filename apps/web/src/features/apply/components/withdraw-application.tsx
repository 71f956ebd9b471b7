import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { canTransition } from '@ssc/domain/status';
import type { ApplicationStatus } from '@ssc/domain/codes';
import { Button } from '@/components/ui/button.tsx';
import { Page } from '@/components/ui/page.tsx';
import { LiveRegion, Notice } from '@/components/ui/status-message.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { extendMessages, useT } from '@/lib/i18n/i18n-provider.tsx';
import { uiWithdrawEn } from '@/lib/i18n/ui-withdraw-en.ts';
import { uiWithdrawZhCn } from '@/lib/i18n/ui-withdraw-zh-cn.ts';
import { getApplication, withdrawApplication } from '../api/application-api.ts';
import { readDraftId } from '../api/draft-storage.ts';
import { useDraft } from './draft-provider.tsx';

extendMessages({ 'zh-CN': uiWithdrawZhCn, en: uiWithdrawEn });

type View =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error' }
  | { kind: 'open'; reference: string; status: ApplicationStatus; failed: boolean }
  | { kind: 'too-late'; reference: string; status: ApplicationStatus }
  | { kind: 'withdrawn'; reference: string };

function describe(reference: string, status: ApplicationStatus): View {
  if (status === 'WITHDRAWN') return { kind: 'withdrawn', reference };
  // The lifecycle in the domain decides: drafts and applications not yet approved (docs/rules.md §5).
  return canTransition(status, 'WITHDRAWN', 'APPLICANT')
    ? { kind: 'open', reference, status, failed: false }
    : { kind: 'too-late', reference, status };
}

/**
 * The applicant withdraws their own application (the one this browser remembers; the access
 * token travels in its HttpOnly cookie). The page says what withdrawing means before anything
 * is sent, and the button is the confirmation.
 */
export function WithdrawApplication() {
  const t = useT();
  const { reloadDraft } = useDraft();
  const [view, setView] = useState<View>(() =>
    readDraftId() ? { kind: 'loading' } : { kind: 'missing' },
  );
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const id = readDraftId();
    if (!id) return;
    const controller = new AbortController();
    getApplication(id, controller.signal)
      .then((application) => setView(describe(application.reference, application.status)))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setView(
          isApiError(error, 401) || isApiError(error, 404)
            ? { kind: 'missing' }
            : { kind: 'error' },
        );
      });
    return () => controller.abort();
  }, []);

  async function withdraw(reference: string, status: ApplicationStatus) {
    const id = readDraftId();
    if (!id) return;
    setSending(true);
    try {
      const result = await withdrawApplication(id);
      setView({ kind: 'withdrawn', reference: result.reference });
      // The wizard forgets it as a draft: a new application starts afresh.
      await reloadDraft();
    } catch (error) {
      if (isApiError(error, 409)) {
        // Decided meanwhile (e.g. approved): show what it is now.
        const fresh = await getApplication(id).catch(() => null);
        setView(fresh ? describe(fresh.reference, fresh.status) : { kind: 'error' });
      } else {
        setView({ kind: 'open', reference, status, failed: true });
      }
    } finally {
      setSending(false);
    }
  }

  if (view.kind === 'withdrawn') {
    return (
      <Page titleKey="apply.withdraw.doneTitle">
        <div className="panel panel--confirmation">
          <p className="panel__body">
            {t('apply.withdraw.doneBody', { reference: view.reference })}
          </p>
        </div>
        <p>
          <Link className="action-link" to="/apply/who">
            {t('apply.withdraw.startAgain')}
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page titleKey="apply.withdraw.title">
      {view.kind === 'loading' ? (
        <p className="loading" role="status">
          {t('ui.loading')}
        </p>
      ) : null}
      {view.kind === 'missing' ? (
        <>
          <p>{t('apply.withdraw.missing')}</p>
          <p>
            <Link className="action-link" to="/track">
              {t('landing.track.link')}
            </Link>
          </p>
        </>
      ) : null}
      {view.kind === 'error' ? <Notice kind="error">{t('apply.withdraw.failed')}</Notice> : null}
      {view.kind === 'too-late' ? (
        <>
          <p>{t('apply.withdraw.reference', { reference: view.reference })}</p>
          <Notice kind="warning">
            <p>{t('apply.withdraw.tooLate', { status: t(`status.${view.status}`) })}</p>
          </Notice>
          <p>
            <Link className="action-link" to="/track">
              {t('landing.track.link')}
            </Link>
          </p>
        </>
      ) : null}
      {view.kind === 'open' ? (
        <>
          <p>
            {t('apply.withdraw.reference', { reference: view.reference })}
            <br />
            {t('apply.withdraw.status', { status: t(`status.${view.status}`) })}
          </p>
          <h2>{t('apply.withdraw.meansHeading')}</h2>
          <ul className="list list--bullet">
            <li>{t('apply.withdraw.means.stop')}</li>
            <li>{t('apply.withdraw.means.card')}</li>
            <li>{t('apply.withdraw.means.final')}</li>
          </ul>
          <LiveRegion>
            {view.failed ? <Notice kind="error">{t('apply.withdraw.failed')}</Notice> : null}
          </LiveRegion>
          <p>
            <Button
              variant="warning"
              busy={sending}
              onClick={() => void withdraw(view.reference, view.status)}
            >
              {t('apply.withdraw.confirm')}
            </Button>
          </p>
          <p>
            <Link className="action-link" to="/">
              {t('apply.withdraw.keep')}
            </Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}
