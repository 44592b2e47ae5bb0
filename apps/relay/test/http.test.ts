import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRaw, startTestRelay, tempDir, type TestRelay } from './harness.js';

let relay: TestRelay;
const BIG_ASSET = 'export const words = ['.concat('"a word that repeats", '.repeat(500), '];');
beforeAll(async () => {
  const web = tempDir();
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Roundtable</title><div id="root"></div>');
  writeFileSync(join(web, 'assets', 'app-abc123.js'), 'console.log(1)');
  // As the web build writes them: a brotli and a gzip copy beside a large asset.
  writeFileSync(join(web, 'assets', 'big-abc123.js'), BIG_ASSET);
  writeFileSync(join(web, 'assets', 'big-abc123.js.br'), brotliCompressSync(BIG_ASSET));
  writeFileSync(join(web, 'assets', 'big-abc123.js.gz'), gzipSync(BIG_ASSET));
  relay = await startTestRelay({ ROUNDTABLE_WEB_DIR: web });
});
afterAll(() => relay.close());

const post = (body: string, type = 'application/json') =>
  fetch(`${relay.url}/api/boards`, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /api/boards', () => {
  it('creates a board and returns its id and two distinct tokens', async () => {
    const res = await post(JSON.stringify({ title: 'Offsite', template: 'blank' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, string>;
    expect(body.boardId).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(body.editToken).not.toBe(body.viewToken);
    const check = await fetch(`${relay.url}/api/boards/${body.boardId}?token=${body.viewToken}`);
    expect(await check.json()).toEqual({ boardId: body.boardId, role: 'view' });
    const asEditor = await fetch(`${relay.url}/api/boards/${body.boardId}?token=${body.editToken}`);
    expect(await asEditor.json()).toEqual({ boardId: body.boardId, role: 'edit', viewToken: body.viewToken });
  });

  it.each([
    ['not JSON', '{"title":', 'application/json', 400, 'body is not valid JSON'],
    ['a missing title', '{}', 'application/json', 400, 'title'],
    ['an empty title', '{"title":"   "}', 'application/json', 400, 'title must not be empty'],
    ['an unknown template', '{"title":"x","template":"kanban"}', 'application/json', 400, 'template'],
    ['a form body', 'title=x', 'application/x-www-form-urlencoded', 415, 'JSON'],
    ['a huge body', JSON.stringify({ title: 'x'.repeat(70_000) }), 'application/json', 413, 'larger than'],
  ])('refuses %s with a clear error', async (_what, body, type, status, message) => {
    const res = await post(body, type);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toContain(message);
  });
});

describe('GET /api/boards/:id', () => {
  it('says 401, 403 or 404 for bad links', async () => {
    const a = await relay.createBoard('A');
    const b = await relay.createBoard('B');
    expect((await fetch(`${relay.url}/api/boards/${a.boardId}`)).status).toBe(401);
    expect((await fetch(`${relay.url}/api/boards/${a.boardId}?token=${b.editToken}`)).status).toBe(403);
    expect((await fetch(`${relay.url}/api/boards/unknownboard99?token=${a.editToken}`)).status).toBe(403);
    expect((await fetch(`${relay.url}/api/boards/x?token=${a.editToken}`)).status).toBe(404);
  });
});

describe('service endpoints', () => {
  it('answers health, readiness, time and metrics', async () => {
    expect(await (await fetch(`${relay.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${relay.url}/readyz`)).json()).toEqual({ status: 'ready', store: 'ok', fanout: 'ok' });
    const before = Date.now();
    const { now } = (await (await fetch(`${relay.url}/api/time`)).json()) as { now: number };
    expect(now).toBeGreaterThanOrEqual(before);
    expect(await (await fetch(`${relay.url}/metrics`)).text()).toContain('roundtable_boards_created_total');
  });
});

describe('the web app', () => {
  it('is served with an SPA fallback and security headers', async () => {
    const page = await fetch(`${relay.url}/b/someboard`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await fetch(`${relay.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${relay.url}/api/nope`)).status).toBe(404);
  });

  it("sends an asset's compressed copy to a browser that takes it: brotli, else gzip, else as it is", async () => {
    const url = `${relay.url}/assets/big-abc123.js`;
    const br = await getRaw(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(BIG_ASSET);
    // Plain http: browsers offer only gzip there.
    const gz = await getRaw(url, { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.byteLength).toBeLessThan(BIG_ASSET.length / 10);
    expect(gunzipSync(gz.body).toString()).toBe(BIG_ASSET);
    const plain = await getRaw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_ASSET);
  });
});
