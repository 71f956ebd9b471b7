import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

/**
 * Step-up (docs/decisions/004-authentication.md): before a change to someone's account, the
 * service asks again for the actor's own password. `ask()` opens a modal that asks for it and
 * resolves with what was typed, or null when the person cancels; `dialog` is rendered once by
 * the page. The password lives only in this component's state until it is sent.
 */
export function useStepUp(): { ask: () => Promise<string | null>; dialog: ReactNode } {
  const t = useT();
  const element = useRef<HTMLDialogElement>(null);
  const pending = useRef<((password: string | null) => void) | null>(null);
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const dialog = element.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const finish = (value: string | null) => {
    pending.current?.(value);
    pending.current = null;
    setPassword('');
    setMissing(false);
    setOpen(false);
  };

  const ask = useCallback(
    () =>
      new Promise<string | null>((resolve) => {
        pending.current = resolve;
        setOpen(true);
      }),
    [],
  );

  const dialog = (
    <dialog
      ref={element}
      className="staff-dialog"
      aria-labelledby="step-up-heading"
      onCancel={(event) => {
        event.preventDefault();
        finish(null);
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (password === '') setMissing(true);
          else finish(password);
        }}
      >
        <h2 id="step-up-heading">{t('staff.stepUp.heading')}</h2>
        <p id="step-up-hint">{t('staff.stepUp.hint')}</p>
        <label className="field__label" htmlFor="step-up-password">
          {t('staff.stepUp.password')}
        </label>
        {missing ? (
          <p className="field__error" id="step-up-error" role="alert">
            {t('error.password.required')}
          </p>
        ) : null}
        <input
          id="step-up-password"
          className="input"
          type="password"
          autoComplete="current-password"
          aria-describedby={missing ? 'step-up-hint step-up-error' : 'step-up-hint'}
          aria-invalid={missing || undefined}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit">{t('staff.stepUp.confirm')}</Button>
          <Button variant="secondary" onClick={() => finish(null)}>
            {t('staff.stepUp.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
  return { ask, dialog };
}
