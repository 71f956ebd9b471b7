import { Readable, type Writable } from 'node:stream';

/**
 * Byte counts framed outside the stream: the inspection worker and the API exchange files
 * over long-lived pipes, one file after another, each preceded by its length on the IPC
 * channel. These read or write exactly that many bytes and leave the pipe open.
 */

/** Reads exactly `size` bytes into one buffer; leaves any further bytes in the stream. */
export async function readExactly(stream: Readable, size: number): Promise<Buffer> {
  const whole = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const chunk = stream.read() as Buffer | null;
    if (chunk === null) {
      await readable(stream);
      continue;
    }
    const take = Math.min(chunk.length, size - offset);
    chunk.copy(whole, offset, 0, take);
    offset += take;
    if (take < chunk.length) stream.unshift(chunk.subarray(take));
  }
  return whole;
}

/**
 * The next `size` bytes of `stream` as a stream of their own, chunk by chunk as they arrive;
 * it fails if `abandon` rejects first (the writer died).
 */
export function takeExactly(stream: Readable, size: number, abandon: Promise<never>): Readable {
  async function* take() {
    let left = size;
    while (left > 0) {
      const chunk = stream.read() as Buffer | null;
      if (chunk === null) {
        await Promise.race([readable(stream), abandon]);
        continue;
      }
      if (chunk.length > left) stream.unshift(chunk.subarray(left));
      const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
      left -= part.length;
      yield part;
    }
  }
  return Readable.from(take(), { objectMode: false });
}

function readable(stream: Readable): Promise<void> {
  if (stream.readableEnded || stream.destroyed) {
    return Promise.reject(new Error('stream ended before the expected bytes'));
  }
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('close', onEnd);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    const onReadable = () => done();
    const onEnd = () => done(new Error('stream ended before the expected bytes'));
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('close', onEnd);
    stream.on('error', done);
  });
}

/** Copies `source` into `target` with back-pressure, checks it was `size` bytes; `target` stays open. */
export async function writeAll(source: Readable, target: Writable, size: number): Promise<void> {
  let written = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    written += chunk.length;
    if (written > size) throw new Error('source longer than announced');
    if (!target.write(chunk)) await drained(target);
  }
  if (written !== size) throw new Error('source shorter than announced');
}

function drained(target: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      target.off('drain', onDrain);
      target.off('close', onClose);
      target.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('pipe closed'));
    target.on('drain', onDrain);
    target.on('close', onClose);
    target.on('error', done);
  });
}
