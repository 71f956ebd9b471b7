import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MasterKey, MasterKeyLookup } from './file-encryption.ts';

/*
 * Personal data at rest in the database (docs/decisions/012-personal-data-at-rest.md): every
 * application has its own random data key, kept wrapped by a master key in the application's
 * row; its answers and the free-text notes about it are sealed with that data key
 * (AES-256-GCM). Rotating the master key re-wraps data keys only, so no sealed value changes.
 *
 *   wrapped data key: version 1 | master key id (8) | IV (12) | wrapped key (32) | tag (16)
 *   sealed value:     version 1 | nonce (12) | ciphertext | tag (16)
 *
 * Each sealed value's additional data names the application and the field, so a value copied
 * into another row, or into another field of the same row, fails to open.
 */

const VERSION = 1;
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const KEY_BYTES = 32;
const TAG_BYTES = 16;
export const WRAPPED_DATA_KEY_BYTES = 1 + KEY_ID_BYTES + IV_BYTES + KEY_BYTES + TAG_BYTES;

/** Sealed text in a text column: this prefix, then base64url of the sealed bytes. */
export const SEALED_TEXT_PREFIX = 'enc1:';

/**
 * The master keys a process can use: the current one wraps every new data key; the previous
 * ones are only ever used to unwrap, until the rotation has re-wrapped what they wrapped.
 */
export class Keyring implements MasterKeyLookup {
  readonly current: MasterKey;
  readonly #byId = new Map<string, MasterKey>();

  constructor(current: MasterKey, previous: readonly MasterKey[] = []) {
    this.current = current;
    for (const key of [current, ...previous]) this.#byId.set(key.id.toString('hex'), key);
  }

  byId(id: Buffer): MasterKey | undefined {
    return this.#byId.get(id.toString('hex'));
  }

  /** The key with this id, or an error naming it (a key removed before the rotation ran). */
  require(id: Buffer): MasterKey {
    const key = this.byId(id);
    if (!key) throw new Error(`no master key with id ${id.toString('hex')} in the keyring`);
    return key;
  }

  get ids(): string[] {
    return [...this.#byId.keys()];
  }
}

function dataKeyAad(applicationId: string, header: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`ssc-data-key|${applicationId}|`, 'utf8'), header]);
}

/** A fresh data key for one application, and its wrapped form to store in the row. */
export function newDataKey(keyring: Keyring, applicationId: string) {
  const key = randomBytes(KEY_BYTES);
  return { key, wrapped: wrapDataKey(keyring.current, applicationId, key) };
}

export function wrapDataKey(master: MasterKey, applicationId: string, key: Buffer): Buffer {
  const header = Buffer.concat([Buffer.from([VERSION]), master.id]);
  const { iv, wrapped, tag } = master.wrap(key, dataKeyAad(applicationId, header));
  return Buffer.concat([header, iv, wrapped, tag]);
}

/** The id of the master key that wrapped this data key (what the rotation looks at). */
export function wrappingKeyId(wrapped: Uint8Array): Buffer {
  return Buffer.from(wrapped.subarray(1, 1 + KEY_ID_BYTES));
}

export function unwrapDataKey(keyring: Keyring, applicationId: string, stored: Uint8Array): Buffer {
  const bytes = Buffer.from(stored);
  if (bytes.length !== WRAPPED_DATA_KEY_BYTES || bytes[0] !== VERSION) {
    throw new Error('not a wrapped data key');
  }
  let offset = 1;
  const take = (n: number) => bytes.subarray(offset, (offset += n));
  const keyId = take(KEY_ID_BYTES);
  const iv = take(IV_BYTES);
  const wrapped = take(KEY_BYTES);
  const tag = take(TAG_BYTES);
  const header = bytes.subarray(0, 1 + KEY_ID_BYTES);
  return keyring.require(keyId).unwrap({ iv, wrapped, tag }, dataKeyAad(applicationId, header));
}

/** Re-wraps a data key under the keyring's current master key; the data key itself is unchanged. */
export function rewrapDataKey(keyring: Keyring, applicationId: string, stored: Uint8Array): Buffer {
  return wrapDataKey(keyring.current, applicationId, unwrapDataKey(keyring, applicationId, stored));
}

function fieldAad(applicationId: string, field: string): Buffer {
  return Buffer.from(`ssc-field|${applicationId}|${field}`, 'utf8');
}

export function sealBytes(
  dataKey: Buffer,
  applicationId: string,
  field: string,
  plain: Buffer,
): Buffer {
  const nonce = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, nonce);
  cipher.setAAD(Buffer.concat([Buffer.from([VERSION]), fieldAad(applicationId, field)]));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, body, cipher.getAuthTag()]);
}

export function openBytes(
  dataKey: Buffer,
  applicationId: string,
  field: string,
  stored: Uint8Array,
): Buffer {
  const sealed = Buffer.from(stored);
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
    throw new Error('not a sealed value');
  }
  const nonce = sealed.subarray(1, 1 + IV_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', dataKey, nonce);
  decipher.setAAD(Buffer.concat([Buffer.from([VERSION]), fieldAad(applicationId, field)]));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(sealed.subarray(1 + IV_BYTES, sealed.length - TAG_BYTES)),
    decipher.final(),
  ]);
}

export const isSealedText = (value: string) => value.startsWith(SEALED_TEXT_PREFIX);

export function sealText(dataKey: Buffer, applicationId: string, field: string, text: string) {
  const sealed = sealBytes(dataKey, applicationId, field, Buffer.from(text, 'utf8'));
  return SEALED_TEXT_PREFIX + sealed.toString('base64url');
}

export function openText(dataKey: Buffer, applicationId: string, field: string, stored: string) {
  const sealed = Buffer.from(stored.slice(SEALED_TEXT_PREFIX.length), 'base64url');
  return openBytes(dataKey, applicationId, field, sealed).toString('utf8');
}
