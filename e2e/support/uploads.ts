import type { Page } from '@playwright/test';
import { type Language, openLanding } from './fixtures.ts';
import { type SeededDraft, seedSettledAbroadDraft } from './seed-draft.ts';

/** The documents step of a fresh draft (cardholder settling abroad), in the project's language. */
export async function openDocumentsStep(page: Page, language: Language): Promise<SeededDraft> {
  await openLanding(page, language);
  const draft = await seedSettledAbroadDraft(page);
  await page.goto('/apply/documents');
  return draft;
}

export interface SentFile {
  /** performance.now() in the page when the upload started. */
  at: number;
  size: number;
  name: string;
  bytes: Buffer;
}

/**
 * Watches what the page hands to XMLHttpRequest: the file part exactly as it leaves the
 * phone. Call before choosing the file; the returned function waits for the first upload.
 */
export async function watchSentFile(page: Page): Promise<() => Promise<SentFile>> {
  await page.evaluate(() => {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (body) {
      const file = body instanceof FormData ? body.get('file') : null;
      if (file instanceof File) {
        const at = performance.now();
        void file.arrayBuffer().then((buffer) => {
          const all = new Uint8Array(buffer);
          let binary = '';
          for (let i = 0; i < all.length; i += 0x8000) {
            binary += String.fromCharCode(...all.subarray(i, i + 0x8000));
          }
          (window as unknown as { sent: unknown }).sent = {
            at,
            size: file.size,
            name: file.name,
            bytes: btoa(binary),
          };
        });
      }
      return send.call(this, body);
    };
  });
  return async () => {
    const handle = await page.waitForFunction(() => (window as unknown as { sent?: unknown }).sent);
    const sent = (await handle.jsonValue()) as Omit<SentFile, 'bytes'> & { bytes: string };
    return { ...sent, bytes: Buffer.from(sent.bytes, 'base64') };
  };
}

/** Width and height from a JPEG's start-of-frame marker. */
export function readJpegSize(bytes: Buffer): { width: number; height: number } | null {
  const start = bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
  if (start < 0) return null;
  let offset = start + 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xc3) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}
