import { useEffect } from 'react';
import { useT } from './i18n/i18n-provider.tsx';

// WCAG 2.4.2: each page has a title that names it, in the chosen language.
export function useDocumentTitle(titleKey: string): void {
  const t = useT();
  useEffect(() => {
    document.title = `${t(titleKey)} – ${t('app.name')}`;
  }, [t, titleKey]);
}
