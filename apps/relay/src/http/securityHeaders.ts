/**
 * Security headers for every HTTP response. Some apply only to potentially trustworthy origins
 * (https, localhost, 127.0.0.0/8, [::1]): a browser ignores Cross-Origin-Opener-Policy anywhere
 * else and logs a console error on every page, as on a LAN address such as
 * http://192.168.1.20:8080. Those are sent only where the page's origin is trustworthy, judged
 * from the request: a TLS socket, a proxy's `X-Forwarded-Proto: https` / `Forwarded: proto=https`
 * (only ever adds a header, so a spoofed value cannot weaken anything), or a loopback Host.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Headers that apply on any origin. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Headers browsers honour only on potentially trustworthy origins. */
export const TRUSTWORTHY_ORIGIN_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
};

/** Whether a host name (as in a URL: IPv6 in brackets) is loopback, hence potentially trustworthy. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function firstValue(header: string | string[] | undefined): string {
  return (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase() ?? '';
}

/** Whether the page that made `req` is on a potentially trustworthy origin. */
export function isTrustworthyRequest(req: IncomingMessage): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  if (firstValue(req.headers['x-forwarded-proto']) === 'https') return true;
  if (/(?:^|;)\s*proto=("?)https\1\s*(?:;|$)/.test(firstValue(req.headers.forwarded))) return true;
  const host = req.headers.host;
  if (!host) return false;
  try {
    return isLoopbackHost(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/** The security headers for a response to `req`. */
export function securityHeadersFor(req: IncomingMessage): Readonly<Record<string, string>> {
  return isTrustworthyRequest(req) ? { ...SECURITY_HEADERS, ...TRUSTWORTHY_ORIGIN_HEADERS } : SECURITY_HEADERS;
}
