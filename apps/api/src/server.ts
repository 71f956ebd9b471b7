import { unsupportedRuntimeReason } from './lib/runtime.ts';

// Checked before the app's modules load, so an old Node.js gets this sentence rather than
// whatever a dependency that needs a newer one throws first.
const unsupported = unsupportedRuntimeReason(process.version);
if (unsupported) {
  console.error(unsupported);
  process.exit(1);
}

const { buildApp, loggerOptions } = await import('./app.ts');
const { readConfig } = await import('./config.ts');

// Only creates, registers and listens; everything else lives in the app plugin.
const config = readConfig();
const app = await buildApp({
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  webDist: config.webDist,
  secret: config.appSecret,
  masterKey: config.storageMasterKey,
  previousMasterKeys: config.storageMasterKeyPrevious,
  logger: loggerOptions(config.logLevel),
  rateLimits: config.rateLimits,
  publicUrl: config.publicUrl,
  trustProxy: config.trustProxy,
});
app.log.info({ node: process.version, platform: process.platform, arch: process.arch }, 'runtime');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}

await app.listen({ host: config.host, port: config.port });
