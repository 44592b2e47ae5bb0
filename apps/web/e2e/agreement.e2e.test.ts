/**
 * Gradients of agreement as three people live it on a plain-http LAN origin (issue 9):
 * `board.test` mapped to 127.0.0.1, so `isSecureContext` is false and ballots are sealed without
 * `crypto.subtle`. Ada (the lead) writes the proposal and agrees the rule first; everyone votes
 * blind (others see only who voted); Ada reveals; the rule is not met because of Ben's 7; Ada
 * revises the proposal; round 2 meets the rule; the rounds show side by side; Ada records the
 * outcome; Ben commits himself, Ada proposes a commitment to Cleo, who accepts; Ben marks his done.
 * Then an anonymous third round: others see only how many voted, and the results name nobody.
 */
import { mkdirSync } from 'node:fs';
import { nonSecureUrl } from '@roundtable/browser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { createBoard, join, logSentences, openSection } from './helpers.js';
import { focusProblem, focused } from './keyboard.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/screenshots';
const SECTION = 'Do we agree?';
const CONCERN = 'Clashes with the school run';

/** Votes `level` with an optional comment through the ballot form (pointer). */
async function vote(page: Page, level: string, comment = ''): Promise<void> {
  const ballot = page.getByTestId('ballot');
  // The option card is the label around its radio: click it as a person would.
  await ballot.locator('label', { has: page.getByRole('radio', { name: level }) }).click();
  expect(await ballot.getByRole('radio', { name: level }).isChecked()).toBe(true);
  await ballot.getByPlaceholder('My concern is …').fill(comment);
  await ballot.getByRole('button', { name: /Cast my vote|Change my vote/ }).click();
  await page.getByTestId('my-vote').waitFor({ timeout: 10_000 });
}

async function votedCount(page: Page, text: string): Promise<void> {
  await page.getByTestId('voted-count').filter({ hasText: text }).waitFor({ timeout: 10_000 });
}

/**
 * Audits `page` as it is (1280/375 px, light/dark). It is brought to the front first: a page in a
 * background window renders no frames, so a layout transition started by the width change would
 * never finish and the audit, which waits for finite animations, would wait forever.
 */
async function audit(page: Page, label: string): Promise<void> {
  await page.bringToFront();
  await expectAccessible(page, label);
}

/** Screenshots of the screen with `testId` scrolled to the top, at 1280 and 375 px, light and dark, for looking at. */
async function shoot(page: Page, name: string, testId: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const viewport = page.viewportSize()!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300); // let the layout's transitions settle: this is for eyes, not an assertion
      await page.screenshot({ path: `${SHOTS}/agreement-${name}-${width}-${scheme}.png` });
    }
  }
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('gradients of agreement with three people on a non-secure origin', () => {
  let ada: Page;
  let ben: Page;
  let cleo: Page;

  it('opens the agreement on three devices over plain http', async () => {
    ada = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    const link = await createBoard(ada, nonSecureUrl(suite.relay.url), 'Team working agreement', 'Facilitated workshop', 'Ada Lovelace');
    expect(new URL(link).hostname).toBe('board.test');
    ben = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await ben.goto(link);
    await join(ben, 'Ben Okafor');
    cleo = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await cleo.goto(link);
    await join(cleo, 'Cleo Park');
    for (const page of [ada, ben, cleo]) {
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      await openSection(page, SECTION);
      await page.getByTestId('seal-badge').filter({ hasText: 'Private' }).waitFor({ timeout: 10_000 });
    }
    await ada.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
    await cleo.getByTestId('proposal').getByText('The lead has not written the proposal yet.').waitFor({ timeout: 10_000 });
  });

  it('lets the lead write the proposal and agree the rule before voting; impossible numbers are refused', async () => {
    await ada.getByLabel('Proposal text').fill('Move the daily stand-up to 10:00');
    await ada.getByRole('button', { name: 'Save proposal' }).click();
    await cleo.getByTestId('proposal-text').filter({ hasText: 'Move the daily stand-up to 10:00' }).waitFor({ timeout: 10_000 });
    // Only the lead sees the rule picker; Ben sees the rule in words.
    expect(await ben.getByRole('button', { name: 'Change rule' }).count()).toBe(0);
    await ada.getByRole('button', { name: 'Change rule' }).click();
    const rule = ada.getByTestId('rule');
    await rule.getByRole('radio', { name: /No serious disagreement/ }).check();
    await rule.getByLabel('How many at 6 are acceptable').fill('1');
    await rule.getByRole('checkbox').first().check();
    await rule.getByLabel('Fewest voters').fill('5');
    await rule.getByTestId('rule-problem').filter({ hasText: '"At least 5 voters" can never be met: this board has 3 members.' }).waitFor();
    expect(await rule.getByRole('button', { name: 'Set rule' }).isDisabled()).toBe(true);
    // A rule half-changed cannot slip past the vote: voting opens only once it is set or cancelled.
    expect(await ada.getByRole('button', { name: 'Open voting' }).isDisabled()).toBe(true);
    await ada.getByTestId('open-round').getByText('Set or cancel the rule change first.').waitFor();
    await expectAccessible(ada, 'agreement, rule picker');
    await shoot(ada, 'rule', 'rule');
    await rule.getByLabel('Fewest voters').fill('3');
    await rule.getByRole('button', { name: 'Set rule' }).click();
    for (const page of [ada, ben, cleo]) {
      await page.getByTestId('rule-text').filter({ hasText: 'No 7 or 8, and at most 1 at 6; at least 3 voters' }).waitFor({ timeout: 10_000 });
    }
    expect(await ben.getByTestId('open-round').textContent()).toContain('Ada Lovelace opens the round.');
    await expectAccessible(cleo, 'agreement, before voting (member)');
  });

  it('votes blind: others see who has voted, never how; a vote can change while the round is open', async () => {
    await ada.getByRole('button', { name: 'Open voting' }).click();
    for (const page of [ada, ben, cleo]) await page.getByTestId('ballot').waitFor({ timeout: 10_000 });
    await votedCount(cleo, 'Nobody has voted yet');

    await vote(ben, 'Serious disagreement', CONCERN);
    expect(await ben.getByTestId('my-vote').textContent()).toContain('Your vote: 7 · Serious disagreement');
    await votedCount(cleo, '1 of 3 has voted');
    await cleo.getByTestId('voters').getByText('Ben Okafor').waitFor();
    // Nothing of Ben's ballot reaches Cleo: not the page, not her device's storage.
    expect(await cleo.getByTestId('agreement').textContent()).not.toContain(CONCERN);
    expect(await cleo.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('school run');
    expect(await ada.getByTestId('agreement').textContent()).not.toContain(CONCERN);

    await vote(ada, 'Whole-hearted endorsement');
    // Cleo votes with the keyboard only: arrows through the levels, Tab to the comment and the button.
    await cleo.getByTestId('ballot').getByRole('radio', { name: 'Whole-hearted endorsement' }).focus();
    await cleo.keyboard.press('ArrowDown');
    expect(await cleo.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('2');
    expect(await focusProblem(cleo)).toBeNull();
    await cleo.keyboard.press('Tab');
    await cleo.keyboard.type('Fine by me');
    expect(await focusProblem(cleo)).toBeNull();
    await cleo.keyboard.press('Tab');
    expect((await focused(cleo)).name).toBe('Cast my vote');
    expect(await focusProblem(cleo)).toBeNull();
    await cleo.keyboard.press('Enter');
    await cleo.getByTestId('my-vote').filter({ hasText: 'Your vote: 2' }).waitFor({ timeout: 10_000 });
    // She changes it while the round is open: the new one replaces the old.
    await cleo.getByRole('button', { name: 'Change my vote' }).click();
    await vote(cleo, 'Support with reservations', '');
    await cleo.getByTestId('my-vote').filter({ hasText: 'Your vote: 3 · Support with reservations' }).waitFor();
    await votedCount(ada, '3 of 3 have voted');
    expect((await ada.getByTestId('voters').textContent())!.replace(/\s+/g, ' ')).toMatch(/Ada Lovelace.*Ben Okafor.*Cleo Park/);
    await expectAccessible(cleo, 'agreement, voting (my vote sealed)');
    await ben.getByRole('button', { name: 'Change my vote' }).click();
    await expectAccessible(ben, 'agreement, ballot form');
    await ben.getByRole('button', { name: 'Keep my vote' }).click();
    await shoot(ada, 'voting', 'voting');
    await ben.getByRole('button', { name: 'Change my vote' }).click();
    await shoot(ben, 'ballot', 'ballot');
    await ben.getByRole('button', { name: 'Keep my vote' }).click();
  });

  it('shows a view-only guest the progress but no ballot and no Reveal', async () => {
    await ada.getByRole('button', { name: 'Share', exact: true }).click();
    const viewLink = await ada.getByTestId('view-link').inputValue();
    await ada.getByRole('button', { name: 'Done' }).click();
    const guest = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await guest.goto(viewLink);
    await join(guest, 'Guest Viewer');
    await openSection(guest, SECTION);
    await votedCount(guest, '3 of 3 have voted');
    await guest.getByTestId('ballot-view-only').filter({ hasText: 'This is a view-only link: you cannot vote.' }).waitFor();
    expect(await guest.getByRole('button', { name: 'Reveal votes' }).count()).toBe(0);
    await expectAccessible(guest, 'agreement, voting (view-only guest)');
    await guest.context().close();
  });

  it('reveals when the lead asks: the rule is not met because of a 7, and the concern is listed', async () => {
    // Only the lead reveals: Ben has no Reveal button, and is told who will.
    expect(await ben.getByRole('button', { name: 'Reveal votes' }).count()).toBe(0);
    expect(await ben.getByTestId('voting').textContent()).toContain('Ada Lovelace reveals the votes when everyone is ready.');
    await ada.getByRole('button', { name: 'Reveal votes' }).click();
    for (const page of [ada, ben, cleo]) {
      await page.getByTestId('verdict').filter({ hasText: 'The rule is not met' }).waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('verdict').textContent()).toContain('Why not: 1 serious disagreement (7).');
      expect(await page.getByTestId('histogram').locator('svg rect').count()).toBe(8);
      expect(await page.getByTestId('histogram-level').allTextContents()).toEqual([
        '1Whole-hearted endorsement: 1 (Ada Lovelace)',
        '2Agreement with a minor point of contention: 0',
        '3Support with reservations: 1 (Cleo Park)',
        '4Abstain: 0',
        '5More discussion needed: 0',
        "6Don't like it, but will support it: 0",
        '7Serious disagreement: 1 (Ben Okafor)',
        '8Veto: 0',
      ]);
      expect(await page.getByTestId('concern').allTextContents()).toEqual([`7${CONCERN}Ben Okafor · Serious disagreement`]);
    }
    await expectAccessible(cleo, 'agreement, round 1 results');
    await shoot(cleo, 'results', 'results');
  });

  it('revises the proposal and the second round meets the rule; the rounds show side by side', async () => {
    await ada.getByRole('button', { name: 'Revise proposal' }).click();
    await ada.getByLabel('Proposal text').fill('Move the daily stand-up to 10:00, except on school-holiday weeks');
    await ada.getByRole('button', { name: 'Save proposal' }).click();
    await ben.getByTestId('proposal-text').filter({ hasText: 'except on school-holiday weeks' }).waitFor({ timeout: 10_000 });
    await ben.getByText('Voted on the earlier text: “Move the daily stand-up to 10:00”').waitFor();
    await ada.getByRole('button', { name: 'Open a new round' }).click();
    await ben.getByTestId('voting').getByRole('heading', { name: 'Round 2: vote' }).waitFor({ timeout: 10_000 });
    // While round 2 is open, round 1 stays in view as a small histogram.
    await ben.getByTestId('round-history').getByRole('heading', { name: 'Earlier round' }).waitFor();
    expect(await ben.getByTestId('history-round').count()).toBe(1);
    // A new round starts with a blank ballot: nothing carried over from round 1.
    expect(await ben.getByTestId('ballot').getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await ben.getByPlaceholder('My concern is …').inputValue()).toBe('');
    await vote(ben, 'Support with reservations');
    await vote(ada, 'Whole-hearted endorsement');
    await vote(cleo, 'Agreement with a minor point of contention');
    await votedCount(ada, '3 of 3 have voted');
    await ada.getByRole('button', { name: 'Reveal votes' }).click();
    for (const page of [ada, ben, cleo]) {
      await page.getByTestId('verdict').filter({ hasText: 'The rule is met' }).waitFor({ timeout: 10_000 });
      const rounds = page.getByTestId('history-round');
      expect(await rounds.count()).toBe(2);
      expect(await rounds.nth(0).textContent()).toContain('Round 1Not met');
      expect(await rounds.nth(1).textContent()).toContain('Round 2Rule met');
      expect(await page.getByTestId('round-history').getByTestId('histogram-compact').locator('svg rect').count()).toBe(16);
    }
    expect(await cleo.getByTestId('concerns').textContent()).toContain('No comments at levels 5–8.');
    await expectAccessible(ben, 'agreement, round 2 results with rounds side by side');
    await shoot(ben, 'rounds', 'round-history');
  });

  it('records the outcome in the session log', async () => {
    const outcome = ada.getByTestId('outcome');
    await outcome.locator('label', { has: ada.getByRole('radio', { name: /Adopted/ }) }).click();
    await outcome.getByLabel('Note (optional)').fill('Starting next Monday');
    await outcome.getByRole('button', { name: 'Record outcome' }).click();
    for (const page of [ada, ben, cleo]) {
      await page.getByTestId('outcome-recorded').filter({ hasText: 'Adopted' }).waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('outcome-recorded').textContent()).toContain('Starting next Monday');
    }
    expect(await ben.getByTestId('outcome').getByRole('radio').count()).toBe(0);
    await expect.poll(async () => (await logSentences(ada)).join('\n'), { timeout: 10_000 }).toContain('Ada Lovelace recorded a decision on Do we agree? — “Adopted: Starting next Monday”');
    expect((await logSentences(ada)).join('\n')).toContain('Ada Lovelace revealed round 2 of Do we agree? — 3 votes; rule met');
  });

  it('takes two commitments (one own, one proposed and accepted) and marks one done', async () => {
    const benForm = ben.getByTestId('commit-form');
    await benForm.getByLabel('I will').fill('update the team calendar');
    await benForm.getByLabel('By (optional)').fill('Friday');
    await benForm.getByRole('button', { name: 'Commit' }).click();
    await cleo.getByTestId('commitment-text').filter({ hasText: 'I will update the team calendar by Friday' }).waitFor({ timeout: 10_000 });

    const adaForm = ada.getByTestId('commit-form');
    await adaForm.getByLabel('Who commits').selectOption({ label: 'Cleo Park (they accept or decline)' });
    await adaForm.getByLabel('They will').fill('tell the platform team');
    await adaForm.getByLabel('By (optional)').fill('Tuesday');
    await adaForm.getByRole('button', { name: 'Propose' }).click();
    const proposed = cleo.getByTestId('commitment').filter({ hasText: 'I will tell the platform team by Tuesday' });
    await proposed.getByTestId('commitment-state').filter({ hasText: 'Waiting for your answer' }).waitFor({ timeout: 10_000 });
    expect(await ben.getByRole('button', { name: 'Accept: I will tell the platform team by Tuesday' }).count()).toBe(0);
    await expectAccessible(cleo, 'agreement, outcome and a proposed commitment');
    await cleo.getByRole('button', { name: 'Accept: I will tell the platform team by Tuesday' }).click();
    await ada.getByTestId('commitment').filter({ hasText: 'tell the platform team' }).getByText('proposed by you').waitFor({ timeout: 10_000 });
    await ada.waitForFunction(() => !document.querySelector('[data-testid="commitment"] [data-testid="commitment-state"]'), undefined, { timeout: 10_000 });

    // Ben marks his own done; Cleo may not (it is not hers), the box is disabled for her.
    expect(await cleo.getByRole('checkbox', { name: 'Done: I will update the team calendar by Friday' }).isDisabled()).toBe(true);
    await ben.getByRole('checkbox', { name: 'Done: I will update the team calendar by Friday' }).check();
    for (const page of [ada, ben, cleo]) {
      await page.getByTestId('commitment').filter({ hasText: 'update the team calendar' }).getByTestId('commitment-state').filter({ hasText: 'Done' }).waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('commitments').getByTestId('commitment').count()).toBe(2);
    }
    await ada.getByTestId('commitments').getByText('1 of 2 done').waitFor();
    await expectAccessible(ada, 'agreement, decided with commitments');
    await shoot(ada, 'decided', 'outcome');
  });

  it('an anonymous round: others see only how many voted, and the revealed histogram names nobody', async () => {
    await ada.getByRole('checkbox', { name: /Anonymous ballots/ }).check();
    await ben.getByTestId('rule').getByText('Anonymous ballots').waitFor({ timeout: 10_000 });
    await ada.getByRole('button', { name: 'Open a new round' }).click();
    await ben.getByTestId('voting').getByRole('heading', { name: 'Round 3: vote' }).waitFor({ timeout: 10_000 });
    await vote(ben, 'Veto', 'We tried this in spring');
    await vote(cleo, 'Abstain');
    for (const page of [ada, ben, cleo]) {
      await votedCount(page, '2 of 3 have voted');
      const voting = page.getByTestId('voting');
      await voting.getByText('Anonymous: only how many').waitFor();
      expect(await voting.getByTestId('voters').count()).toBe(0);
      const text = (await voting.textContent()) ?? '';
      for (const name of ['Ben Okafor', 'Cleo Park']) expect(text).not.toContain(name);
    }
    await expectAccessible(ada, 'agreement, anonymous round open');

    await ada.getByRole('button', { name: 'Reveal votes' }).click();
    for (const page of [ada, ben, cleo]) {
      await page.getByTestId('results').getByText('2 votes · anonymous').waitFor({ timeout: 10_000 });
      const levels = await page.getByTestId('histogram-level').allTextContents();
      expect(levels[3]).toBe('4Abstain: 1');
      expect(levels[7]).toBe('8Veto: 1');
      expect(levels.join(' ')).not.toContain('(');
      expect(await page.getByTestId('concern').allTextContents()).toEqual(['8We tried this in springAnonymous · Veto']);
      const results = (await page.getByTestId('results').textContent()) ?? '';
      for (const name of ['Ada Lovelace', 'Ben Okafor', 'Cleo Park']) expect(results).not.toContain(name);
      expect(await page.getByTestId('history-round').count()).toBe(3);
    }
    await expectAccessible(cleo, 'agreement, anonymous round revealed');
    await shoot(cleo, 'anonymous', 'results');
    await shoot(cleo, 'rounds-three', 'round-history');
  });
});
