import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { openDocumentsStep, readJpegSize, watchSentFile } from '../support/uploads.ts';

// The compression ratio is measured on a real photo, not only on the one that
// uploads.spec.ts draws: a camera's own JPEG (its noise, its quantisation tables, its EXIF)
// is what a phone hands over. Origin and licence: e2e/fixtures/README.md.
const realPhoto = fileURLToPath(new URL('../fixtures/real-phone-photo-13mp.jpg', import.meta.url));
const photoBytes = readFileSync(realPhoto);

test(
  'a real 13 MP phone photo, flagged as blurred and sent anyway, leaves as ≤ 600 KB at 2400 px',
  { tag: placement.phones },
  async ({ page, m, language }, testInfo) => {
    // The fixture is what it claims to be, so the ratio below is about a real camera file.
    expect(readJpegSize(photoBytes)).toEqual({ width: 4208, height: 3120 });
    expect(photoBytes.includes('XIAOMI\u0000')).toBe(true);
    expect(photoBytes.includes('MI3\u0000')).toBe(true);

    const draft = await openDocumentsStep(page, language);
    const label = m(`documentKind.${draft.requiredDocuments[0]!}`);

    // What the page hands to XMLHttpRequest: the file part as it leaves the phone.
    const sentFile = await watchSentFile(page);

    // The applicant taps "Choose a file" for the document and picks the photo.
    const input = page.getByLabel(label, { exact: true });
    const inputId = await input.getAttribute('id');
    const chooser = page.waitForEvent('filechooser');
    await page
      .locator(`label[for="${inputId}"]`)
      .filter({ hasText: m('apply.upload.chooseFile') })
      .click();
    const chosenAt = Date.now();
    await (await chooser).setFiles(realPhoto);

    // This photo is truly blurred (a hand moving at 1/20 s, flash fired): the check says so
    // before anything leaves the phone, and the applicant may still send it.
    await expect(page.getByText(m('apply.upload.quality.title'))).toBeVisible({ timeout: 30_000 });
    const preparedInMs = Date.now() - chosenAt;
    await expect(page.getByText(m('apply.upload.quality.blurred'))).toBeVisible();
    await page.getByRole('button', { name: m('apply.upload.quality.keep') }).click();

    const sent = await sentFile();
    await expect(page.getByText(m('apply.documents.uploaded', { document: label }))).toBeAttached();

    const sentBytes = sent.bytes;
    expect(sentBytes.length).toBe(sent.size);
    // 4208×3120 scaled to 2400 on the long side, aspect kept.
    expect(readJpegSize(sentBytes)).toEqual({ width: 2400, height: 1779 });
    expect(sent.size).toBeLessThanOrEqual(600 * 1024);
    // Re-encoding drops the camera's EXIF: make, model, time and any GPS stay on the phone.
    expect(sentBytes.includes('XIAOMI')).toBe(false);
    expect(sentBytes.includes('Exif\u0000\u0000')).toBe(false);
    expect(sent.name).not.toContain('real-phone-photo');

    const measured = `real 13 MP photo (Xiaomi MI3): ${photoBytes.length} B chosen → ${sent.size} B sent, ratio ${(photoBytes.length / sent.size).toFixed(1)}:1, checked and compressed in ~${preparedInMs} ms (${testInfo.project.name})`;
    testInfo.annotations.push({ type: 'compression', description: measured });
    process.stdout.write(`${measured}\n`);
  },
);
