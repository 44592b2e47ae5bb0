/**
 * Serves the built web app (apps/web/dist) with an SPA fallback to index.html, long-lived
 * caching for hashed assets, and security headers on every response.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
};

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** A handler for `dir`, or null when the web app has not been built there. */
export function createStaticHandler(dir: string): StaticHandler | null {
  if (!existsSync(join(dir, 'index.html'))) return null;
  const serve = sirv(dir, {
    single: true,
    etag: true,
    gzip: false,
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
