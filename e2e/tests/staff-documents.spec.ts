import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import {
  fileApplication,
  freshCardholderId,
  makeProofPdf,
  signInAsStaff,
  STAFF,
  staffApi,
} from '../support/staff.ts';

// Staff see a PDF drawn in the page (pdf.js), zoom, turn and page through it; every
// view and download is in the audit trail.

/** Share of the canvas's pixels that are dark or coloured (a blank white page gives 0). */
function inkOn(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! + data[i + 1]! + data[i + 2]! < 600) ink += 1;
    }
    return ink / (data.length / 4);
  });
}

async function size(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'the page is on screen').not.toBeNull();
  return box!;
}

/** The drawn page's width as a share of the frame's inner width (1 = fitted). */
function widthInFrame(canvas: Locator): Promise<number> {
  return canvas.evaluate(
    (element: HTMLCanvasElement) =>
      Math.round((element.clientWidth / element.parentElement!.clientWidth) * 100) / 100,
  );
}

/** CSP refusals and uncaught errors, in the page or in pdf.js's worker. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}

test(
  'a reviewer reads a two-page PDF inline, zooms, turns and pages it; the audit shows the view',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, browser, m, language, checkPage, baseURL }) => {
    test.setTimeout(120_000);
    const filed = await fileApplication(page, {
      idNumber: freshCardholderId(),
      language,
      proofPdf: makeProofPdf(),
    });
    const pdf = filed.documents.find((document) => document.kind.endsWith('PROOF'))!;
    const label = m(`documentKind.${pdf.kind}`);

    const errors = watchForErrors(page);
    const origins = new Set<string>();
    const cmaps: number[] = [];
    page.on('response', (response) => {
      origins.add(new URL(response.url()).origin);
      if (response.url().endsWith('.bcmap')) cmaps.push(response.status());
    });

    await signInAsStaff(page, language, STAFF.huangpu, m);
    await page.goto(`/staff/applications/${filed.id}`);
    const card = page.locator(`article[data-document-id="${pdf.id}"]`);
    const frame = card.getByRole('region', { name: label });
    const pageOf = (number: number) =>
      card.getByRole('img', {
        name: m('staff.pdf.pageAlt', { page: number, pages: 2, document: label }),
      });

    // Page 1 is drawn: the count says so and the canvas carries the black bar and text.
    await frame.scrollIntoViewIfNeeded();
    await expect(card.getByText(m('staff.pdf.page', { page: 1, pages: 2 }))).toBeVisible();
    await expect(pageOf(1)).toBeVisible();
    await expect(frame).toHaveAttribute('aria-busy', 'false');
    expect(await inkOn(pageOf(1))).toBeGreaterThan(0.02);
    // At 100 % an A4 page fits the frame's width, portrait.
    expect(await widthInFrame(pageOf(1))).toBeCloseTo(1, 1);
    const upright = await size(pageOf(1));
    expect(upright.height).toBeGreaterThan(upright.width);
    await checkPage('staff review (PDF drawn)');

    // Zoom in: the page is drawn half as large again, inside the frame that scrolls.
    await card.getByRole('button', { name: m('staff.viewer.zoomIn') }).click();
    await expect(card.getByText(m('staff.viewer.state', { zoom: 150, rotation: 0 }))).toBeVisible();
    await expect.poll(() => widthInFrame(pageOf(1))).toBeCloseTo(1.5, 1);
    // By keyboard down to the smallest size: the button says it can go no further and keeps focus.
    const zoomOut = card.getByRole('button', { name: m('staff.viewer.zoomOut') });
    await zoomOut.focus();
    for (const press of [1, 2, 3]) await zoomOut.press(press === 1 ? 'Enter' : 'Space');
    await expect(card.getByText(m('staff.viewer.state', { zoom: 50, rotation: 0 }))).toBeVisible();
    await expect(zoomOut).toHaveAttribute('aria-disabled', 'true');
    await expect(zoomOut).toBeFocused();
    await card.getByRole('button', { name: m('staff.viewer.zoomIn') }).click();

    // Turn: the portrait page lies on its side and still fits the frame.
    await card.getByRole('button', { name: m('staff.viewer.rotate') }).click();
    await expect(
      card.getByText(m('staff.viewer.state', { zoom: 100, rotation: 90 })),
    ).toBeVisible();
    await expect(frame).toHaveAttribute('aria-busy', 'false');
    await expect.poll(() => widthInFrame(pageOf(1))).toBeCloseTo(1, 1);
    const turned = await size(pageOf(1));
    expect(turned.width).toBeGreaterThan(turned.height);
    expect(await inkOn(pageOf(1))).toBeGreaterThan(0.02);
    await checkPage('staff review (PDF turned)');

    // By keyboard to page 2 and back; the buttons keep the focus at either end.
    const next = card.getByRole('button', { name: m('staff.pdf.next') });
    const previous = card.getByRole('button', { name: m('staff.pdf.previous') });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(card.getByText(m('staff.pdf.page', { page: 2, pages: 2 }))).toBeVisible();
    await expect(next).toBeFocused();
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await expect(frame).toHaveAttribute('aria-busy', 'false');
    expect(await inkOn(pageOf(2))).toBeGreaterThan(0.02);
    // Page 2's unembedded Chinese font needs Adobe's CMap, fetched from our own origin only. The
    // fetch is the PDF worker's, whose network events reach the test on a session of their own,
    // not in step with the page's: wait for the event rather than expect it to be in already.
    await expect.poll(() => cmaps.length).toBeGreaterThan(0);
    expect(cmaps.every((status) => status === 200)).toBe(true);
    await previous.focus();
    await page.keyboard.press('Enter');
    await expect(card.getByText(m('staff.pdf.page', { page: 1, pages: 2 }))).toBeVisible();
    await expect(previous).toBeFocused();
    // The frame itself takes focus, so a zoomed page can be scrolled with the arrow keys.
    await frame.focus();
    await expect(frame).toBeFocused();

    // The download stays offered, as an attachment.
    const downloading = page.waitForEvent('download');
    await card
      .getByRole('link', { name: `${m('staff.application.download')} ${label}`, exact: true })
      .click();
    expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);

    expect(errors).toEqual([]);
    expect([...origins]).toEqual([new URL(baseURL!).origin]);

    // The supervisor's audit trail shows the reviewer's view and download of this application.
    const context = await browser.newContext({ baseURL: baseURL!, viewport: page.viewportSize()! });
    const supervisor = await context.newPage();
    await signInAsStaff(supervisor, language, STAFF.supervisor, m);
    await supervisor.getByRole('link', { name: m('staff.nav.audit'), exact: true }).click();
    await supervisor.getByLabel(m('staff.audit.applicationId')).fill(filed.id);
    await supervisor.getByRole('button', { name: m('staff.queue.apply'), exact: true }).click();
    await expect(
      supervisor.getByRole('cell', { name: 'STAFF_VIEWED_DOCUMENT' }).first(),
    ).toBeVisible();
    await expect(supervisor.getByRole('cell', { name: 'STAFF_DOWNLOADED_DOCUMENT' })).toHaveCount(
      1,
    );
    await checkPage('staff audit (document views)', supervisor);
    await context.close();

    // One view of this PDF however often it was zoomed, turned and paged: pdf.js fetched it once.
    const api = await staffApi(baseURL!, STAFF.supervisor);
    const audit = await api.get(`/api/v1/staff/audit?applicationId=${filed.id}&limit=200`);
    expect(audit.status()).toBe(200);
    const { items } = (await audit.json()) as {
      items: { action: string; documentId: string | null; actor: { displayName: string } | null }[];
    };
    const onPdf = items.filter(
      (item) => item.documentId === pdf.id && item.action.startsWith('STAFF_'),
    );
    expect(onPdf.map((item) => item.action).sort()).toEqual([
      'STAFF_DOWNLOADED_DOCUMENT',
      'STAFF_VIEWED_DOCUMENT',
    ]);
    expect(onPdf.every((item) => item.actor?.displayName.includes('Huangpu'))).toBe(true);
    await api.dispose();
  },
);

test(
  'a PDF that cannot be drawn says so and offers the download',
  { tag: [placement.desktops, placement.bothWidths] },
  async ({ page, m, language, checkPage }) => {
    const filed = await fileApplication(page, { idNumber: freshCardholderId(), language });
    const pdf = filed.documents.find((document) => document.kind.endsWith('PROOF'))!;
    const label = m(`documentKind.${pdf.kind}`);
    // The server refuses unreadable PDFs at upload, so the broken bytes arrive on the way back.
    await page.route(`**/documents/${pdf.id}/content`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF-1.7 broken' }),
    );
    await signInAsStaff(page, language, STAFF.huangpu, m);
    await page.goto(`/staff/applications/${filed.id}`);
    const card = page.locator(`article[data-document-id="${pdf.id}"]`);
    await expect(card.getByRole('alert')).toContainText(m('staff.pdf.failed'));
    const download = card
      .getByRole('alert')
      .getByRole('link', { name: `${m('staff.pdf.failedDownload')} ${label}` });
    await expect(download).toHaveAttribute('href', /download=1$/);
    await expect(card.locator('canvas')).toHaveCount(0);
    await checkPage('staff review (PDF not drawn)');
  },
);
