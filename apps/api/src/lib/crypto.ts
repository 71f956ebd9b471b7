import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { READABLE_ALPHABET } from '@ssc/domain/reference';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** 256 bits, URL-safe: access tokens and session tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function safeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Random readable code in groups, e.g. "7KQM-2XPD-9T4H" (about 59 bits for 12 characters). */
export function randomReadableCode(groups: number, size = 4): string {
  const out: string[] = [];
  for (let g = 0; g < groups; g++) {
    let group = '';
    // rejection sampling keeps every character equally likely
    while (group.length < size) {
      for (const byte of randomBytes(size * 2)) {
        if (byte < 240 && group.length < size)
          group += READABLE_ALPHABET[byte % READABLE_ALPHABET.length];
      }
    }
    out.push(group);
  }
  return out.join('-');
}
