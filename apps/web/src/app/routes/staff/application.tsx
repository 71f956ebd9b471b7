import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Page } from '../../../components/ui/page.tsx';
import { ApplicationReview } from '../../../features/staff/components/application-review.tsx';
import { useT } from '../../../lib/i18n/i18n-provider.tsx';

export function StaffApplicationRoute() {
  const t = useT();
  const { id = '' } = useParams();
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
        <Link to="/staff" className="back-link">
          {t('staff.application.back')}
        </Link>
      </p>
      <ApplicationReview id={id} onLoaded={onLoaded} />
    </Page>
  );
}
