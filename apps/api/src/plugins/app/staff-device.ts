import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hostCookie } from '../../lib/host-cookie.ts';
import { safeEqualHex } from '../../lib/crypto.ts';
import type { Secrets } from '../../lib/digests.ts';

/**
 * A device cookie (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * an account has signed in from carries a signed note of it, so that the account's lock, which
 * anyone can set off by guessing at a username, does not hold against its own desk. It proves
 * nothing but the past sign-in; the password is still required. The note is the account's id,
 * when it was given, a fresh nonce and a keyed digest of the three; only the sign-in route
 * reads it, and it is worth nothing after 90 days whatever the browser keeps.
 */
const DEVICE_COOKIE = 'ssc_staff_device';
const DEVICE_DAYS = 90;

const deviceCookie = (request: FastifyRequest) =>
  hostCookie(request, DEVICE_COOKIE, '/api/v1/staff/session');

const DEVICE_MS = DEVICE_DAYS * 24 * 3_600_000;

const mac = (secrets: Secrets, staffId: string, issuedAt: string, nonce: string) =>
  secrets.digest(`staff-device:${staffId}:${issuedAt}:${nonce}`);

/** The account this request's device cookie vouches for, if it carries a genuine, recent one. */
export function trustedDeviceOf(
  request: FastifyRequest,
  secrets: Secrets,
  now: Date,
): string | null {
  const value = request.cookies[deviceCookie(request).name];
  const [staffId, issuedAt, nonce, digest, ...rest] = value?.split('.') ?? [];
  if (!staffId || !issuedAt || !nonce || !digest || rest.length > 0) return null;
  if (!/^\d{1,15}$/.test(issuedAt)) return null;
  const age = now.getTime() - Number(issuedAt);
  if (age < 0 || age > DEVICE_MS) return null;
  return safeEqualHex(digest, mac(secrets, staffId, issuedAt, nonce)) ? staffId : null;
}

/** The raw cookie, the key of the device's own allowance. */
export function deviceKey(request: FastifyRequest): string {
  return request.cookies[deviceCookie(request).name] ?? '';
}

/** After a successful sign-in: this browser is now the account's device (a new note each time). */
export function rememberDevice(
  request: FastifyRequest,
  reply: FastifyReply,
  secrets: Secrets,
  staffId: string,
  now: Date,
) {
  const nonce = randomBytes(16).toString('base64url');
  const issuedAt = String(now.getTime());
  const cookie = deviceCookie(request);
  const note = `${staffId}.${issuedAt}.${nonce}.${mac(secrets, staffId, issuedAt, nonce)}`;
  reply.setCookie(cookie.name, note, {
    ...cookie.options,
    maxAge: DEVICE_DAYS * 24 * 3600,
  });
}
