import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { placement } from '../support/placement.ts';
import { completeDraftAfterDocuments } from '../support/seed-draft.ts';
import { openDocumentsStep, readJpegSize, watchSentFile } from '../support/uploads.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const goodPhoto = path.join(fixtures, 'id-card-photo.jpg');
const blurredPhoto = path.join(fixtures, 'id-card-blurred.jpg');
const proof = path.join(fixtures, 'proof.pdf');
// A real HEIC (HEVC in a HEIF box, as iPhones save photos), which Chromium cannot decode.
const heicPhoto = readFileSync(path.join(fixtures, 'id-card-photo.heic'));

/** Everything the page's polite live regions say, in order, for checking announcements. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[aria-live="polite"]')) {
        const text = region.textContent?.trim() ?? '';
        if (text && heard.at(-1) !== text) heard.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

async function throttleUploads(page: Page, bytesPerSecond: number | null): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: bytesPerSecond ? 150 : 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond ?? -1,
  });
}

test(
  'a phone user photographs, is warned about a blurred photo, replaces it and submits',
  { tag: placement.phones },
  async ({ page, m, language, checkPage }) => {
    const draft = await openDocumentsStep(page, language);
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.documents.title') }),
    ).toBeVisible();
    const heard = await recordAnnouncements(page);

    // The first document, with the camera: the photo taken is blurred.
    const first = draft.requiredDocuments[0]!;
    const firstLabel = m(`documentKind.${first}`);
    const camera = page.getByText(`${m('apply.upload.takePhoto')}: ${firstLabel}`);
    let chooser = page.waitForEvent('filechooser');
    await camera.click();
    await (await chooser).setFiles(blurredPhoto);
    await expect(page.getByText(m('apply.upload.quality.title'))).toBeVisible();
    await expect(page.getByText(m('apply.upload.quality.blurred'))).toBeVisible();
    await expect(page.getByText(m('apply.upload.quality.exampleText'))).toBeVisible();
    // Keyboard users land on the warning, and the next Tab reaches "take or choose another".
    await expect(page.locator(':focus')).toContainText(m('apply.upload.quality.title'));
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('type', 'file');
    // Nothing left the phone yet: the applicant decides first.
    await expect(page.getByText(m('apply.documents.status.missing'))).toHaveCount(
      draft.requiredDocuments.length,
    );
    await checkPage('documents (quality warning)');

    // A sharp photo replaces it, sent over a slow connection so the progress can be watched.
    await throttleUploads(page, 48 * 1024);
    chooser = page.waitForEvent('filechooser');
    await page.getByText(m('apply.upload.quality.replace')).click();
    await (await chooser).setFiles(goodPhoto);
    await expect(page.getByText(m('apply.upload.quality.title'))).toHaveCount(0);
    const progress = page.getByRole('progressbar', {
      name: m('apply.upload.progressLabel', { document: firstLabel }),
    });
    await expect(progress).toBeVisible();
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { intervals: [100] })
      .toBeGreaterThan(0);
    await checkPage('documents (uploading)');
    await expect(
      page.getByText(m('apply.documents.uploaded', { document: firstLabel })),
    ).toBeAttached({
      timeout: 30_000,
    });
    await expect(progress).toHaveCount(0);
    await throttleUploads(page, null);
    // Screen readers heard the upload in quarters, not at every percent.
    const said = await heard();
    const quarters = [25, 50, 75].map((percent) =>
      m('apply.upload.progressAnnounce', { document: firstLabel, percent }),
    );
    expect(said.filter((text) => quarters.includes(text))).toEqual(quarters);
    expect(said.length).toBeLessThanOrEqual(8);

    // The rest: photos through the file chooser, the proof as a PDF of two pages (two files).
    for (const kind of draft.requiredDocuments.slice(1)) {
      const label = m(`documentKind.${kind}`);
      const isProof = kind.endsWith('_PROOF');
      await page.getByLabel(label, { exact: true }).setInputFiles(isProof ? proof : goodPhoto);
      await expect(
        page.getByText(m('apply.documents.uploaded', { document: label })),
      ).toBeAttached();
      if (isProof) {
        await page.getByLabel(label, { exact: true }).setInputFiles(proof);
        await expect(
          page.getByRole('button', {
            name: `${m('ui.remove')} ${m('apply.documents.fileOf', { document: label, number: 2 })}`,
          }),
        ).toBeVisible();
      }
    }
    await expect(page.getByText(m('apply.documents.status.missing'))).toHaveCount(0);
    await checkPage('documents (all uploaded)');
    await page.getByRole('button', { name: m('ui.continue') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.documents.title') }),
    ).toHaveCount(0);

    // The later pages belong to other journeys; answer them through the API and send.
    await completeDraftAfterDocuments(page, draft.id);
    await page.goto('/apply/check');
    await page.getByRole('button', { name: m('apply.check.submit') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: m('apply.submitted.title') }),
    ).toBeVisible();
  },
);

test(
  'a failed upload is retried without choosing the file again, and a file is replaced',
  { tag: placement.phones },
  async ({ page, m, language, checkPage }) => {
    const draft = await openDocumentsStep(page, language);
    const kind = draft.requiredDocuments[0]!;
    const label = m(`documentKind.${kind}`);

    // The connection drops during the first attempt.
    await page.route(
      '**/api/v1/applications/*/documents',
      (route) => route.abort('connectionreset'),
      {
        times: 1,
      },
    );
    await page.getByLabel(label, { exact: true }).setInputFiles(goodPhoto);
    await expect(page.getByText(m('apply.upload.failed'))).toBeVisible();
    await checkPage('documents (upload failed)');
    await page.getByRole('button', { name: m('ui.retry') }).click();
    await expect(page.getByText(m('apply.documents.uploaded', { document: label }))).toBeAttached();
    await expect(page.getByText(m('apply.upload.failed'))).toHaveCount(0);

    // Replacing the stored file keeps one file for the document, not two.
    const which = m('apply.documents.fileOf', { document: label, number: 1 });
    {
      const chooser = page.waitForEvent('filechooser');
      await page.getByText(`${m('apply.upload.replace')} ${which}`).click();
      await (await chooser).setFiles(proof);
    }
    // The document now lists one file, and it is the PDF ("File 1 (PDF, 218 B)").
    const pdfLine = m('apply.documents.file', { number: 1, type: 'PDF', size: '\u0000' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('\u0000', '.+');
    await expect(page.getByText(new RegExp(`^${pdfLine}$`))).toBeVisible();
    await expect(
      page.getByRole('button', {
        name: `${m('ui.remove')} ${m('apply.documents.fileOf', { document: label, number: 2 })}`,
      }),
    ).toHaveCount(0);
  },
);

test(
  'a 12 MP phone photo leaves the phone as at most 600 KB, at 2400 px, with no warning',
  { tag: placement.phones },
  async ({ page, m, language }, testInfo) => {
    const draft = await openDocumentsStep(page, language);
    const label = m(`documentKind.${draft.requiredDocuments[0]!}`);

    // A photo-like 4000×3000 JPEG made in the browser: a table's gradient, a card, print,
    // and sensor noise, encoded at 0.92 as phone cameras do.
    const photoBase64 = await page.evaluate(async () => {
      const width = 4000;
      const height = 3000;
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      const table = context.createLinearGradient(0, 0, width, height);
      table.addColorStop(0, '#7a6a58');
      table.addColorStop(1, '#3e352c');
      context.fillStyle = table;
      context.fillRect(0, 0, width, height);
      const card = context.createLinearGradient(400, 0, 3600, 0);
      card.addColorStop(0, '#e4ecf4');
      card.addColorStop(1, '#c6d3e1');
      context.fillStyle = card;
      context.beginPath();
      context.roundRect(400, 450, 3200, 2100, 120);
      context.fill();
      context.fillStyle = '#9aa7b4';
      context.fillRect(560, 700, 720, 1000);
      context.fillStyle = '#1f1f1f';
      context.font = '120px sans-serif';
      [
        '姓名 张三 ZHANG SAN',
        '性别 男  民族 汉',
        '出生 1970 年 1 月 1 日',
        '住址 上海市黄浦区示例路 1 号',
      ].forEach((line, i) => context.fillText(line, 1450, 850 + i * 230));
      context.font = '150px monospace';
      context.fillText('110105197001011234', 1100, 2300);
      const image = context.getImageData(0, 0, width, height);
      let seed = 7;
      for (let i = 0; i < image.data.length; i += 4) {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        const noise = ((seed >>> 24) - 128) / 16; // ±8 levels
        for (let channel = i; channel < i + 3; channel += 1) {
          image.data[channel] = image.data[channel]! + noise;
        }
      }
      context.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    });
    const photo = Buffer.from(photoBase64, 'base64');
    expect(readJpegSize(photo)).toEqual({ width: 4000, height: 3000 });

    // What the page hands to XMLHttpRequest: the file part as it leaves the phone.
    const sentFile = await watchSentFile(page);
    const chosenAt = await page.evaluate(() => performance.now());
    await page
      .getByLabel(label, { exact: true })
      .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
    const sent = await sentFile();
    const preparedInMs = Math.round(sent.at - chosenAt);
    await expect(page.getByText(m('apply.documents.uploaded', { document: label }))).toBeAttached();
    // A legible photo raises no warning, and the applicant sees how much smaller it became.
    await expect(page.getByText(m('apply.upload.quality.title'))).toHaveCount(0);

    expect(readJpegSize(sent.bytes)).toEqual({ width: 2400, height: 1800 });
    expect(sent.size).toBeLessThanOrEqual(600 * 1024);
    // The chosen file's own name never leaves the phone.
    expect(sent.name).not.toContain('IMG_0001');
    const measured = `12 MP photo: ${photo.length} B chosen → ${sent.size} B sent, ratio ${(photo.length / sent.size).toFixed(1)}:1, prepared in ${preparedInMs} ms (${testInfo.project.name})`;
    testInfo.annotations.push({ type: 'compression', description: measured });
    process.stdout.write(`${measured}\n`);
  },
);

test(
  'a WebP photo is sent as JPEG, and a refused file says why without offering a retry',
  { tag: placement.phones },
  async ({ page, m, language }) => {
    const draft = await openDocumentsStep(page, language);
    const [first, second] = draft.requiredDocuments;
    const firstLabel = m(`documentKind.${first!}`);
    const secondLabel = m(`documentKind.${second!}`);

    // The server takes JPEG, PNG and PDF only; the browser turns a WebP it can decode into JPEG.
    const webp = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(1600, 1000);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#d9e3ee';
      context.fillRect(0, 0, 1600, 1000);
      context.fillStyle = '#1b1b1b';
      context.font = '64px monospace';
      for (let line = 0; line < 8; line += 1)
        context.fillText('110105197001011234', 120, 150 + line * 100);
      const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 });
      return btoa(String.fromCharCode(...new Uint8Array(await blob.arrayBuffer())));
    });
    await page.getByLabel(firstLabel, { exact: true }).setInputFiles({
      name: 'photo.webp',
      mimeType: 'image/webp',
      buffer: Buffer.from(webp, 'base64'),
    });
    await expect(
      page.getByText(m('apply.documents.uploaded', { document: firstLabel })),
    ).toBeAttached();
    // The server refuses WebP (415), so a stored JPEG is the converted photo.
    await expect(page.getByText('JPEG')).toBeVisible();

    // A file the server refuses (docs/api.md 422 with an i18n key) shows that message; trying the
    // same file again cannot help, so there is no "try again", only another choice.
    await page.route('**/api/v1/applications/*/documents', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          status: 422,
          title: 'Unprocessable',
          errors: [{ path: 'file', code: 'error.file.pdfEncrypted', message: 'encrypted' }],
        }),
      }),
    );
    await page.getByLabel(secondLabel, { exact: true }).setInputFiles(proof);
    await expect(page.getByText(m('error.file.pdfEncrypted'))).toBeVisible();
    await expect(page.getByRole('button', { name: m('ui.retry') })).toHaveCount(0);
    await page.getByRole('button', { name: m('ui.remove'), exact: true }).click();
    await expect(page.getByText(m('error.file.pdfEncrypted'))).toHaveCount(0);
  },
);

test(
  'a HEIC photo the browser cannot open says what to send instead, and nothing is sent',
  { tag: placement.phones },
  async ({ page, m, language, checkPage }) => {
    const draft = await openDocumentsStep(page, language);
    const label = m(`documentKind.${draft.requiredDocuments[0]!}`);
    const zone = page.locator('li', { has: page.getByLabel(label, { exact: true }) });
    let sent = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/documents')) sent += 1;
    });

    await page
      .getByLabel(label, { exact: true })
      .setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heicPhoto });
    await expect(zone.getByRole('alert')).toContainText(m('apply.upload.cannotRead'));
    // The same file would fail the same way: no "try again", only another choice.
    await expect(page.getByRole('button', { name: m('ui.retry') })).toHaveCount(0);
    await expect(zone.getByText(m('apply.documents.status.missing'))).toBeVisible();
    await checkPage('documents (HEIC not readable)');

    // Some phones hand over a HEIC with no type at all: it is recognised by its name, and
    // gets the same advice rather than a refusal from the server.
    await zone.getByRole('button', { name: m('ui.remove'), exact: true }).click();
    await expect(zone.getByRole('alert')).toHaveCount(0);
    await page
      .getByLabel(label, { exact: true })
      .setInputFiles({ name: 'IMG_0002.heic', mimeType: '', buffer: heicPhoto });
    await expect(zone.getByRole('alert')).toContainText(m('apply.upload.cannotRead'));
    expect(sent).toBe(0);

    // The advice followed: a JPG goes through, and the page carries on as usual.
    await zone.getByRole('button', { name: m('ui.remove'), exact: true }).click();
    await page.getByLabel(label, { exact: true }).setInputFiles(goodPhoto);
    await expect(page.getByText(m('apply.documents.uploaded', { document: label }))).toBeAttached();
    await expect(zone.getByRole('alert')).toHaveCount(0);
    expect(sent).toBe(1);
  },
);
