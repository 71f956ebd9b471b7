import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * A request Node's HTTP parser refuses before Fastify sees it — an address or headers over
 * the size limit, a malformed request line — is answered as every other refusal is: a problem
 * document (RFC 9457), not Fastify's default JSON; then the connection closes, as it must after
 * a request that could not be read.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, slug, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ([
          431,
          'headers-too-large',
          'The address or the headers of the request are too long.',
        ] as const)
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ([408, 'request-timeout', 'The request took too long to arrive.'] as const)
        : ([400, 'malformed-request', 'The request could not be read.'] as const);
  const title = STATUS_CODES[status] ?? 'Bad Request';
  const body = JSON.stringify({ type: `/problems/${slug}`, title, status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      'Cache-Control: no-store\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
