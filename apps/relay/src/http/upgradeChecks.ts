/**
 * Checks on a WebSocket upgrade that come before the token: the page's origin, and how many
 * new connections its address has opened this minute.
 */
import type { IncomingMessage } from 'node:http';

/**
 * Whether the page that opened the socket may: no Origin header (not a browser: tokens still
 * apply), the relay's own origin (Origin's host equals the Host the request was sent to, as on
 * the relay itself, behind a proxy that keeps Host, or through Vite's dev proxy), or a listed one.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes('*') || allowed.includes(origin.toLowerCase())) return true;
  try {
    return new URL(origin).host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

/** The client's address: the socket's, or with `trustProxy` the last X-Forwarded-For hop (the one our proxy added). */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Counts events per key in fixed one-minute windows (memory: one entry per address seen this minute). */
export class PerMinuteLimit {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one event for `key`; false when the key is over its limit this minute. */
  take(key: string): boolean {
    const window = Math.floor(this.now() / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count <= this.perMinute;
  }
}
