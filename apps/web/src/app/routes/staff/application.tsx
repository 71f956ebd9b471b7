import { useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Page } from '@/components/ui/page.tsx';
import { ApplicationReview } from '@/features/staff/components/application-review.tsx';
import { parseQueueSearch, serialiseQueueSearch } from '@/features/staff/lib/queue-search.ts';
import type { QueueLinkState } from '@/features/staff/lib/queue-search.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

/** The queue the reviewer came from, filters included; the plain queue when opened directly. */
function queueSearchOf(state: unknown): string {
  const raw = (state as Partial<QueueLinkState> | null)?.queueSearch;
  if (typeof raw !== 'string') return '';
  // History state outlives this version of the page; check it like any query string.
  return serialiseQueueSearch(parseQueueSearch(new URLSearchParams(raw))).toString();
}

export function StaffApplicationRoute() {
  const t = useT();
  const { id = '' } = useParams();
  const queueSearch = queueSearchOf(useLocation().state);
  const [reference, setReference] = useState<string | null>(null);
  const onLoaded = useCallback((value: string) => setReference(value), []);
  return (
    <Page
      titleKey="staff.application.title"
      heading={
        reference ? t('staff.application.heading', { reference }) : t('staff.application.title')
      }
    >
      <p>
        <Link to={{ pathname: '/staff', search: queueSearch }} className="back-link">
          {t('staff.application.back')}
        </Link>
      </p>
      <ApplicationReview id={id} onLoaded={onLoaded} />
    </Page>
  );
}
