import { DataTable } from '../../../components/ui/data-table.tsx';
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '../../../components/ui/button.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useLocale, useT } from '../../../lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '../../../lib/format-date.ts';
import { auditCsvUrl, listAudit } from '../api/supervisor-api.ts';
import type { AuditFilters, AuditItem } from '../api/supervisor-api.ts';
import { parseAuditSearch, serialiseAuditSearch } from '../lib/audit-search.ts';

function describeDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail !== 'object') return String(detail);
  return Object.entries(detail as Record<string, unknown>)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join('; ');
}

// Issue 5: supervisors browse the append-only audit trail, filter it and export it as CSV.
export function AuditLog() {
  const t = useT();
  const { locale } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  // The address bar holds the applied filters (lib/audit-search.ts), checked and canonical.
  const search = serialiseAuditSearch(parseAuditSearch(searchParams)).toString();
  const filters = useMemo(() => parseAuditSearch(new URLSearchParams(search)), [search]);
  const [draft, setDraft] = useState(filters);
  // Back and Forward change the applied filters under the mounted form: show them.
  const [shownSearch, setShownSearch] = useState(search);
  if (shownSearch !== search) {
    setShownSearch(search);
    setDraft(filters);
  }
  // Applying the same filters again asks the server again.
  const [attempt, setAttempt] = useState(0);
  const requestKey = `${attempt}?${search}`;
  const [loaded, setLoaded] = useState<{
    key: string;
    items: AuditItem[];
    nextCursor: string | null;
  } | null>(null);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);

  useEffect(() => {
    let live = true;
    listAudit(filters)
      .then((result) => {
        if (live)
          setLoaded({ key: requestKey, items: result.items, nextCursor: result.nextCursor });
      })
      .catch(
        (failed: unknown) =>
          live &&
          setFailure({
            key: requestKey,
            message: isApiError(failed, 403) ? 'staff.error.forbidden' : 'ui.error.network',
          }),
      );
    return () => {
      live = false;
    };
  }, [filters, requestKey]);

  const error = failure?.key === requestKey ? failure.message : null;
  const items = loaded?.key === requestKey ? loaded.items : null;
  const nextCursor = loaded?.key === requestKey ? loaded.nextCursor : null;

  const more = async () => {
    if (!nextCursor) return;
    try {
      const result = await listAudit(filters, nextCursor);
      setLoaded((previous) =>
        previous?.key === requestKey
          ? {
              key: requestKey,
              items: [...previous.items, ...result.items],
              nextCursor: result.nextCursor,
            }
          : previous,
      );
    } catch {
      setFailure({ key: requestKey, message: 'ui.error.network' });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = serialiseAuditSearch(draft);
    // The form shows what was applied: a malformed id or date is cleared, not kept on screen
    // as if it filtered the list.
    setDraft(parseAuditSearch(params));
    // Push, as for the queue: Back undoes one Apply; unchanged filters replace.
    setSearchParams(params, { replace: params.toString() === search });
    setAttempt((previous) => previous + 1);
  };

  const field = (name: keyof AuditFilters, labelKey: string, type = 'text') => (
    <div className="field">
      <label className="field__label" htmlFor={`audit-${name}`}>
        {t(labelKey)}
      </label>
      <input
        id={`audit-${name}`}
        type={type}
        className="input"
        value={draft[name]}
        autoComplete="off"
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <>
      <form className="filters" onSubmit={submit} aria-labelledby="audit-filters-heading">
        <h2 id="audit-filters-heading" className="filters__title">
          {t('staff.queue.filters')}
        </h2>
        <div className="filters__row">
          {field('action', 'staff.audit.action')}
          {field('actorId', 'staff.audit.actorId')}
          {field('applicationId', 'staff.audit.applicationId')}
          {field('from', 'staff.audit.from', 'date')}
          {field('to', 'staff.audit.to', 'date')}
        </div>
        <div className="button-row">
          <Button type="submit">{t('staff.queue.apply')}</Button>
          <a className="button button--secondary" href={auditCsvUrl(filters)} download>
            {t('staff.audit.csv')}
          </a>
        </div>
      </form>
      {error ? <p role="alert">{t(error)}</p> : null}
      {items === null && !error ? <p role="status">{t('ui.loading')}</p> : null}
      {items !== null && items.length === 0 ? <p role="status">{t('staff.audit.empty')}</p> : null}
      {items !== null && items.length > 0 ? (
        <DataTable
          captionId="audit-caption"
          caption={t('staff.audit.caption', { count: items.length })}
          columns={[
            t('staff.audit.at'),
            t('staff.audit.actor'),
            t('staff.audit.action'),
            t('staff.queue.reference'),
            t('staff.audit.detail'),
          ]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <td>{formatDateTime(item.at, locale)}</td>
              <td>{item.actor?.displayName ?? t(`staff.audit.actorType.${item.actorType}`)}</td>
              <td>
                <code>{item.action}</code>
              </td>
              <td>{item.reference ?? '–'}</td>
              <td className="table__detail">{describeDetail(item.detail)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {nextCursor ? (
        <Button variant="secondary" onClick={() => void more()}>
          {t('staff.queue.more')}
        </Button>
      ) : null}
    </>
  );
}
