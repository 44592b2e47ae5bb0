/**
 * Serves the built web app (apps/web/dist) with an SPA fallback to index.html, long-lived
 * caching for hashed assets. Security headers are set by server.ts (see securityHeaders.ts).
 * The build writes a brotli and a gzip copy next to each asset (vite.config.ts, `precompress`):
 * a browser that accepts either gets it (brotli only over https; plain http gets gzip).
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** A handler for `dir`, or null when the web app has not been built there. */
export function createStaticHandler(dir: string): StaticHandler | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const serve = sirv(dir, {
    single: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    });
}
