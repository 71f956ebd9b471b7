import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import {
  fileApplication,
  freshCardholderId,
  signInAsStaff,
  STAFF,
  staffApi,
} from '../support/staff.ts';

// A reviewer's filters survive opening an application, Back, a reload and a shared link; a
// hand-edited address falls back to the plain queue, and nothing personal goes into an address.

type M = (key: string, params?: Record<string, string | number>) => string;

/** The queue shows exactly one application, `reference`, with the form as the reviewer left it. */
async function expectFilteredQueue(page: Page, m: M, reference: string) {
  await expect(page.getByRole('heading', { level: 1, name: m('staff.queue.title') })).toBeVisible();
  await expect(page.getByLabel(m('staff.queue.search'))).toHaveValue(reference);
  await expect(page.getByLabel(m('staff.queue.reason'))).toHaveValue('SETTLED_ABROAD');
  await expect(page.getByLabel(m('staff.queue.assignee'))).toHaveValue('unassigned');
  await expect(page.getByRole('checkbox', { name: m('status.SUBMITTED') })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: m('status.APPROVED') })).not.toBeChecked();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
}

test(
  'the queue keeps its filters through an application, Back, a reload and a shared link',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, baseURL, m, language, checkPage }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    await signInAsStaff(page, language, STAFF.huangpu, m);

    await page.getByLabel(m('staff.queue.search')).fill(filed.reference.toLowerCase());
    await page.getByLabel(m('staff.queue.reason')).selectOption('SETTLED_ABROAD');
    await page.getByLabel(m('staff.queue.assignee')).selectOption('unassigned');
    await page.getByRole('checkbox', { name: m('status.APPROVED') }).uncheck();
    await page.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]reference=${filed.reference}(&|$)`));
    await expectFilteredQueue(page, m, filed.reference);
    await checkPage('staff queue (filters in the address)');
    const filteredUrl = page.url();
    expect(filteredUrl).not.toContain(filed.idNumber);

    // Open the application, then the browser's Back: the same filtered queue.
    await page.getByRole('link', { name: filed.reference }).click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: m('staff.application.heading', { reference: filed.reference }),
      }),
    ).toBeVisible();
    await page.goBack();
    await expectFilteredQueue(page, m, filed.reference);

    await page.reload();
    await expectFilteredQueue(page, m, filed.reference);

    // The page's own "back" link returns to the same queue too.
    await page.getByRole('link', { name: filed.reference }).click();
    await page.getByRole('link', { name: m('staff.application.back') }).click();
    await expectFilteredQueue(page, m, filed.reference);
    expect(page.url()).toBe(filteredUrl);

    // Back undoes one Apply at a time: clearing the filters, then Back, restores them.
    await page.getByRole('button', { name: m('staff.queue.reset'), exact: true }).click();
    await expect(page.getByLabel(m('staff.queue.search'))).toHaveValue('');
    await expect(page).toHaveURL(/\/staff$/);
    await page.goBack();
    await expectFilteredQueue(page, m, filed.reference);

    // A colleague at the same centre, not yet signed in, opens the link: after signing in they
    // see the same queue, not the plain one.
    const colleagueContext = await browser.newContext({
      baseURL: baseURL!,
      viewport: page.viewportSize()!,
    });
    const colleague = await colleagueContext.newPage();
    await signInAsStaff(colleague, language, STAFF.supervisor, m, filteredUrl);
    await expectFilteredQueue(colleague, m, filed.reference);
    expect(colleague.url()).toBe(filteredUrl);
    await colleagueContext.close();
  },
);

test(
  'a claim that someone else made first says so, and the list shows their claim',
  { tag: placement.zhCnDesktop },
  async ({ page, baseURL, m, language }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    await signInAsStaff(page, language, STAFF.huangpu, m);
    await page.getByLabel(m('staff.queue.search')).fill(filed.reference);
    await page.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: filed.reference });
    const claim = row.getByRole('button', {
      name: `${m('staff.claim.submit')} ${filed.reference}`,
    });
    await expect(claim).toBeVisible();

    // Meanwhile the supervisor claims it, from another browser.
    const supervisor = await staffApi(baseURL!, STAFF.supervisor);
    const view = (await (
      await supervisor.get(`/api/v1/staff/applications/${filed.id}`)
    ).json()) as {
      version: number;
    };
    const claimed = await supervisor.post(`/api/v1/staff/applications/${filed.id}/claim`, {
      version: view.version,
    });
    expect(claimed.status()).toBe(200);
    await supervisor.dispose();

    await claim.click();
    await expect(page.getByRole('alert')).toContainText(
      m('staff.claim.taken', { reference: filed.reference }),
    );
    // "The list is up to date again": the row now names who has it, and offers no claim.
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(row).not.toContainText(m('staff.queue.unassigned'));
  },
);

test(
  'a hand-made address with unknown values opens the plain queue',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, m, language, checkPage }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    await signInAsStaff(page, language, STAFF.huangpu, m);
    const apiQueries: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/staff/applications?')) apiQueries.push(request.url());
    });

    await page.goto(
      `/staff?status=BOGUS&reason=BORED&assignee=someone&minAgeDays=-1&reference=${filed.idNumber}`,
    );
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.queue.title') }),
    ).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByLabel(m('staff.queue.search'))).toHaveValue('');
    await expect(page.getByLabel(m('staff.queue.reason'))).toHaveValue('');
    await expect(page.getByLabel(m('staff.queue.minAge'))).toHaveValue('');
    await expect(page.getByRole('checkbox', { name: m('status.SUBMITTED') })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: m('status.COLLECTED') })).not.toBeChecked();
    await checkPage('staff queue (address with unknown values)');

    // An ID number typed into the reference search by mistake is not applied: it reaches neither
    // the address bar nor the API, and the field shows that nothing was searched.
    await page.getByLabel(m('staff.queue.search')).fill(filed.idNumber);
    await page.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    await expect(page.getByLabel(m('staff.queue.search'))).toHaveValue('');
    await expect(page.getByRole('table')).toBeVisible();
    expect(page.url()).not.toContain(filed.idNumber);
    expect(apiQueries.length).toBeGreaterThan(0);
    expect(apiQueries.filter((url) => url.includes(filed.idNumber))).toEqual([]);
  },
);

test(
  'the audit trail keeps its filters in the address',
  { tag: placement.zhCnDesktop },
  async ({ page, m, language }) => {
    await signInAsStaff(page, language, STAFF.supervisor, m);
    await page.getByRole('link', { name: m('staff.nav.audit'), exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('staff.audit.title') }),
    ).toBeVisible();
    await page.getByLabel(m('staff.audit.action')).fill('staff_signed_in');
    await page.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    await expect(page).toHaveURL(/[?&]action=STAFF_SIGNED_IN(&|$)/);

    const expectSignIns = async () => {
      await expect(page.getByLabel(m('staff.audit.action'))).toHaveValue('STAFF_SIGNED_IN');
      const actions = page.getByRole('table').locator('tbody code');
      await expect(actions.first()).toHaveText('STAFF_SIGNED_IN');
      expect(new Set(await actions.allTextContents())).toEqual(new Set(['STAFF_SIGNED_IN']));
    };
    await expectSignIns();
    await page.reload();
    await expectSignIns();
    // The CSV export follows the applied filters.
    await expect(page.getByRole('link', { name: m('staff.audit.csv') })).toHaveAttribute(
      'href',
      /action=STAFF_SIGNED_IN/,
    );
  },
);
