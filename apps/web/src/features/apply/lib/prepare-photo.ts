import { ANALYSIS_LONG_SIDE, assessPhotoQuality } from './image-quality.ts';
import type { QualityIssue } from './image-quality.ts';

// Photos are downscaled in the browser before they are sent, so a 12 MP phone photo
// leaves as a few hundred KB on a slow network. 2400 px on the long side keeps an ID card
// photographed whole at ~9 px per mm: every character of the ID number stays legible.
export const MAX_LONG_SIDE = 2400;
export const JPEG_QUALITY = 0.85;
/** "A 4000×3000 phone photo leaves as ≤ 600 KB". */
export const SEND_BUDGET_BYTES = 600 * 1024;

export type FileClass = 'pdf' | 'image' | 'other';

export interface PreparedFile {
  blob: Blob;
  /** Never the chosen file's own name: names may carry personal data (house rules). */
  fileName: string;
  originalBytes: number;
  issues: QualityIssue[];
  /** Set for photos: the size as taken and as sent. */
  original?: { width: number; height: number };
  sent?: { width: number; height: number };
}

export class UnreadablePhotoError extends Error {
  constructor() {
    super('The browser cannot decode this photo.');
    this.name = 'UnreadablePhotoError';
  }
}

/** PDFs go as they are; photos (JPEG, PNG, HEIC, WebP…) are decoded and re-encoded. */
export function classifyFile(file: { type: string; name: string }): FileClass {
  const type = file.type.toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (type === 'application/pdf' || extension === 'pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  // Some phones hand over HEIC photos with an empty type.
  if (['jpg', 'jpeg', 'png', 'heic', 'heif', 'webp', 'avif'].includes(extension)) return 'image';
  return 'other';
}

/** The size that fits within `maxLongSide`, aspect kept; never enlarges. */
export function fitWithin(
  width: number,
  height: number,
  maxLongSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * The encodings to try, best first, until one fits SEND_BUDGET_BYTES: lower JPEG quality
 * before fewer pixels, because resolution is what keeps small print legible.
 */
export function listEncodingAttempts(
  width: number,
  height: number,
): { width: number; height: number; quality: number }[] {
  const full = fitWithin(width, height, MAX_LONG_SIDE);
  const smaller = fitWithin(width, height, Math.round(MAX_LONG_SIDE * 0.8));
  return [
    { ...full, quality: JPEG_QUALITY },
    { ...full, quality: 0.75 },
    { ...full, quality: 0.65 },
    { ...smaller, quality: 0.7 },
  ];
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function createCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function draw(bitmap: ImageBitmap, width: number, height: number) {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new UnreadablePhotoError();
  // JPEG has no transparency: a transparent PNG would otherwise turn black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  return { canvas, context };
}

async function encodeJpeg(canvas: AnyCanvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new UnreadablePhotoError())),
      'image/jpeg',
      quality,
    );
  });
}

async function decode(file: Blob): Promise<ImageBitmap> {
  try {
    // EXIF orientation applied, so a portrait photo is not sent lying on its side.
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new UnreadablePhotoError();
  }
}

/**
 * Makes a chosen file ready to send: PDFs unchanged; photos decoded (HEIC/WebP too, where
 * the browser can), checked for quality, downscaled and re-encoded as JPEG, which also drops
 * their EXIF metadata (GPS) before it leaves the phone.
 */
export async function prepareFile(file: File): Promise<PreparedFile> {
  const kind = classifyFile(file);
  if (kind === 'pdf') {
    return { blob: file, fileName: 'document.pdf', originalBytes: file.size, issues: [] };
  }
  if (kind === 'other') {
    // The server judges the type by content and answers 415 with a clear message.
    return { blob: file, fileName: 'document', originalBytes: file.size, issues: [] };
  }
  const bitmap = await decode(file);
  try {
    const original = { width: bitmap.width, height: bitmap.height };
    const sample = fitWithin(original.width, original.height, ANALYSIS_LONG_SIDE);
    const { context: sampleContext } = draw(bitmap, sample.width, sample.height);
    const pixels = sampleContext.getImageData(0, 0, sample.width, sample.height);
    const issues = assessPhotoQuality(pixels, original);

    let best: { blob: Blob; width: number; height: number } | null = null;
    let canvas: AnyCanvas | null = null;
    let canvasSize = '';
    for (const attempt of listEncodingAttempts(original.width, original.height)) {
      const size = `${attempt.width}x${attempt.height}`;
      if (size !== canvasSize) {
        canvas = draw(bitmap, attempt.width, attempt.height).canvas;
        canvasSize = size;
      }
      const blob = await encodeJpeg(canvas!, attempt.quality);
      best = { blob, width: attempt.width, height: attempt.height };
      if (blob.size <= SEND_BUDGET_BYTES) break;
    }
    // A small PNG (a screenshot of a letter, say) may be smaller and sharper as it came.
    // JPEGs are always re-encoded: that is what drops their EXIF location here on the phone.
    const keepOriginal =
      file.type === 'image/png' &&
      best!.blob.size > file.size &&
      Math.max(original.width, original.height) <= MAX_LONG_SIDE;
    return {
      blob: keepOriginal ? file : best!.blob,
      fileName: keepOriginal ? 'photo.png' : 'photo.jpg',
      originalBytes: file.size,
      issues,
      original,
      sent: keepOriginal ? original : { width: best!.width, height: best!.height },
    };
  } finally {
    bitmap.close();
  }
}
