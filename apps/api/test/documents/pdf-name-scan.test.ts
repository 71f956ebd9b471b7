import { describe, expect, it } from 'vitest';
import { PdfNameScanner } from '../../src/lib/inspect-pdf.ts';

const scan = (chunks: string[]) => {
  const scanner = new PdfNameScanner();
  for (const chunk of chunks) scanner.push(Buffer.from(chunk, 'latin1'));
  return scanner.end();
};

describe('the streaming PDF name scan', () => {
  // one forbidden name only, so that finding it proves the split token was put together
  const body = '1 0 obj << /Type /Catalog /OpenAction << /S /J#61vaScript >> >> endobj';

  it('finds a forbidden name wherever the stream is cut, even inside the name', () => {
    for (let cut = 0; cut <= body.length; cut++) {
      expect(scan([body.slice(0, cut), body.slice(cut)]), `cut at ${cut}`).toBe(
        'error.file.pdfActiveContent',
      );
    }
  });

  it('finds a name split over many one-byte chunks', () => {
    expect(scan([...'<< /EmbeddedFiles 3 0 R >>'])).toBe('error.file.pdfEmbeddedFiles');
  });

  it('lets ordinary names through, including ones that start like forbidden ones', () => {
    expect(scan(['<< /Type /Page /JSON (a) /Launcher 1 /Encrypted_not >>'])).toBeUndefined();
  });
});
