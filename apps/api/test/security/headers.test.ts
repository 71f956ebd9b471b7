import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

// Caching of every operation's answers is checked cell by cell in the authorisation matrix;
// this file covers what lies outside it: paths no route knows, framing, HSTS and cookies.

const staffSignIn = { username: 'reviewer.huangpu', password: 'Demo-Huangpu-2026' };

describe('security headers', () => {
  describe('served directly (no proxy trusted)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite');
    });
    afterAll(async () => t?.close());

    it('an API path no route knows is a 404 that is not cached either', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here?idNumber=1' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('refuses framing in both the CSP and X-Frame-Options', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    });

    it('sends no HSTS over plain HTTP, and believes no client that claims HTTPS', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });

    it('over plain HTTP, cookies keep their bare names and narrow paths (browsers refuse __Host- there)', async () => {
      const staff = await t.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: staffSignIn,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(staff.cookies).toEqual([
        expect.objectContaining({
          name: 'ssc_staff_device',
          path: '/api/v1/staff/session',
          httpOnly: true,
        }),
        expect.objectContaining({ name: 'ssc_staff', path: '/api/v1/staff', httpOnly: true }),
      ]);
      expect(staff.cookies.map((c) => Boolean(c.secure))).toEqual([false, false]);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: { filer: { role: 'CARDHOLDER' } },
      });
      const { id } = created.json();
      expect(created.cookies).toEqual([
        expect.objectContaining({
          name: `ssc_app_${id.replace(/-/g, '')}`,
          path: `/api/v1/applications/${id}`,
        }),
      ]);
    });

    it('lets the public list of centres be cached for a few minutes', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/centres' });
      expect(res.headers['cache-control']).toBe('public, max-age=300');
    });
  });

  describe('behind a TLS-terminating proxy (TRUST_PROXY=1)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('pglite', { trustProxy: 1 });
    });
    afterAll(async () => t?.close());

    it('sends HSTS on what arrived over HTTPS, and not on what the proxy says was HTTP', async () => {
      const https = await t.app.inject({
        method: 'GET',
        url: '/api/v1/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const http = await t.app.inject({
        method: 'GET',
        url: '/api/v1/health',
        headers: { 'x-forwarded-proto': 'http' },
      });
      expect(http.headers['strict-transport-security']).toBeUndefined();
    });

    it('over TLS, names cookies __Host- (Secure, Path=/, no Domain), and they are the ones read', async () => {
      const https = { 'x-forwarded-proto': 'https' };
      const signedIn = await t.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: staffSignIn,
        headers: https,
      });
      expect(signedIn.statusCode, signedIn.body).toBe(200);
      expect(signedIn.cookies.map((c) => c.name)).toEqual([
        '__Host-ssc_staff_device',
        '__Host-ssc_staff',
      ]);
      for (const cookie of signedIn.cookies) {
        expect(cookie).toMatchObject({ path: '/', secure: true, httpOnly: true });
        expect(cookie.domain).toBeUndefined();
      }
      const staff = signedIn.cookies.find((c) => c.name === '__Host-ssc_staff')!;
      const session = await t.app.inject({
        method: 'GET',
        url: '/api/v1/staff/session',
        headers: https,
        cookies: { '__Host-ssc_staff': staff.value },
      });
      expect(session.statusCode).toBe(200);
      // The bare name, which a plain-HTTP page could have set, is not read over TLS.
      const bare = await t.app.inject({
        method: 'GET',
        url: '/api/v1/staff/session',
        headers: https,
        cookies: { ssc_staff: staff.value },
      });
      expect(bare.statusCode).toBe(401);

      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        payload: { filer: { role: 'CARDHOLDER' } },
        headers: https,
      });
      const { id } = created.json();
      const name = `__Host-ssc_app_${id.replace(/-/g, '')}`;
      expect(created.cookies).toEqual([
        expect.objectContaining({ name, path: '/', secure: true, httpOnly: true }),
      ]);
      const view = await t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${id}`,
        headers: https,
        cookies: { [name]: created.cookies[0]!.value },
      });
      expect(view.statusCode).toBe(200);
    });
  });
});
