import { useEffect, useRef } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useTranslateKnown, useT } from '@/lib/i18n/i18n-provider.tsx';
import { toFieldId } from './field-id.ts';

export interface SummaryError {
  /** `#field-…` for a field, absent for a problem with the whole form. */
  href?: string;
  /** An i18n key: zod and server messages are keys (`error.idNumber.checkDigit`). */
  messageKey?: string;
  /** Text already translated by the caller. */
  text?: string;
}

export function flattenFieldErrors(errors: FieldErrors, prefix = ''): SummaryError[] {
  const out: SummaryError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) {
      out.push(
        name.startsWith('root')
          ? { messageKey: message }
          : { href: `#${toFieldId(name)}`, messageKey: message },
      );
    } else {
      out.push(...flattenFieldErrors(value as FieldErrors, name));
    }
  }
  return out;
}

function focusTarget(href: string): void {
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  // GOV.UK pattern: scroll the label/legend into view too, then focus the control.
  const label =
    target.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${target.id}"]`);
  (label ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  /** Bump after each failed attempt: the summary takes focus once it is on screen (GOV.UK pattern). */
  focusRequest: number;
}

export function ErrorSummary({ errors, focusRequest }: ErrorSummaryProps) {
  const t = useT();
  const translateKnown = useTranslateKnown();
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef(0);
  const shown = errors.length > 0;

  useEffect(() => {
    // The errors may arrive a render after the failed attempt is counted; focus when both are in.
    if (shown && focusRequest > focusedFor.current && ref.current) {
      focusedFor.current = focusRequest;
      ref.current.focus();
    }
  }, [shown, focusRequest]);

  if (!shown) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {t('ui.errorSummary.title')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error, index) => {
          const text = error.text ?? translateKnown(error.messageKey, 'error.invalid');
          return (
            <li key={`${error.href ?? 'form'}-${index}`}>
              {error.href ? (
                <a
                  href={error.href}
                  onClick={(event) => {
                    event.preventDefault();
                    focusTarget(error.href ?? '');
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
