import { fork, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ImageRefusal } from './clean-image.ts';
import type { PdfRefusal } from './inspect-pdf.ts';
import { takeExactly, writeAll } from './exact-bytes.ts';

/**
 * The verdict on a file. For an image, `output` streams the re-encoded image to keep; the
 * worker's next file waits until it has been read or destroyed.
 */
export type Inspection =
  { ok: true; output?: Readable } | { ok: false; reason: ImageRefusal | PdfRefusal };

/**
 * One file to judge: its plaintext, `size` bytes exactly, opened only when the job's turn
 * comes (an upload waiting in line holds no buffers).
 */
export type InspectionJob =
  | { type: 'image/jpeg' | 'image/png'; size: number; input: () => Readable }
  | {
      type: 'application/pdf';
      size: number;
      input: () => Readable;
      nameRefusal: PdfRefusal | undefined;
    };

/** What the worker answers on its IPC channel; the re-encoded image follows on its own pipe. */
export type WorkerVerdict =
  | { id: number; ok: true; outputBytes?: number }
  | { id: number; ok: false; reason: ImageRefusal | PdfRefusal };

/** What the worker sends: once `ready` after loading, then one verdict per job. */
export type WorkerMessage = WorkerVerdict | { ready: true };

/** The header of a job on the IPC channel; the file's bytes follow on the worker's stdin. */
export type WorkerJob =
  | { id: number; type: 'image/jpeg' | 'image/png'; size: number }
  | { id: number; type: 'application/pdf'; size: number; nameRefusal?: PdfRefusal };

export interface Inspector {
  inspect(job: InspectionJob): Promise<Inspection>;
  /** The worker's process id while one runs (operations, and the crash test). */
  readonly workerPid: number | undefined;
  /** Stops the worker; a later job starts a new one. */
  close(): void;
}

/** A parser that hangs on a hostile file: the file is refused, the worker replaced. */
const DEFAULT_TIMEOUT_MS = 60_000;
// Forking and loading a worker is not the file's fault: it has a limit of its own, and a job's
// limit starts only once its worker is ready (under load start-up alone can take seconds).
const DEFAULT_STARTUP_TIMEOUT_MS = 60_000;

// From source (tests, tsx) the worker is TypeScript beside this file; in the compiled service
// (scripts/build.ts) it is dist/inspection-worker-process.js beside the bundle.
const fromSource = import.meta.url.endsWith('.ts');
const workerPath = fileURLToPath(
  new URL(`./inspection-worker-process.${fromSource ? 'ts' : 'js'}`, import.meta.url),
);

const unreadable: Inspection = { ok: false, reason: 'error.file.unreadable' };

/** The worker died or was killed while it held a job (a crash, or the time limit). */
export class InspectionFailed extends Error {
  constructor() {
    super('the inspection worker stopped during the job');
    this.name = 'InspectionFailed';
  }
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

interface Worker {
  child: ChildProcess;
  stdin: Writable;
  output: Readable;
  verdicts: Map<number, (verdict: WorkerVerdict) => void>;
  /** Settles when the worker has loaded and said so. */
  ready: Promise<void>;
}

/**
 * PDFs are parsed and images decoded and re-encoded (lib/inspect-pdf.ts,
 * lib/clean-image.ts) in a separate process. Parsers and decoders are the code most exposed
 * to hostile files, and they need the whole file and, for images, hundreds of MB for a
 * 12-megapixel photo; in a child process neither a crash nor that memory touches the API, and
 * the child never sees a key or the database.
 *
 * Files cross as streams over plain pipes — the plaintext in on stdin, a re-encoded image out
 * on a fourth pipe — rather than as IPC messages: a message is serialised whole, so the API
 * would hold each 8 MB file two or three times over. Jobs go one at a time, which bounds the
 * API's memory to one re-encoded image whatever the number of uploads, and keeps the byte
 * streams of two jobs from interleaving.
 */
/**
 * The worker's environment: what Node and libvips need, and nothing of ours. It parses files
 * from strangers, so it must not hold the storage master key, the app secret or the database's
 * address (docs/decisions/005-document-storage.md): were a parser bug exploited, the process
 * has no key to give away.
 */
export function workerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = Object.entries(env).filter(
    ([name]) =>
      ['PATH', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'NODE_ENV'].includes(name) ||
      /^(VIPS|SHARP)_/.test(name),
  );
  // libvips' threads otherwise each keep their own malloc arena of freed memory.
  return { ...Object.fromEntries(kept), MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}

export function createInspector(
  options: { timeoutMs?: number | undefined; startupTimeoutMs?: number | undefined } = {},
): Inspector {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const startupTimeoutMs = options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
  let worker: Worker | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Worker {
    const child = fork(workerPath, [], {
      execArgv: fromSource ? ['--import', 'tsx'] : [],
      stdio: ['pipe', 'inherit', 'inherit', 'ipc', 'pipe'],
      env: workerEnvironment(process.env),
    });
    let markReady = () => undefined as void;
    const started: Worker = {
      child,
      stdin: child.stdin!,
      output: child.stdio[4] as Readable,
      verdicts: new Map(),
      ready: new Promise<void>((resolve) => (markReady = resolve)),
    };
    child.once('exit', () => {
      if (worker === started) worker = undefined;
    });
    // A write to a pipe whose reader died: the exit above fails the job.
    started.stdin.on('error', () => retire(started));
    started.output.on('error', () => retire(started));
    child.on('error', () => retire(started));
    child.on('message', (message: WorkerMessage) => {
      if ('ready' in message) markReady();
      else started.verdicts.get(message.id)?.(message);
    });
    return started;
  }

  /** Kills a worker that cannot be trusted with another file; the next job starts a new one. */
  function retire(w: Worker) {
    if (worker === w) worker = undefined;
    w.child.kill('SIGKILL');
  }

  // An idle worker must not keep the service (or a test run) from exiting.
  function hold(w: Worker, busy: boolean) {
    for (const handle of [w.child, w.child.channel, w.stdin, w.output] as const) {
      const refable = handle as { ref?: () => void; unref?: () => void } | null | undefined;
      if (busy) refable?.ref?.();
      else refable?.unref?.();
    }
  }

  /** Runs one job; `done` settles when the worker is free for the next (its output read). */
  async function run(job: InspectionJob): Promise<{ result: Inspection; done: Promise<void> }> {
    worker ??= start();
    const w = worker;
    const id = nextId++;
    hold(w, true);
    // The re-encoded image on its way out, once the worker has answered.
    let output: Readable | undefined;
    let timer = setTimeout(() => retire(w), startupTimeoutMs);
    // Rejects if the worker exits during this job. One per job, let go when the job ends: a
    // promise that lives as long as the worker would keep every result raced against it.
    let onExit = () => undefined as void;
    const gone = new Promise<never>((_resolve, reject) => {
      onExit = () => {
        reject(new InspectionFailed());
        // Also when nobody is reading it: the job ends and the next file gets its turn.
        output?.destroy(new InspectionFailed());
      };
      if (hasExited(w.child)) onExit();
      else w.child.once('exit', onExit);
    });
    gone.catch(() => undefined); // raced below; never an unhandled rejection
    const input = job.input();
    const release = () => {
      clearTimeout(timer);
      w.child.off('exit', onExit);
      w.verdicts.delete(id);
      input.destroy();
      if (worker === w) hold(w, false);
    };
    try {
      const verdict = new Promise<WorkerVerdict>((resolve) => w.verdicts.set(id, resolve));
      const header: WorkerJob =
        job.type === 'application/pdf'
          ? {
              id,
              type: job.type,
              size: job.size,
              ...(job.nameRefusal ? { nameRefusal: job.nameRefusal } : {}),
            }
          : { id, type: job.type, size: job.size };
      await Promise.race([w.ready, gone]);
      clearTimeout(timer);
      timer = setTimeout(() => retire(w), timeoutMs);
      w.child.send(header, (error) => {
        if (error) retire(w);
      });
      await Promise.race([writeAll(input, w.stdin, job.size), gone]);
      const answer = await Promise.race([verdict, gone]);
      if (!answer.ok || answer.outputBytes === undefined) {
        release();
        const result: Inspection = answer.ok ? { ok: true } : { ok: false, reason: answer.reason };
        return { result, done: Promise.resolve() };
      }
      // The re-encoded image streams out of the worker's pipe into storage; the next job waits
      // until it has been read to the last byte, or the worker is replaced if it never is.
      const image = takeExactly(w.output, answer.outputBytes, gone);
      output = image;
      const done = new Promise<void>((resolve) => {
        image.once('close', () => {
          if (!image.readableEnded) retire(w);
          release();
          resolve();
        });
      });
      return { result: { ok: true, output: image }, done };
    } catch (error) {
      release();
      // Killed (the time limit) or crashed: whichever of the pipes noticed first, the file is
      // refused and the next one gets a new worker.
      if (error instanceof InspectionFailed || w.child.killed || hasExited(w.child)) {
        return { result: unreadable, done: Promise.resolve() };
      }
      // The plaintext could not be read (a tampered or vanished staged file): this worker may
      // hold half a file on its stdin, so it is replaced before the next job.
      retire(w);
      throw error;
    }
  }

  return {
    inspect(job) {
      const running = queue.then(() => run(job));
      queue = running.then(
        ({ done }) => done,
        () => undefined,
      );
      return running.then(({ result }) => result);
    },
    get workerPid() {
      return worker?.child.pid;
    },
    close() {
      worker?.child.kill('SIGTERM');
      worker = undefined;
    },
  };
}
