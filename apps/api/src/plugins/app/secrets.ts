import fp from 'fastify-plugin';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Secrets } from '../../lib/digests.ts';

declare module 'fastify' {
  interface FastifyInstance {
    secrets: Secrets;
  }
}

/**
 * The key comes from APP_SECRET (production) or a key file the embedded default creates
 * once in DATA_DIR with mode 0600, so that restarting keeps tracking working.
 */
export async function loadSecretKey(dataDir: string, fromEnv?: string): Promise<Buffer> {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  const file = path.join(dataDir, 'keys', 'app-secret.key');
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    // 'wx' so two processes starting at once cannot overwrite each other's key
    await writeFile(file, key, { mode: 0o600, flag: 'wx' }).catch(
      async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      },
    );
    return readFile(file);
  }
}

export default fp<{ dataDir: string; secret?: string | undefined }>(
  async (app, options) => {
    const key = await loadSecretKey(options.dataDir, options.secret);
    app.decorate('secrets', {
      digest: (value: string) => createHmac('sha256', key).update(value).digest('hex'),
    });
  },
  { name: 'secrets' },
);
