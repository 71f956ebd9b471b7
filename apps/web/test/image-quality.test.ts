import { describe, expect, it } from 'vitest';
import {
  assessPhotoQuality,
  measureGlare,
  measureLaplacianVariance,
  measureMeanLuminance,
  toGreyscale,
} from '../src/features/apply/lib/image-quality.ts';
import type { Pixels } from '../src/features/apply/lib/image-quality.ts';

// A drawn "card photo" at the analysis scale: a dark table, a light card, lines of dark
// strokes like print, optional camera noise, blur, darkness and a blown-out glare patch.
function drawCardPhoto(
  options: { blur?: number; dim?: number; glare?: number; noise?: number; white?: boolean } = {},
): Pixels {
  const width = 800;
  const height = 500;
  let random = 42;
  const noise = () => {
    random = (random * 1103515245 + 12345) % 2 ** 31;
    return (random / 2 ** 31 - 0.5) * (options.noise ?? 0);
  };
  let grey = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const onCard = options.white || (x > 60 && x < 740 && y > 50 && y < 450);
      let value = onCard ? (options.white ? 250 : 215) : 90 + (x / width) * 30;
      const inTextBlock = x > 280 && x < 700 && y > 110 && y < 400;
      // Print: 3 px strokes every 12 px inside text lines 28 px apart.
      if (inTextBlock && y % 40 < 16 && x % 12 < 3) value = 30;
      grey[y * width + x] = value + noise();
    }
  }
  for (let pass = 0; pass < (options.blur ?? 0); pass += 1) {
    const next = new Float32Array(grey.length);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        let sum = 0;
        let count = 0;
        for (let dy = -1; dy <= 1; dy += 1) {
          for (let dx = -1; dx <= 1; dx += 1) {
            const yy = y + dy;
            const xx = x + dx;
            if (yy < 0 || yy >= height || xx < 0 || xx >= width) continue;
            sum += grey[yy * width + xx]!;
            count += 1;
          }
        }
        next[y * width + x] = sum / count;
      }
    }
    grey = next;
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < grey.length; i += 1) {
    const x = i % width;
    const y = Math.floor(i / width);
    let value = grey[i]! * (options.dim ?? 1);
    const glare = options.glare ?? 0;
    if (glare > 0 && (x - 500) ** 2 + (y - 250) ** 2 < glare ** 2) value = 255;
    data.set([value, value, value, 255], i * 4);
  }
  return { width, height, data };
}

const phonePhoto = { width: 4000, height: 2500 };

describe('photo quality checks', () => {
  it('finds nothing wrong with a sharp, well-lit photo of a card, noise and all', () => {
    expect(assessPhotoQuality(drawCardPhoto(), phonePhoto)).toEqual([]);
    expect(assessPhotoQuality(drawCardPhoto({ noise: 12 }), phonePhoto)).toEqual([]);
  });

  it('warns that a photo is too small when its long side is under 1000 px', () => {
    expect(assessPhotoQuality(drawCardPhoto(), { width: 960, height: 600 })).toEqual(['tooSmall']);
    expect(assessPhotoQuality(drawCardPhoto(), { width: 600, height: 1000 })).toEqual([]);
  });

  it('warns that a photo is too dark', () => {
    expect(assessPhotoQuality(drawCardPhoto({ dim: 0.25 }), phonePhoto)).toContain('tooDark');
    expect(assessPhotoQuality(drawCardPhoto({ dim: 0.6 }), phonePhoto)).not.toContain('tooDark');
  });

  it('warns that a photo is blurred once the print smears, even under camera noise', () => {
    expect(assessPhotoQuality(drawCardPhoto({ blur: 4 }), phonePhoto)).toEqual(['blurred']);
    expect(assessPhotoQuality(drawCardPhoto({ blur: 4, noise: 8 }), phonePhoto)).toEqual([
      'blurred',
    ]);
  });

  it('warns about glare on a card, but not about the white of a flatbed scan', () => {
    expect(assessPhotoQuality(drawCardPhoto({ glare: 90 }), phonePhoto)).toEqual(['glare']);
    expect(assessPhotoQuality(drawCardPhoto({ glare: 20 }), phonePhoto)).toEqual([]);
    expect(assessPhotoQuality(drawCardPhoto({ white: true }), phonePhoto)).toEqual([]);
  });
});

describe('photo measures', () => {
  it('computes luma with the BT.601 weights', () => {
    const grey = toGreyscale({
      width: 3,
      height: 1,
      data: new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255]),
    });
    expect([...grey].map((v) => Math.round(v))).toEqual([76, 150, 29]);
    expect(measureMeanLuminance(new Float32Array([10, 20, 30]))).toBe(20);
  });

  it('gives no Laplacian variance to a flat image and a large one to a checkerboard', () => {
    const flat = new Float32Array(25).fill(128);
    expect(measureLaplacianVariance(flat, 5, 5)).toBe(0);
    const checker = Float32Array.from({ length: 25 }, (_, i) =>
      ((i % 5) + Math.floor(i / 5)) % 2 ? 255 : 0,
    );
    expect(measureLaplacianVariance(checker, 5, 5)).toBeGreaterThan(10_000);
  });

  it('measures the share of blown-out pixels and the median', () => {
    expect(measureGlare(new Float32Array([255, 255, 10, 20, 30]))).toEqual({
      share: 0.4,
      median: 30,
    });
  });
});
