/**
 * Every screen a new user meets, audited by axe-core (WCAG 2.1 A + AA) at 1280 px and 375 px in
 * the light and the dark theme: home (empty and with a recent board), the name dialog, a board,
 * its add-section form, the share dialog, the lead dialogs and notices, a running timer and a
 * spotlight, the profile dialog, a view-link board and the problem page. No serious or critical
 * violation anywhere.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { join, shownSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

const leadBarButton = (page: Page, name: string) => page.getByTestId('lead-bar').getByRole('button', { name, exact: true });

describe('accessibility of every screen, wide and narrow, light and dark', () => {
  let ada: Page;
  let ben: Page;
  let editLink: string;
  let viewLink: string;

  it('home page, empty', async () => {
    ada = await suite.newPage();
    await ada.goto(suite.relay.url);
    await ada.getByRole('button', { name: 'Create board' }).waitFor();
    await expectAccessible(ada, 'home page');
  });

  it('name dialog on a new board', async () => {
    await ada.getByLabel('Board title').fill('Quarterly planning');
    await ada.getByText('Workshop kickoff', { exact: true }).click();
    await ada.getByRole('button', { name: 'Create board' }).click();
    await ada.waitForURL(/\/b\/[A-Za-z0-9]{16}(\?s=[\w-]+)?#t=/);
    await ada.getByTestId('name-dialog').waitFor();
    await expectAccessible(ada, 'name dialog');
    await join(ada, 'Ada Lovelace');
    editLink = ada.url();
  });

  it('board with a section open, and its add-section form', async () => {
    await shownSection(ada, 'Shared purpose');
    await expectAccessible(ada, 'board');
    await ada.getByRole('button', { name: 'Add section' }).click();
    await ada.getByLabel('New section title').waitFor();
    await expectAccessible(ada, 'add-section form');
    await ada.getByLabel('New section title').press('Escape');
  });

  it('share dialog', async () => {
    await ada.getByRole('button', { name: 'Share', exact: true }).click();
    viewLink = await ada.getByTestId('view-link').inputValue();
    await expectAccessible(ada, 'share dialog');
    await ada.getByRole('button', { name: 'Done' }).click();
  });

  it('lead bar, offer dialog, confirm dialog and the notices they raise', async () => {
    ben = await suite.newPage();
    await ben.goto(editLink);
    await join(ben, 'Ben Okri');
    await shownSection(ben, 'Shared purpose');

    await leadBarButton(ada, 'Take the lead').click();
    await ada.getByTestId('lead-name').filter({ hasText: 'You lead this section' }).waitFor();
    await expectAccessible(ada, 'board with a lead');

    await leadBarButton(ada, 'Offer the lead…').click();
    const offer = ada.getByTestId('offer-lead-dialog');
    await offer.getByRole('radio', { name: /Ben/ }).click();
    await expectAccessible(ada, 'offer-lead dialog');
    await offer.getByRole('button', { name: 'Offer the lead' }).click();
    await ben.getByTestId('offer-notice').waitFor();
    await expectAccessible(ben, 'lead offer notice');
    await ben.getByTestId('offer-notice').getByRole('button', { name: 'Decline' }).click();
    await ada.getByTestId('answer-notice').waitFor();
    await expectAccessible(ada, 'answer notice');

    // Ada is present, so taking her lead asks Ben to confirm.
    await ben.getByTestId('presence-peer').and(ben.getByRole('button', { name: /^Ada Lovelace/ })).waitFor();
    await leadBarButton(ben, 'Take the lead').click();
    await ben.getByTestId('confirm-dialog').waitFor();
    await expectAccessible(ben, 'take-over confirm dialog');
    await ben.getByTestId('confirm-dialog').getByRole('button', { name: 'Take the lead' }).click();
    await ada.getByTestId('taken-notice').waitFor();
    await expectAccessible(ada, 'lead taken notice');
  });

  it('a running timer and a spotlight being followed', async () => {
    const timer = ben.getByTestId('section-timer');
    await timer.getByRole('button', { name: '5 min', exact: true }).click();
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await ben.getByRole('button', { name: 'Spotlight this section' }).click();
    await ada.getByTestId('spotlight-text').filter({ hasText: 'Following Ben' }).waitFor();
    await ada.getByTestId('timer-status').filter({ hasText: 'Running' }).waitFor();
    await expectAccessible(ada, 'board following a spotlight with a running timer');
    await expectAccessible(ben, 'board spotlighting with a running timer');
  });

  it('a session log long enough to scroll', async () => {
    // Ben moves the phase back and forth: each move is a log record.
    for (let i = 0; i < 12; i++) {
      await ben.getByRole('button', { name: 'Next phase' }).click();
      await ben.locator('.phases__step.is-current').filter({ hasText: 'Review' }).waitFor();
      await ben.getByRole('button', { name: 'Previous phase' }).click();
      await ben.locator('.phases__step.is-current').filter({ hasText: 'Draft' }).waitFor();
    }
    await ada.waitForFunction(() => {
      const log = document.querySelector('.board__aside');
      return log !== null && log.scrollHeight > log.clientHeight;
    });
    await expectAccessible(ada, 'board with a long session log');
  });

  it('profile dialog', async () => {
    await ada.getByTestId('presence-self').click();
    await ada.getByTestId('name-dialog').waitFor();
    await expectAccessible(ada, 'profile dialog');
    await ada.keyboard.press('Escape');
    await ada.getByTestId('name-dialog').waitFor({ state: 'detached' });
  });

  it('home page with a recent board', async () => {
    await ada.getByRole('link', { name: 'All boards' }).click();
    await ada.getByRole('link', { name: /Quarterly planning/ }).waitFor();
    await expectAccessible(ada, 'home page with recent boards');
  });

  it('view-link board', async () => {
    const guest = await suite.newPage();
    await guest.goto(viewLink);
    await join(guest, 'Guest Reader');
    await guest.getByTestId('view-only-badge').waitFor();
    await guest.getByTestId('section-detail').waitFor();
    await expectAccessible(guest, 'view-link board');
  });

  it('problem page for a link that does not open a board', async () => {
    const stranger = await suite.newPage();
    await stranger.goto(`${suite.relay.url}/b/AAAAAAAAAAAAAAAA#t=not-a-token`);
    await stranger.getByTestId('board-problem').waitFor();
    await expectAccessible(stranger, 'problem page');
  });
});
