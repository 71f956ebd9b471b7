// Child process of lib/inspection-worker.ts: judges one file at a time — parses a PDF, or
// decodes and re-encodes an image. It holds no keys and no database connection.
import { prepareCleanImage } from './clean-image.ts';
import { inspectPdf, type PdfRefusal } from './inspect-pdf.ts';

type Job =
  | { id: number; type: 'image/jpeg' | 'image/png'; input: Uint8Array }
  | { id: number; type: 'application/pdf'; input: Uint8Array; nameRefusal?: PdfRefusal };

process.on('message', async (job: Job) => {
  const input = Buffer.from(job.input.buffer, job.input.byteOffset, job.input.byteLength);
  try {
    if (job.type === 'application/pdf') {
      const inspection = await inspectPdf(input, job.nameRefusal);
      process.send!({ id: job.id, ...inspection });
      return;
    }
    const prepared = await prepareCleanImage(input, job.type);
    if (!prepared.ok) {
      process.send!({ id: job.id, ok: false, reason: prepared.reason });
      return;
    }
    const output = await prepared.output.toBuffer();
    process.send!({ id: job.id, ok: true, output });
  } catch {
    // the decoder failed half-way (e.g. a truncated image that had a valid header)
    process.send!({ id: job.id, ok: false, reason: 'error.file.unreadable' });
  }
});
