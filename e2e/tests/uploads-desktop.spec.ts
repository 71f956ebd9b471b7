import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JSHandle, Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { openDocumentsStep } from '../support/uploads.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface DroppedFile {
  name: string;
  type: string;
  base64: string;
}

function fixture(name: string, type: string): DroppedFile {
  return { name, type, base64: readFileSync(`${fixtures}${name}`).toString('base64') };
}

const photo = fixture('id-card-photo.jpg', 'image/jpeg');
const proofPdf = fixture('proof.pdf', 'application/pdf');
const notes: DroppedFile = {
  name: 'notes.txt',
  type: 'text/plain',
  base64: Buffer.from('Not a scan, just some notes.\n').toString('base64'),
};

// "Drag and drop on desktops". Dragging is a mouse gesture, so this runs where the
// page shows its "or drag files here" hint; phones choose files in uploads.spec.ts.

/** Files as the operating system hands them to a drop: rebuilt in the page from the fixtures. */
function dataTransferOf(page: Page, files: DroppedFile[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, files);
}

/** Drags the files over the zone (checking that it lights up) and lets go. */
async function dropOn(zone: Locator, files: DroppedFile[]): Promise<void> {
  const dataTransfer = await dataTransferOf(zone.page(), files);
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  // The drop target is outlined while files are held over it.
  await expect(zone).toHaveCSS('outline-style', 'dashed');
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone).toHaveCSS('outline-style', 'none');
  await dataTransfer.dispose();
}

test(
  'files dragged onto a document are uploaded: one photo, two pages at once, and a refused file',
  { tag: placement.desktops },
  async ({ page, m, language, checkPage }) => {
    const draft = await openDocumentsStep(page, language);
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.documents.title') }),
    ).toBeVisible();
    const zoneOf = (label: string) =>
      page.locator('li', { has: page.getByLabel(label, { exact: true }) });
    const removeButton = (label: string, number: number) =>
      page.getByRole('button', {
        name: `${m('ui.remove')} ${m('apply.documents.fileOf', { document: label, number })}`,
      });

    // The hint is shown where a mouse can drag.
    await expect(page.getByText(m('apply.upload.dropHint')).first()).toBeVisible();

    // A photo dropped on the first document is prepared, sent and listed like a chosen one.
    const first = m(`documentKind.${draft.requiredDocuments[0]!}`);
    const firstZone = zoneOf(first);
    await expect(firstZone).toHaveCSS('outline-style', 'none');
    await dropOn(firstZone, [photo]);
    await expect(page.getByText(m('apply.documents.uploaded', { document: first }))).toBeAttached();
    await expect(firstZone.getByText(m('apply.documents.status.uploaded'))).toBeVisible();
    await expect(removeButton(first, 1)).toBeVisible();

    // A proof of two pages dropped at once: both files are stored and listed.
    const proofKind = draft.requiredDocuments.find((kind) => kind.endsWith('_PROOF'))!;
    const proofLabel = m(`documentKind.${proofKind}`);
    const proofZone = zoneOf(proofLabel);
    await dropOn(proofZone, [photo, proofPdf]);
    await expect(removeButton(proofLabel, 1)).toBeVisible();
    await expect(removeButton(proofLabel, 2)).toBeVisible();
    await expect(proofZone.getByText(/\bPDF\b/)).toBeVisible();
    await expect(proofZone.getByText(/\bJPEG\b/)).toBeVisible();
    await expect(proofZone.getByRole('progressbar')).toHaveCount(0);
    await checkPage('documents (files dropped)');

    // A text file is not a scan: the server refuses it by content, the reason is said, and
    // no retry is offered, since the same file would be refused again.
    const other = draft.requiredDocuments.find(
      (kind) => kind !== draft.requiredDocuments[0] && kind !== proofKind,
    )!;
    const otherLabel = m(`documentKind.${other}`);
    const otherZone = zoneOf(otherLabel);
    await dropOn(otherZone, [notes]);
    await expect(otherZone.getByRole('alert')).toContainText(m('error.file.type'));
    await expect(page.getByRole('button', { name: m('ui.retry') })).toHaveCount(0);
    await expect(otherZone.getByText(m('apply.documents.status.missing'))).toBeVisible();
    await checkPage('documents (dropped file refused)');

    // The refusal is dismissed, and the same place takes a photo afterwards.
    await otherZone.getByRole('button', { name: m('ui.remove'), exact: true }).click();
    await expect(otherZone.getByRole('alert')).toHaveCount(0);
    await dropOn(otherZone, [photo]);
    await expect(otherZone.getByText(m('apply.documents.status.uploaded'))).toBeVisible();

    // A file let go beside the zones is ignored: the browser would otherwise open it in place
    // of this page (a cancelled drop is what stops it), and nothing new is listed.
    const listed = await page.getByRole('button', { name: m('ui.remove'), exact: true }).count();
    const browserWouldOpenIt = await page.getByRole('heading', { level: 1 }).evaluate((heading) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['stray'], 'stray.jpg', { type: 'image/jpeg' }));
      const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
      heading.dispatchEvent(new DragEvent('dragover', init));
      return heading.dispatchEvent(new DragEvent('drop', init));
    });
    expect(browserWouldOpenIt).toBe(false);
    await expect(page).toHaveURL(/\/apply\/documents$/);
    await expect(page.getByRole('button', { name: m('ui.remove'), exact: true })).toHaveCount(
      listed,
    );
  },
);
