/**
 * B5, brainstorm board: headless Chromium opens a brainstorm section in its cluster phase with
 * `cards` cards in `columns` columns, `members` members, all of them present on that section.
 * Seeded through the model's named operations only (addSections, upsertMember, setColumns,
 * setPhase, one addCard per card). Measures time to the first screenful (navigation start until
 * the cards in the viewport are in the DOM, and the next frame) and until every card is in the
 * DOM, then for a remote edit of one card's text: the time
 * to its DOM change and to the next frame, React commits, and the components that rendered
 * (the target: that card only).
 */
import { writeFileSync } from 'node:fs';
import { addCard, addSections, editCard, selectBrainstormSettings, setColumns, setPhase, upsertMember } from '@roundtable/model';
import { encodeAwareness, encodeAwarenessUpdate } from '@roundtable/protocol';
import { chromium } from 'playwright-core';
import { RawClient } from '../loadgen/RawClient.js';
import { Writer } from '../loadgen/Writer.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { median } from '../stats.js';
import { REACT_COMMIT_COUNTER } from './reactCommitCounter.js';

export interface B5BrainstormParams {
  cards: number;
  columns: number;
  members: number;
  /** Remote card edits measured (median reported). */
  changes: number;
}

export interface B5BrainstormResult {
  /** Navigation start until the cards inside the 1280×900 viewport are in the DOM (and the next frame). */
  firstScreenMs: number;
  firstScreenFrameMs: number;
  /** Cards in the DOM at the first screenful. */
  firstScreenCards: number;
  firstRenderMs: number;
  firstRenderFrameMs: number;
  remoteToDomMs: number;
  remoteToFrameMs: number;
  commitsPerChange: number;
  componentsRenderedPerChange: number;
  jsHeapMB: number;
  /** Where the components rendered by the last change lie (see reactCommitCounter). */
  renderedWhere: string[];
  cardsInDom: number;
  seedMs: number;
  /** Main-thread time up to the first render, from Chromium's Performance domain (ms). */
  firstRenderProfile: { scriptMs: number; layoutMs: number; styleMs: number; taskMs: number };
  /** A pointer drag of one card over its column, 20 moves: components rendered and frame gap per move. */
  drag: { componentsPerMove: number; commitsPerMove: number; worstFrameGapMs: number };
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const COLUMN_TITLES = ['Went well', 'To improve', 'Ideas', 'Questions', 'Risks', 'Thanks'];
const memberId = (i: number) => `member${String(i).padStart(4, '0')}`;

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error}`);
  return result.value;
}

export async function runB5Brainstorm(p: B5BrainstormParams): Promise<B5BrainstormResult> {
  const server = await ServerProcess.start('roundtable');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const presence = [] as RawClient[];
  try {
    const board = await server.createBoard('B5 brainstorm board');
    const writer = new Writer(server.syncUrl(board), 0x5eed6);
    await writer.synced;
    const seedStart = performance.now();
    const at = () => Date.now();
    for (let i = 0; i < p.members; i++) upsertMember(writer.doc, { id: memberId(i), name: `Member ${i}`, color: '#6366f1', at: at() });
    const [sectionId] = must(addSections(writer.doc, { sections: [{ kind: 'brainstorm', title: 'Sprint 42 retro' }], index: 0, by: memberId(0), at: at() }), 'adding the section');
    const first = selectBrainstormSettings(writer.doc, sectionId!)!.columns[0]!.id;
    const columns = must(
      setColumns(writer.doc, { sectionId: sectionId!, by: memberId(0), at: at(), columns: Array.from({ length: p.columns }, (_, i) => ({ id: i === 0 ? first : undefined, title: COLUMN_TITLES[i % COLUMN_TITLES.length]! })) }),
      'setting the columns',
    ).map((c) => c.id);
    must(setPhase(writer.doc, { sectionId: sectionId!, by: memberId(0), at: at(), phase: 'cluster' }), 'moving to the cluster phase');
    const cards: { id: string; author: string }[] = [];
    for (let i = 0; i < p.cards; i++) {
      const author = memberId(i % p.members);
      const id = must(addCard(writer.doc, { sectionId: sectionId!, by: author, at: at(), column: columns[i % columns.length]!, text: `Card ${i}: something the team noticed during the sprint and wants to talk about` }), 'adding a card');
      cards.push({ id, author });
    }
    const seedMs = performance.now() - seedStart;

    const presenceClient = new RawClient(server.syncUrl(board));
    await presenceClient.synced;
    presence.push(presenceClient);
    const states = Array.from({ length: p.members }, (_, i) => ({
      clientId: 3_000_000 + i,
      clock: 1,
      state: { user: { memberId: memberId(i), name: `Member ${i}`, color: '#6366f1' }, sectionId },
    }));
    presenceClient.send(encodeAwareness(encodeAwarenessUpdate(states)));

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(REACT_COMMIT_COUNTER);
    await context.addInitScript(() => localStorage.setItem('roundtable.member', JSON.stringify({ id: 'benchviewer02', name: 'Bench viewer', color: '#0ea5e9' })));
    await context.addInitScript(`(() => {
      window.__firstRender = null;
      window.__firstScreen = null;
      const want = ${p.cards};
      // The first screenful: every column is there counting all its cards, and each shows them all or cards down past the viewport's bottom.
      const screenful = () => {
        const columns = [...document.querySelectorAll('[data-testid="column"]')];
        const totals = columns.map((column) => Number(/\\d+/.exec(column.querySelector('.bcolumn__count')?.getAttribute('aria-label') ?? '')?.[0] ?? 0));
        return columns.length >= ${p.columns} && totals.reduce((a, b) => a + b, 0) >= want && columns.every((column, i) => {
          const cards = column.querySelectorAll('[data-testid="card"]');
          return cards.length >= totals[i] || (cards.length > 0 && cards[cards.length - 1].getBoundingClientRect().top >= innerHeight);
        });
      };
      const observer = new MutationObserver(() => {
        if (window.__firstScreen === null && screenful()) {
          const dom = performance.now();
          window.__firstScreen = false;
          const cards = document.querySelectorAll('[data-testid="card"]').length;
          requestAnimationFrame(() => { window.__firstScreen = { dom, frame: performance.now(), cards }; });
        }
        if (document.querySelectorAll('[data-testid="card"]').length >= want) {
          observer.disconnect();
          const dom = performance.now();
          requestAnimationFrame(() => { window.__firstRender = { dom, frame: performance.now() }; });
        }
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    })();`);
    const page = await context.newPage();
    // Chromium counts main-thread durations only once its Performance domain is on: before loading.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // B5_PROFILE=<file>: a CPU profile of the load up to the first render (for docs/benchmarks.md).
    const profileTo = process.env.B5_PROFILE;
    if (profileTo) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${server.url}/b/${board.boardId}?s=${sectionId}#t=${board.editToken}`);
    await page.waitForFunction(() => (window as unknown as { __firstRender: unknown }).__firstRender !== null, undefined, { timeout: 120_000 });
    type Mark = { dom: number; frame: number; cards?: number };
    const { firstRender, firstScreen } = await page.evaluate(() => {
      const w = window as unknown as { __firstRender: Mark; __firstScreen: Mark };
      return { firstRender: w.__firstRender, firstScreen: w.__firstScreen };
    });
    if (profileTo) writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const metricsAt = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const early = await metricsAt();
    const seconds = (name: string) => (early.get(name) ?? Number.NaN) * 1000;
    const firstRenderProfile = { scriptMs: seconds('ScriptDuration'), layoutMs: seconds('LayoutDuration'), styleMs: seconds('RecalcStyleDuration'), taskMs: seconds('TaskDuration') };
    const cardsInDom = await page.locator('[data-testid="card"]').count();
    await page.waitForTimeout(500);

    const toDom: number[] = [];
    const toFrame: number[] = [];
    const commits: number[] = [];
    const rendered: number[] = [];
    let renderedWhere: string[] = [];
    for (let c = 0; c < p.changes; c++) {
      const card = cards[(c * 397) % cards.length]!;
      const text = `Edited remotely ${c}: the build was flaky on Tuesdays`;
      await page.evaluate(({ id, text }) => {
        const w = window as unknown as { __bench: { reset(): void }; __change: unknown };
        w.__bench.reset();
        w.__change = null;
        const el = document.querySelector(`[data-card-id="${id}"] [data-testid="card-text"]`);
        if (!el) throw new Error(`card ${id} is not in the DOM`);
        const observer = new MutationObserver(() => {
          if (el.textContent !== text) return;
          observer.disconnect();
          const dom = performance.timeOrigin + performance.now();
          requestAnimationFrame(() => (w.__change = { dom, frame: performance.timeOrigin + performance.now() }));
        });
        observer.observe(el, { childList: true, subtree: true, characterData: true });
      }, { id: card.id, text });
      const sentAt = performance.timeOrigin + performance.now();
      must(editCard(writer.doc, { sectionId: sectionId!, cardId: card.id, by: card.author, at: at(), text }), 'editing a card');
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
    // Dragging: press a card's handle on screen, move 20 times (5 px each, after dnd-kit's 4 px
    // start), count what renders and the longest gap between frames, then cancel with Escape.
    const moves = 20;
    const handle = page.locator('[data-testid="card"] .bcard__handle').first();
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x, start.y + 8, { steps: 2 });
    // dnd-kit says the pick-up in its live region once the drag has started.
    await page.waitForFunction(() => [...document.querySelectorAll('[id^="DndLiveRegion"]')].some((el) => /card “/.test(el.textContent ?? '')), undefined, { timeout: 20_000 });
    // A string, not a function: tsx would wrap the named callback in a helper the page lacks.
    await page.evaluate(`(() => {
      window.__bench.reset();
      window.__frames = [];
      window.__stop = false;
      const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    for (let i = 1; i <= moves; i++) await page.mouse.move(start.x, start.y + 8 + i * 5);
    const dragged = await page.evaluate(() => {
      const w = window as unknown as { __bench: { commits: number; rendered: number }; __frames: number[]; __stop: boolean };
      w.__stop = true;
      const gaps = w.__frames.slice(1).map((t, i) => t - w.__frames[i]!);
      return { commits: w.__bench.commits, rendered: w.__bench.rendered, worstGap: gaps.length ? Math.max(...gaps) : Number.NaN };
    });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    const drag = { componentsPerMove: dragged.rendered / moves, commitsPerMove: dragged.commits / moves, worstFrameGapMs: dragged.worstGap };
    const heap = (await metricsAt()).get('JSHeapUsedSize') ?? Number.NaN;
    writer.close();
    return {
      firstScreenMs: firstScreen.dom,
      firstScreenFrameMs: firstScreen.frame,
      firstScreenCards: firstScreen.cards ?? Number.NaN,
      firstRenderMs: firstRender.dom,
      firstRenderFrameMs: firstRender.frame,
      remoteToDomMs: median(toDom),
      remoteToFrameMs: median(toFrame),
      commitsPerChange: median(commits),
      componentsRenderedPerChange: median(rendered),
      jsHeapMB: heap / 2 ** 20,
      renderedWhere,
      cardsInDom,
      seedMs,
      firstRenderProfile,
      drag,
    };
  } finally {
    for (const c of presence) c.close();
    await browser.close();
    await server.stop();
  }
}
