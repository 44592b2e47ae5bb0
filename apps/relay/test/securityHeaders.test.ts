/**
 * Headers that only potentially trustworthy origins honour (Cross-Origin-Opener-Policy) are sent
 * only there: over plain HTTP with the Host header a browser would send from each kind of origin.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRelay, type TestRelay } from './harness.js';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(() => relay.close());

/** The response headers of GET `path` sent with `headers` (Host included) over plain HTTP. */
function headersFor(path: string, headers: Record<string, string>): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: relay.relay.port, path, headers }, (res) => {
      res.resume();
      resolve(res.headers);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('security headers by origin', () => {
  it.each([
    ['a LAN address', { host: '192.168.1.20:8080' }],
    ['a host name on plain http', { host: 'board.test:8080' }],
    ['a public IPv6 address', { host: '[2001:db8::1]:8080' }],
    ['a proxy that says http', { host: 'board.example', 'x-forwarded-proto': 'http' }],
  ])('leaves out Cross-Origin-Opener-Policy on %s (not potentially trustworthy)', async (_what, headers) => {
    for (const path of ['/healthz', '/api/time']) {
      const got = await headersFor(path, headers);
      expect(got['cross-origin-opener-policy']).toBeUndefined();
      expect(got['x-content-type-options']).toBe('nosniff');
      expect(got['content-security-policy']).toContain("default-src 'self'");
    }
  });

  it.each([
    ['localhost', { host: 'localhost:8080' }],
    ['a .localhost name', { host: 'board.localhost:8080' }],
    ['127.0.0.1', { host: '127.0.0.1:8080' }],
    ['another 127/8 address', { host: '127.12.0.3' }],
    ['[::1]', { host: '[::1]:8080' }],
    ['https behind a proxy (X-Forwarded-Proto)', { host: 'board.example', 'x-forwarded-proto': 'https' }],
    ['https behind a proxy (Forwarded)', { host: 'board.example', forwarded: 'for=10.0.0.1;proto=https;host=board.example' }],
  ])('sends Cross-Origin-Opener-Policy on %s', async (_what, headers) => {
    const got = await headersFor('/healthz', headers);
    expect(got['cross-origin-opener-policy']).toBe('same-origin');
    expect(got['x-content-type-options']).toBe('nosniff');
  });
});
