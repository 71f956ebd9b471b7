import type { ReactNode } from 'react';
import { I18nProvider } from '../lib/i18n/i18n-provider.tsx';

export function AppProvider({ children }: { children: ReactNode }) {
  return <I18nProvider>{children}</I18nProvider>;
}
