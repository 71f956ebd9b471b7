import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, opendir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MasterKey } from './file-encryption.ts';
import { DecryptStream, EncryptStream, type MasterKeyLookup } from './file-encryption.ts';

// The document store, the port every backend implements (docs/decisions/005-document-storage.md):
// today the local folder, each scan encrypted at rest with its own key.

/** docs/api.md: allowed document types, judged by content, never by name or declared header. */
export const ALLOWED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

/** Bytes written to a temporary object, encrypted, not yet part of any application. */
export interface StagedFile {
  /** Plaintext bytes stored (what a reader of the committed file gets). */
  readonly size: number;
  /** The staged bytes, decrypted. */
  read(): Readable;
  /** Moves the object into place under a new random key; call inside the DB transaction. */
  commit(): Promise<string>;
  /** Removes the temporary (or committed) object; safe to call twice. */
  discard(): Promise<void>;
}

/**
 * Where scans are kept. The local disk is the default; an S3-compatible store fits the
 * same shape (stage = upload under an "incoming/" prefix, commit = copy to the final key).
 * Everything crossing this interface is plaintext; what is at rest is always encrypted.
 */
export interface DocumentStorage {
  /** Encrypts `source` into a temporary object; on any failure nothing is left behind. */
  stage(source: Readable): Promise<StagedFile>;
  /** The committed object's bytes, decrypted and authenticated a segment at a time. */
  read(storageKey: string): Readable;
  remove(storageKey: string): Promise<void>;
  /**
   * Keys of committed objects placed before `placedBefore`, a few at a time (S3: ListObjectsV2
   * pages, filtered on LastModified). Temporary objects are not listed. For the reconciliation
   * with the database (services/sweep-orphaned-documents.ts).
   */
  listPlaced(placedBefore: Date): AsyncIterable<string>;
}

export const KEY_PATTERN = /^[0-9a-f]{32}$/;
export const SHARD_PATTERN = /^[0-9a-f]{2}$/;

/**
 * Scans live under DATA_DIR/documents, outside any served folder, under random names that
 * carry nothing of the user's file name, encrypted (lib/file-encryption.ts). A temporary
 * object lives in `.incoming` until the database row that points at it commits.
 */
export function createLocalStorage(
  root: string,
  masterKey: MasterKey | MasterKeyLookup,
): DocumentStorage {
  const tmpDir = path.join(root, '.incoming');
  const ready = Promise.all([
    mkdir(root, { recursive: true, mode: 0o700 }),
    mkdir(tmpDir, { recursive: true, mode: 0o700 }),
  ]).then(() => sweepStale(tmpDir));

  const pathOf = (storageKey: string) => {
    if (!KEY_PATTERN.test(storageKey)) throw new Error('invalid storage key');
    return path.join(root, storageKey.slice(0, 2), storageKey);
  };

  const decrypt = (file: string): Readable => {
    const out = new DecryptStream(masterKey);
    // The returned stream errors if the file is missing, tampered with or truncated.
    pipeline(createReadStream(file), out).catch(() => undefined);
    return out;
  };

  return {
    async stage(source) {
      await ready;
      const tmpPath = path.join(tmpDir, randomBytes(16).toString('hex'));
      const encrypt = new EncryptStream(masterKey);
      let finalPath: string | undefined;
      // Opened before the first byte: a write stream opening lazily could create the file
      // after a failed upload's clean-up had already run, leaving it behind.
      const handle = await open(tmpPath, 'wx', 0o600);
      try {
        await pipeline(source, encrypt, handle.createWriteStream());
      } catch (error) {
        await handle.close().catch(() => undefined);
        await rm(tmpPath, { force: true });
        throw error;
      }
      return {
        size: encrypt.plaintextBytes,
        read: () => decrypt(finalPath ?? tmpPath),
        async commit() {
          const storageKey = randomBytes(16).toString('hex');
          const target = pathOf(storageKey);
          await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
          // The orphan sweep reads a placed file's age from its mtime, and a rename keeps the
          // mtime of the last write, which for a file that queued for inspection can be long
          // past. Stamped first, so the file never sits in place looking old.
          const now = new Date();
          await utimes(tmpPath, now, now);
          await rename(tmpPath, target);
          finalPath = target;
          return storageKey;
        },
        async discard() {
          await rm(tmpPath, { force: true });
          if (finalPath) await rm(finalPath, { force: true });
        },
      };
    },
    read(storageKey) {
      let file: string;
      try {
        file = pathOf(storageKey);
      } catch (error) {
        const failed = new PassThrough();
        failed.destroy(error as Error);
        return failed;
      }
      return decrypt(file);
    },
    async remove(storageKey) {
      await rm(pathOf(storageKey), { force: true });
    },
    async *listPlaced(placedBefore) {
      await ready;
      const cutoff = placedBefore.getTime();
      for (const shard of await readdir(root, { withFileTypes: true })) {
        if (!shard.isDirectory() || !SHARD_PATTERN.test(shard.name)) continue;
        const shardDir = path.join(root, shard.name);
        // Read as a stream of entries: a shard can hold many files, and none of them is needed
        // once its key has been handed on.
        for await (const entry of await opendir(shardDir)) {
          // Only names this store made; anything else in the folder is never offered for removal.
          if (!entry.isFile() || !KEY_PATTERN.test(entry.name)) continue;
          if (!entry.name.startsWith(shard.name)) continue;
          const info = await stat(path.join(shardDir, entry.name)).catch(() => undefined);
          if (info && info.mtimeMs < cutoff) yield entry.name;
        }
      }
    },
  };
}

/** Uploads cut off by a crash leave temporary files; an hour is far longer than any upload. */
const STALE_AFTER_MS = 60 * 60 * 1000;
async function sweepStale(tmpDir: string) {
  for (const name of await readdir(tmpDir)) {
    const file = path.join(tmpDir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_AFTER_MS) await rm(file, { force: true });
  }
}
