/**
 * Code splitting and offline use (issue 7): each section kind's components and the sealing code
 * are chunks loaded when first needed, so the service worker must precache them (from the
 * build's dist/precache.json). Ada opens a retrospective online but never its brainstorm or
 * agreement section; offline, a reload comes from the service worker and both sections still
 * open, with drafts sealed (the sealing chunk and the key this device cached).
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
});
