import fp from 'fastify-plugin';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { Problem } from '../../lib/problem.ts';

/** API.md: allowed document types, judged by content, never by name or declared header. */
export const ALLOWED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

export interface ReceivedFile {
  size: number;
  sha256: string;
  contentType: AllowedContentType;
  /** Moves the temporary file into place under a random name; call inside the DB transaction. */
  commit(): Promise<string>;
  /** Removes the temporary (or committed) file; safe to call twice. */
  discard(): Promise<void>;
}

export interface DocumentStorage {
  receive(
    source: AsyncIterable<Buffer>,
    options: { maxBytes: number; isTruncated: () => boolean },
  ): Promise<ReceivedFile>;
  read(storageKey: string): ReadStream;
  remove(storageKey: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: DocumentStorage;
  }
}

const SNIFF_BYTES = 4100;
const KEY_PATTERN = /^[0-9a-f]{32}$/;

/**
 * Scans live under DATA_DIR/documents, outside any served folder, under random names that
 * carry nothing of the user's file name. A file reaches its final name only after it has
 * been read whole, sniffed and hashed; until then it is a temporary file that is removed on
 * any failure.
 */
export function createLocalStorage(root: string): DocumentStorage {
  const tmpDir = path.join(root, '.incoming');
  const ready = Promise.all([
    mkdir(root, { recursive: true, mode: 0o700 }),
    mkdir(tmpDir, { recursive: true, mode: 0o700 }),
  ]);

  const pathOf = (storageKey: string) => {
    if (!KEY_PATTERN.test(storageKey)) throw new Error('invalid storage key');
    return path.join(root, storageKey.slice(0, 2), storageKey);
  };

  return {
    async receive(source, { maxBytes, isTruncated }) {
      await ready;
      const tmpPath = path.join(tmpDir, randomBytes(16).toString('hex'));
      const handle = await open(tmpPath, 'wx', 0o600);
      const hash = createHash('sha256');
      let size = 0;
      const head: Buffer[] = [];
      let headBytes = 0;
      let finalPath: string | undefined;
      const discard = async () => {
        await rm(tmpPath, { force: true });
        if (finalPath) await rm(finalPath, { force: true });
      };
      try {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > maxBytes) throw tooLarge(maxBytes);
          if (headBytes < SNIFF_BYTES) {
            head.push(chunk);
            headBytes += chunk.length;
          }
          hash.update(chunk);
          await handle.write(chunk);
        }
        await handle.close();
        if (isTruncated()) throw tooLarge(maxBytes);
        if (size === 0) {
          throw new Problem(422, 'unreadable-file', 'Unreadable file', 'The file is empty.', {
            errors: [{ path: 'file', code: 'error.file.empty', message: 'The file is empty.' }],
          });
        }
        const sniffed = await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SNIFF_BYTES));
        const contentType = ALLOWED_CONTENT_TYPES.find((t) => t === sniffed?.mime);
        if (!contentType) {
          throw new Problem(
            415,
            'unsupported-file-type',
            'File type not allowed',
            'Only JPEG, PNG and PDF files are accepted; the type is judged by the file content.',
          );
        }
        return {
          size,
          sha256: hash.digest('hex'),
          contentType,
          async commit() {
            const storageKey = randomBytes(16).toString('hex');
            const target = pathOf(storageKey);
            await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
            await rename(tmpPath, target);
            finalPath = target;
            return storageKey;
          },
          discard,
        };
      } catch (error) {
        await handle.close().catch(() => undefined);
        await discard();
        throw error;
      }
    },
    read(storageKey) {
      return createReadStream(pathOf(storageKey));
    },
    async remove(storageKey) {
      await rm(pathOf(storageKey), { force: true });
    },
  };
}

function tooLarge(maxBytes: number) {
  return new Problem(
    413,
    'file-too-large',
    'File too large',
    `A file may be at most ${Math.round(maxBytes / 1024 / 1024)} MB.`,
  );
}

export default fp<{ dataDir: string }>(
  async (app, options) => {
    app.decorate('storage', createLocalStorage(path.join(options.dataDir, 'documents')));
  },
  { name: 'storage' },
);
