/**
 * Code splitting and offline use (issue 7): each section kind's components and the sealing code
 * are chunks loaded when first needed, so the service worker must precache them (from the
 * build's dist/precache.json). Ada opens a retrospective online but never its brainstorm or
 * agreement section; offline, a reload comes from the service worker and both sections still
 * open, with drafts sealed (the sealing chunk and the key this device cached). The cache holds
 * one build: a visit online drops what an earlier deploy left there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard, openSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

describe('lazily loaded sections offline', () => {
  let ada: Page;

  it('opens a brainstorm and an agreement section after an offline reload, though they were never shown online', async () => {
    ada = await suite.newPage();
    await createBoard(ada, suite.relay.url, 'Sprint 15 retro', 'Retrospective', 'Ada Lovelace');
    await ada.getByTestId('agenda-item').first().waitFor();
    // Installed means precached: the worker controls the page only after its install step cached the shell.
    await ada.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 });
    // The board key is kept on this device once fetched (sealing offline needs it).
    await ada.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('roundtable.boardKey.')), undefined, { timeout: 15_000 });
    const shown = await ada.getByTestId('section-detail').getAttribute('aria-label');
    expect(shown).not.toBe('Look back');
    expect(shown).not.toBe('Top actions');

    await ada.context().setOffline(true);
    const reloaded = await ada.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await ada.getByTestId('agenda-item').first().waitFor({ timeout: 15_000 });

    await openSection(ada, 'Look back');
    for (const column of ['Went well', 'To improve', 'Ideas']) await ada.getByTestId('column').and(ada.getByLabel(column, { exact: true })).waitFor({ timeout: 10_000 });
    await ada.getByTestId('seal-badge').filter({ hasText: 'Private' }).waitFor({ timeout: 10_000 });

    await openSection(ada, 'Top actions');
    await ada.getByTestId('agreement').waitFor({ timeout: 10_000 });
    expect(await ada.getByTestId('section-content-failed').count()).toBe(0);
  });

  it('keeps one build in its cache: a visit online drops the assets of an earlier build', async () => {
    const mo = await suite.newPage();
    await createBoard(mo, suite.relay.url, 'Sprint 16 retro', 'Retrospective', 'Mo');
    await mo.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 });
    const cached = () =>
      mo.evaluate(async () => {
        const cache = await caches.open('roundtable-shell-v1');
        return (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path.startsWith('/assets/'));
      });
    // What an earlier deploy would have left: a chunk this build does not have.
    await mo.evaluate(async () => (await caches.open('roundtable-shell-v1')).put('/assets/Brainstorm-0ldB1LD.js', new Response('export {}', { headers: { 'content-type': 'text/javascript' } })));
    expect(await cached()).toContain('/assets/Brainstorm-0ldB1LD.js');
    const { assets } = (await (await mo.request.get(`${suite.relay.url}/precache.json`)).json()) as { assets: string[] };

    await mo.reload();
    await mo.getByTestId('agenda-item').first().waitFor();
    await expect.poll(cached, { timeout: 15_000 }).not.toContain('/assets/Brainstorm-0ldB1LD.js');
    expect((await cached()).sort()).toEqual([...assets].sort());
  });
});
