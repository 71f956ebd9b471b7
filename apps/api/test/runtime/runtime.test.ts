import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { supportedNodeRange, unsupportedRuntimeReason } from '../../src/lib/runtime.ts';
import { templateDir } from '../helpers/database.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const serverEntry = path.join(repoRoot, 'apps/api/src/server.ts');
const tsxLoader = import.meta.resolve('tsx/esm');

const manifest = z.object({
  engines: z.object({ node: z.string() }),
  devDependencies: z.record(z.string(), z.string()).optional(),
});
const readManifest = (relative: string) =>
  manifest.parse(JSON.parse(readFileSync(path.join(repoRoot, relative), 'utf8')));

describe('which Node.js the service accepts', () => {
  it.each([
    ['v20.20.2', false],
    ['v22.12.0', false],
    ['v22.13.0', true],
    ['v22.22.1', true],
    ['v23.11.1', false],
    ['v24.0.0', true],
    ['v24.21.0', true],
    ['v26.1.0', true],
    ['not a version', false],
  ])('%s → supported: %s', (version, supported) => {
    const reason = unsupportedRuntimeReason(version);
    if (supported) {
      expect(reason).toBeNull();
    } else {
      expect(reason).toContain(`running on ${version}`);
      expect(reason).toContain(supportedNodeRange);
      expect(reason).toContain('npm start');
    }
  });

  it('the root and both apps declare the same range, and the pinned runtime is in it', () => {
    const root = readManifest('package.json');
    expect(readManifest('apps/api/package.json').engines.node).toBe(root.engines.node);
    expect(readManifest('apps/web/package.json').engines.node).toBe(root.engines.node);
    const pinned = root.devDependencies?.node;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(unsupportedRuntimeReason(`v${pinned}`)).toBeNull();
  });

  it('the test suite itself runs on the Node.js pinned in the root package.json', () => {
    expect(process.version).toBe(`v${readManifest('package.json').devDependencies?.node}`);
  });
});

/** A `node` on PATH outside node_modules (the machine's own) that the service must refuse. */
function findUnsupportedSystemNode(): { path: string; version: string } | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.split(path.sep).includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
    if (unsupportedRuntimeReason(version)) return { path: candidate, version };
  }
  return undefined;
}

const systemNode = findUnsupportedSystemNode();

describe('the server entry', () => {
  it.skipIf(!systemNode)(
    `refuses to start on the machine's own Node.js (${systemNode?.version ?? 'none older on PATH'})`,
    async () => {
      if (!systemNode) return;
      const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'ssc-runtime-')), 'data');
      try {
        const child = spawn(systemNode.path, ['--import', tsxLoader, serverEntry], {
          env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        expect(code).toBe(1);
        expect(stderr.trim()).toBe(unsupportedRuntimeReason(systemNode.version));
        // It stopped before opening anything: no database folder was created.
        expect(existsSync(dataDir)).toBe(false);
      } finally {
        await rm(path.dirname(dataDir), { recursive: true, force: true });
      }
    },
  );

  it('starts on the pinned Node.js and logs that runtime once', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ssc-runtime-'));
    await cp(await templateDir(), dataDir, { recursive: true });
    const child = spawn(process.execPath, ['--import', tsxLoader, serverEntry], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const logLine = z.object({ msg: z.string(), node: z.string().optional() });
      const runtimeLines: z.infer<typeof logLine>[] = [];
      for await (const line of createInterface({ input: child.stdout })) {
        const entry = logLine.safeParse(JSON.parse(line));
        if (!entry.success) continue;
        if (entry.data.msg === 'runtime') runtimeLines.push(entry.data);
        if (entry.data.msg.startsWith('Server listening')) break;
      }
      expect(runtimeLines).toEqual([expect.objectContaining({ node: process.version })]);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
