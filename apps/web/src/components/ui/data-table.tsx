import type { ReactNode } from 'react';

interface DataTableProps {
  /** Id of the caption, which also names the scrolling region for screen readers. */
  captionId: string;
  caption: ReactNode;
  columns: ReactNode[];
  /** The table's rows. */
  children: ReactNode;
}

/**
 * A captioned table in a focusable, labelled region that scrolls sideways on a 360 px screen
 * instead of the page (WCAG 1.4.10 reflow; 2.1.1 keyboard: the region takes focus to scroll).
 */
export function DataTable({ captionId, caption, columns, children }: DataTableProps) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
