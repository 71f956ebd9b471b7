import { Component } from 'react';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { useDocumentTitle } from '@/lib/use-document-title.ts';

function RouteErrorPage() {
  const t = useT();
  useDocumentTitle('ui.routeError.title');
  return (
    <div className="page">
      <h1>{t('ui.routeError.title')}</h1>
      <p>{t('ui.routeError.body')}</p>
      <p>
        {/* A full reload: a failed lazy chunk (new deploy, flaky network) needs a fresh page. */}
        <a className="action-link" href="/">
          {t('ui.backHome')}
        </a>
      </p>
    </div>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** The current path: leaving a broken page clears the error (without remounting good pages). */
  resetKey: string;
}

/** Catches render errors and failed chunk loads so the user sees a way out, not a blank page. */
export class RouteErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}
