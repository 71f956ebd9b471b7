// Compiles the API for production: `node dist/server.js` starts in a fraction of the time
// tsx needs and does not carry a TypeScript compiler in memory. Our own code (this app, the
// generated Prisma client, @ssc/domain) is bundled; every other package stays in
// node_modules, loaded as installed (native addons, Wasm and font files sit beside them).
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const externalPackages: Plugin = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@ssc/') ? undefined : { path: args.path, external: true },
    );
  },
};

await rm(`${root}/dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The inspection worker is its own process (lib/inspection-worker.ts forks it by path).
  entryPoints: {
    server: 'src/server.ts',
    'inspection-worker-process': 'src/lib/inspection-worker-process.ts',
  },
  outdir: 'dist',
  bundle: true,
  // Modules imported with import() (the certificate renderer, the PDF scanner, PGlite) become
  // their own chunks, so what they bring loads only when first used.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [externalPackages],
  logLevel: 'warning',
});
console.warn('built apps/api/dist/server.js');
