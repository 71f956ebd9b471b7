import type { FastifyRequest } from 'fastify';

/**
 * Where a cookie lives, by how the request arrived. Over TLS its name carries the `__Host-`
 * prefix, which a browser accepts only from a secure origin, with `Secure`, `Path=/` and no
 * `Domain`: no sibling subdomain and no plain-HTTP page can then set, shadow or widen it.
 * Over plain HTTP (the embedded default on a laptop) a browser would refuse such a cookie, so
 * the bare name keeps its narrower path instead. A request is over TLS only as the trusted
 * proxy says (`TRUST_PROXY`), never as a client claims.
 */
export function hostCookie(request: FastifyRequest, name: string, narrowPath: string) {
  const tls = request.protocol === 'https';
  return {
    name: tls ? `__Host-${name}` : name,
    options: {
      path: tls ? '/' : narrowPath,
      secure: tls,
      httpOnly: true,
      sameSite: 'strict' as const,
    },
  };
}
