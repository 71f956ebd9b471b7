import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { jpeg, png } from '../fixtures/files.ts';
import { EICAR, makePdf } from './corpus.ts';
import { createDraft, storedFiles, uploadDocument } from './helpers.ts';

// A real clamd (Debian clamav-daemon) on a signature database written here: the official
// signatures come from outside this network.
const clamdBinary = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((p) => existsSync(p));
const sigtool = ['/usr/bin/sigtool', '/usr/sbin/sigtool'].find((p) => existsSync(p));
const available = Boolean(clamdBinary && sigtool);

if (!available) {
  if (process.env.REQUIRE_CLAMD === '1') {
    throw new Error(
      'REQUIRE_CLAMD=1 but clamd/sigtool are not installed (apt-get install clamav-daemon)',
    );
  }
  console.warn(
    'SKIPPED the virus-scanning tests: clamd is not installed (apt-get install clamav-daemon)',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    socket.setTimeout(1000, () => socket.destroy());
    socket.on('connect', () => socket.end('zPING\0'));
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(answer.startsWith('PONG')));
  });
}

describe.skipIf(!available)('virus scanning with a real clamd', () => {
  let dir: string;
  let clamd: ChildProcess | undefined;
  let port: number;
  let t: TestApp;
  const savedEnv = { host: process.env.CLAMD_HOST, port: process.env.CLAMD_PORT };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ssc-clamd-'));
    await mkdir(path.join(dir, 'db'));
    await writeFile(path.join(dir, 'eicar.txt'), EICAR);
    // The EICAR file itself by its MD5 (sigtool), and the EICAR string anywhere inside a file.
    const hdb = execFileSync(sigtool!, ['--md5', path.join(dir, 'eicar.txt')]);
    await writeFile(path.join(dir, 'db', 'test.hdb'), hdb);
    await writeFile(
      path.join(dir, 'db', 'test.ndb'),
      `Test.EICAR.Inside:0:*:${EICAR.toString('hex')}\n`,
    );
    port = await freePort();
    await writeFile(
      path.join(dir, 'clamd.conf'),
      [
        `DatabaseDirectory ${path.join(dir, 'db')}`,
        `TCPSocket ${port}`,
        'TCPAddr 127.0.0.1',
        'Foreground yes',
        `PidFile ${path.join(dir, 'clamd.pid')}`,
        `TemporaryDirectory ${dir}`,
        'StreamMaxLength 20M',
        '',
      ].join('\n'),
    );
    clamd = spawn(clamdBinary!, ['-c', path.join(dir, 'clamd.conf')], { stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    while (!(await ping(port))) {
      if (Date.now() > deadline || clamd.exitCode !== null) throw new Error('clamd did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    process.env.CLAMD_HOST = '127.0.0.1';
    process.env.CLAMD_PORT = String(port);
    t = await createTestApp('pglite');
  }, 90_000);

  afterAll(async () => {
    process.env.CLAMD_HOST = savedEnv.host;
    process.env.CLAMD_PORT = savedEnv.port;
    if (savedEnv.host === undefined) delete process.env.CLAMD_HOST;
    if (savedEnv.port === undefined) delete process.env.CLAMD_PORT;
    await t?.close();
    if (clamd && clamd.exitCode === null) {
      clamd.kill('SIGTERM');
      await new Promise((r) => clamd!.once('exit', r));
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts clean files after scanning them', async () => {
    const draft = await createDraft(t.app);
    expect((await uploadDocument(t.app, draft, { data: jpeg })).statusCode).toBe(201);
    const pdf = await makePdf();
    const res = await uploadDocument(t.app, draft, { data: pdf, contentType: 'application/pdf' });
    expect(res.statusCode).toBe(201);
  });

  it.each([
    ['the EICAR test file named .jpg', EICAR],
    ['a JPEG with EICAR appended', Buffer.concat([jpeg, EICAR])],
    ['a PNG with EICAR appended', Buffer.concat([png, EICAR])],
  ])('refuses %s as infected (422) and stores nothing', async (_label, data) => {
    const draft = await createDraft(t.app);
    const before = await storedFiles(t.dataDir);
    const res = await uploadDocument(t.app, draft, { data }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: 'file', code: 'error.file.infected' });
    expect(res.json().errors[0].message).toMatch(/virus/);
    expect(await storedFiles(t.dataDir)).toEqual(before);
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(0);
  });

  it('refuses a PDF carrying EICAR in a stream', async () => {
    const draft = await createDraft(t.app);
    const pdf = await makePdf();
    const infected = Buffer.from(
      pdf.toString('latin1').replace('%%EOF', `% ${EICAR.toString('latin1')}\n%%EOF`),
      'latin1',
    );
    const res = await uploadDocument(t.app, draft, {
      data: infected,
      contentType: 'application/pdf',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].code).toBe('error.file.infected');
  });

  it('fails closed with 503 when clamd is unreachable, storing nothing', async () => {
    clamd!.kill('SIGTERM');
    await new Promise((r) => clamd!.once('exit', r));
    const draft = await createDraft(t.app);
    const before = await storedFiles(t.dataDir);
    const res = await uploadDocument(t.app, draft, { data: jpeg }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().detail).toMatch(/virus/i);
    expect(await storedFiles(t.dataDir)).toEqual(before);
    expect(await t.app.prisma.document.count({ where: { applicationId: draft.id } })).toBe(0);
  });
});
