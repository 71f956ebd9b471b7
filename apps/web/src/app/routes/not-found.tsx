import { Link } from 'react-router-dom';
import { Page } from '@/components/ui/page.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';

export function NotFoundRoute() {
  const t = useT();
  return (
    <Page titleKey="ui.notFound.title">
      <p>{t('ui.notFound.body')}</p>
      <p>
        <Link className="action-link" to="/">
          {t('ui.backHome')}
        </Link>
      </p>
    </Page>
  );
}
