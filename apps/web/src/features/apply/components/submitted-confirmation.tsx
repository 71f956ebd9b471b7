import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Button } from '@/components/ui/button.tsx';
import { useFocusOnNavigation } from '@/components/ui/page.tsx';
import { LiveRegion } from '@/components/ui/status-message.tsx';
import { extendMessages, useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { useDocumentTitle } from '@/lib/use-document-title.ts';
import { readSubmitted } from './submitted-store.ts';
import { uiWithdrawEn } from '@/lib/i18n/ui-withdraw-en.ts';
import { uiWithdrawZhCn } from '@/lib/i18n/ui-withdraw-zh-cn.ts';
import { CodeText } from '@/components/ui/code-text.tsx';

// The link to the withdrawal page is worded in that page's dictionary (lazy, like this page).
extendMessages({ 'zh-CN': uiWithdrawZhCn, en: uiWithdrawEn });

export function SubmittedConfirmation() {
  const t = useT();
  const { locale } = useLocale();
  const location = useLocation();
  const headingRef = useFocusOnNavigation<HTMLHeadingElement>();
  const [copied, setCopied] = useState(false);
  useDocumentTitle('apply.submitted.title');
  const stored = readSubmitted();
  const fromState = (location.state as { reference?: string } | null)?.reference;
  const reference = fromState ?? stored?.reference;
  const centre = stored?.centre ?? null;

  if (!reference) {
    return (
      <div className="page">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('apply.submitted.missingTitle')}
        </h1>
        <p>
          <Link className="action-link" to="/track">
            {t('landing.track.link')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <div className="panel panel--confirmation">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('apply.submitted.title')}
        </h1>
        <p className="panel__body">
          {t('apply.submitted.referenceLabel')}
          <br />
          <strong className="reference" data-testid="reference">
            <CodeText value={reference} />
          </strong>
        </p>
      </div>
      <p>
        <Button
          variant="secondary"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(reference)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {t('apply.submitted.copy')}
        </Button>
      </p>
      <LiveRegion>{copied ? <p>{t('apply.submitted.copied')}</p> : null}</LiveRegion>
      <p>{t('apply.submitted.keep')}</p>

      <h2>{t('apply.submitted.nextHeading')}</h2>
      {/* Guide §II.4–5: examination and approval, then the certificate at the centre, originals checked. */}
      <ol className="list list--number">
        <li>{t('apply.submitted.next.review')}</li>
        {/* docs/rules.md §5.1: the visit is booked only once approved, so nobody looks for it now. */}
        <li>{t('apply.submitted.next.book')}</li>
        <li>
          {centre
            ? t('apply.submitted.next.collectAt', {
                centre: locale === 'en' ? centre.nameEn : centre.nameZh,
                address: locale === 'en' ? centre.addressEn : centre.addressZh,
              })
            : t('apply.submitted.next.collect')}
        </li>
        <li>{t('apply.submitted.next.originals')}</li>
        <li>{t('apply.submitted.next.bank')}</li>
      </ol>
      <p>
        <Link className="action-link" to="/track">
          {t('apply.submitted.track')}
        </Link>
      </p>
      <p>
        <Link className="action-link" to="/apply/withdraw">
          {t('apply.withdraw.link')}
        </Link>
      </p>
    </div>
  );
}
