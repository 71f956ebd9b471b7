import fp from 'fastify-plugin';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  mkdir,
  open,
  opendir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DecryptStream,
  EncryptStream,
  fileMasterKeyId,
  HEADER_BYTES,
  MasterKey,
  type MasterKeyLookup,
} from '../../lib/file-encryption.ts';
import { Keyring } from '../../lib/field-encryption.ts';

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

declare module 'fastify' {
  interface FastifyInstance {
    storage: DocumentStorage;
    /** The master keys: current (wraps new keys) and previous (read until rotated away). */
    keyring: Keyring;
  }
}

const KEY_PATTERN = /^[0-9a-f]{32}$/;
const SHARD_PATTERN = /^[0-9a-f]{2}$/;

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

/**
 * The master key comes from STORAGE_MASTER_KEY (base64 of 32 bytes; production keeps it in
 * a secret store) or, for the embedded default, from a key file created once in
 * DATA_DIR/keys with mode 0600. Losing it loses every stored scan.
 */
export async function loadStorageMasterKey(
  dataDir: string,
  fromEnv: string | undefined,
): Promise<MasterKey> {
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error('STORAGE_MASTER_KEY must be 32 bytes, base64-encoded');
    return new MasterKey(key);
  }
  const file = path.join(dataDir, 'keys', 'storage-master.key');
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // 'wx' so two processes starting at once cannot overwrite each other's key
  await writeFile(file, randomBytes(32), { mode: 0o600, flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return new MasterKey(await readFile(file));
}

const PREVIOUS_KEY_FILE = /^storage-master\.previous-[0-9a-f]{16}\.key$/;

/**
 * The keyring: the current master key as above, and the previous ones a rotation still needs
 * (docs/decisions/012-personal-data-at-rest.md): STORAGE_MASTER_KEY_PREVIOUS (base64 keys,
 * comma-separated) and, for the embedded default, the key files a rotation set aside.
 */
export async function loadKeyring(
  dataDir: string,
  settings: { current?: string | undefined; previous?: string | undefined } = {},
): Promise<Keyring> {
  const current = await loadStorageMasterKey(dataDir, settings.current);
  const previous: MasterKey[] = [];
  for (const item of (settings.previous ?? '').split(',')) {
    if (item.trim() === '') continue;
    const key = Buffer.from(item.trim(), 'base64');
    if (key.length !== 32) {
      throw new Error('STORAGE_MASTER_KEY_PREVIOUS must list 32-byte keys, base64-encoded');
    }
    previous.push(new MasterKey(key));
  }
  const keysDir = path.join(dataDir, 'keys');
  for (const name of await readdir(keysDir).catch(() => [])) {
    if (PREVIOUS_KEY_FILE.test(name)) {
      previous.push(new MasterKey(await readFile(path.join(keysDir, name))));
    }
  }
  return new Keyring(current, previous);
}

/**
 * The embedded default's rotation step: the current key file is set aside as a previous key
 * and a new one takes its place. Returns both ids. With STORAGE_MASTER_KEY the operator sets
 * the new key and lists the old one in STORAGE_MASTER_KEY_PREVIOUS instead.
 */
export async function replaceMasterKeyFile(dataDir: string): Promise<{ old: string; new: string }> {
  const file = path.join(dataDir, 'keys', 'storage-master.key');
  const old = await loadStorageMasterKey(dataDir, undefined);
  const aside = path.join(dataDir, 'keys', `storage-master.previous-${old.id.toString('hex')}.key`);
  await writeFile(aside, await readFile(file), { mode: 0o600, flag: 'wx' });
  const fresh = randomBytes(32);
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, fresh, { mode: 0o600, flag: 'wx' });
  await rename(tmp, file);
  return { old: old.id.toString('hex'), new: new MasterKey(fresh).id.toString('hex') };
}

/** Removes the set-aside key files whose ids are given (after a rotation has finished). */
export async function removePreviousKeyFiles(dataDir: string, ids: readonly string[]) {
  for (const id of ids) {
    await rm(path.join(dataDir, 'keys', `storage-master.previous-${id}.key`), { force: true });
  }
}

/**
 * Re-seals, under the keyring's current key, every scan sealed under another one. A scan's
 * header is part of every segment's additional data, so its file key cannot be re-wrapped in
 * place: the file is decrypted and encrypted again beside itself, then renamed over. The
 * modification time is kept, as the orphan sweep reads a file's age from it.
 */
export async function resealScans(root: string, keyring: Keyring): Promise<{ resealed: number }> {
  let resealed = 0;
  const tmpDir = path.join(root, '.incoming');
  await mkdir(tmpDir, { recursive: true, mode: 0o700 });
  for (const shard of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (!shard.isDirectory() || !SHARD_PATTERN.test(shard.name)) continue;
    for (const name of await readdir(path.join(root, shard.name))) {
      if (!KEY_PATTERN.test(name)) continue;
      const file = path.join(root, shard.name, name);
      const handle = await open(file, 'r');
      const header = Buffer.alloc(HEADER_BYTES);
      await handle.read(header, 0, HEADER_BYTES, 0).finally(() => handle.close());
      const keyId = fileMasterKeyId(header);
      if (!keyId || keyId.equals(keyring.current.id)) continue;
      const info = await stat(file);
      const tmpPath = path.join(tmpDir, randomBytes(16).toString('hex'));
      try {
        await pipeline(
          createReadStream(file),
          new DecryptStream(keyring),
          new EncryptStream(keyring),
          (await open(tmpPath, 'wx', 0o600)).createWriteStream(),
        );
        await utimes(tmpPath, info.atime, info.mtime);
        await rename(tmpPath, file);
        resealed++;
      } finally {
        await rm(tmpPath, { force: true });
      }
    }
  }
  return { resealed };
}

export default fp<{
  dataDir: string;
  masterKey?: string | undefined;
  previousMasterKeys?: string | undefined;
}>(
  async (app, options) => {
    const keyring = await loadKeyring(options.dataDir, {
      current: options.masterKey ?? process.env.STORAGE_MASTER_KEY,
      previous: options.previousMasterKeys ?? process.env.STORAGE_MASTER_KEY_PREVIOUS,
    });
    app.decorate('keyring', keyring);
    app.decorate('storage', createLocalStorage(path.join(options.dataDir, 'documents'), keyring));
  },
  { name: 'storage' },
);
