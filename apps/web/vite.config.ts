import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdfjsVersion = (
  JSON.parse(readFileSync(join(pdfjsRoot, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/**
 * pdf.js fetches some of its parts by file name at run time, which hashed imports cannot give:
 * the Adobe CMaps (Chinese PDFs whose fonts are not embedded), the standard fonts, and the
 * plain-JS JBIG2 / CCITT / JPEG 2000 decoders that scanners use (their Wasm versions stay out:
 * the CSP has no 'wasm-unsafe-eval'). They are served from our own origin, never a CDN, in a
 * folder named after the version; the same path is built in features/staff/components/pdf-viewer.tsx.
 */
const PDFJS_FOLDERS: Record<string, (file: string) => boolean> = {
  cmaps: (file) => file.endsWith('.bcmap'),
  standard_fonts: (file) => /\.(pfb|ttf)$/.test(file) || file.startsWith('LICENSE'),
  wasm: (file) => file.endsWith('_nowasm_fallback.js') || file.startsWith('LICENSE'),
};
const pdfjsPrefix = `assets/pdfjs-${pdfjsVersion}/`;

function pdfjsFiles(): string[] {
  return Object.entries(PDFJS_FOLDERS).flatMap(([folder, keep]) =>
    readdirSync(join(pdfjsRoot, folder))
      .filter(keep)
      .map((file) => `${folder}/${file}`),
  );
}

function pdfjsAssets(): Plugin {
  return {
    name: 'ssc-pdfjs-assets',
    configureServer(server) {
      const served = new Set(pdfjsFiles());
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const file = path.startsWith(`/${pdfjsPrefix}`) ? path.slice(pdfjsPrefix.length + 1) : '';
        if (!served.has(file)) return next();
        response.setHeader('content-length', statSync(join(pdfjsRoot, file)).size);
        response.setHeader(
          'content-type',
          file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
        );
        createReadStream(join(pdfjsRoot, file)).pipe(response);
      });
    },
    generateBundle() {
      for (const file of pdfjsFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `${pdfjsPrefix}${file}`,
          source: readFileSync(join(pdfjsRoot, file)),
        });
      }
    },
  };
}

// Text worth compressing; images, fonts in woff2 and PDFs are compressed already.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|bcmap|ttf|pfb|map)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible asset, at the strongest
 * settings, once per build: the server then sends the one the browser accepts without
 * compressing on each request (a slow phone link gains most from brotli's smaller files).
 * A variant that is not smaller than the file itself is not written.
 */
function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'ssc-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const file = join(outDir, fileName);
        const source = readFileSync(file);
        const brotli = brotliCompressSync(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        });
        const gzip = gzipSync(source, { level: constants.Z_BEST_COMPRESSION });
        if (brotli.length < source.length) writeFileSync(`${file}.br`, brotli);
        if (gzip.length < source.length) writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), pdfjsAssets(), precompressAssets()],
  // `@/…` is src/ (tsconfig.json's paths say the same; the web tests in vitest.config.ts too).
  resolve: {
    alias: [{ find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/bundle-budget.ts measure exactly what the landing route loads.
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
