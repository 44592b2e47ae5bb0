/**
 * B5 client: headless Chromium opens the largest board the model allows today, served by the
 * relay from apps/web/dist. Seeded through the model's named operations: N sections (one
 * addSections, so N 'section.added' log records) and M members, M presences.
 * Measures time to first render (navigation start until every agenda item is in the DOM, and
 * the next frame), time from a remote rename of one section to its DOM change and to the next
 * frame, React commits and rendered components caused by that rename, and the JS heap.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SECTION_KINDS, addSections, renameSection, upsertMember } from '@roundtable/model';
import { encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import { chromium } from 'playwright-core';
import { RawClient } from '../loadgen/RawClient.js';
import { Writer } from '../loadgen/Writer.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { median } from '../stats.js';
import { REACT_COMMIT_COUNTER } from './reactCommitCounter.js';

export interface B5Params {
  sections: number;
  members: number;
  /** Remote renames measured (median reported). */
  changes: number;
}

export interface B5Result {
  firstRenderMs: number;
  firstRenderFrameMs: number;
  remoteToDomMs: number;
  remoteToFrameMs: number;
  commitsPerChange: number;
  componentsRenderedPerChange: number;
  jsHeapMB: number;
  /** Where the components rendered by the last change lie (see reactCommitCounter). */
  renderedWhere: string[];
  agendaItems: number;
}

const WEB_DIST = fileURLToPath(new URL('../../../apps/web/dist/index.html', import.meta.url));
export const webAppBuilt = (): boolean => existsSync(WEB_DIST);

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function runB5(p: B5Params): Promise<B5Result> {
  const server = await ServerProcess.start('roundtable');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const presence = [] as RawClient[];
  try {
    const board = await server.createBoard('B5 large board');
    const writer = new Writer(server.syncUrl(board), 0x5eed5);
    await writer.synced;
    const sections = Array.from({ length: p.sections }, (_, i) => ({ kind: SECTION_KINDS[i % SECTION_KINDS.length] ?? 'brainstorm', title: `Section ${i}: what we want to agree on` }));
    const added = addSections(writer.doc, { sections, by: null, at: Date.now() });
    if (!added.ok) throw new Error(`seeding the board: ${added.error}`);
    const sectionIds = added.value;
    const sectionAt = (i: number): string => sectionIds[i % sectionIds.length] as string;
    for (let i = 0; i < p.members; i++) upsertMember(writer.doc, { id: `member${String(i).padStart(4, '0')}`, name: `Member ${i}`, color: '#6366f1', at: Date.now() });
    const presenceClient = new RawClient(server.syncUrl(board));
    await presenceClient.synced;
    presence.push(presenceClient);
    const states = Array.from({ length: p.members }, (_, i) => ({
      clientId: 2_000_000 + i,
      clock: 1,
      state: { user: { memberId: `member${String(i).padStart(4, '0')}`, name: `Member ${i}`, color: '#6366f1' }, sectionId: sectionAt(i) },
    }));
    presenceClient.send(encodeAwareness(encodeAwarenessUpdate(states)));

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(REACT_COMMIT_COUNTER);
    await context.addInitScript(() => localStorage.setItem('roundtable.member', JSON.stringify({ id: 'benchviewer01', name: 'Bench viewer', color: '#0ea5e9' })));
    await context.addInitScript(`(() => {
      window.__firstRender = null;
      const want = ${p.sections};
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('[data-testid="agenda-item"]').length >= want) {
          observer.disconnect();
          const dom = performance.now();
          requestAnimationFrame(() => { window.__firstRender = { dom, frame: performance.now() }; });
        }
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    })();`);
    const page = await context.newPage();
    await page.goto(`${server.url}/b/${board.boardId}#t=${board.editToken}`);
    await page.waitForFunction(() => (window as unknown as { __firstRender: unknown }).__firstRender !== null, undefined, { timeout: 60_000 });
    const first = (await page.evaluate(() => (window as unknown as { __firstRender: { dom: number; frame: number } }).__firstRender));
    const agendaItems = await page.locator('[data-testid="agenda-item"]').count();
    await page.waitForTimeout(500);

    const toDom: number[] = [];
    const toFrame: number[] = [];
    const commits: number[] = [];
    const rendered: number[] = [];
    let renderedWhere: string[] = [];
    for (let c = 0; c < p.changes; c++) {
      const sectionId = sectionAt(c * 37);
      const title = `Renamed remotely ${c}`;
      await page.evaluate(({ title }) => {
        const w = window as unknown as { __bench: { reset(): void }; __change: unknown };
        w.__bench.reset();
        w.__change = null;
        const observer = new MutationObserver(() => {
          const hit = [...document.querySelectorAll('.agenda-item__title')].some((el) => el.textContent === title);
          if (!hit) return;
          observer.disconnect();
          const dom = performance.timeOrigin + performance.now();
          requestAnimationFrame(() => (w.__change = { dom, frame: performance.timeOrigin + performance.now() }));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }, { title });
      const sentAt = performance.timeOrigin + performance.now();
      renameSection(writer.doc, sectionId, title);
      await page.waitForFunction(() => (window as unknown as { __change: unknown }).__change !== null, undefined, { timeout: 10_000 });
      await page.waitForTimeout(300); // let any trailing commits land
      const change = await page.evaluate(() => {
        const w = window as unknown as { __change: { dom: number; frame: number }; __bench: { commits: number; rendered: number; where: string[] } };
        return { ...w.__change, commits: w.__bench.commits, rendered: w.__bench.rendered, where: w.__bench.where };
      });
      toDom.push(change.dom - sentAt);
      toFrame.push(change.frame - sentAt);
      commits.push(change.commits);
      rendered.push(change.rendered);
      renderedWhere = change.where;
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    writer.close();
    return {
      firstRenderMs: first.dom,
      firstRenderFrameMs: first.frame,
      remoteToDomMs: median(toDom),
      remoteToFrameMs: median(toFrame),
      commitsPerChange: median(commits),
      componentsRenderedPerChange: median(rendered),
      jsHeapMB: heap / 2 ** 20,
      renderedWhere,
      agendaItems,
    };
  } finally {
    for (const c of presence) c.close();
    await browser.close();
    await server.stop();
  }
}
