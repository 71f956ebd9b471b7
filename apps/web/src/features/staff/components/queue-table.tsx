import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../lib/i18n/i18n-provider.tsx';
import { formatDateTime } from '../../../lib/format-date.ts';
import { listQueue } from '../api/staff-api.ts';
import type { QueueItem } from '../api/staff-api.ts';

export function QueueTable() {
  const t = useT();
  const { locale } = useLocale();
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    listQueue('SUBMITTED')
      .then((result) => live && setItems(result.items))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  if (failed) return <p role="alert">{t('ui.error.network')}</p>;
  if (items === null) return <p role="status">{t('ui.loading')}</p>;
  if (items.length === 0) return <p role="status">{t('staff.queue.empty')}</p>;

  return (
    <div className="table-wrap" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <table className="table">
        <caption id="queue-caption">{t('staff.queue.caption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.queue.reference')}</th>
            <th scope="col">{t('staff.queue.cardholder')}</th>
            <th scope="col">{t('staff.queue.reason')}</th>
            <th scope="col">{t('staff.queue.filer')}</th>
            <th scope="col">{t('staff.queue.submittedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/staff/applications/${encodeURIComponent(item.id)}`}>
                  {item.reference}
                </Link>
              </th>
              <td>{item.cardholderName}</td>
              <td>{item.reason ? t(`reason.${item.reason}`) : '–'}</td>
              <td>{t(`filerRole.${item.filerRole}`)}</td>
              <td>{item.submittedAt ? formatDateTime(item.submittedAt, locale) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
