import { DataTable } from '@/components/ui/data-table.tsx';
import { STAFF_QUEUE_FILTER_STATUSES } from '@ssc/domain/status';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { REASONS } from '@ssc/domain/codes';
import type { Reason } from '@ssc/domain/codes';
import { Button } from '@/components/ui/button.tsx';
import { failureKey, isApiError } from '@/lib/api-client.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '@/lib/format-date.ts';
import { claimApplication, listQueue } from '../api/staff-api.ts';
import type { QueueFilters, QueueItem } from '../api/staff-api.ts';
import {
  DEFAULT_QUEUE_FILTERS,
  parseQueueSearch,
  serialiseQueueSearch,
} from '../lib/queue-search.ts';
import type { QueueLinkState } from '../lib/queue-search.ts';
import { useAddressFilteredList } from '../lib/use-address-filtered-list.ts';
import { decisionErrorKeys } from './decision-error.ts';

// The statuses staff work on (docs/rules.md §5), in lifecycle order, from the domain.
const QUEUE_STATUSES = STAFF_QUEUE_FILTER_STATUSES;

function FilterForm({
  applied,
  search,
  onApply,
}: {
  applied: QueueFilters;
  search: string;
  onApply: (filters: QueueFilters) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(applied);
  // Back and Forward change the applied filters under a mounted form: show them. Adjusting
  // during render rather than remounting keeps the focus on the Apply button.
  const [shownSearch, setShownSearch] = useState(search);
  if (shownSearch !== search) {
    setShownSearch(search);
    setDraft(applied);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The form shows what was applied: a value the address bar would refuse (a search term no
    // reference can start with, a negative age) is cleared, not silently kept on screen.
    const next = parseQueueSearch(serialiseQueueSearch(draft));
    setDraft(next);
    onApply(next);
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="filters__title">
        {t('staff.queue.filters')}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor="filter-reference">
          {t('staff.queue.search')}
        </label>
        <p className="field__hint" id="filter-reference-hint">
          {t('staff.queue.searchHint')}
        </p>
        <input
          id="filter-reference"
          className="input input--id"
          aria-describedby="filter-reference-hint"
          value={draft.reference}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setDraft({ ...draft, reference: event.target.value })}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('staff.queue.status')}</legend>
        <div className="choices choices--grid">
          {QUEUE_STATUSES.map((status) => (
            <div className="choice" key={status}>
              <input
                id={`filter-status-${status}`}
                type="checkbox"
                className="choice__input"
                checked={draft.statuses.includes(status)}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    statuses: event.target.checked
                      ? [...draft.statuses, status]
                      : draft.statuses.filter((s) => s !== status),
                  })
                }
              />
              <label className="choice__label" htmlFor={`filter-status-${status}`}>
                {t(`status.${status}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="filters__row">
        <div className="field">
          <label className="field__label" htmlFor="filter-reason">
            {t('staff.queue.reason')}
          </label>
          <select
            id="filter-reason"
            className="input select"
            value={draft.reason}
            onChange={(event) => setDraft({ ...draft, reason: event.target.value as Reason | '' })}
          >
            <option value="">{t('staff.queue.any')}</option>
            {REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reason.${reason}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="filter-assignee">
            {t('staff.queue.assignee')}
          </label>
          <select
            id="filter-assignee"
            className="input select"
            value={draft.assignee}
            onChange={(event) => setDraft({ ...draft, assignee: event.target.value })}
          >
            <option value="">{t('staff.queue.any')}</option>
            <option value="me">{t('staff.queue.assignedToMe')}</option>
            <option value="unassigned">{t('staff.queue.unassigned')}</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="filter-age">
            {t('staff.queue.minAge')}
          </label>
          <input
            id="filter-age"
            className="input input--short"
            inputMode="numeric"
            value={draft.minAgeDays}
            onChange={(event) => setDraft({ ...draft, minAgeDays: event.target.value })}
          />
        </div>
      </div>
      <div className="button-row">
        <Button type="submit">{t('staff.queue.apply')}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            setDraft(DEFAULT_QUEUE_FILTERS);
            onApply(DEFAULT_QUEUE_FILTERS);
          }}
        >
          {t('staff.queue.reset')}
        </Button>
      </div>
    </form>
  );
}

export function QueueTable() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  // The applied filters live in the address bar (lib/queue-search.ts).
  const {
    search,
    filters,
    items,
    nextCursor,
    failed,
    error,
    loadingMore,
    loadMore,
    apply,
    reload,
  } = useAddressFilteredList(parseQueueSearch, serialiseQueueSearch, listQueue);
  const [claimError, setClaimError] = useState<string | null>(null);

  // The application page links back to this very queue, filters included.
  const linkState: QueueLinkState = { queueSearch: search };

  const claim = async (item: QueueItem) => {
    setClaimError(null);
    try {
      await claimApplication(item.id, item.version ?? 0);
      await navigate(`/staff/applications/${encodeURIComponent(item.id)}`, { state: linkState });
    } catch (error) {
      const taken = isApiError(error, 409);
      setClaimError(
        taken
          ? t('staff.claim.taken', { reference: item.reference })
          : t(decisionErrorKeys(error)[0] ?? 'ui.error.server'),
      );
      // The message says the list is up to date again: someone else's claim is shown.
      if (taken) reload();
    }
  };

  return (
    <>
      <FilterForm applied={filters} search={search} onApply={apply} />
      {claimError ? (
        <div className="notice notice--error" role="alert">
          <p>{claimError}</p>
        </div>
      ) : null}
      {failed ? <p role="alert">{t(failureKey(error))}</p> : null}
      {items === null && !failed ? <p role="status">{t('ui.loading')}</p> : null}
      {items !== null && items.length === 0 ? <p role="status">{t('staff.queue.empty')}</p> : null}
      {items !== null && items.length > 0 ? (
        <DataTable
          captionId="queue-caption"
          caption={t('staff.queue.caption', { count: items.length })}
          columns={[
            t('staff.queue.reference'),
            t('staff.queue.status'),
            t('staff.queue.cardholder'),
            t('staff.queue.reason'),
            t('staff.queue.age'),
            t('staff.queue.assignee'),
            t('staff.queue.submittedAt'),
            <span className="visually-hidden">{t('staff.queue.actions')}</span>,
          ]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/staff/applications/${encodeURIComponent(item.id)}`} state={linkState}>
                  {item.reference}
                </Link>
              </th>
              <td>{t(`status.${item.status}`)}</td>
              <td>{item.cardholderName}</td>
              <td>{item.reason ? t(`reason.${item.reason}`) : '–'}</td>
              <td>
                {item.ageDays === undefined ? '–' : t('staff.queue.days', { count: item.ageDays })}
              </td>
              <td>{item.assignee?.displayName ?? t('staff.queue.unassigned')}</td>
              <td>{item.submittedAt ? formatDateTime(item.submittedAt, locale) : '–'}</td>
              <td>
                {!item.assignee &&
                (item.status === 'SUBMITTED' || item.status === 'UNDER_REVIEW') ? (
                  <Button variant="secondary" onClick={() => void claim(item)}>
                    {t('staff.claim.submit')}
                    <span className="visually-hidden"> {item.reference}</span>
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {nextCursor ? (
        <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore()}>
          {t('staff.queue.more')}
        </Button>
      ) : null}
    </>
  );
}
