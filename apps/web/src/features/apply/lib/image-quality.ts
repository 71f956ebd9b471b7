// Quality checks on a photo of a document, run in the browser before anything is sent.
// Too small, too dark, blurred, glare — each only warns; the
// applicant may keep the photo. Pure functions over RGBA pixels, so they run in unit tests.

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, as canvas ImageData gives it. */
  data: Uint8ClampedArray | Uint8Array;
}

export type QualityIssue = 'tooSmall' | 'tooDark' | 'blurred' | 'glare';

/** Long side the checks run at: the thresholds below are calibrated for this scale. */
export const ANALYSIS_LONG_SIDE = 800;

export const QUALITY_LIMITS = {
  // "Too small". Below ~1000 px on the long side the 18 digits of an ID number on
  // a card photographed whole are only a few pixels tall, and staff cannot read them.
  minLongSide: 1000,
  // Mean luma (0–255) under which the print of an ID card is lost in the dark.
  minMeanLuminance: 70,
  // Variance of the Laplacian at ANALYSIS_LONG_SIDE (Pech-Pacheco et al., 2000). Synthetic
  // ID-card photos measured about 2000 sharp and 540–610 slightly soft (Gaussian σ 1.5 px at
  // 1600 px, still legible); blurred until the ID number smears (σ 3) they fell to about 65.
  minSharpness: 100,
  // Glare: a share of blown-out pixels (luma ≥ 250) on a photo that is not a white page
  // overall. A flatbed scan is near-white almost everywhere (median ≥ 240) and must not
  // warn; a card or a page photographed in room light sits well below that.
  glareLuminance: 250,
  maxGlareShare: 0.03,
  glareMedianBelow: 235,
} as const;

/** Luma by ITU-R BT.601, the weights JPEG itself uses. */
export function toGreyscale(pixels: Pixels): Float32Array {
  const { width, height, data } = pixels;
  const grey = new Float32Array(width * height);
  for (let i = 0, p = 0; i < grey.length; i += 1, p += 4) {
    grey[i] = 0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!;
  }
  return grey;
}

export function measureMeanLuminance(grey: Float32Array): number {
  if (grey.length === 0) return 0;
  let sum = 0;
  for (const value of grey) sum += value;
  return sum / grey.length;
}

/** Variance of the 4-neighbour Laplacian over the inner pixels: low when edges are soft. */
export function measureLaplacianVariance(
  grey: Float32Array,
  width: number,
  height: number,
): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumSquares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y += 1) {
    const row = y * width;
    for (let x = 1; x < width - 1; x += 1) {
      const i = row + x;
      const value =
        grey[i - width]! + grey[i + width]! + grey[i - 1]! + grey[i + 1]! - 4 * grey[i]!;
      sum += value;
      sumSquares += value * value;
      count += 1;
    }
  }
  const mean = sum / count;
  return sumSquares / count - mean * mean;
}

export function measureGlare(grey: Float32Array): { share: number; median: number } {
  if (grey.length === 0) return { share: 0, median: 0 };
  const histogram = new Uint32Array(256);
  let bright = 0;
  for (const value of grey) {
    const level = Math.min(255, Math.max(0, Math.round(value)));
    histogram[level]! += 1;
    if (value >= QUALITY_LIMITS.glareLuminance) bright += 1;
  }
  let seen = 0;
  let median = 0;
  for (let level = 0; level < 256; level += 1) {
    seen += histogram[level]!;
    if (seen * 2 >= grey.length) {
      median = level;
      break;
    }
  }
  return { share: bright / grey.length, median };
}

/**
 * What is wrong with a photo, judged on a sample scaled to ANALYSIS_LONG_SIDE and on the
 * size of the photo as taken. An empty list means nothing to warn about.
 */
export function assessPhotoQuality(
  sample: Pixels,
  original: { width: number; height: number },
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  if (Math.max(original.width, original.height) < QUALITY_LIMITS.minLongSide) {
    issues.push('tooSmall');
  }
  const grey = toGreyscale(sample);
  if (measureMeanLuminance(grey) < QUALITY_LIMITS.minMeanLuminance) issues.push('tooDark');
  if (measureLaplacianVariance(grey, sample.width, sample.height) < QUALITY_LIMITS.minSharpness) {
    issues.push('blurred');
  }
  const glare = measureGlare(grey);
  if (
    glare.share > QUALITY_LIMITS.maxGlareShare &&
    glare.median < QUALITY_LIMITS.glareMedianBelow
  ) {
    issues.push('glare');
  }
  return issues;
}
