import { Link } from 'react-router-dom';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import type { SameCardApplication } from '../api/staff-api.ts';
import { CodeText } from '@/components/ui/code-text.tsx';

/**
 * docs/rules.md §3.6: one open cancellation per card. A second application for a card is
 * accepted and shown here, to staff only, so that a stranger's application cannot lock the
 * real cardholder out: staff compare the two and refuse the one that should not stand
 * (docs/decisions/014-one-open-application-without-an-oracle.md).
 */
export function SameCardNotice({ others }: { others: SameCardApplication[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (others.length === 0) return null;
  return (
    <div className="notice notice--warning">
      <p>
        <strong>{t('staff.sameCard.heading')}</strong>
      </p>
      <p>{t('staff.sameCard.body')}</p>
      <ul className="list">
        {others.map((other) => (
          <li key={other.id}>
            <Link to={`/staff/applications/${encodeURIComponent(other.id)}`}>
              <span className="reference-inline">
                <CodeText value={other.reference} />
              </span>
            </Link>{' '}
            {t('staff.sameCard.item', {
              status: t(`status.${other.status}`),
              centre: other.centre
                ? locale === 'en'
                  ? other.centre.nameEn
                  : other.centre.nameZh
                : t('staff.sameCard.noCentre'),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
