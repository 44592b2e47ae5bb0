/**
 * The steps B5 and B5b share: the relay and headless Chromium for one run, members and their
 * presences seeded over the wire, a browser context with the render probe and a first-render
 * watch, and the measurement of one remote change (send → DOM → next frame, commits, components).
 */
import { writeFileSync } from 'node:fs';
import { launchChromium, RENDER_PROBE, type Renders } from '@roundtable/browser';
import { upsertMember } from '@roundtable/model';
import { encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type * as Y from 'yjs';
import { RawClient } from '../loadgen/RawClient.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { median } from '../stats.js';

export const memberId = (i: number): string => `member${String(i).padStart(4, '0')}`;
const MEMBER_COLOR = '#6366f1';

/** What B5 and B5b report from the page alike. */
export interface B5PageFigures {
  firstRenderMs: number;
  firstRenderFrameMs: number;
  remoteToDomMs: number;
  remoteToFrameMs: number;
  /** From the change's arrival at the page (its WebSocket message) to the next frame: the client's own work. */
  arrivalToFrameMs: number;
  /** Wire timeline of the load (ms since navigation start): WebSocket created, open, first and last sync message before the first render. */
  wire: WireTimeline;
  commitsPerChange: number;
  componentsRenderedPerChange: number;
  jsHeapMB: number;
  /** Where the components rendered by the last change lie (see RENDER_PROBE in tools/browser). */
  renderedWhere: string[];
}

export interface WireTimeline {
  /** The board's state fetched over HTTP as the page starts (GET /api/boards/:id/state): response complete. */
  stateFetchedMs: number;
  socketCreatedMs: number;
  socketOpenMs: number;
  firstSyncMessageMs: number;
  lastSyncMessageMs: number;
  syncBytes: number;
}

/**
 * Records when the page's WebSocket opens and when sync messages (y-websocket message type 0)
 * arrive: window.__wire for the load (with the HTTP state fetch's end from resource timing),
 * window.__syncArrivals (wall clock) for remote changes. The
 * listener is added in the constructor, before y-websocket sets onmessage, so it runs first.
 */
const WIRE_TIMELINE = `(() => {
  const Native = window.WebSocket;
  const wire = { socketCreatedMs: NaN, socketOpenMs: NaN, firstSyncMessageMs: NaN, lastSyncMessageMs: NaN, syncBytes: 0 };
  window.__wire = wire;
  window.__syncArrivals = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      if (Number.isNaN(wire.socketCreatedMs)) wire.socketCreatedMs = performance.now();
      this.addEventListener('open', () => { if (Number.isNaN(wire.socketOpenMs)) wire.socketOpenMs = performance.now(); });
      this.addEventListener('message', (event) => {
        const data = event.data;
        if (!(data instanceof ArrayBuffer) || new Uint8Array(data)[0] !== 0) return;
        const now = performance.now();
        window.__syncArrivals.push(performance.timeOrigin + now);
        if (window.__firstRender) return;
        if (Number.isNaN(wire.firstSyncMessageMs)) wire.firstSyncMessageMs = now;
        wire.lastSyncMessageMs = now;
        wire.syncBytes += data.byteLength;
      });
    }
  };
})();`;

export interface B5Run {
  server: ServerProcess;
  browser: Browser;
  /** Closed when the run ends, before the browser and the relay. */
  closeAtEnd(client: { close(): void }): void;
}

/**
 * Starts the relay and Chromium (tools/browser's `launchChromium`: Debian's, headless, with its
 * omnibox WebUI preloading off), runs `body`, then closes what it opened, whatever happened.
 */
export async function withRelayAndChromium<T>(body: (run: B5Run) => Promise<T>): Promise<T> {
  const server = await ServerProcess.start('roundtable');
  const browser = await launchChromium();
  const clients: { close(): void }[] = [];
  try {
    return await body({ server, browser, closeAtEnd: (c) => clients.push(c) });
  } finally {
    for (const c of clients) c.close();
    await browser.close();
    await server.stop();
  }
}

/** `count` members (`memberId(i)`, "Member i") through the model's upsertMember. */
export function seedMembers(doc: Y.Doc, count: number): void {
  for (let i = 0; i < count; i++) upsertMember(doc, { id: memberId(i), name: `Member ${i}`, color: MEMBER_COLOR, at: Date.now() });
}

/**
 * All `count` members present at once: one raw client sends an awareness state for each (client
 * ids from `firstClientId`), member i on `sectionOf(i)`. The client stays open until the run ends.
 */
export async function seedPresence(run: B5Run, syncUrl: string, count: number, firstClientId: number, sectionOf: (i: number) => string | undefined): Promise<void> {
  const client = new RawClient(syncUrl);
  run.closeAtEnd(client);
  await client.synced;
  const states = Array.from({ length: count }, (_, i) => ({
    clientId: firstClientId + i,
    clock: 1,
    state: { user: { memberId: memberId(i), name: `Member ${i}`, color: MEMBER_COLOR }, sectionId: sectionOf(i) },
  }));
  client.send(encodeAwareness(encodeAwarenessUpdate(states)));
}

/**
 * A 1280×900 context whose pages count React commits and rendered components (window.__renders,
 * tools/browser's RENDER_PROBE), open as member `viewerId`, and record in window.__firstRender the
 * time (page clock) at which `want` elements match `selector`, and the next frame.
 */
export async function benchContext(browser: Browser, viewerId: string, selector: string, want: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RENDER_PROBE);
  await context.addInitScript(WIRE_TIMELINE);
  await context.addInitScript(({ id }) => localStorage.setItem('roundtable.member', JSON.stringify({ id, name: 'Bench viewer', color: '#0ea5e9' })), { id: viewerId });
  await context.addInitScript(`(() => {
      window.__firstRender = null;
      const want = ${want};
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll(${JSON.stringify(selector)}).length >= want) {
          observer.disconnect();
          const dom = performance.now();
          requestAnimationFrame(() => { window.__firstRender = { dom, frame: performance.now() }; });
        }
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    })();`);
  return context;
}

/**
 * A new page of `context` with a renderer process for the relay's site already running. A new
 * context's first page starts in about:blank's process, and its first navigation to the relay
 * starts another one (site isolation): 200-300 ms of Chromium's own start-up inside the measured
 * load, which a running browser does not pay (it keeps a spare renderer). The page first loads
 * the relay's /healthz: same site, no app code, nothing the board's page could reuse from it.
 */
export async function pageOnRelaySite(context: BrowserContext, server: ServerProcess): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/healthz`);
  return page;
}

/** Waits for the first render `benchContext` watches for and returns its times (ms since navigation start). */
export async function firstRender(page: Page, timeout: number): Promise<{ dom: number; frame: number }> {
  await page.waitForFunction(() => (window as unknown as { __firstRender: unknown }).__firstRender !== null, undefined, { timeout });
  return page.evaluate(() => (window as unknown as { __firstRender: { dom: number; frame: number } }).__firstRender);
}

/**
 * B5_PROFILE=<file>: starts a CPU profile of the page (sampled every 200 µs) before it loads;
 * the returned function writes it to <file> with `suffix` before the extension. Without the
 * variable both are no-ops. For docs/benchmarks.md, not for the figures (profiling slows the page).
 */
export async function profileIfAsked(cdp: CDPSession, suffix: string): Promise<() => Promise<void>> {
  const to = process.env.B5_PROFILE;
  if (!to) return async () => {};
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const file = to.replace(/(\.[a-z]+)?$/, (ext) => `-${suffix}${ext || '.cpuprofile'}`);
    writeFileSync(file, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  };
}

/**
 * B5_TRACE=<file>: records a Chromium trace (the DevTools timeline: style, layout, paint,
 * intersection observers, compositing, script) from here until the returned function writes it
 * to <file> with `suffix`. For finding where a frame's time goes; a no-op without the variable.
 */
export async function traceIfAsked(cdp: CDPSession, suffix: string): Promise<() => Promise<void>> {
  const to = process.env.B5_TRACE;
  if (!to) return async () => {};
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8.execute'] } });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    writeFileSync(to.replace(/(\.[a-z]+)?$/, (ext) => `-${suffix}${ext || '.json'}`), JSON.stringify(events));
  };
}

/** Main-thread time until the first render, from Chromium's Performance domain (ms). */
export interface MainThreadProfile { scriptMs: number; layoutMs: number; styleMs: number; taskMs: number }

/** Reads the main-thread durations so far (the Performance domain must have been enabled before the page loaded). */
export async function mainThreadSoFar(cdp: CDPSession): Promise<MainThreadProfile> {
  const metrics = await pageMetrics(cdp);
  const ms = (name: string) => (metrics.get(name) ?? Number.NaN) * 1000;
  return { scriptMs: ms('ScriptDuration'), layoutMs: ms('LayoutDuration'), styleMs: ms('RecalcStyleDuration'), taskMs: ms('TaskDuration') };
}

/** Chromium's Performance metrics by name (the domain must be enabled on `cdp`). */
export async function pageMetrics(cdp: CDPSession): Promise<Map<string, number>> {
  return new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
}

export interface RemoteChange {
  toDomMs: number;
  toFrameMs: number;
  /** From the arrival of the change's message at the page to the next frame. */
  arrivalToFrameMs: number;
  commits: number;
  rendered: number;
  where: string[];
}

/**
 * One remote change: `arm` resets window.__renders, sets window.__change to null and starts the
 * page's watch, which sets window.__change = { dom, frame } (epoch clock) once the change shows;
 * then `apply` writes the change and this waits for it (and 300 ms for trailing commits).
 */
export async function measureRemoteChange(page: Page, arm: () => Promise<void>, apply: () => void): Promise<RemoteChange> {
  await arm();
  await page.evaluate(() => ((window as unknown as { __syncArrivals: number[] }).__syncArrivals = []));
  const sentAt = performance.timeOrigin + performance.now();
  apply();
  await page.waitForFunction(() => (window as unknown as { __change: unknown }).__change !== null, undefined, { timeout: 10_000 });
  await page.waitForTimeout(300); // let any trailing commits land
  const change = await page.evaluate(() => {
    const w = window as unknown as { __change: { dom: number; frame: number }; __renders: Renders; __syncArrivals: number[] };
    return { ...w.__change, arrived: w.__syncArrivals[0] ?? Number.NaN, commits: w.__renders.commits, rendered: w.__renders.rendered, where: w.__renders.where };
  });
  return { toDomMs: change.dom - sentAt, toFrameMs: change.frame - sentAt, arrivalToFrameMs: change.frame - change.arrived, commits: change.commits, rendered: change.rendered, where: change.where };
}

/** The shared figures: first render, medians over the changes (where the last one's components lie), JS heap. */
export async function pageFigures(page: Page, first: { dom: number; frame: number }, changes: RemoteChange[], heapBytes: number): Promise<B5PageFigures> {
  return {
    wire: await page.evaluate(() => ({
      ...(window as unknown as { __wire: WireTimeline }).__wire,
      stateFetchedMs: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => /\/api\/boards\/[^/]+\/state\?/.test(e.name))?.responseEnd ?? Number.NaN,
    })),
    arrivalToFrameMs: median(changes.map((c) => c.arrivalToFrameMs)),
    firstRenderMs: first.dom,
    firstRenderFrameMs: first.frame,
    remoteToDomMs: median(changes.map((c) => c.toDomMs)),
    remoteToFrameMs: median(changes.map((c) => c.toFrameMs)),
    commitsPerChange: median(changes.map((c) => c.commits)),
    componentsRenderedPerChange: median(changes.map((c) => c.rendered)),
    jsHeapMB: heapBytes / 2 ** 20,
    renderedWhere: changes.at(-1)?.where ?? [],
  };
}
