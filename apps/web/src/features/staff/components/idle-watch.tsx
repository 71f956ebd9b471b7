import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Button } from '@/components/ui/button.tsx';
import { onApiRequest } from '@/lib/api-client.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { getStaffSession, signOut } from '../api/staff-api.ts';

/**
 * The service ends a staff session after `idleMinutes` without a request
 * (docs/decisions/004-authentication.md); it records the last request to the minute. So the page
 * warns three minutes before (one for that rounding, two to answer), offers to continue — any
 * request renews the session — and, unanswered, signs out a minute early itself, so that nobody
 * types into a page whose session has already ended.
 */
const WARN_BEFORE_MS = 3 * 60_000;
const LEAVE_BEFORE_MS = 60_000;
const CHECK_EVERY_MS = 10_000;

export function IdleWatch({ idleMinutes }: { idleMinutes: number }) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  // Set on mount: the page has just asked who is signed in, which renewed the session.
  const lastRequest = useRef(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const [warning, setWarning] = useState(false);
  const [continuing, setContinuing] = useState(false);
  const from = location.pathname + location.search;

  useEffect(() => {
    lastRequest.current = Date.now();
    return onApiRequest(() => {
      lastRequest.current = Date.now();
    });
  }, []);

  useEffect(() => {
    const limit = idleMinutes * 60_000;
    const check = () => {
      const idle = Date.now() - lastRequest.current;
      if (idle >= limit - LEAVE_BEFORE_MS) {
        void signOut()
          .catch(() => undefined)
          .then(() => navigate('/staff/sign-in', { replace: true, state: { from, idleMinutes } }));
      } else {
        setWarning(idle >= limit - WARN_BEFORE_MS);
      }
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [idleMinutes, navigate, from]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (warning && !element.open) element.showModal();
    if (!warning && element.open) element.close();
  }, [warning]);

  const keepGoing = () => {
    setContinuing(true);
    getStaffSession()
      .then(() => setWarning(false))
      .catch(() => navigate('/staff/sign-in', { replace: true, state: { from, idleMinutes } }))
      .finally(() => setContinuing(false));
  };

  return (
    <dialog
      ref={dialog}
      className="staff-dialog"
      aria-labelledby="idle-heading"
      aria-describedby="idle-body"
      // Esc means "I am here": the same as continuing, never a silent dismissal.
      onCancel={(event) => {
        event.preventDefault();
        keepGoing();
      }}
    >
      <h2 id="idle-heading">{t('staff.idle.heading')}</h2>
      <p id="idle-body">{t('staff.idle.body', { minutes: String(idleMinutes) })}</p>
      <div className="button-row">
        <Button busy={continuing} onClick={keepGoing}>
          {t('staff.idle.continue')}
        </Button>
        <Button
          variant="secondary"
          onClick={() =>
            void signOut()
              .catch(() => undefined)
              .then(() => navigate('/staff/sign-in', { replace: true }))
          }
        >
          {t('staff.signOut')}
        </Button>
      </div>
    </dialog>
  );
}
