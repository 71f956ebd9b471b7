import { Fragment } from 'react';

/**
 * A reference or serial (`K7QM-3XRT-9PNW`) that may break only between its groups, never inside
 * one: a code split mid-group is misread and mistyped. Copying still gives the code as written.
 */
export function CodeText({ value }: { value: string }) {
  const groups = value.split('-');
  return (
    <>
      {groups.map((group, index) => (
        <Fragment key={index}>
          {index > 0 ? (
            <>
              -<wbr />
            </>
          ) : null}
          <span className="code-group">{group}</span>
        </Fragment>
      ))}
    </>
  );
}
