import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/*
 * Encryption at rest for scans (docs/decisions/005-document-storage.md): AES-256-GCM with a random key per file,
 * wrapped by the master key. The file carries everything needed to decrypt it except the
 * master key, in its own header, so the database schema does not change:
 *
 *   magic "SSCDOC" | version 1 | master key id (8) | wrap IV (12) | wrapped file key (32)
 *   | wrap tag (16) | nonce prefix (7)                                      = HEADER_BYTES
 *   then segments of SEGMENT_BYTES plaintext, each sealed with its own GCM tag (16).
 *
 * Segments (the "STREAM" construction: nonce = prefix | counter | last-segment flag) let a
 * reader release bytes only after they have been authenticated, a 64 KiB piece at a time,
 * instead of holding a whole file or handing out unauthenticated plaintext; reordered,
 * dropped or truncated segments fail. Every segment's additional data is the header.
 */

const MAGIC = Buffer.from('SSCDOC', 'latin1');
const VERSION = 1;
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const PREFIX_BYTES = 7;
export const SEGMENT_BYTES = 64 * 1024;
export const HEADER_BYTES =
  MAGIC.length + 1 + KEY_ID_BYTES + IV_BYTES + KEY_BYTES + TAG_BYTES + PREFIX_BYTES;

export class MasterKey {
  readonly id: Buffer;
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error('the storage master key must be 32 bytes');
    this.#key = Buffer.from(key);
    // Names the key in each file's header, so a file sealed under another key fails clearly.
    this.id = createHash('sha256')
      .update('ssc-storage-master-key-id')
      .update(key)
      .digest()
      .subarray(0, KEY_ID_BYTES);
  }

  wrap(fileKey: Buffer, aad: Buffer) {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(aad);
    const wrapped = Buffer.concat([cipher.update(fileKey), cipher.final()]);
    return { iv, wrapped, tag: cipher.getAuthTag() };
  }

  unwrap(parts: { iv: Buffer; wrapped: Buffer; tag: Buffer }, aad: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.#key, parts.iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.wrapped), decipher.final()]);
  }

  /** A single key is the smallest keyring: it finds only itself. */
  byId(id: Buffer): MasterKey | undefined {
    return id.equals(this.id) ? this : undefined;
  }
}

/** Where a reader finds the master key named in a header: one key, or a keyring of several. */
export interface MasterKeyLookup {
  readonly current: MasterKey;
  byId(id: Buffer): MasterKey | undefined;
}

/** The id of the master key named in a file's header, or undefined if it is not one of ours. */
export function fileMasterKeyId(header: Buffer): Buffer | undefined {
  if (header.length < MAGIC.length + 1 + KEY_ID_BYTES) return undefined;
  if (!header.subarray(0, MAGIC.length).equals(MAGIC) || header[MAGIC.length] !== VERSION) {
    return undefined;
  }
  return Buffer.from(header.subarray(MAGIC.length + 1, MAGIC.length + 1 + KEY_ID_BYTES));
}

function segmentNonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(IV_BYTES);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(counter, PREFIX_BYTES);
  nonce[IV_BYTES - 1] = last ? 1 : 0;
  return nonce;
}

/** Encrypts a byte stream into the format above; `plaintextBytes` counts what went in. */
export class EncryptStream extends Transform {
  plaintextBytes = 0;
  readonly #fileKey = randomBytes(KEY_BYTES);
  readonly #prefix = randomBytes(PREFIX_BYTES);
  readonly #header: Buffer;
  #pending: Buffer = Buffer.alloc(0);
  #counter = 0;

  constructor(keys: MasterKey | MasterKeyLookup) {
    super();
    const master = keys instanceof MasterKey ? keys : keys.current;
    const fixed = Buffer.concat([MAGIC, Buffer.from([VERSION]), master.id]);
    const { iv, wrapped, tag } = master.wrap(this.#fileKey, fixed);
    this.#header = Buffer.concat([fixed, iv, wrapped, tag, this.#prefix]);
    this.push(this.#header);
  }

  #seal(plain: Buffer, last: boolean): Buffer {
    if (this.#counter === 0xffffffff) throw new Error('file too large to encrypt');
    const cipher: CipherGCM = createCipheriv(
      'aes-256-gcm',
      this.#fileKey,
      segmentNonce(this.#prefix, this.#counter++, last),
    );
    cipher.setAAD(this.#header);
    return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    try {
      this.plaintextBytes += chunk.length;
      this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
      // Only a segment known not to be the last is sealed now: the last one is sealed at the end.
      while (this.#pending.length > SEGMENT_BYTES) {
        this.push(this.#seal(this.#pending.subarray(0, SEGMENT_BYTES), false));
        this.#pending = this.#pending.subarray(SEGMENT_BYTES);
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback) {
    try {
      this.push(this.#seal(this.#pending, true));
      this.#pending = Buffer.alloc(0);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** Decrypts the format above, releasing each segment only once its tag has been checked. */
export class DecryptStream extends Transform {
  readonly #keys: MasterKey | MasterKeyLookup;
  #header: Buffer | undefined;
  #fileKey: Buffer | undefined;
  #prefix: Buffer | undefined;
  #pending: Buffer = Buffer.alloc(0);
  #counter = 0;

  constructor(keys: MasterKey | MasterKeyLookup) {
    super();
    this.#keys = keys;
  }

  #readHeader() {
    const header = this.#pending.subarray(0, HEADER_BYTES);
    let offset = 0;
    const take = (n: number) => header.subarray(offset, (offset += n));
    const magic = take(MAGIC.length);
    const version = take(1)[0];
    const keyId = take(KEY_ID_BYTES);
    if (!magic.equals(MAGIC) || version !== VERSION) throw new Error('not an encrypted document');
    // Any key of the keyring: a scan sealed before a rotation stays readable until re-sealed.
    const master = this.#keys.byId(keyId);
    if (!master) throw new Error('document sealed under a different storage master key');
    const fixed = header.subarray(0, MAGIC.length + 1 + KEY_ID_BYTES);
    const iv = take(IV_BYTES);
    const wrapped = take(KEY_BYTES);
    const tag = take(TAG_BYTES);
    this.#prefix = Buffer.from(take(PREFIX_BYTES));
    this.#fileKey = master.unwrap({ iv, wrapped, tag }, fixed);
    this.#header = Buffer.from(header);
    this.#pending = this.#pending.subarray(HEADER_BYTES);
  }

  #open(sealed: Buffer, last: boolean): Buffer {
    if (sealed.length < TAG_BYTES) throw new Error('truncated encrypted document');
    const decipher: DecipherGCM = createDecipheriv(
      'aes-256-gcm',
      this.#fileKey!,
      segmentNonce(this.#prefix!, this.#counter++, last),
    );
    decipher.setAAD(this.#header!);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    try {
      this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
      if (!this.#header) {
        if (this.#pending.length < HEADER_BYTES) return callback();
        this.#readHeader();
      }
      const sealedSegment = SEGMENT_BYTES + TAG_BYTES;
      while (this.#pending.length > sealedSegment) {
        this.push(this.#open(this.#pending.subarray(0, sealedSegment), false));
        this.#pending = this.#pending.subarray(sealedSegment);
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback) {
    try {
      if (!this.#header) throw new Error('truncated encrypted document');
      this.push(this.#open(this.#pending, true));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}
