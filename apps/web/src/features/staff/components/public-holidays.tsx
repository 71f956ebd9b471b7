import { publicHolidayBodySchema, visitDateSchema } from '@ssc/domain/visit';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { Button } from '@/components/ui/button.tsx';
import { DataTable } from '@/components/ui/data-table.tsx';
import { TextField } from '@/components/ui/field.tsx';
import { Form } from '@/components/ui/form.tsx';
import { ApiError, isApiError } from '@/lib/api-client.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { formatVisitDate } from '@/lib/visit-time.ts';
import { removePublicHoliday, setPublicHoliday } from '../api/visits-api.ts';
import type { PublicHoliday } from '../api/visits-api.ts';
import { closedSaid, SaidNotice, useRowAction } from './said-notice.tsx';

// The holiday's date is named `holidayDate` here so that its field's id differs from the
// closed-day form's `date` on the same page; the API's `date` is put back on it.
const holidaySchema = publicHolidayBodySchema.extend({ holidayDate: visitDateSchema });

function onHolidayDate(error: unknown): unknown {
  if (!isApiError(error, 422) || !error.problem.errors) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((item) =>
      item.path === 'date' ? { ...item, path: 'holidayDate' } : item,
    ),
  });
}

/**
 * docs/rules.md §5.1: the public holidays to come close every centre. Every member of staff
 * sees them; an admin sets and removes them (the State Council publishes each year's list).
 */
export function PublicHolidays({
  holidays,
  editable,
  onChanged,
}: {
  holidays: PublicHoliday[];
  editable: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { said, setSaid, busy, run } = useRowAction();

  const remove = (holiday: PublicHoliday) =>
    run(holiday.date, async () => {
      await removePublicHoliday(holiday.date);
      onChanged();
      return {
        kind: 'success',
        key: 'staff.holidays.removed',
        params: { date: formatVisitDate(holiday.date, locale) },
      };
    });

  return (
    <section className="panel" aria-labelledby="holidays-heading">
      <h2 id="holidays-heading">{t('staff.holidays.heading')}</h2>
      <p>{t(editable ? 'staff.holidays.intro' : 'staff.holidays.adminsOnly')}</p>
      {holidays.length === 0 ? (
        <p>{t('staff.holidays.none')}</p>
      ) : (
        <DataTable
          captionId="holidays-caption"
          caption={t('staff.holidays.caption', { count: holidays.length })}
          columns={[
            t('staff.holidays.date'),
            t('staff.holidays.nameZh'),
            t('staff.holidays.nameEn'),
            ...(editable ? [t('staff.queue.actions')] : []),
          ]}
        >
          {holidays.map((holiday) => {
            const date = formatVisitDate(holiday.date, locale);
            return (
              <tr key={holiday.date}>
                <th scope="row">{date}</th>
                <td lang="zh-CN">{holiday.nameZh}</td>
                <td lang="en">{holiday.nameEn}</td>
                {editable && (
                  <td>
                    <Button
                      variant="secondary"
                      busy={busy === holiday.date}
                      onClick={() => void remove(holiday)}
                      aria-label={t('staff.holidays.removeFor', { date })}
                    >
                      {t('staff.holidays.remove')}
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </DataTable>
      )}
      {editable && (
        <Form
          schema={holidaySchema}
          onSubmit={async ({ holidayDate, nameZh, nameEn }, methods) => {
            setSaid(null);
            try {
              const set = await setPublicHoliday({ date: holidayDate, nameZh, nameEn });
              setSaid(
                closedSaid(
                  {
                    plain: 'staff.holidays.saved',
                    withBookings: 'staff.holidays.savedWithBookings',
                  },
                  formatVisitDate(set.date, locale),
                  set.bookings,
                ),
              );
              methods.reset();
              onChanged();
            } catch (failure) {
              applyServerErrors(onHolidayDate(failure), methods.setError, [
                'holidayDate',
                'nameZh',
                'nameEn',
              ]);
            }
          }}
        >
          {({ formState }) => (
            <>
              <TextField name="holidayDate" label={t('staff.holidays.date')} type="date" />
              <TextField
                name="nameZh"
                label={t('staff.holidays.nameZh')}
                lang="zh-CN"
                maxLength={60}
              />
              <TextField
                name="nameEn"
                label={t('staff.holidays.nameEn')}
                lang="en"
                maxLength={60}
              />
              <Button type="submit" busy={formState.isSubmitting}>
                {t('staff.holidays.set')}
              </Button>
            </>
          )}
        </Form>
      )}
      <SaidNotice said={said} />
    </section>
  );
}
