import { closedDayBodySchema, visitDateSchema } from '@ssc/domain/visit';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { Button } from '@/components/ui/button.tsx';
import { DataTable } from '@/components/ui/data-table.tsx';
import { TextField } from '@/components/ui/field.tsx';
import { Form } from '@/components/ui/form.tsx';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatVisitDate } from '@/lib/visit-time.ts';
import { closeCentreDay, reopenCentreDay } from '../api/visits-api.ts';
import type { CentreSchedule } from '../api/visits-api.ts';
import { closedSaid, SaidNotice, useRowAction } from './said-notice.tsx';

// The day and why, checked as the API checks them (PUT …/closed-days/{date}).
const closeDaySchema = closedDayBodySchema.extend({ date: visitDateSchema });

/**
 * docs/rules.md §5.1: the centre's own closed days to come, each opened again with one button,
 * and a form to close another. Bookings already made for a closed day are kept and counted,
 * so the centre knows whom to call.
 */
export function ClosedDays({
  centreId,
  closedDays,
  onChanged,
}: {
  centreId: string;
  closedDays: CentreSchedule['closedDays'];
  onChanged: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { said, setSaid, busy, run } = useRowAction();

  const reopen = (date: string) =>
    run(date, async () => {
      await reopenCentreDay(centreId, date);
      onChanged();
      return {
        kind: 'success',
        key: 'staff.closedDays.reopened',
        params: { date: formatVisitDate(date, locale) },
      };
    });

  return (
    <section className="panel" aria-labelledby="closed-days-heading">
      <h2 id="closed-days-heading">{t('staff.closedDays.heading')}</h2>
      {closedDays.length === 0 ? (
        <p>{t('staff.closedDays.none')}</p>
      ) : (
        <DataTable
          captionId="closed-days-caption"
          caption={t('staff.closedDays.caption', { count: closedDays.length })}
          columns={[
            t('staff.closedDays.date'),
            t('staff.closedDays.reason'),
            t('staff.queue.actions'),
          ]}
        >
          {closedDays.map((day) => {
            const date = formatVisitDate(day.date, locale);
            return (
              <tr key={day.date}>
                <th scope="row">{date}</th>
                <td>{day.reason}</td>
                <td>
                  <Button
                    variant="secondary"
                    busy={busy === day.date}
                    onClick={() => void reopen(day.date)}
                    aria-label={t('staff.closedDays.reopenFor', { date })}
                  >
                    {t('staff.closedDays.reopen')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Form
        schema={closeDaySchema}
        onSubmit={async (values, methods) => {
          setSaid(null);
          try {
            const closed = await closeCentreDay(centreId, values.date, values.reason);
            setSaid(
              closedSaid(
                {
                  plain: 'staff.closedDays.closed',
                  withBookings: 'staff.closedDays.closedWithBookings',
                },
                formatVisitDate(closed.date, locale),
                closed.bookings,
              ),
            );
            methods.reset();
            onChanged();
          } catch (failure) {
            applyServerErrors(failure, methods.setError, ['date', 'reason']);
          }
        }}
      >
        {({ formState }) => (
          <>
            <TextField name="date" label={t('staff.closedDays.date')} type="date" />
            <TextField
              name="reason"
              label={t('staff.closedDays.reason')}
              hint={t('staff.closedDays.reasonHint')}
              maxLength={200}
            />
            <Button type="submit" busy={formState.isSubmitting}>
              {t('staff.closedDays.close')}
            </Button>
          </>
        )}
      </Form>
      <SaidNotice said={said} />
    </section>
  );
}
