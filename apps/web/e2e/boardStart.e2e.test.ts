/**
 * How a board page starts: it fetches the board's state over HTTP as the app loads, applies it,
 * and only then connects, so its sync step 1 carries that state's vector and the relay's reply
 * holds only what came since. Without that fetch (it fails) the board still opens by the sync.
 */
import type { Page, WebSocket } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard, expectAgenda, join, renameSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

/** What a page's board socket carried: the client's sync step 1 frames and the sizes of the relay's sync step 2 frames. */
function watchSync(page: Page): { stepOnes: Buffer[]; stepTwoBytes: number[] } {
  const seen = { stepOnes: [] as Buffer[], stepTwoBytes: [] as number[] };
  page.on('websocket', (ws: WebSocket) => {
    ws.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string' && payload[0] === 0 && payload[1] === 0) seen.stepOnes.push(payload);
    });
    ws.on('framereceived', ({ payload }) => {
      if (typeof payload !== 'string' && payload[0] === 0 && payload[1] === 1) seen.stepTwoBytes.push(payload.byteLength);
    });
  });
  return seen;
}

describe('opening a board link', () => {
  let link: string;

  it('applies the board fetched over HTTP before connecting, so the sync sends only what came since', async () => {
    const ada = await suite.newPage();
    link = await createBoard(ada, suite.relay.url, 'Quarterly planning', 'Retrospective', 'Ada');
    await renameSection(ada, 'Look back', 'What went well');

    const grace = await suite.newPage();
    const sync = watchSync(grace);
    const state = grace.waitForResponse((response) => /\/api\/boards\/[A-Za-z0-9]+\/state\?token=/.test(response.url()));
    await grace.goto(link);
    const fetched = await state;
    expect(fetched.status()).toBe(200);
    const boardBytes = (await fetched.body()).byteLength;
    await join(grace, 'Grace');
    await expectAgenda(grace, ['Why we are here', 'What went well', 'Top actions']);

    // Sync step 1: [0 sync, 0 step 1, length, state vector...]; an empty document's vector is the single byte 0.
    expect(sync.stepOnes.length).toBeGreaterThan(0);
    const first = sync.stepOnes[0]!;
    expect(first.byteLength).toBeGreaterThan(4);
    expect(first[3]).toBeGreaterThan(0); // the vector names at least one writer
    // The relay's answer to it is small beside the board itself.
    expect(sync.stepTwoBytes.length).toBeGreaterThan(0);
    expect(Math.max(...sync.stepTwoBytes)).toBeLessThan(boardBytes / 4);
  });

  it("asks for the board and the link's access while the app's bundle is still downloading", async () => {
    const mo = await suite.newPage();
    const asked = { state: false, access: false };
    mo.on('request', (request) => {
      if (/\/api\/boards\/[A-Za-z0-9]+\/state\?token=/.test(request.url())) asked.state = true;
      else if (/\/api\/boards\/[A-Za-z0-9]+\?token=/.test(request.url())) asked.access = true;
    });
    // The app's entry bundle is held until both requests have gone out (or 10 s have passed).
    let heldUntilAsked = false;
    await mo.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      const until = Date.now() + 10_000;
      while (!(asked.state && asked.access) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      heldUntilAsked = asked.state && asked.access;
      await route.continue();
    });
    await mo.goto(link);
    await join(mo, 'Mo');
    await expectAgenda(mo, ['Why we are here', 'What went well', 'Top actions']);
    expect(heldUntilAsked).toBe(true);
  });

  it('still opens the board by the sync when that fetch fails', async () => {
    const lin = await suite.newPage();
    await lin.route(/\/api\/boards\/[A-Za-z0-9]+\/state\?/, (route) => route.abort());
    const sync = watchSync(lin);
    await lin.goto(link);
    await join(lin, 'Lin');
    await expectAgenda(lin, ['Why we are here', 'What went well', 'Top actions']);
    expect(sync.stepOnes[0]?.byteLength).toBe(4); // [0, 0, 1, 0]: an empty document asks for everything
  });
});
