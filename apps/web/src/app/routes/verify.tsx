import { useParams } from 'react-router-dom';
import { Page } from '@/components/ui/page.tsx';
import { VerificationResult } from '@/features/certificates/components/verification-result.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

export function VerifyRoute() {
  const t = useT();
  const { serial = '' } = useParams();
  return (
    <Page titleKey="verify.title">
      <p>{t('verify.intro')}</p>
      <VerificationResult key={serial} serial={serial} />
    </Page>
  );
}
