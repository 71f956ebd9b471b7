import { expect, test, type Language } from '../support/fixtures.ts';
import { setNow } from '../support/clock.ts';
import { placement } from '../support/placement.ts';
import { signInAsStaff, STAFF, staffApi, type Credentials } from '../support/staff.ts';
import { approvedApplicant, chinaDate, freeSlots } from '../support/visit.ts';

// docs/rules.md §5.1: a supervisor sets the own centre's schedule and closed days, an admin any
// centre's and the public holidays; what applicants can book follows at once. A schedule is a
// whole centre's, so each project works at a centre of the e2e server's own that no other
// journey books at (e2e/support/server.ts), and on days far enough ahead that nobody has booked
// them (the clock of these browsers only is moved, e2e/support/clock.ts). A public holiday is
// every centre's: it is set on a day months ahead, each project's its own.

const day = 24 * 60 * 60_000;

/** Who edits which centre, and how far ahead, in each language's project. */
const setUp: Record<
  Language,
  {
    centre: string;
    staff: Credentials;
    admin: boolean;
    daysAhead: number;
    holidayDaysAhead: number;
  }
> = {
  'zh-CN': {
    centre: 'SH-JINGAN',
    staff: STAFF.jinganSupervisor,
    admin: false,
    daysAhead: 120,
    holidayDaysAhead: 300,
  },
  en: {
    centre: 'SH-PUDONG',
    staff: STAFF.admin,
    admin: true,
    daysAhead: 240,
    holidayDaysAhead: 330,
  },
};

/** 08:00 in China on the day `days` from now: the whole of that day's slots are still to come. */
function morningIn(days: number): Date {
  return new Date(`${chinaDate(new Date(Date.now() + days * day).toISOString())}T08:00:00+08:00`);
}

test(
  "a supervisor changes the slots' capacity and closes a day, and the applicant's list follows",
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    const { centre, staff, admin, daysAhead } = setUp[language];
    const applicant = await approvedApplicant(browser, {
      baseURL: baseURL!,
      language,
      viewport: page.viewportSize()!,
      centre,
    });
    const at = morningIn(daysAhead);
    await setNow(applicant.page, at);
    await setNow(page, at);

    // Nobody has booked this far ahead: every slot offers the centre's full capacity.
    const before = await freeSlots(applicant.page, applicant.filed);
    const first = before.slots[0]!;
    const capacity = first.placesLeft;
    const firstDate = chinaDate(first.start);
    const dayIndex = Math.round((Date.parse(firstDate) - Date.parse(before.from)) / day);
    await applicant.page.goto('/visit');
    await expect(applicant.page.locator('.visit-slot').first()).toContainText(
      m('visit.placesLeft', { count: capacity }),
    );

    const settings = await staffApi(baseURL!, staff);
    const original = await (
      await settings.get(`/api/v1/staff/centres/${centre}/visit-schedule`)
    ).json();
    try {
      await signInAsStaff(page, language, staff, m);
      await page.getByRole('link', { name: m('staff.nav.schedule') }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: m('staff.schedule.title') }),
      ).toBeVisible();
      if (admin) await page.getByLabel(m('staff.schedule.centre')).selectOption(centre);
      const capacityField = page.getByLabel(m('staff.schedule.capacity'));
      await expect(capacityField).toHaveValue(String(capacity));
      await checkPage('staff schedule');

      // A period that closes before it opens is refused on its field, before anything is sent.
      await page.getByRole('button', { name: m('staff.schedule.addPeriod') }).click();
      const added = page.locator('.opening-period').last();
      await added.getByLabel(m('staff.schedule.opens')).fill('15:00');
      await added.getByLabel(m('staff.schedule.closes')).fill('14:00');
      await page.getByRole('button', { name: m('staff.schedule.save') }).click();
      await expect(added.getByText(m('error.visit.closesBeforeOpens'))).toBeVisible();
      await checkPage('staff schedule: a period refused');
      await added.getByRole('button', { name: m('staff.schedule.removePeriod') }).click();

      await capacityField.fill(String(capacity + 2));
      await page.getByRole('button', { name: m('staff.schedule.save') }).click();
      await expect(page.getByText(m('staff.schedule.saved'))).toBeVisible();
      await checkPage('staff schedule: saved');

      await applicant.page.reload();
      await expect(applicant.page.locator('.visit-slot').first()).toContainText(
        m('visit.placesLeft', { count: capacity + 2 }),
      );

      // A day already gone is refused by the service, on the date's field.
      const closing = page.getByRole('region', { name: m('staff.closedDays.heading') });
      await closing
        .getByLabel(m('staff.closedDays.date'))
        .fill(chinaDate(new Date(at.getTime() - day).toISOString()));
      await closing.getByLabel(m('staff.closedDays.reason')).fill('Staff training');
      await closing.getByRole('button', { name: m('staff.closedDays.close') }).click();
      await expect(closing.getByText(m('error.visit.pastDate')).first()).toBeVisible();
      await checkPage('staff schedule: a past day refused');

      // The applicant's first day with free times closes.
      await closing.getByLabel(m('staff.closedDays.date')).fill(firstDate);
      await closing.getByRole('button', { name: m('staff.closedDays.close') }).click();
      await expect(closing.getByRole('row').filter({ hasText: 'Staff training' })).toBeVisible();
      await checkPage('staff schedule: a day closed');
      await applicant.page.reload();
      await expect(applicant.page.locator('.visit-day').nth(dayIndex)).toContainText(
        m('visit.day.closed'),
      );

      await closing
        .getByRole('button', { name: m('staff.closedDays.reopen') })
        .first()
        .click();
      await expect(closing.getByText(m('staff.closedDays.none'))).toBeVisible();
    } finally {
      // The centre's schedule is shared with every other journey: put it back.
      const {
        slotMinutes,
        capacity: kept,
        hours,
      } = original as {
        slotMinutes: number;
        capacity: number;
        hours: unknown[];
      };
      expect(
        (
          await settings.put(`/api/v1/staff/centres/${centre}/visit-schedule`, {
            slotMinutes,
            capacity: kept,
            hours,
          })
        ).status(),
      ).toBe(200);
      await settings.delete(`/api/v1/staff/centres/${centre}/closed-days/${firstDate}`);
      await settings.dispose();
      await applicant.page.context().close();
    }
  },
);

test(
  'an admin sets a public holiday, and the applicant sees that day closed by its name',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    const { holidayDaysAhead } = setUp[language];
    const applicant = await approvedApplicant(browser, {
      baseURL: baseURL!,
      language,
      viewport: page.viewportSize()!,
    });
    const at = morningIn(holidayDaysAhead);
    await setNow(applicant.page, at);
    await setNow(page, at);
    const before = await freeSlots(applicant.page, applicant.filed);
    const holidayDate = chinaDate(before.slots[0]!.start);
    const dayIndex = Math.round((Date.parse(holidayDate) - Date.parse(before.from)) / day);
    const mark = crypto.randomUUID().slice(0, 8);
    const names = { nameZh: `演示节${mark}`, nameEn: `Demo Day ${mark}` };

    const settings = await staffApi(baseURL!, STAFF.admin);
    try {
      await signInAsStaff(page, language, STAFF.admin, m);
      await page.goto('/staff/schedule');
      const holidays = page.getByRole('region', { name: m('staff.holidays.heading') });
      await holidays.getByLabel(m('staff.holidays.nameZh')).fill(names.nameZh);
      await holidays.getByLabel(m('staff.holidays.nameEn')).fill(names.nameEn);

      // A day already gone is refused by the service, on the date's field.
      const dateField = holidays.getByLabel(m('staff.holidays.date'));
      await dateField.fill(chinaDate(new Date(at.getTime() - day).toISOString()));
      await holidays.getByRole('button', { name: m('staff.holidays.set') }).click();
      await expect(holidays.getByText(m('error.visit.pastDate')).first()).toBeVisible();
      await expect(dateField).toHaveAttribute('aria-invalid', 'true');
      await checkPage('staff schedule: a past holiday refused');

      await dateField.fill(holidayDate);
      await holidays.getByRole('button', { name: m('staff.holidays.set') }).click();
      const row = holidays.getByRole('row').filter({ hasText: names.nameEn });
      await expect(row).toContainText(names.nameZh);
      await checkPage('staff schedule: a holiday set');

      await applicant.page.goto('/visit');
      await expect(applicant.page.locator('.visit-day').nth(dayIndex)).toContainText(
        m('visit.day.holiday', { name: language === 'en' ? names.nameEn : names.nameZh }),
      );

      await row.getByRole('button', { name: m('staff.holidays.remove') }).click();
      await expect(row).toHaveCount(0);
      await applicant.page.reload();
      await expect(applicant.page.locator('.visit-day').nth(dayIndex)).not.toHaveClass(
        /visit-day--closed/,
      );
    } finally {
      await settings.delete(`/api/v1/staff/public-holidays/${holidayDate}`);
      await settings.dispose();
      await applicant.page.context().close();
    }
  },
);
