import sharp, { type Sharp } from 'sharp';

/** At most 40 megapixels an image. */
export const MAX_IMAGE_PIXELS = 40_000_000;

// libvips' operation cache only helps when the same image is processed twice; scans never are.
sharp.cache(false);

export type ImageRefusal = 'error.file.unreadable' | 'error.file.tooManyPixels';

export type ImagePreparation =
  { ok: true; width: number; height: number; output: Sharp } | { ok: false; reason: ImageRefusal };

/**
 * Every image is decoded and encoded again, so that what is kept is only
 * pixels — orientation applied, EXIF/GPS/XMP/ICC comments dropped (sharp keeps no metadata
 * unless asked), and anything appended after the image's end (a ZIP, a script) gone.
 * The header is read first, so a decompression bomb (a PNG declaring 50000×50000) is
 * refused before a single pixel is decoded.
 */
export async function prepareCleanImage(
  input: Buffer,
  contentType: 'image/jpeg' | 'image/png',
): Promise<ImagePreparation> {
  // failOn 'warning': a truncated or corrupt image is refused rather than half-decoded.
  const options = {
    limitInputPixels: MAX_IMAGE_PIXELS,
    failOn: 'warning',
    sequentialRead: true,
  } as const;
  let width: number;
  let height: number;
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(input, { ...options, limitInputPixels: false }).metadata();
    if (!metadata.width || !metadata.height) return { ok: false, reason: 'error.file.unreadable' };
    // The decoded format must agree with what the content sniffer said.
    if (metadata.format !== (contentType === 'image/png' ? 'png' : 'jpeg')) {
      return { ok: false, reason: 'error.file.unreadable' };
    }
    if (metadata.width * metadata.height * (metadata.pages ?? 1) > MAX_IMAGE_PIXELS) {
      return { ok: false, reason: 'error.file.tooManyPixels' };
    }
    // EXIF orientations 5–8 swap the sides once applied.
    const swapped = (metadata.orientation ?? 1) >= 5;
    width = swapped ? metadata.height : metadata.width;
    height = swapped ? metadata.width : metadata.height;
  } catch {
    return { ok: false, reason: 'error.file.unreadable' };
  }
  // Rotating needs the whole decoded image in memory; an upright image streams through
  // libvips a strip at a time. The metadata is dropped either way.
  const upright = (metadata.orientation ?? 1) === 1;
  const pipeline = upright ? sharp(input, options) : sharp(input, options).rotate();
  const output =
    contentType === 'image/png'
      ? pipeline.png({ compressionLevel: 6 })
      : pipeline.jpeg({ quality: 90, chromaSubsampling: '4:4:4' });
  return { ok: true, width, height, output };
}
