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
import { addCard, addSections, editCard, selectBrainstormSettings, setColumns, setPhase } from '@roundtable/model';
import { Writer } from '../loadgen/Writer.js';
import { benchContext, firstRender as waitForFirstRender, measureRemoteChange, memberId, pageFigures, pageOnRelaySite, mainThreadSoFar, pageMetrics, profileIfAsked, traceIfAsked, seedMembers, seedPresence, withRelayAndChromium, type B5PageFigures, type MainThreadProfile, type RemoteChange } from './b5Page.js';

export interface B5BrainstormParams {
  cards: number;
  columns: number;
  members: number;
  /** Remote card edits measured (median reported). */
  changes: number;
}

export interface B5BrainstormResult extends B5PageFigures {
  /** Navigation start until the cards inside the 1280×900 viewport are in the DOM (and the next frame). */
  firstScreenMs: number;
  firstScreenFrameMs: number;
  /** Cards in the DOM at the first screenful. */
  firstScreenCards: number;
  /** Bytes over the wire until the first screenful: the page, its scripts and styles, the board's state and API answers (HTTP bodies as sent, so compressed where they were). */
  firstScreenKB: number;
  cardsInDom: number;
  seedMs: number;
  /** Main-thread time up to the first render, from Chromium's Performance domain (ms). */
  firstRenderProfile: MainThreadProfile;
  /** A pointer drag of one card over its column, 20 moves: components rendered, main-thread time and frame gaps per move. */
  drag: { componentsPerMove: number; commitsPerMove: number; mainThreadMsPerMove: number; worstFrameGapMs: number; medianFrameGapMs: number; gapsOver33Ms: number; frames: number };
}

const COLUMN_TITLES = ['Went well', 'To improve', 'Ideas', 'Questions', 'Risks', 'Thanks'];

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error}`);
  return result.value;
}

export function runB5Brainstorm(p: B5BrainstormParams): Promise<B5BrainstormResult> {
  return withRelayAndChromium(async (run) => {
    const { server, browser } = run;
    const board = await server.createBoard('B5 brainstorm board');
    const writer = new Writer(server.syncUrl(board), 0x5eed6);
    await writer.synced;
    const seedStart = performance.now();
    const at = () => Date.now();
    seedMembers(writer.doc, p.members);
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

    await seedPresence(run, server.syncUrl(board), p.members, 3_000_000, () => sectionId);

    const context = await benchContext(browser, 'benchviewer02', '[data-testid="card"]', p.cards);
    await context.addInitScript(`(() => {
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
        if (screenful()) {
          observer.disconnect();
          const dom = performance.now();
          const cards = document.querySelectorAll('[data-testid="card"]').length;
          const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
          const bytes = entries.reduce((sum, entry) => sum + (entry.encodedBodySize || 0), 0);
          requestAnimationFrame(() => { window.__firstScreen = { dom, frame: performance.now(), cards, bytes }; });
        }
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
    })();`);
    const page = await pageOnRelaySite(context, server);
    // Chromium counts main-thread durations only once its Performance domain is on: before loading.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (process.env.B5_LINK) {
      const [latency, kbps] = process.env.B5_LINK.split(',').map(Number);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latency ?? 0, downloadThroughput: ((kbps ?? 0) * 1000) / 8 || -1, uploadThroughput: ((kbps ?? 0) * 1000) / 8 || -1 });
    }
    const writeProfile = await profileIfAsked(cdp, 'b5b');
    const writeLoadTrace = await traceIfAsked(cdp, 'b5b-load');
    await page.goto(`${server.url}/b/${board.boardId}?s=${sectionId}#t=${board.editToken}`);
    const firstRender = await waitForFirstRender(page, 120_000);
    await page.waitForFunction(() => (window as unknown as { __firstScreen: unknown }).__firstScreen !== null, undefined, { timeout: 120_000 });
    const firstScreen = await page.evaluate(() => (window as unknown as { __firstScreen: { dom: number; frame: number; cards: number; bytes: number } }).__firstScreen);
    await writeProfile();
    await writeLoadTrace();
    const firstRenderProfile = await mainThreadSoFar(cdp);
    const cardsInDom = await page.locator('[data-testid="card"]').count();
    await page.waitForTimeout(500);

    const changes: RemoteChange[] = [];
    for (let c = 0; c < p.changes; c++) {
      const card = cards[(c * 397) % cards.length]!;
      const text = `Edited remotely ${c}: the build was flaky on Tuesdays`;
      const arm = () => page.evaluate(({ id, text }) => {
        const w = window as unknown as { __renders: { reset(): void }; __change: unknown };
        w.__renders.reset();
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
      changes.push(await measureRemoteChange(page, arm, () => must(editCard(writer.doc, { sectionId: sectionId!, cardId: card.id, by: card.author, at: at(), text }), 'editing a card')));
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
      window.__renders.reset();
      window.__frames = [];
      window.__stop = false;
      const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const writeDragProfile = await profileIfAsked(cdp, 'b5b-drag');
    const writeDragTrace = await traceIfAsked(cdp, 'b5b-drag');
    // Main-thread busy time (script, style, layout, paint, compositing commit) over the moves.
    const busySeconds = async () => (await pageMetrics(cdp)).get('TaskDuration') ?? Number.NaN;
    const busyBefore = await busySeconds();
    for (let i = 1; i <= moves; i++) await page.mouse.move(start.x, start.y + 8 + i * 5);
    const dragTaskMs = ((await busySeconds()) - busyBefore) * 1000;
    await writeDragProfile();
    await writeDragTrace();
    const dragged = await page.evaluate(() => {
      const w = window as unknown as { __renders: { commits: number; rendered: number }; __frames: number[]; __stop: boolean };
      w.__stop = true;
      // Frame times come at the page clock's 0.1 ms resolution; rounded to it, two frame
      // intervals read 33.4 ms, not 33.400000000000546 (a float sum that failed the 33.4 target).
      const gaps = w.__frames.slice(1).map((t, i) => Math.round((t - w.__frames[i]!) * 10) / 10);
      const sorted = [...gaps].sort((a, b) => a - b);
      return { commits: w.__renders.commits, rendered: w.__renders.rendered, worstGap: gaps.length ? Math.max(...gaps) : Number.NaN, medianGap: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, longGaps: gaps.filter((g) => g > 34).length, frames: gaps.length };
    });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    const drag = { componentsPerMove: dragged.rendered / moves, commitsPerMove: dragged.commits / moves, mainThreadMsPerMove: dragTaskMs / moves, worstFrameGapMs: dragged.worstGap, medianFrameGapMs: dragged.medianGap, gapsOver33Ms: dragged.longGaps, frames: dragged.frames };
    const heap = (await pageMetrics(cdp)).get('JSHeapUsedSize') ?? Number.NaN;
    writer.close();
    return {
      ...(await pageFigures(page, firstRender, changes, heap)),
      firstScreenMs: firstScreen.dom,
      firstScreenFrameMs: firstScreen.frame,
      firstScreenCards: firstScreen.cards,
      firstScreenKB: firstScreen.bytes / 1024,
      cardsInDom,
      seedMs,
      firstRenderProfile,
      drag,
    };
  });
}
