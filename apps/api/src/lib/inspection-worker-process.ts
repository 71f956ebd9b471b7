// Child process of lib/inspection-worker.ts: judges one file at a time — parses a PDF, or
// decodes and re-encodes an image. It holds no keys and no database connection. A job's
// header arrives on the IPC channel, its bytes on stdin; a re-encoded image goes back on fd 4.
import { Socket } from 'node:net';
import { prepareCleanImage } from './clean-image.ts';
import { inspectPdf } from './inspect-pdf.ts';
import { readExactly } from './exact-bytes.ts';
import type { WorkerJob, WorkerMessage, WorkerVerdict } from './inspection-worker.ts';

const output = new Socket({ fd: 4, readable: false, writable: true });

// The API is gone: nothing will ever read an answer.
process.on('disconnect', () => process.exit(0));

const send = (message: WorkerMessage) => process.send!(message);
const answer = (verdict: WorkerVerdict) => send(verdict);

async function judge(job: WorkerJob): Promise<void> {
  const input = await readExactly(process.stdin, job.size);
  try {
    if (job.type === 'application/pdf') {
      const inspection = await inspectPdf(input, job.nameRefusal);
      answer(inspection.ok ? { id: job.id, ok: true } : { id: job.id, ...inspection });
      return;
    }
    const prepared = await prepareCleanImage(input, job.type);
    if (!prepared.ok) {
      answer({ id: job.id, ok: false, reason: prepared.reason });
      return;
    }
    const image = await prepared.output.toBuffer();
    answer({ id: job.id, ok: true, outputBytes: image.length });
    // Waits for the API to take it: holding a second image meanwhile gains nothing.
    if (!output.write(image)) await new Promise((resolve) => output.once('drain', resolve));
  } catch {
    // the decoder failed half-way (e.g. a truncated image that had a valid header)
    answer({ id: job.id, ok: false, reason: 'error.file.unreadable' });
  }
}

// One job at a time, in order: each job's bytes follow the previous job's on stdin.
let queue = Promise.resolve();
process.on('message', (job: WorkerJob) => {
  // A stdin that closed half-way through a job means the API is gone or gave up on it.
  queue = queue.then(() => judge(job)).catch(() => process.exit(1));
});

// Loaded (tsx, sharp, the PDF parser) and listening: from now on a job's time limit is fair.
send({ ready: true });
