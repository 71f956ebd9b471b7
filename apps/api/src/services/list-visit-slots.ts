import {
  isVisitBookable,
  listFreeVisitSlots,
  visitWindow,
  VISIT_TIME_ZONE,
} from '@ssc/domain/visit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Locale } from '../lib/i18n.ts';
import { visitNotBookable } from './book-visit.ts';
import { centreView, loadVisitCalendar } from './visit-calendar.ts';

/**
 * docs/rules.md §5.1: the free slots of the application's centre for the next 14 days, from 2
 * hours from now, computed by the domain from the centre's hours, its closed days and the
 * places already taken; with the centre's hours and the closed days of the window (a public
 * holiday by name), so the page can say why a day offers nothing.
 */
export async function listVisitSlotsOfApplication(
  prisma: PrismaClient,
  input: { applicationId: string; now: Date; locale: Locale },
) {
  const application = await prisma.application.findUniqueOrThrow({
    where: { id: input.applicationId },
    select: { status: true, centreId: true },
  });
  if (!isVisitBookable(application.status) || !application.centreId) {
    throw visitNotBookable(application.status, input.locale);
  }
  const calendar = await loadVisitCalendar(prisma, application.centreId, input.now);
  const { first, last } = visitWindow(input.now);
  return {
    timeZone: VISIT_TIME_ZONE,
    centre: centreView(calendar.centre),
    from: first,
    to: last,
    slots: listFreeVisitSlots(calendar),
    hours: calendar.schedule.hours.map((period) => ({ ...period })),
    closedDays: calendar.closures,
  };
}
