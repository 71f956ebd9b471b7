import { DataTable } from '@/components/ui/data-table.tsx';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { failureKey, isApiError } from '@/lib/api-client.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '@/lib/format-date.ts';
import { auditCsvUrl, listAudit } from '../api/supervisor-api.ts';
import type { AuditFilters, AuditItem } from '../api/supervisor-api.ts';
import { parseAuditSearch, serialiseAuditSearch } from '../lib/audit-search.ts';
import { useAddressFilteredList } from '../lib/use-address-filtered-list.ts';

function describeDetail(detail: AuditItem['detail']): string {
  if (detail === null) return '';
  return Object.entries(detail)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join('; ');
}

// Supervisors browse the append-only audit trail, filter it and export it as CSV.
export function AuditLog() {
  const t = useT();
  const { locale } = useLocale();
  // The applied filters live in the address bar (lib/audit-search.ts).
  const list = useAddressFilteredList(parseAuditSearch, serialiseAuditSearch, listAudit);
  const { search, filters, items, nextCursor } = list;
  const error = list.failed
    ? isApiError(list.error, 403)
      ? 'staff.error.forbidden'
      : failureKey(list.error)
    : null;
  const [draft, setDraft] = useState(filters);
  // Back and Forward change the applied filters under the mounted form: show them.
  const [shownSearch, setShownSearch] = useState(search);
  if (shownSearch !== search) {
    setShownSearch(search);
    setDraft(filters);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The form shows what was applied: a malformed id or date is cleared, not kept on screen
    // as if it filtered the list.
    setDraft(parseAuditSearch(serialiseAuditSearch(draft)));
    list.apply(draft);
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
        <Button variant="secondary" onClick={() => void list.loadMore()}>
          {t('staff.queue.more')}
        </Button>
      ) : null}
    </>
  );
}
