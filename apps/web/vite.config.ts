/**
 * Vite config. `source` resolves @roundtable/model to its TypeScript source (no prebuild in dev);
 * yjs and lib0 are deduped because two Yjs copies break `instanceof` checks and sync silently.
 * In dev, /api and /sync are proxied to a relay on 127.0.0.1:8080.
 */
import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

const relay = process.env.ROUNDTABLE_RELAY ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
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
