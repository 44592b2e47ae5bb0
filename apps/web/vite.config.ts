/**
 * Vite config. `source` resolves @roundtable/model to its TypeScript source (no prebuild in dev);
 * yjs and lib0 are deduped because two Yjs copies break `instanceof` checks and sync silently.
 * In dev, /api and /sync are proxied to a relay on 127.0.0.1:8080.
 * `precacheList` writes dist/precache.json, every built asset the service worker (public/sw.js)
 * must keep for offline reloads: index.html names only the entry, not the lazily loaded chunks.
 * `earlyEntry` builds src/prefetch.ts as an entry of its own and loads it `async` from the head,
 * so a board page starts its requests before the app's bundle has downloaded. `precompress`
 * writes a .br and a .gz copy of every text asset, which the relay serves to browsers that take them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, defaultClientConditions, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Emits `precache.json`: `{ "assets": ["/assets/…", …] }`, every emitted file but source maps. */
function precacheList(): Plugin {
  return {
    name: 'roundtable-precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((file) => file.startsWith('assets/') && !file.endsWith('.map'))
        .sort()
        .map((file) => `/${file}`);
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: `${JSON.stringify({ assets }, null, 2)}
` });
    },
  };
}

/** Text assets at least this large get compressed copies. */
const COMPRESS_FROM_BYTES = 1024;

function precompress(): Plugin {
  return {
    name: 'roundtable-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (!/\.(js|css|svg|json)$/.test(file)) continue;
        const bytes = Buffer.from(output.type === 'chunk' ? output.code : output.source);
        if (bytes.byteLength < COMPRESS_FROM_BYTES) continue;
        const path = join(options.dir ?? 'dist', file);
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

/** The early script (src/prefetch.ts): its own entry chunk, loaded `async` first thing in the head. */
const EARLY_ENTRY = 'src/prefetch.ts';

function earlyEntry(): Plugin {
  return {
    name: 'roundtable-early-entry',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const built = ctx.bundle && Object.values(ctx.bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId?.endsWith(EARLY_ENTRY));
        if (ctx.bundle && !built) throw new Error(`${EARLY_ENTRY} was not built as an entry`);
        const src = built ? `/${built.fileName}` : `/${EARLY_ENTRY}`;
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src }, injectTo: 'head-prepend' }];
      },
    },
  };
}

const relay = process.env.ROUNDTABLE_RELAY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), precacheList(), earlyEntry(), precompress()],
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    dedupe: ['yjs', 'lib0', 'y-protocols', 'react', 'react-dom'],
  },
  server: {
    proxy: {
      '/api': { target: relay, changeOrigin: false },
      '/sync': { target: relay, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: relay },
      '/sync': { target: relay, ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true, rollupOptions: { input: { index: 'index.html', prefetch: EARLY_ENTRY } } },
});
