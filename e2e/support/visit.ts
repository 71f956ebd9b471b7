// Helpers for the visit journeys: an approved applicant in a browser of their own, and a
// booking made through the public API, so a test starts where its point begins.
import { expect, type Browser, type Page } from '@playwright/test';
import type { VisitSlotsView, VisitView } from '@ssc/domain/visit';
import type { Language } from './fixtures.ts';
import { approveFiled, fileApplication, freshCardholderId, STAFF, type Filed } from './staff.ts';
import { fromOurPage } from './our-page.ts';

/** Who approves at a centre: its demo reviewer; at the e2e server's own centres, the admin. */
function reviewerAt(centre: string | undefined) {
  if (centre === 'SH-PUDONG') return STAFF.pudong;
  if (centre === undefined || centre === 'SH-HUANGPU') return STAFF.huangpu;
  return STAFF.admin;
}

export interface Applicant {
  page: Page;
  filed: Filed;
}

/** An applicant whose application is approved, in a new browser context of the given size. */
export async function approvedApplicant(
  browser: Browser,
  {
    baseURL,
    language,
    viewport,
    centre,
  }: {
    baseURL: string;
    language: Language;
    viewport: { width: number; height: number };
    centre?: string;
  },
): Promise<Applicant> {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  const filed = await fileApplication(page, {
    idNumber: freshCardholderId(),
    language,
    ...(centre ? { centre } : {}),
  });
  await approveFiled(baseURL, filed, reviewerAt(centre));
  return { page, filed };
}

/** The free slots of the applicant's centre, as the slot picker reads them. */
export async function freeSlots(page: Page, filed: Filed): Promise<VisitSlotsView> {
  const res = await page.request.get(`/api/v1/applications/${filed.id}/visit-slots`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as VisitSlotsView;
}

/** Books `start` (default: the first free slot) through the API, in the applicant's context. */
export async function bookVisit(page: Page, filed: Filed, start?: string): Promise<VisitView> {
  const at = start ?? (await freeSlots(page, filed)).slots[0]!.start;
  const res = await page.request.put(`/api/v1/applications/${filed.id}/visit`, {
    headers: fromOurPage(),
    data: { start: at },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as VisitView;
}

/** The China date (`YYYY-MM-DD`) of an instant. */
export function chinaDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}
