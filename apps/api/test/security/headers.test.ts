import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

// Caching of every operation's answers is checked cell by cell in the authorisation matrix;
// this file covers what lies outside it: paths no route knows, framing, and HSTS.

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
  });
});
