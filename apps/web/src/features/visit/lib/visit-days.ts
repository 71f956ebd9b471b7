import {
  addDays,
  chinaDateOf,
  weekdayOf,
  type VisitSlot,
  type VisitSlotsView,
} from '@ssc/domain/visit';

/**
 * One day of the booking window as the slot picker shows it: its free slots, or why it has
 * none — the centre is closed (a public holiday, named; or a day of its own), it does not open
 * on that weekday, or every slot is taken or starts too soon.
 */
export interface VisitDay {
  /** The China date, `YYYY-MM-DD`. */
  date: string;
  state: 'open' | 'full' | 'closed';
  holiday: { nameZh: string; nameEn: string } | null;
  slots: VisitSlot[];
}

/** The window's days in order, from `from` to `to`, each with its slots (already in time order). */
export function groupVisitDays(view: VisitSlotsView): VisitDay[] {
  const closed = new Map(view.closedDays.map((day) => [day.date, day]));
  const openWeekdays = new Set(view.hours.map((period) => period.weekday));
  const byDate = new Map<string, VisitSlot[]>();
  for (const slot of view.slots) {
    const date = chinaDateOf(new Date(slot.start));
    byDate.set(date, [...(byDate.get(date) ?? []), slot]);
  }
  const days: VisitDay[] = [];
  // The window is 14 days; the bound only guards against a reply whose dates are odd.
  for (let date = view.from; date <= view.to && days.length < 31; date = addDays(date, 1)) {
    const slots = byDate.get(date) ?? [];
    const closure = closed.get(date);
    if (closure || !openWeekdays.has(weekdayOf(date))) {
      days.push({ date, state: 'closed', holiday: closure?.holiday ?? null, slots: [] });
    } else {
      days.push({ date, state: slots.length > 0 ? 'open' : 'full', holiday: null, slots });
    }
  }
  return days;
}

/** The opening periods of each weekday, Monday first, for the centre's hours. */
export function hoursByWeekday(
  hours: VisitSlotsView['hours'],
): { weekday: number; periods: { opens: string; closes: string }[] }[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    periods: hours
      .filter((period) => period.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map(({ opens, closes }) => ({ opens, closes })),
  }));
}
