import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ImageRefusal } from './clean-image.ts';
import type { PdfRefusal } from './inspect-pdf.ts';

/** The verdict on a file; for an image, `output` is the re-encoded image to keep. */
export type Inspection =
  { ok: true; output?: Buffer } | { ok: false; reason: ImageRefusal | PdfRefusal };

/** A parser that crashes or hangs on a hostile file: the file is refused, the worker replaced. */
const JOB_TIMEOUT_MS = 60_000;

const workerPath = fileURLToPath(new URL('./inspection-worker-process.ts', import.meta.url));

let worker: ChildProcess | undefined;
let nextId = 1;
const pending = new Map<number, (result: Inspection) => void>();

function failAll() {
  for (const settle of pending.values()) settle({ ok: false, reason: 'error.file.unreadable' });
  pending.clear();
}

function startWorker(): ChildProcess {
  const child = fork(workerPath, [], {
    // The service runs under tsx; the worker is TypeScript too.
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced', // Buffers cross as bytes, not JSON arrays
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // libvips' threads otherwise each keep their own malloc arena of freed memory.
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
  });
  child.on('message', (message: { id: number } & Inspection) => {
    const settle = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) idle(child);
    const { id: _id, ...result } = message;
    if (result.ok && result.output) result.output = Buffer.from(result.output);
    settle?.(result);
  });
  child.on('exit', () => {
    if (worker === child) worker = undefined;
    failAll();
  });
  child.on('error', () => child.kill('SIGKILL'));
  idle(child);
  return child;
}

// An idle worker must not keep the service (or a test run) from exiting.
function idle(child: ChildProcess) {
  child.unref();
  child.channel?.unref();
}

function busy(child: ChildProcess) {
  child.ref();
  child.channel?.ref();
}

/**
 * Issue "Documents": PDFs are parsed and images decoded and re-encoded (lib/inspect-pdf.ts,
 * lib/clean-image.ts) in a separate process. Parsers and decoders are the code most exposed
 * to hostile files, and they need the whole file and, for images, hundreds of MB for a
 * 12-megapixel photo; in a child process neither a crash nor that memory touches the API, and
 * the child never sees a key or the database.
 */
export function inspectInWorker(
  job:
    | { type: 'image/jpeg' | 'image/png'; input: Buffer }
    | { type: 'application/pdf'; input: Buffer; nameRefusal: PdfRefusal | undefined },
): Promise<Inspection> {
  worker ??= startWorker();
  const child = worker;
  const id = nextId++;
  return new Promise<Inspection>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // its exit refuses every job it held
    }, JOB_TIMEOUT_MS);
    timer.unref();
    pending.set(id, (result) => {
      clearTimeout(timer);
      resolve(result);
    });
    busy(child);
    child.send({ id, ...job }, (error) => {
      if (error) child.kill('SIGKILL');
    });
  });
}

/** Stops the worker (tests, shutdown); the next file starts a new one. */
export function stopInspectionWorker() {
  worker?.kill('SIGTERM');
  worker = undefined;
}
