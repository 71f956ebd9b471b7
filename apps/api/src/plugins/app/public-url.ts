import fp from 'fastify-plugin';
import type { AddressInfo } from 'node:net';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The address people reach the service at, without a trailing slash: the certificate's
     * verification link is built from it. Never from a request's Host header, which the
     * client writes: a forged Host would print a stranger's site on a real certificate.
     */
    publicUrl(): string;
  }
}

/** An address of this server's own socket, as a browser on this machine would type it. */
function listeningAddress(address: string | AddressInfo | null): string {
  // Not listening (requests injected in tests): nothing to point at but this machine.
  if (!address || typeof address === 'string') return 'http://localhost';
  const host =
    address.address === '0.0.0.0' || address.address === '::'
      ? 'localhost'
      : address.family === 'IPv6'
        ? `[${address.address}]`
        : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * PUBLIC_URL when configured (required with PostgreSQL, see config.ts); the embedded default
 * uses its own listening address, read when asked since the port may be chosen at listen.
 */
export default fp<{ publicUrl?: string | undefined }>(
  async (app, options) => {
    const configured = options.publicUrl;
    app.decorate('publicUrl', () => configured ?? listeningAddress(app.server.address()));
  },
  { name: 'public-url' },
);
