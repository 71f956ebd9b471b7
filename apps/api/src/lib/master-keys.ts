import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  DecryptStream,
  EncryptStream,
  fileMasterKeyId,
  HEADER_BYTES,
  MasterKey,
} from './file-encryption.ts';
import { Keyring } from './field-encryption.ts';
import { KEY_PATTERN, SHARD_PATTERN } from './document-storage.ts';

// The storage master keys (docs/decisions/012-personal-data-at-rest.md): where they come from,
// and their rotation, which re-wraps every scan's key under the current one.

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
