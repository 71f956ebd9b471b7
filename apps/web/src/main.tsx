import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider.tsx';
import { AppRouter } from './app/router.tsx';
import { loadLocale } from './lib/i18n/i18n-provider.tsx';
import { readStoredLocale } from './lib/i18n/locale.ts';
import { applyTextSize, readLargeText } from './lib/large-text/large-text.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// Large text is a citizen-page mode; set before the first render so that nothing jumps.
applyTextSize(readLargeText() && !window.location.pathname.startsWith('/staff'));

// Render in the remembered language straight away, without a flash of the other one.
await loadLocale(readStoredLocale()).catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
