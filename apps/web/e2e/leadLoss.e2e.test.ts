/**
 * A lead lost without a word, tried as people lose one: two people take the lead of the same
 * section while one of them is offline (the loser believes they lead until their device syncs),
 * and a lead taken while its holder was away. Each loser is told who leads now and can take it
 * back; the log names who lost it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaRow, createBoard, join, logSentences, openSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

const leadBarButton = (page: Page, name: string) => page.getByTestId('lead-bar').getByRole('button', { name, exact: true });
/** The name an agenda row shows as its lead ("You" for oneself). */
const agendaLead = (page: Page, title: string) => agendaRow(page, title).locator('[data-testid="agenda-lead"] > span:last-child');

/** Waits until the session log of `page` holds `sentence`. */
async function expectLogged(page: Page, sentence: string): Promise<void> {
  await page
    .waitForFunction((s) => [...document.querySelectorAll('[data-testid="log-item"] .activity__text')].some((e) => e.textContent === s), sentence, { timeout: 10_000 })
    .catch(async () => {
      throw new Error(`the log lacks "${sentence}":\n${(await logSentences(page)).join('\n')}`);
    });
}

describe('a lead lost without being handed over', () => {
  let ada: Page;
  let grace: Page;
  let link: string;

  it('opens one board for Ada and Grace', async () => {
    ada = await suite.newPage();
    link = await createBoard(ada, suite.relay.url, 'Offsite', 'Workshop kickoff', 'Ada');
    grace = await suite.newPage();
    await grace.goto(link);
    await join(grace, 'Grace');
    await openSection(ada, 'Ideas');
    await openSection(grace, 'Ideas');
  });

  it('tells the loser of two takes made while one of them was offline, and the log names them', async () => {
    await ada.context().setOffline(true);
    await ada.getByTestId('connection-badge').filter({ hasText: 'Offline' }).waitFor();
    await leadBarButton(ada, 'Take the lead').click();
    await ada.getByTestId('lead-name').filter({ hasText: 'You lead this section' }).waitFor();
    await leadBarButton(grace, 'Take the lead').click();
    await grace.getByTestId('lead-name').filter({ hasText: 'You lead this section' }).waitFor();
    await ada.context().setOffline(false);

    // Both devices settle on one lead (Yjs keeps one of the two takes, the same everywhere).
    await ada.waitForFunction(() => document.querySelector('[data-testid="connection-badge"]')?.textContent === 'Online', undefined, { timeout: 15_000 });
    const leadOf = async (page: Page) => (await agendaLead(page, 'Ideas').textContent())?.trim();
    await expect.poll(async () => [await leadOf(ada), await leadOf(grace)], { timeout: 10_000 }).toSatisfy(
      ([a, g]: (string | undefined)[]) => (a === 'You' && g === 'Ada') || (a === 'Grace' && g === 'You'),
    );
    const adaWon = (await leadOf(ada)) === 'You';
    const [winner, loser] = adaWon ? ['Ada', 'Grace'] : ['Grace', 'Ada'];
    const [winnerPage, loserPage] = adaWon ? [ada, grace] : [grace, ada];

    const notice = loserPage.getByTestId('taken-notice').filter({ hasText: `${winner} now leads Ideas` });
    await notice.waitFor();
    expect(await winnerPage.getByTestId('taken-notice').count()).toBe(0);
    for (const page of [ada, grace]) {
      await expectLogged(page, `${winner} took the lead of Ideas from ${loser}`);
      await expectLogged(page, `${loser} took the lead of Ideas at the same time as ${winner}, who kept it`);
    }

    await notice.getByRole('button', { name: 'Take it back' }).click();
    await loserPage.getByTestId('lead-name').filter({ hasText: 'You lead this section' }).waitFor();
    await notice.waitFor({ state: 'detached' });
    await winnerPage.getByTestId('taken-notice').filter({ hasText: `${loser} took the lead of Ideas from you` }).waitFor();
    await winnerPage.getByTestId('taken-notice').getByRole('button', { name: 'Dismiss' }).click();
  });

  it('tells a lead taken while its holder was away when they come back, until dismissed', async () => {
    await openSection(ada, 'Do we agree?');
    await leadBarButton(ada, 'Take the lead').click();
    await ada.getByTestId('lead-name').filter({ hasText: 'You lead this section' }).waitFor();
    await ada.goto(suite.relay.url); // Ada leaves the board

    await openSection(grace, 'Do we agree?');
    await grace.getByTestId('lead-name').filter({ hasText: 'Ada leads this section' }).waitFor();
    await leadBarButton(grace, 'Take the lead').click();
    const confirm = grace.getByTestId('confirm-dialog');
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Take the lead' }).click();
    await grace.getByTestId('lead-name').filter({ hasText: 'You lead this section' }).waitFor();

    await ada.goto(link);
    const notice = ada.getByTestId('taken-notice').filter({ hasText: 'Grace took the lead of Do we agree? from you' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    await ada.reload();
    await agendaLead(ada, 'Do we agree?').filter({ hasText: 'Grace' }).waitFor();
    await expectLogged(ada, 'Grace took the lead of Do we agree? from Ada');
    expect(await notice.count()).toBe(0);
  });
});
