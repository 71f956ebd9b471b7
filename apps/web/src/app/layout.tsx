import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { applyTextSize, setLargeText, useLargeText } from '../lib/large-text/large-text.ts';
import { useLocale, useT } from '../lib/i18n/i18n-provider.tsx';
import type { Locale } from '../lib/i18n/locale.ts';
import { RouteErrorBoundary } from './routes/route-error.tsx';

function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const options: { locale: Locale; label: string; lang: string }[] = [
    { locale: 'zh-CN', label: '中文', lang: 'zh-CN' },
    { locale: 'en', label: 'English', lang: 'en' },
  ];
  return (
    <nav className="language-switch" aria-label={t('ui.language.label')}>
      <ul>
        {options.map((option) => (
          <li key={option.locale}>
            {option.locale === locale ? (
              <span className="language-switch__current" aria-current="true" lang={option.lang}>
                {option.label}
              </span>
            ) : (
              <button
                type="button"
                className="language-switch__button"
                lang={option.lang}
                onClick={() => setLocale(option.locale)}
              >
                {option.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** 大字模式: a toggle button (WAI-ARIA pressed state), on every citizen page. */
function LargeTextSwitch() {
  const t = useT();
  const large = useLargeText();
  return (
    <button
      type="button"
      className="large-text-switch"
      aria-pressed={large}
      onClick={() => setLargeText(!large)}
    >
      {t('ui.largeText')}
    </button>
  );
}

export function RootLayout() {
  const t = useT();
  const location = useLocation();
  const large = useLargeText();
  const staffPage = location.pathname.startsWith('/staff');
  useEffect(() => applyTextSize(large && !staffPage), [large, staffPage]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('ui.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__name">
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            {staffPage ? null : <LargeTextSwitch />}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <RouteErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('ui.footer.about')}</p>
          <ul className="site-footer__links">
            <li>
              <Link to="/track">{t('ui.footer.track')}</Link>
            </li>
            <li>
              <Link to="/staff">{t('ui.footer.staff')}</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
