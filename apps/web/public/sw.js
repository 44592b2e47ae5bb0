// Roundtable's service worker: keeps the app shell (index.html and every hashed asset, the
// lazily loaded chunks included) so a board reloads while the relay is unreachable; the board
// itself comes from IndexedDB (y-indexeddb). It never touches /api or /sync: those are live or nothing.
const CACHE = 'roundtable-shell-v1';
const SHELL = '/index.html';
// Written by the build (vite.config.ts, `precacheList`): every file under /assets/. index.html
// names only the entry chunk; the purpose, agreement and sealing chunks load later.
const PRECACHE_LIST = '/precache.json';

/**
 * The assets to keep: the build's list (`complete`: what is cached and not on it is from an
 * earlier build), else (no list) those index.html references, which leave out the lazy chunks.
 */
async function assetList(html) {
  try {
    const response = await fetch(PRECACHE_LIST, { cache: 'no-store' });
    if (response.ok) {
      const list = await response.json();
      if (Array.isArray(list.assets)) return { assets: list.assets.filter((a) => typeof a === 'string' && a.startsWith('/assets/')), complete: true };
    }
  } catch {
    // fall through to index.html's links
  }
  return { assets: [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]), complete: false };
}

/**
 * Fetches index.html and every built asset into the cache (skipping those already there), then
 * drops the assets of earlier builds, so the cache holds one build however many were deployed.
 */
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch(SHELL, { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  const { assets, complete } = await assetList(html);
  const missing = [];
  for (const asset of assets) if (!(await cache.match(asset))) missing.push(asset);
  await cache.addAll(missing);
  await cache.put(SHELL, response);
  if (!complete) return;
  const current = new Set(assets);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !current.has(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/')) return;

  if (request.mode === 'navigate') {
    // Network first, so a deploy is picked up at once; the cached shell when offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) void cacheShell().catch(() => undefined);
          return response;
        })
        .catch(async () => (await caches.match(SHELL)) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Hashed names never change content: cache first.
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then(async (response) => {
            if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
            return response;
          }),
      ),
    );
  }
});
