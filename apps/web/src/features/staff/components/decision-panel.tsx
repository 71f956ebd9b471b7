import type { ReactNode } from 'react';

/** A titled box around one decision, linked to its heading for screen-reader navigation. */
export function DecisionPanel({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="panel decision" aria-labelledby={`${id}-heading`} id={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {children}
    </section>
  );
}
