import { connect, type Socket } from 'node:net';

/** clamd could not be asked (down, refused, timed out, or answered nonsense). */
export class ClamdUnavailableError extends Error {}

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

export interface ClamdScan {
  /** Sends one piece of the file; resolves when clamd's socket has taken it. */
  write(chunk: Buffer): Promise<void>;
  /** Ends the stream and waits for the verdict. */
  finish(): Promise<ScanVerdict>;
  /** Drops the connection (the upload failed for another reason). */
  abort(): void;
}

// clamd's INSTREAM: "zINSTREAM\0", then chunks each prefixed with a 4-byte big-endian length,
// then a zero length; the reply is "stream: OK\0" or "stream: <signature> FOUND\0".
const MAX_CHUNK = 64 * 1024;

/** Opens one INSTREAM session; rejects with ClamdUnavailableError when clamd cannot be reached. */
export function openClamdScan(options: {
  host: string;
  port: number;
  timeoutMs?: number;
}): Promise<ClamdScan> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: options.host, port: options.port });
    let reply = '';
    let failure: Error | undefined;
    let settleVerdict: ((verdict: ScanVerdict) => void) | undefined;
    let failVerdict: ((error: Error) => void) | undefined;

    const fail = (error: Error) => {
      failure ??= new ClamdUnavailableError(`clamd: ${error.message}`);
      failVerdict?.(failure);
      reject(failure);
      socket.destroy();
    };
    socket.setTimeout(timeoutMs, () => fail(new Error('timed out')));
    socket.on('error', fail);
    socket.on('data', (data) => {
      reply += data.toString('latin1');
    });
    socket.on('close', () => {
      if (failure) return;
      const answer = reply.replace(/\0/g, '').trim();
      const found = /^stream: (.+) FOUND$/.exec(answer);
      if (found) settleVerdict?.({ clean: false, signature: found[1]! });
      else if (answer === 'stream: OK') settleVerdict?.({ clean: true });
      // e.g. "INSTREAM size limit exceeded. ERROR", or clamd closed before answering
      else fail(new Error(`unexpected answer "${answer.slice(0, 80)}"`));
    });
    socket.once('connect', () => {
      socket.write('zINSTREAM\0');
      const send = (data: Buffer) =>
        new Promise<void>((done, refuse) => {
          if (failure) return refuse(failure);
          socket.write(data, (error) => (error ? refuse(failure ?? error) : done()));
        });
      resolve({
        async write(chunk) {
          for (let offset = 0; offset < chunk.length; offset += MAX_CHUNK) {
            const piece = chunk.subarray(offset, offset + MAX_CHUNK);
            const length = Buffer.alloc(4);
            length.writeUInt32BE(piece.length);
            await send(Buffer.concat([length, piece]));
          }
        },
        finish() {
          return new Promise<ScanVerdict>((done, refuse) => {
            if (failure) return refuse(failure);
            settleVerdict = done;
            failVerdict = refuse;
            socket.end(Buffer.alloc(4));
          });
        },
        abort() {
          failure ??= new Error('aborted');
          socket.destroy();
        },
      });
    });
  });
}
