/**
 * Roundtable on a non-secure origin, as on a LAN over plain http: Chromium opens
 * http://board.test:PORT (mapped to 127.0.0.1, see tools/browser), where `isSecureContext` is
 * false and there is no service worker. The board works for two people, no console error
 * appears, and offline the page says a reload needs a connection on this address.
 */
import { nonSecureUrl } from '@roundtable/browser';
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard, expectAgenda, join, renameSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

/** Collects console errors and uncaught page errors of `page`. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

describe('on a non-secure origin (plain http, not localhost)', () => {
  let ada: Page;
  let grace: Page;
  let adaErrors: string[] = [];
  let graceErrors: string[] = [];

  it('is not a secure context, yet the board works for two people', async () => {
    const origin = nonSecureUrl(suite.relay.url);
    ada = await suite.newPage();
    adaErrors = collectErrors(ada);
    const link = await createBoard(ada, origin, 'LAN workshop', 'Workshop kickoff', 'Ada');
    expect(new URL(link).hostname).toBe('board.test');
    expect(await ada.evaluate(() => window.isSecureContext)).toBe(false);
    expect(await ada.evaluate(() => 'serviceWorker' in navigator)).toBe(false);

    grace = await suite.newPage();
    graceErrors = collectErrors(grace);
    await grace.goto(link);
    await join(grace, 'Grace');
    await renameSection(grace, 'Ideas', 'Ideas from the floor');
    await expectAgenda(ada, ['Shared purpose', 'Ideas from the floor', 'Do we agree?']);
    await ada.getByRole('button', { name: 'Add section' }).click();
    await ada.getByLabel('New section title').fill('Parking lot');
    await ada.getByLabel('New section title').press('Enter');
    await expectAgenda(grace, ['Shared purpose', 'Ideas from the floor', 'Do we agree?', 'Parking lot']);
  });

  it('says offline that a reload needs a connection on this address', async () => {
    await ada.context().setOffline(true);
    const badge = ada.getByTestId('connection-badge');
    await badge.filter({ hasText: 'Offline' }).waitFor();
    await renameSection(ada, 'Parking lot', 'Parking lot (offline)');
    await badge.filter({ hasText: 'Offline · 1 unsynced change · reloading needs a connection on this address' }).waitFor();
    expect(await badge.getAttribute('title')).toContain('keep this page open');
    await ada.context().setOffline(false);
    await badge.filter({ hasText: 'Online' }).waitFor({ timeout: 15_000 });
    await expectAgenda(grace, ['Shared purpose', 'Ideas from the floor', 'Do we agree?', 'Parking lot (offline)']);
  });

  it('says it on a phone too, where the badge is only a dot', async () => {
    await grace.setViewportSize({ width: 375, height: 740 });
    await grace.context().setOffline(true);
    await grace.getByTestId('offline-reload-note').filter({ hasText: 'on this address reloading needs a connection' }).waitFor();
    await grace.context().setOffline(false);
    await grace.getByTestId('offline-reload-note').waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('logged no console error on either page', async () => {
    expect([...adaErrors, ...graceErrors]).toEqual([]);
  });
});
