import fp from 'fastify-plugin';
import path from 'node:path';
import type { Keyring } from '../../lib/field-encryption.ts';
import { createLocalStorage, type DocumentStorage } from '../../lib/document-storage.ts';
import { loadKeyring } from '../../lib/master-keys.ts';

// The document store and the master keys, as the app reaches them (app.storage, app.keyring).
// The store itself is lib/document-storage.ts, the keys and their rotation lib/master-keys.ts.

declare module 'fastify' {
  interface FastifyInstance {
    storage: DocumentStorage;
    /** The master keys: current (wraps new keys) and previous (read until rotated away). */
    keyring: Keyring;
  }
}

export default fp<{
  dataDir: string;
  masterKey?: string | undefined;
  previousMasterKeys?: string | undefined;
}>(
  async (app, options) => {
    const keyring = await loadKeyring(options.dataDir, {
      current: options.masterKey ?? process.env.STORAGE_MASTER_KEY,
      previous: options.previousMasterKeys ?? process.env.STORAGE_MASTER_KEY_PREVIOUS,
    });
    app.decorate('keyring', keyring);
    app.decorate('storage', createLocalStorage(path.join(options.dataDir, 'documents'), keyring));
  },
  { name: 'storage' },
);
