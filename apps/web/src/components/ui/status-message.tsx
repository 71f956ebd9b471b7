import type { ReactNode } from 'react';

/** A polite live region: async results (saved, uploaded, looked up) are announced (WCAG 4.1.3). */
export function LiveRegion({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div aria-live="polite" aria-atomic="true" className={className}>
      {children}
    </div>
  );
}

export function Notice({
  kind,
  children,
}: {
  kind: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : undefined}>
      {children}
    </div>
  );
}
