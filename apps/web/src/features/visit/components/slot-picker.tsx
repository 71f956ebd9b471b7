import { useState } from 'react';
import type { VisitSlot, VisitSlotsView } from '@ssc/domain/visit';
import { Button } from '@/components/ui/button.tsx';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { groupVisitDays, hoursByWeekday, type VisitDay } from '../lib/visit-days.ts';
import { formatVisitDay, formatVisitTime } from '@/lib/visit-time.ts';

function dayLine(day: VisitDay, t: ReturnType<typeof useT>, locale: string): string {
  if (day.state === 'open') return t('visit.day.free', { count: day.slots.length });
  if (day.state === 'full') return t('visit.day.full');
  if (day.holiday) {
    return t('visit.day.holiday', {
      name: locale === 'en' ? day.holiday.nameEn : day.holiday.nameZh,
    });
  }
  return t('visit.day.closed');
}

/** The centre, its address and its hours, in China Standard Time. */
export function CentreHours({ view }: { view: VisitSlotsView }) {
  const t = useT();
  const { locale } = useLocale();
  const { centre } = view;
  return (
    <>
      <h2>{t('visit.centreHeading')}</h2>
      <p>
        <strong>{locale === 'en' ? centre.nameEn : centre.nameZh}</strong>
        <br />
        {locale === 'en' ? centre.addressEn : centre.addressZh}
      </p>
      <h3>{t('visit.hoursHeading')}</h3>
      <dl className="summary-list summary-list--compact visit-hours">
        {hoursByWeekday(view.hours).map(({ weekday, periods }) => (
          <div className="summary-list__row" key={weekday}>
            <dt>{t(`visit.weekday.${weekday}`)}</dt>
            <dd>
              {periods.length === 0
                ? t('visit.hours.closed')
                : periods.map((p) => `${p.opens}–${p.closes}`).join(', ')}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('visit.timeZone')}</p>
    </>
  );
}

/**
 * The next 14 days of the centre, a day at a time: the days as buttons that say what each
 * offers, then the chosen day's free times as buttons. Choosing a time asks for confirmation
 * (the caller's); nothing is booked here.
 */
export function SlotPicker({
  view,
  onChoose,
}: {
  view: VisitSlotsView;
  onChoose: (slot: VisitSlot) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const days = groupVisitDays(view);
  const firstOpen = days.find((day) => day.state === 'open')?.date ?? days[0]?.date ?? '';
  const [chosen, setChosen] = useState(firstOpen);
  const day = days.find((d) => d.date === chosen) ?? days[0];
  if (!days.some((d) => d.state === 'open')) {
    return <p className="notice notice--warning">{t('visit.noneAtAll')}</p>;
  }
  return (
    <>
      <h2 id="visit-days-heading">{t('visit.daysHeading')}</h2>
      <ul className="visit-days" aria-labelledby="visit-days-heading">
        {days.map((d) => (
          <li key={d.date}>
            <button
              type="button"
              className={`button button--secondary visit-day${d.state === 'open' ? '' : ' visit-day--closed'}`}
              aria-pressed={d.date === day?.date}
              onClick={() => setChosen(d.date)}
            >
              <span className="visit-day__date">{formatVisitDay(d.date, locale)}</span>
              {dayLine(d, t, locale)}
            </button>
          </li>
        ))}
      </ul>
      {day ? (
        <section aria-labelledby="visit-slots-heading">
          <h3 id="visit-slots-heading">
            {t('visit.slotsHeading', { day: formatVisitDay(day.date, locale) })}
          </h3>
          {day.state === 'open' ? (
            <ul className="visit-slots">
              {day.slots.map((slot) => (
                <li key={slot.start}>
                  <Button variant="secondary" className="visit-slot" onClick={() => onChoose(slot)}>
                    <span className="visit-slot__time">
                      {formatVisitTime(slot.start, locale)}–{formatVisitTime(slot.end, locale)}
                    </span>
                    {t('visit.placesLeft', { count: slot.placesLeft })}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {day.state === 'full'
                ? t('visit.dayFull')
                : day.holiday
                  ? t('visit.dayHoliday', {
                      name: locale === 'en' ? day.holiday.nameEn : day.holiday.nameZh,
                    })
                  : t('visit.dayClosed')}
            </p>
          )}
        </section>
      ) : null}
    </>
  );
}
