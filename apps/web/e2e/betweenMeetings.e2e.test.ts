/**
 * Between meetings (issue 12), on the secure origin (127.0.0.1, so the service worker runs): Ada
 * goes offline, adds and edits cards, places a dot and types in the purpose, reloads while still
 * offline and finds it all there (the decision on a round she revealed before going offline and a
 * commitment under it included); Grace meanwhile adds a card online; when Ada's network returns
 * both sides have everything and Ada's badge counts down to zero ("Online"). Grace, back on the board,
 * sees Ada's changes (cards, votes, the purpose, the decision and the commitment) under "Since your
 * last visit" with "New" markers; Ada sees Grace's. The
 * home page lists the board with its last activity and who was there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { createBoard, join, openSection, persistedOnDevice } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

const LOOK_BACK = 'Look back';
const PARKING = 'Parking lot';
const PURPOSE = 'Why we are here';
const ACTIONS = 'Top actions';
const COMMITMENT = 'book a room for the mob session';

const card = (page: Page, text: string) => page.locator('[data-testid="card"]', { has: page.getByTestId('card-text').getByText(text, { exact: true }) });
const badge = (page: Page) => page.getByTestId('connection-badge');

async function addCard(page: Page, column: string, text: string): Promise<void> {
  const box = page.getByLabel(`Add a card to ${column}`);
  await box.fill(text);
  await box.press('Enter');
  await card(page, text).waitFor({ timeout: 10_000 });
}

/** The purpose statement's text without remote caret widgets. */
const statementText = (page: Page) =>
  page.evaluate(() => {
    const content = document.querySelector('[data-testid="purpose-statement"] .cm-content');
    if (!content) return null;
    return [...content.querySelectorAll('.cm-line')]
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        for (const widget of copy.querySelectorAll('.cm-ySelectionCaret, .cm-widgetBuffer')) widget.remove();
        return copy.textContent ?? '';
      })
      .join('\n');
  });

async function statementContains(page: Page, needle: string): Promise<void> {
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="purpose-statement"] .cm-content')?.textContent?.includes(text) ?? false,
    needle,
    { timeout: 30_000 },
  );
}

describe('between meetings: offline edits, a reload offline, a merge and "since your last visit"', () => {
  let ada: Page;
  let grace: Page;
  let link = '';

  it('sets up a retrospective with a second brainstorm in its vote phase', async () => {
    ada = await suite.newPage();
    link = await createBoard(ada, suite.relay.url, 'Sprint 14 retro', 'Retrospective', 'Ada Lovelace');
    grace = await suite.newPage();
    await grace.goto(link);
    await join(grace, 'Grace Hopper');

    // The template's content is there: three columns and a purpose statement to start from.
    await openSection(ada, LOOK_BACK);
    for (const column of ['Went well', 'To improve', 'Ideas']) await ada.getByTestId('column').and(ada.getByLabel(column, { exact: true })).waitFor();
    await ada.getByRole('button', { name: 'Next phase' }).click();
    await addCard(ada, 'Went well', 'Ship every week');

    await ada.getByRole('button', { name: 'Add section' }).click();
    await ada.getByRole('radio', { name: 'Brainstorm' }).click();
    await ada.getByLabel('New section title').fill(PARKING);
    await ada.getByLabel('New section title').press('Enter');
    await openSection(ada, PARKING);
    await ada.getByRole('button', { name: 'Next phase' }).click();
    await addCard(ada, PARKING, 'Try mob programming');
    await ada.getByRole('button', { name: 'Next phase' }).click();
    await ada.getByRole('button', { name: 'Next phase' }).click();
    await ada.getByTestId('dots-left').filter({ hasText: 'You have 3 of 3 dots left' }).waitFor({ timeout: 10_000 });

    await openSection(grace, LOOK_BACK);
    await card(grace, 'Ship every week').waitFor({ timeout: 10_000 });
    // Grace leaves: her visit is remembered on her device.
    await grace.goto(suite.relay.url);

    // Ada takes the top action to a vote alone while Grace is away (the decision comes later, offline).
    await openSection(ada, ACTIONS);
    await ada.getByLabel('Proposal text').fill('Try mob programming on Tuesdays');
    await ada.getByRole('button', { name: 'Save proposal' }).click();
    await ada.getByRole('button', { name: 'Open voting' }).click();
    const ballot = ada.getByTestId('ballot');
    await ballot.locator('label', { has: ada.getByRole('radio', { name: 'Whole-hearted endorsement' }) }).click();
    await ballot.getByRole('button', { name: 'Cast my vote' }).click();
    await ada.getByTestId('my-vote').waitFor({ timeout: 10_000 });
    await ada.getByRole('button', { name: 'Reveal votes' }).click();
    await ada.getByTestId('verdict').filter({ hasText: 'The rule is met' }).waitFor({ timeout: 10_000 });
    await openSection(ada, PARKING);
  });

  it('Ada edits offline, reloads offline and still has her edits', async () => {
    // The service worker controls the page, with the shell cached (secure origin).
    await ada.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 15_000 });
    await ada.context().setOffline(true);
    await badge(ada).filter({ hasText: 'Offline' }).waitFor();

    await ada.getByRole('button', { name: 'Add a dot to Try mob programming' }).click();
    await ada.getByTestId('dots-left').filter({ hasText: 'You have 2 of 3 dots left' }).waitFor();

    await openSection(ada, LOOK_BACK);
    await addCard(ada, 'To improve', 'Written offline: fewer hand-offs');
    await card(ada, 'Ship every week').getByRole('button', { name: 'Edit card: Ship every week' }).click();
    const editor = ada.getByTestId('brainstorm-board').getByLabel('Card text'); // the card being edited
    await editor.fill('Ship every week, behind flags');
    await editor.press('Enter');
    await card(ada, 'Ship every week, behind flags').waitFor();

    await openSection(ada, PURPOSE);
    await ada.getByTestId('purpose-statement').locator('.cm-content').click();
    await ada.keyboard.press('Control+End');
    await ada.keyboard.type(' Typed offline.');
    await statementContains(ada, 'Typed offline.');
    await ada.getByRole('button', { name: 'Endorse this text' }).click();
    await ada.getByText('You endorse this text').waitFor();

    // The decision and a commitment under it, made offline through the forms.
    await openSection(ada, ACTIONS);
    const outcome = ada.getByTestId('outcome');
    await outcome.locator('label', { has: ada.getByRole('radio', { name: /Adopted/ }) }).click();
    await outcome.getByRole('button', { name: 'Record outcome' }).click();
    await ada.getByTestId('outcome-recorded').filter({ hasText: 'Adopted' }).waitFor({ timeout: 10_000 });
    // Her own decision is no news to her.
    expect(await ada.getByTestId('outcome').getByTestId('new-marker').count()).toBe(0);
    const form = ada.getByTestId('commit-form');
    await form.getByLabel('I will').fill(COMMITMENT);
    await form.getByLabel('By (optional)').fill('Tuesday');
    await form.getByRole('button', { name: 'Commit' }).click();
    await ada.getByTestId('commitment-text').filter({ hasText: `I will ${COMMITMENT} by Tuesday` }).waitFor();
    await badge(ada).filter({ hasText: /unsynced change/ }).waitFor();
    await persistedOnDevice(ada, 'Typed offline.');
    await persistedOnDevice(ada, 'Written offline: fewer hand-offs');
    await persistedOnDevice(ada, COMMITMENT);

    // The network is off: the page comes from the service worker's cached shell, the board from IndexedDB.
    const reloaded = await ada.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await ada.getByTestId('agenda-item').first().waitFor({ timeout: 15_000 });
    await badge(ada).filter({ hasText: /Offline.*unsynced change/ }).waitFor({ timeout: 10_000 });
    await openSection(ada, PURPOSE);
    await statementContains(ada, 'Typed offline.');
    await openSection(ada, LOOK_BACK);
    await card(ada, 'Written offline: fewer hand-offs').waitFor({ timeout: 10_000 });
    await card(ada, 'Ship every week, behind flags').waitFor();
    await openSection(ada, PARKING);
    await ada.getByTestId('dots-left').filter({ hasText: 'You have 2 of 3 dots left' }).waitFor({ timeout: 10_000 });
    await openSection(ada, ACTIONS);
    await ada.getByTestId('commitment-text').filter({ hasText: `I will ${COMMITMENT} by Tuesday` }).waitFor({ timeout: 10_000 });
    await ada.getByTestId('outcome-recorded').filter({ hasText: 'Adopted' }).waitFor();
  });

  it('Grace edits meanwhile; when Ada is back online everything merges and the badge counts down to zero', async () => {
    await grace.goto(link);
    await openSection(grace, LOOK_BACK);
    await addCard(grace, 'Ideas', 'Grace added this online');
    await persistedOnDevice(grace, 'Grace added this online');
    expect(await card(grace, 'Written offline: fewer hand-offs').count()).toBe(0);
    await grace.goto(suite.relay.url); // and leaves again

    await ada.context().setOffline(false);
    await badge(ada).filter({ hasText: 'Online' }).waitFor({ timeout: 30_000 });
    expect(await badge(ada).textContent()).not.toMatch(/unsynced/);
    await openSection(ada, LOOK_BACK);
    await card(ada, 'Grace added this online').waitFor({ timeout: 10_000 });
    for (const text of ['Written offline: fewer hand-offs', 'Ship every week, behind flags']) await card(ada, text).waitFor();
  });

  it('Grace, back on the board, sees Ada\'s changes since her last visit, marked in place; Ada sees Grace\'s', async () => {
    // The home page lists the board with its last activity and who was there.
    const recent = grace.getByTestId('recent-board').filter({ hasText: 'Sprint 14 retro' });
    await recent.getByTestId('recent-activity').filter({ hasText: /^Active / }).waitFor();
    expect(await recent.getByTestId('recent-people').textContent()).toMatch(/Grace Hopper.*Ada Lovelace|Ada Lovelace.*Grace Hopper/);
    await expectAccessible(grace, 'home page with recent boards');

    await grace.goto(link);
    const summary = grace.getByTestId('since-last-visit');
    await summary.waitFor({ timeout: 15_000 });
    await summary.getByText('Ada Lovelace added 1 card').waitFor({ timeout: 10_000 });
    await summary.getByText('Ada Lovelace voted').waitFor();
    await summary.getByText('The purpose text was edited').waitFor();
    await summary.getByText('Ada Lovelace endorsed the purpose').waitFor();
    await summary.getByText('Decision recorded: Adopted').waitFor();
    await summary.getByText(`Ada Lovelace committed: “${COMMITMENT}”`).waitFor();
    expect(await summary.textContent()).not.toContain('Grace');
    await expectAccessible(grace, 'since your last visit');

    // The decision and the commitment (made offline, merged on reconnecting) are marked in place.
    await summary.getByRole('button', { name: new RegExp(`^${ACTIONS}`) }).click();
    await grace.getByTestId('outcome-recorded').filter({ hasText: 'Adopted' }).getByTestId('new-marker').waitFor({ timeout: 10_000 });
    await grace.getByTestId('commitment').filter({ hasText: COMMITMENT }).getByTestId('new-marker').waitFor();
    await expectAccessible(grace, 'agreement: new decision and commitment');

    await summary.getByRole('button', { name: new RegExp(`^${LOOK_BACK}`) }).click();
    await card(grace, 'Written offline: fewer hand-offs').getByTestId('new-marker').waitFor({ timeout: 10_000 });
    await card(grace, 'Ship every week, behind flags').waitFor();
    expect(await card(grace, 'Grace added this online').getByTestId('new-marker').count()).toBe(0);
    await grace.getByTestId('agenda-new-count').first().waitFor();
    await openSection(grace, PURPOSE);
    await statementContains(grace, 'Typed offline.');
    await grace.locator('.purpose-statement').getByTestId('new-marker').filter({ hasText: 'Edited' }).waitFor();
    await grace.getByTestId('endorsers-current').locator('li', { hasText: 'Ada Lovelace' }).getByTestId('new-marker').waitFor();
    expect(await statementText(grace)).toMatch(/Typed offline\.$/);

    // Ada's device caught up with Grace's card while she was offline: news for her too.
    await ada.getByTestId('since-last-visit').getByText('Grace Hopper added 1 card').waitFor({ timeout: 10_000 });

    // Dismissed: the summary and the markers go, and stay gone after a reload.
    await summary.getByRole('button', { name: 'Mark as seen' }).click();
    await summary.waitFor({ state: 'detached' });
    expect(await grace.evaluate(() => document.activeElement?.id)).toBe('section-content');
    expect(await grace.getByTestId('new-marker').count()).toBe(0);
    await grace.reload();
    await grace.getByTestId('agenda-item').first().waitFor({ timeout: 15_000 });
    await grace.getByTestId('connection-badge').filter({ hasText: 'Online' }).waitFor({ timeout: 15_000 });
    expect(await grace.getByTestId('since-last-visit').count()).toBe(0);
  });
});
