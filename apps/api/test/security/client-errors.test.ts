import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

/** Raw bytes in, the whole answer out: what Node's parser refuses never reaches inject. */
function rawRequest(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...headers] = head.split('\r\n');
  const header = (name: string) =>
    headers.find((h) => h.toLowerCase().startsWith(`${name}:`))?.split(': ')[1];
  return { status: Number(statusLine.split(' ')[1]), header, body };
}

// Requests Node's HTTP parser refuses are answered as problems too, over a real socket.
describe('requests that cannot be read', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => t?.close());

  it.each([
    [
      'an address over the header limit',
      `GET /api/v1/staff/applications?reference=${'A'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      431,
      '/problems/headers-too-large',
    ],
    ['a request line that is not one', 'NOT A REQUEST\r\n\r\n', 400, '/problems/malformed-request'],
    [
      'a header without a colon',
      'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
      400,
      '/problems/malformed-request',
    ],
  ])(
    '%s: %i, a problem document, and the connection closed',
    async (_label, bytes, status, type) => {
      const answer = parse(await rawRequest(port, bytes));
      expect(answer.status).toBe(status);
      expect(answer.header('content-type')).toBe('application/problem+json');
      expect(answer.header('connection')).toBe('close');
      expect(JSON.parse(answer.body)).toMatchObject({ type, status });
    },
  );

  it('keeps serving afterwards', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(res.status).toBe(200);
  });
});
