/**
 * The foundation, tried as new users would: create a board, share it, edit together, see each
 * other, keep working through a relay restart, and a view-only guest who cannot change a thing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { expectAgenda, join, persistedOnDevice, renameSection, rowAction } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const newPage = (): Promise<Page> => suite.newPage();

describe('a board shared by two people', () => {
  let ada: Page;
  let grace: Page;
  let editLink: string;
  let viewLink: string;

  it('is created from the home page and lands on /b/<id>#t=<token>', async () => {
    ada = await newPage();
    await ada.goto(suite.relay.url);
    await ada.getByLabel('Board title').fill('Team retro');
    await ada.getByText('Retrospective', { exact: true }).click();
    await expectAccessible(ada, 'home page');
    await ada.getByRole('button', { name: 'Create board' }).click();
    await ada.waitForURL(/\/b\/[A-Za-z0-9]{16}(\?s=[\w-]+)?#t=/);
    await ada.getByTestId('name-dialog').waitFor();
    await expectAccessible(ada, 'name dialog');
    await join(ada, 'Ada Lovelace');
    await expectAgenda(ada, ['Why we are here', 'Look back', 'Top actions']);
    await expect(ada.getByTestId('connection-badge').textContent()).resolves.toBe('Online');
    await expectAccessible(ada, 'board');
  });

  it('shares an edit link and a view link', async () => {
    await ada.getByRole('button', { name: 'Share' }).click();
    editLink = await ada.getByTestId('edit-link').inputValue();
    viewLink = await ada.getByTestId('view-link').inputValue();
    expect(editLink).toMatch(new RegExp(`^${suite.relay.url}/b/[A-Za-z0-9]{16}#t=`));
    expect(viewLink).not.toBe(editLink);
    await expectAccessible(ada, 'share dialog');
    await ada.getByRole('button', { name: 'Done' }).click();
  });

  it('shows both people in presence, with the section each is looking at', async () => {
    grace = await newPage();
    await grace.goto(editLink);
    await join(grace, 'Grace Hopper');
    await grace.getByTestId('agenda-item').filter({ hasText: 'Top actions' }).click();
    await ada.getByTestId('presence-peer').and(ada.getByRole('button', { name: /Grace Hopper.*Top actions/ })).waitFor();
    await grace.getByTestId('presence-peer').and(grace.getByRole('button', { name: /Ada Lovelace/ })).waitFor();
    // Grace did not create the board, yet as an editor she can share its view link too.
    await grace.getByRole('button', { name: 'Share' }).click();
    expect(await grace.getByTestId('view-link').inputValue()).toBe(viewLink);
    await grace.getByRole('button', { name: 'Done' }).click();
  });

  it("shows a section renamed by one in the other's agenda", async () => {
    await renameSection(ada, 'Look back', 'Wins');
    await expectAgenda(grace, ['Why we are here', 'Wins', 'Top actions']);
  });

  it('syncs added, moved and removed sections (removal asks to confirm)', async () => {
    await grace.getByRole('button', { name: 'Add section' }).click();
    await grace.getByLabel('New section title').fill('Parking lot');
    await grace.getByLabel('New section title').press('Enter');
    await expectAgenda(ada, ['Why we are here', 'Wins', 'Top actions', 'Parking lot']);

    await rowAction(ada, 'Parking lot', 'Move up');
    await expectAgenda(grace, ['Why we are here', 'Wins', 'Parking lot', 'Top actions']);

    await rowAction(grace, 'Parking lot', 'Remove');
    await expectAccessible(grace, 'remove-section confirm dialog');
    await grace.getByTestId('confirm-dialog').getByRole('button', { name: 'Remove section' }).click();
    await expectAgenda(ada, ['Why we are here', 'Wins', 'Top actions']);
  });

  it('lets a view-only guest watch but not change anything', async () => {
    const guest = await newPage();
    await guest.goto(viewLink);
    await join(guest, 'Guest');
    await guest.getByTestId('view-only-badge').waitFor();
    await expectAgenda(guest, ['Why we are here', 'Wins', 'Top actions']);
    await expectAccessible(guest, 'view-link board');
    expect(await guest.getByRole('button', { name: 'Add section' }).count()).toBe(0);
    expect(await guest.getByRole('button', { name: /^More actions for / }).count()).toBe(0);
    await renameSection(ada, 'Wins', 'Look back');
    await expectAgenda(guest, ['Why we are here', 'Look back', 'Top actions']);
    await guest.context().close();
  });

  it('keeps edits made while the relay is down, and everything survives its restart', async () => {
    await suite.relay.stop();
    await ada.getByTestId('connection-badge').filter({ hasText: 'Offline' }).waitFor();
    await renameSection(ada, 'Top actions', 'Actions (written offline)');
    await ada.getByTestId('connection-badge').filter({ hasText: '1 unsynced change' }).waitFor();
    await expectAccessible(ada, 'board offline with an unsynced change');
    // A reload with the relay unreachable still shows the board (service worker + IndexedDB).
    await persistedOnDevice(ada, 'Actions (written offline)');
    await ada.reload();
    await expectAgenda(ada, ['Why we are here', 'Look back', 'Actions (written offline)']);
    await ada.getByTestId('connection-badge').filter({ hasText: '1 unsynced change' }).waitFor();

    await suite.relay.start();
    await expectAgenda(grace, ['Why we are here', 'Look back', 'Actions (written offline)']);
    await ada.getByTestId('connection-badge').filter({ hasText: 'Online' }).waitFor({ timeout: 10_000 });

    await grace.reload();
    await expectAgenda(grace, ['Why we are here', 'Look back', 'Actions (written offline)']);
    const fresh = await newPage();
    await fresh.goto(editLink);
    await join(fresh, 'Latecomer');
    await expectAgenda(fresh, ['Why we are here', 'Look back', 'Actions (written offline)']);
  });
});
