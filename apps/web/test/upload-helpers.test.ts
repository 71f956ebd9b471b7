import { describe, expect, it } from 'vitest';
import {
  classifyFile,
  fitWithin,
  listEncodingAttempts,
  MAX_LONG_SIDE,
} from '../src/features/apply/lib/prepare-photo.ts';
import type { PreparedFile } from '../src/features/apply/lib/prepare-photo.ts';
import { listUnsettled, reduceUploads } from '../src/features/apply/lib/upload-items.ts';
import type { UploadItem } from '../src/features/apply/lib/upload-items.ts';
import { nextAnnouncement, toPercent } from '../src/features/apply/lib/upload-progress.ts';
import { uiUploadEn } from '../src/lib/i18n/ui-upload-en.ts';
import { uiUploadZhCn } from '../src/lib/i18n/ui-upload-zh-cn.ts';

describe('downscaling', () => {
  it('fits a 12 MP phone photo within 2400 px, aspect kept, and never enlarges', () => {
    expect(fitWithin(4000, 3000, MAX_LONG_SIDE)).toEqual({ width: 2400, height: 1800 });
    expect(fitWithin(3000, 4000, MAX_LONG_SIDE)).toEqual({ width: 1800, height: 2400 });
    expect(fitWithin(1200, 800, MAX_LONG_SIDE)).toEqual({ width: 1200, height: 800 });
    expect(fitWithin(9000, 10, MAX_LONG_SIDE)).toEqual({ width: 2400, height: 3 });
  });

  it('tries lower JPEG quality before fewer pixels', () => {
    const attempts = listEncodingAttempts(4000, 3000);
    expect(attempts[0]).toEqual({ width: 2400, height: 1800, quality: 0.85 });
    const qualities = attempts.map((attempt) => attempt.quality);
    expect(qualities.slice(0, 3)).toEqual([...qualities.slice(0, 3)].sort().reverse());
    expect(attempts.at(-1)!.width).toBeLessThan(2400);
    expect(attempts.at(-1)!.width).toBeGreaterThanOrEqual(1900);
  });

  it('sends PDFs as they are and treats HEIC, WebP and untyped photos as photos', () => {
    expect(classifyFile({ type: 'application/pdf', name: 'x' })).toBe('pdf');
    expect(classifyFile({ type: '', name: 'Scan.PDF' })).toBe('pdf');
    expect(classifyFile({ type: 'image/heic', name: 'IMG_1.HEIC' })).toBe('image');
    expect(classifyFile({ type: '', name: 'IMG_1.heic' })).toBe('image');
    expect(classifyFile({ type: 'image/webp', name: 'a.webp' })).toBe('image');
    expect(classifyFile({ type: 'text/plain', name: 'notes.txt' })).toBe('other');
  });
});

describe('progress announcements', () => {
  it('announce each quarter once, and leave 100% to the "uploaded" message', () => {
    const heard: number[] = [];
    let last = 0;
    for (const share of [0.01, 0.1, 0.26, 0.3, 0.49, 0.5, 0.51, 0.9, 1]) {
      const step = nextAnnouncement(last, share);
      if (step !== null) {
        heard.push(step);
        last = step;
      }
    }
    expect(heard).toEqual([25, 50, 75]);
    expect(toPercent(1.2)).toBe(100);
    expect(toPercent(-1)).toBe(0);
  });
});

describe('files on their way', () => {
  const prepared = (issues: PreparedFile['issues']): PreparedFile => ({
    blob: new Blob(['x']),
    fileName: 'photo.jpg',
    originalBytes: 10,
    issues,
  });

  it('hold a photo with a quality warning for a decision, and send a good one at once', () => {
    let items: UploadItem[] = [];
    items = reduceUploads(items, { type: 'added', id: 'a', kind: 'CARD_FRONT' });
    items = reduceUploads(items, { type: 'added', id: 'b', kind: 'CARD_BACK', replaces: 'old' });
    items = reduceUploads(items, { type: 'prepared', id: 'a', prepared: prepared(['blurred']) });
    items = reduceUploads(items, { type: 'prepared', id: 'b', prepared: prepared([]) });
    expect(items.map((item) => item.phase)).toEqual(['review', 'uploading']);
    expect(items[1]!.replaces).toBe('old');
    expect(listUnsettled(items)).toHaveLength(2);
  });

  it('keep the prepared file after a failure so a retry needs no new choice', () => {
    let items: UploadItem[] = [];
    items = reduceUploads(items, { type: 'added', id: 'a', kind: 'CARD_FRONT' });
    items = reduceUploads(items, { type: 'prepared', id: 'a', prepared: prepared([]) });
    items = reduceUploads(items, { type: 'progressed', id: 'a', share: 0.6 });
    items = reduceUploads(items, { type: 'progressed', id: 'a', share: 0.4 });
    expect(items[0]!.progress).toBe(0.6);
    items = reduceUploads(items, {
      type: 'failed',
      id: 'a',
      errorKey: 'apply.upload.failed',
      fallbackKey: 'ui.error.network',
      retryable: true,
    });
    expect(items[0]).toMatchObject({ phase: 'failed', retryable: true });
    expect(items[0]!.prepared?.blob).toBeInstanceOf(Blob);
    expect(listUnsettled(items)).toEqual([]);
    items = reduceUploads(items, { type: 'started', id: 'a' });
    expect(items[0]).toMatchObject({ phase: 'uploading', progress: 0, errorKey: undefined });
    items = reduceUploads(items, { type: 'finished', id: 'a' });
    expect(items).toEqual([]);
  });
});

describe('upload wording', () => {
  it('exists in both languages with the same placeholders', () => {
    expect(Object.keys(uiUploadEn).sort()).toEqual(Object.keys(uiUploadZhCn).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(uiUploadZhCn)) {
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(uiUploadEn[key]!), key).toEqual(placeholders(zh));
    }
    // A photo the browser cannot decode is nearly always an iPhone HEIC: the message names
    // it and says what to upload instead, in both languages.
    for (const dictionary of [uiUploadEn, uiUploadZhCn]) {
      expect(dictionary['apply.upload.cannotRead']).toMatch(/HEIC.*JPG/);
    }
    expect(uiUploadEn['apply.upload.cannotRead']).toContain('Most Compatible');
    expect(uiUploadZhCn['apply.upload.cannotRead']).toContain('兼容性最佳');
    // Built from the issue name in pending-upload.tsx.
    for (const issue of ['tooSmall', 'tooDark', 'blurred', 'glare']) {
      expect(uiUploadEn[`apply.upload.quality.${issue}`], issue).toBeTruthy();
    }
  });
});
