import { useEffect, useState } from 'react';
import { get, useFieldArray, useFormContext } from 'react-hook-form';
import { seesEveryCentre } from '@ssc/domain/staff-roles';
import { visitScheduleBodySchema, WEEKDAYS } from '@ssc/domain/visit';
import type { VisitScheduleBody } from '@ssc/domain/visit';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { Button } from '@/components/ui/button.tsx';
import { NumberField, SelectField, TextField } from '@/components/ui/field.tsx';
import { toFieldId } from '@/components/ui/field-id.ts';
import { Form } from '@/components/ui/form.tsx';
import { LiveRegion, Notice } from '@/components/ui/status-message.tsx';
import { useLocale, useT, useTranslateKnown } from '@/lib/i18n/i18n-provider.tsx';
import { getVisitSchedule, listCentres, updateVisitSchedule } from '../api/visits-api.ts';
import type { CentreSchedule } from '../api/visits-api.ts';
import type { StaffCentre } from '../api/staff-api.ts';
import { ClosedDays } from './closed-days.tsx';
import { decisionErrorKeys } from './decision-error.ts';
import { PublicHolidays } from './public-holidays.tsx';
import { isSupervisor, useStaff } from './staff-session.tsx';

/** The form's names, so that each 422 `errors[]` path lands on its field. */
function scheduleFields(periods: number): string[] {
  const fields = ['slotMinutes', 'capacity', 'hours'];
  for (let index = 0; index < periods; index += 1) {
    fields.push(
      `hours.${index}`,
      `hours.${index}.weekday`,
      `hours.${index}.opens`,
      `hours.${index}.closes`,
    );
  }
  return fields;
}

/** Monday first, then by opening time: the order a week is read in. */
function inWeekOrder(hours: CentreSchedule['hours']): VisitScheduleBody['hours'] {
  return [...hours]
    .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))
    .map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
}

/** The opening periods: one fieldset each, a weekday and two times, added and removed freely. */
function OpeningPeriods() {
  const t = useT();
  const translateKnown = useTranslateKnown();
  const { control, formState } = useFormContext<VisitScheduleBody>();
  const { fields, append, remove } = useFieldArray({ control, name: 'hours' });
  const weekdays = WEEKDAYS.map((day) => ({
    value: String(day),
    label: t(`staff.weekday.${day}`),
  }));
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('staff.schedule.hoursHeading')}</legend>
      {fields.length === 0 && <p>{t('staff.schedule.noPeriods')}</p>}
      {fields.map((field, index) => {
        const number = index + 1;
        // A period that overlaps another is the period's fault, not one of its times.
        const rowError: unknown = get(formState.errors, `hours.${index}`);
        const rowMessage =
          rowError && typeof rowError === 'object'
            ? (rowError as { message?: unknown }).message
            : undefined;
        return (
          <fieldset
            key={field.id}
            id={toFieldId(`hours.${index}`)}
            tabIndex={-1}
            className={`opening-period${typeof rowMessage === 'string' ? ' field--error' : ''}`}
          >
            <legend>{t('staff.schedule.period', { number })}</legend>
            {typeof rowMessage === 'string' && rowMessage ? (
              <p className="field__error">
                <strong>{t('ui.error.prefix')}</strong>{' '}
                {translateKnown(rowMessage, 'error.invalid')}
              </p>
            ) : null}
            <div className="opening-period__fields">
              <SelectField
                name={`hours.${index}.weekday`}
                label={t('staff.schedule.weekday')}
                options={weekdays}
                numeric
              />
              <TextField
                name={`hours.${index}.opens`}
                label={t('staff.schedule.opens')}
                type="time"
              />
              <TextField
                name={`hours.${index}.closes`}
                label={t('staff.schedule.closes')}
                type="time"
              />
              <Button
                variant="secondary"
                onClick={() => remove(index)}
                aria-label={t('staff.schedule.removePeriodFor', { number })}
              >
                {t('staff.schedule.removePeriod')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => append({ weekday: 1, opens: '09:00', closes: '12:00' })}
      >
        {t('staff.schedule.addPeriod')}
      </Button>
    </fieldset>
  );
}

/** Slot length, places per slot and the opening periods, validated by the API's own schema. */
function ScheduleForm({
  schedule,
  onSaved,
}: {
  schedule: CentreSchedule;
  onSaved: (next: CentreSchedule) => void;
}) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  return (
    <section className="panel" aria-labelledby="schedule-slots-heading">
      <h2 id="schedule-slots-heading">{t('staff.schedule.slotsHeading')}</h2>
      <Form
        schema={visitScheduleBodySchema}
        defaultValues={{
          slotMinutes: schedule.slotMinutes,
          capacity: schedule.capacity,
          hours: inWeekOrder(schedule.hours),
        }}
        onSubmit={async (values, methods) => {
          setSaved(false);
          try {
            onSaved(await updateVisitSchedule(schedule.centre.id, values));
            setSaved(true);
          } catch (failure) {
            applyServerErrors(failure, methods.setError, scheduleFields(values.hours.length));
          }
        }}
      >
        {({ formState }) => (
          <>
            <NumberField
              name="slotMinutes"
              label={t('staff.schedule.slotMinutes')}
              hint={t('staff.schedule.slotMinutesHint')}
              min={5}
              max={240}
            />
            <NumberField
              name="capacity"
              label={t('staff.schedule.capacity')}
              hint={t('staff.schedule.capacityHint')}
              min={0}
              max={100}
            />
            <OpeningPeriods />
            <Button type="submit" busy={formState.isSubmitting}>
              {t('staff.schedule.save')}
            </Button>
          </>
        )}
      </Form>
      <LiveRegion>
        {saved && (
          <Notice kind="success">
            <p>{t('staff.schedule.saved')}</p>
          </Notice>
        )}
      </LiveRegion>
    </section>
  );
}

/**
 * docs/rules.md §5.1: a supervisor sets the own centre's visit schedule (an admin any centre's):
 * slots, opening periods, closed days; an admin also sets the public holidays that close every
 * centre. Each form is checked by the schema the API checks with, and the API's refusals are
 * put on their fields.
 */
export function VisitSchedule() {
  const t = useT();
  const { locale } = useLocale();
  const staff = useStaff();
  const admin = seesEveryCentre(staff.role);
  const [centreId, setCentreId] = useState(staff.centre.id);
  const [centres, setCentres] = useState<StaffCentre[] | null>(null);
  const [schedule, setSchedule] = useState<CentreSchedule | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped after a closed day or a holiday changes: the schedule's lists are read again.
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (!admin) return;
    let live = true;
    listCentres()
      .then((list) => live && setCentres(list))
      .catch(() => live && setCentres([]));
    return () => {
      live = false;
    };
  }, [admin]);

  useEffect(() => {
    let live = true;
    getVisitSchedule(centreId)
      .then((result) => {
        if (!live) return;
        setSchedule(result);
        setError(null);
      })
      .catch((failure: unknown) => live && setError(decisionErrorKeys(failure)[0]!));
    return () => {
      live = false;
    };
  }, [centreId, reloads]);

  // Reviewers run the counter's day; the schedule is a supervisor's (the API refuses them too).
  if (!isSupervisor(staff)) return <p role="alert">{t('staff.error.forbidden')}</p>;
  const name = (centre: StaffCentre) => (locale === 'en' ? centre.nameEn : centre.nameZh);
  return (
    <>
      <p>{t('staff.schedule.intro')}</p>
      {admin && centres && centres.length > 0 ? (
        <div className="field">
          <label className="field__label" htmlFor="schedule-centre">
            {t('staff.schedule.centre')}
          </label>
          <select
            id="schedule-centre"
            className="input select"
            value={centreId}
            onChange={(event) => {
              setSchedule(null);
              setCentreId(event.target.value);
            }}
          >
            {centres.map((centre) => (
              <option key={centre.id} value={centre.id}>
                {name(centre)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {error && <p role="alert">{t(error)}</p>}
      {!schedule && !error && <p role="status">{t('ui.loading')}</p>}
      {schedule && schedule.centre.id === centreId && (
        <>
          {!admin && <h2>{name(schedule.centre)}</h2>}
          <ScheduleForm key={centreId} schedule={schedule} onSaved={setSchedule} />
          <ClosedDays
            centreId={centreId}
            closedDays={schedule.closedDays}
            onChanged={() => setReloads((n) => n + 1)}
          />
          <PublicHolidays
            holidays={schedule.publicHolidays}
            editable={admin}
            onChanged={() => setReloads((n) => n + 1)}
          />
        </>
      )}
    </>
  );
}
