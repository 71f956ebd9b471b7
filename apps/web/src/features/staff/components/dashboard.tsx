import { DataTable } from '@/components/ui/data-table.tsx';
import { APPLICATION_STATUSES } from '@ssc/domain/codes';
import { failureKey, isApiError } from '@/lib/api-client.ts';
import { useApiResource } from '@/lib/use-api-resource.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '@/lib/format-date.ts';
import { getDashboard } from '../api/supervisor-api.ts';

// Counts by status, the oldest waiting application, median hours to a decision (30 days).
export function Dashboard() {
  const t = useT();
  const { locale } = useLocale();
  const { resource } = useApiResource('dashboard', () => getDashboard());

  if (resource.status === 'failed') {
    const error = resource.error;
    return (
      <p role="alert">{t(isApiError(error, 403) ? 'staff.error.forbidden' : failureKey(error))}</p>
    );
  }
  if (resource.status === 'loading') return <p role="status">{t('ui.loading')}</p>;
  const { centres } = resource.data;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  return (
    <>
      {centres.map((entry) => {
        const name = locale === 'en' ? entry.centre.nameEn : entry.centre.nameZh;
        const headingId = `centre-${entry.centre.id}`;
        return (
          <section key={entry.centre.id} className="panel" aria-labelledby={headingId}>
            <h2 id={headingId}>{name}</h2>
            <dl className="summary-list summary-list--compact">
              <div className="summary-list__row">
                <dt>{t('staff.dashboard.oldest')}</dt>
                <dd>
                  {entry.oldestWaiting
                    ? t('staff.dashboard.oldestValue', {
                        reference: entry.oldestWaiting.reference,
                        date: formatDateTime(entry.oldestWaiting.submittedAt, locale),
                      })
                    : t('staff.dashboard.none')}
                </dd>
              </div>
              <div className="summary-list__row">
                <dt>{t('staff.dashboard.median')}</dt>
                <dd>
                  {entry.medianHoursToDecision30d === null
                    ? t('staff.dashboard.none')
                    : t('staff.dashboard.hours', {
                        hours: number.format(entry.medianHoursToDecision30d),
                      })}
                </dd>
              </div>
            </dl>
            <DataTable
              captionId={`${headingId}-counts`}
              caption={t('staff.dashboard.counts')}
              columns={[t('staff.queue.status'), t('staff.dashboard.count')]}
            >
              {APPLICATION_STATUSES.filter((status) => status !== 'DRAFT').map((status) => (
                <tr key={status}>
                  <th scope="row">{t(`status.${status}`)}</th>
                  <td>{entry.countsByStatus[status] ?? 0}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        );
      })}
    </>
  );
}
