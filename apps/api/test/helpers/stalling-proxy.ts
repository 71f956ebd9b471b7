import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that can stop answering, as a server does when its host
 * hangs or the network drops: `stall()` cuts every open connection and accepts new ones without
 * ever forwarding a byte; `resume()` forwards again.
 */
export interface StallingProxy {
  /** The proxy's own `postgres://` URL for the same user and database. */
  url: string;
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function stallingProxy(databaseUrl: string): Promise<StallingProxy> {
  const upstream = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  let stalled = false;
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (stalled) return; // accepted, never answered
    const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
    sockets.add(server);
    server.on('close', () => {
      sockets.delete(server);
      client.destroy();
    });
    server.on('error', () => server.destroy());
    client.on('close', () => server.destroy());
    client.pipe(server).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    stall() {
      stalled = true;
      for (const socket of sockets) socket.destroy();
    },
    resume() {
      stalled = false;
      for (const socket of sockets) socket.destroy();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
