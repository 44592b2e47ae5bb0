/**
 * Vite config. `source` resolves @roundtable/model to its TypeScript source (no prebuild in dev);
 * yjs and lib0 are deduped because two Yjs copies break `instanceof` checks and sync silently.
 * In dev, /api and /sync are proxied to a relay on 127.0.0.1:8080.
 * `precacheList` writes dist/precache.json, every built asset the service worker (public/sw.js)
 * must keep for offline reloads: index.html names only the entry, not the lazily loaded chunks.
 */
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

const relay = process.env.ROUNDTABLE_RELAY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), precacheList()],
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
  build: { outDir: 'dist', sourcemap: true },
});
