import { Page } from '@/components/ui/page.tsx';
import { TrackingForm } from '@/features/tracking/components/tracking-form.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

export function TrackRoute() {
  const t = useT();
  return (
    <Page titleKey="tracking.title">
      <p>{t('tracking.intro')}</p>
      <TrackingForm />
    </Page>
  );
}
