import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { useDocumentTitle } from '@/lib/use-document-title.ts';

let firstPageShown = false;

/** Moves focus to the new page's heading after an in-app navigation, so screen readers announce it. */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);
  return ref;
}

interface PageProps {
  titleKey: string;
  /** The visible heading; defaults to the translated title. Pass null when a legend is the h1. */
  heading?: ReactNode | null;
  caption?: ReactNode;
  children: ReactNode;
}

export function Page({ titleKey, heading, caption, children }: PageProps) {
  const t = useT();
  useDocumentTitle(titleKey);
  const headingRef = useFocusOnNavigation<HTMLHeadingElement>();
  return (
    <div className="page">
      {caption ? <p className="page__caption">{caption}</p> : null}
      {heading === null ? null : (
        <h1 ref={headingRef} tabIndex={-1}>
          {heading ?? t(titleKey)}
        </h1>
      )}
      {children}
    </div>
  );
}
