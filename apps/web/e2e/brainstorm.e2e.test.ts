/**
 * A brainstorm as three people live it on a plain-http LAN origin (issue 8): `board.test`
 * mapped to 127.0.0.1 by Chromium's host resolver, so `isSecureContext` is false and sealing
 * runs without `crypto.subtle`. Ada and Ben write privately while Cleo sees only counts; Ada
 * (the lead) reveals; Ben groups with the mouse and Cleo with the keyboard only; everyone
 * votes with 3 dots; Ada closes the vote and the results are in the right order; the top items
 * become an agreement's proposal in one click. Last, an anonymous section: the document the relay
 * stored holds the revealed card but no author id.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, nonSecureUrl } from '@roundtable/browser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { arrowDownUntil, createBoard, join, openSection } from './helpers.js';
import { startE2ERelay, type E2ERelay } from './relay.js';
import { storedDoc } from './storedDoc.js';

const IDEAS = 'Ideas';
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/screenshots';

/** Screenshots of `page`'s brainstorm (scrolled into view) at 1280 and 375 px, to look at. */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId('brainstorm').scrollIntoViewIfNeeded();
    // Let the layout's transitions (the log drawer sliding shut at 375 px) finish first.
    await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))));
    await page.screenshot({ path: `${SHOTS}/brainstorm-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
let relay: E2ERelay;
let browser: Browser;
const contexts: BrowserContext[] = [];
let origin = '';

beforeAll(async () => {
  relay = await startE2ERelay();
  browser = await launchChromium();
  origin = nonSecureUrl(relay.url);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await relay?.dispose();
});

async function person(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

const cardTexts = (page: Page) => page.getByTestId('brainstorm-board').getByTestId('card-text').allTextContents();
const card = (page: Page, text: string) => page.locator('[data-testid="card"]', { has: page.getByTestId('card-text').getByText(text, { exact: true }) });

async function writePrivately(page: Page, text: string): Promise<void> {
  const box = page.getByLabel(`Add a private card to ${IDEAS}`);
  await box.fill(text);
  await box.press('Enter');
  await page.getByTestId('my-draft').getByText(text, { exact: true }).waitFor();
}

/** Waits until dnd-kit has announced `text`: the drop has been handled (and its action run). */
async function waitForAnnouncement(page: Page, text: string): Promise<void> {
  await page.locator('[id^="DndLiveRegion"]', { hasText: text }).waitFor({ state: 'attached', timeout: 10_000 });
}

/** Presses on `handle`, moves in steps to `to` (dnd-kit starts after 4 px), leaving the button down. */
async function pointerDrag(page: Page, handle: ReturnType<Page['getByRole']>, to: { x: number; y: number }): Promise<void> {
  const from = (await handle.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + ((to.x - start.x) * i) / 12, start.y + ((to.y - start.y) * i) / 12);
}

const clusterCards = (page: Page, name: string) => page.locator('[data-testid="cluster"]', { hasText: name }).getByTestId('card-text').allTextContents();

async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.getByTestId('brainstorm-status').filter({ hasText: text }).waitFor({ timeout: 10_000 });
}

describe('a brainstorm with three people on a non-secure origin', () => {
  let ada: Page;
  let ben: Page;
  let cleo: Page;
  let boardLink = '';

  it('opens the brainstorm on three devices over plain http', async () => {
    ada = await person();
    const link = await createBoard(ada, origin, 'Team retro', 'Workshop kickoff', 'Ada Lovelace');
    expect(new URL(link).hostname).toBe('board.test');
    boardLink = link;
    ben = await person();
    await ben.goto(link);
    await join(ben, 'Ben Okafor');
    cleo = await person();
    await cleo.goto(link);
    await join(cleo, 'Cleo Park');
    for (const page of [ada, ben, cleo]) {
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      await openSection(page, IDEAS);
      await page.getByTestId('seal-badge').filter({ hasText: 'Private' }).waitFor({ timeout: 10_000 });
    }
    await ada.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
    const title = await ada.getByTestId('seal-badge').getAttribute('title');
    expect(title).toMatch(/^Sealed for this board · fingerprint [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });

  it('lets Ada and Ben write privately while Cleo sees only counts', async () => {
    await writePrivately(ada, 'Ship every week');
    await writePrivately(ada, 'Pair more often');
    await writePrivately(ben, 'Fewer meetings');
    await writePrivately(ben, 'Async standups');
    await waitForStatus(cleo, '4 drafts from 2 people');
    expect(await cleo.getByTestId('section-detail').textContent()).not.toMatch(/Ship every week|Fewer meetings/);
    expect(await ben.getByTestId('section-detail').textContent()).not.toMatch(/Ship every week/);
    // Over the limit: a clear message, and nothing lost.
    const long = 'x'.repeat(2_001);
    const box = cleo.getByLabel(`Add a private card to ${IDEAS}`);
    await box.fill(long);
    await box.press('Enter');
    await cleo.getByRole('alert').filter({ hasText: 'the limit is 2,000' }).waitFor();
    expect(await box.inputValue()).toBe(long);
    await box.fill('');
    // Drafts survive a reload (the text lives on the author's device only).
    await ada.reload();
    await openSection(ada, IDEAS);
    await ada.getByTestId('my-draft').getByText('Pair more often', { exact: true }).waitFor({ timeout: 10_000 });
    await shot(cleo, 'write-counts');
    await shot(ada, 'write-mine');
    await expectAccessible(cleo, 'brainstorm, write phase (counts only)');
    await expectAccessible(ada, 'brainstorm, write phase (my drafts)');
  });

  it('reveals every draft when the lead asks; Ben cannot (Ada leads)', async () => {
    expect(await ben.getByRole('button', { name: 'Reveal cards' }).isDisabled()).toBe(true);
    await ada.getByRole('button', { name: 'Reveal cards' }).click();
    await ada.getByTestId('brainstorm-message').filter({ hasText: 'Revealed 4 cards' }).waitFor({ timeout: 10_000 });
    for (const page of [ada, ben, cleo]) {
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="brainstorm-board"] [data-testid="card"]').length === 4, undefined, { timeout: 10_000 });
      expect((await cardTexts(page)).sort()).toEqual(['Async standups', 'Fewer meetings', 'Pair more often', 'Ship every week']);
    }
    await card(cleo, 'Ship every week').getByTestId('card-author').filter({ hasText: 'Ada Lovelace' }).waitFor();
    await shot(ada, 'reveal');
    await ada.getByRole('button', { name: 'Next phase' }).click();
    await cleo.getByTestId('section-detail').getByText('Drag card', { exact: false }).first().waitFor({ state: 'attached', timeout: 10_000 }).catch(() => undefined);
    await expectAccessible(ada, 'brainstorm, cluster phase');
  });

  it('groups cards with the mouse (Ben) and with the keyboard only (Cleo)', async () => {
    const handle = ben.getByRole('button', { name: 'Drag card: Pair more often' });
    await handle.waitFor({ timeout: 10_000 });
    // Both cards on screen (the board sits below the timer): a pointer cannot drag what is off screen.
    await card(ben, 'Ship every week').scrollIntoViewIfNeeded();
    await handle.scrollIntoViewIfNeeded();
    // Onto the middle of the card: a new group (its top and bottom quarters would reorder).
    const target = (await card(ben, 'Ship every week').boundingBox())!;
    await pointerDrag(ben, handle, { x: target.x + target.width / 2, y: target.y + target.height / 2 });
    await waitForAnnouncement(ben, 'card “Pair more often” is over card “Ship every week”');
    await ben.mouse.up();
    await waitForAnnouncement(ben, 'Dropped card “Pair more often” onto card “Ship every week”');
    for (const page of [ada, ben, cleo]) await page.getByTestId('cluster').first().waitFor({ timeout: 10_000 });
    expect(await ben.getByTestId('cluster').getByTestId('card-text').allTextContents()).toEqual(['Ship every week', 'Pair more often']);

    // Cleo: focus the handle, Space to pick up, arrows until the announcement names the target, Space to drop.
    // Cleo asks for reduced motion: dnd-kit's keyboard sensor then scrolls without animation, so
    // each arrow press lands on its target at once (the app passes the preference to the sensor).
    await cleo.emulateMedia({ reducedMotion: 'reduce' });
    const cleoHandle = cleo.getByRole('button', { name: 'Drag card: Async standups' });
    await cleoHandle.focus();
    await cleo.keyboard.press('Space');
    // The pick-up is said first, then at once what the card is over.
    await waitForAnnouncement(cleo, 'card “Async standups”');
    // Each press is announced once dnd-kit has measured the new target.
    const said = await arrowDownUntil(cleo, 'over card “Fewer meetings”', 12);
    expect(said).toContain('card “Async standups” is over card “Fewer meetings”');
    await cleo.keyboard.press('Space');
    await waitForAnnouncement(cleo, 'Dropped card “Async standups” onto card “Fewer meetings”');
    await cleo.emulateMedia({ reducedMotion: 'no-preference' });
    for (const page of [ada, ben, cleo]) await page.waitForFunction(() => document.querySelectorAll('[data-testid="cluster"]').length === 2, undefined, { timeout: 10_000 });

    // Name both groups inline.
    for (const [first, name] of [['Ship every week', 'Delivery'], ['Fewer meetings', 'Meetings']] as const) {
      const group = ada.locator('[data-testid="cluster"]', { has: ada.getByText(first, { exact: true }) });
      await group.getByRole('button', { name: /name group Unnamed group/ }).click();
      await ada.getByTestId('cluster-name').fill(name);
      await ada.getByTestId('cluster-name').press('Enter');
      await cleo.locator('[data-testid="cluster"]', { hasText: name }).waitFor({ timeout: 10_000 });
    }
  });

  it('reorders cards inside a group with the keyboard (Alt+arrows) and with the mouse (a card edge)', async () => {
    expect(await clusterCards(cleo, 'Meetings')).toEqual(['Fewer meetings', 'Async standups']);
    const cleoHandle = cleo.getByRole('button', { name: 'Drag card: Async standups' });
    await cleoHandle.focus();
    await cleo.keyboard.press('Alt+ArrowUp');
    await cleo.getByTestId('brainstorm-announcer').filter({ hasText: 'Moved card “Async standups” to position 1 of 2.' }).waitFor({ state: 'attached' });
    await cleo.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Drag card: Async standups');
    await cleo.keyboard.press('Alt+ArrowUp');
    await cleo.getByTestId('brainstorm-announcer').filter({ hasText: 'Already first in its group' }).waitFor({ state: 'attached' });
    for (const page of [ada, ben, cleo]) await expect.poll(() => clusterCards(page, 'Meetings'), { timeout: 10_000 }).toEqual(['Async standups', 'Fewer meetings']);

    // Ben drops "Pair more often" on the top edge of "Ship every week": before it, same group.
    const handle = ben.getByRole('button', { name: 'Drag card: Pair more often' });
    await card(ben, 'Ship every week').scrollIntoViewIfNeeded();
    await handle.scrollIntoViewIfNeeded();
    const target = (await card(ben, 'Ship every week').boundingBox())!;
    await pointerDrag(ben, handle, { x: target.x + target.width / 2, y: target.y + 4 });
    await waitForAnnouncement(ben, 'card “Pair more often” is over card “Ship every week”');
    // The insertion line shows above the card under the pointer, and goes with the drop.
    await expect.poll(() => card(ben, 'Ship every week').getAttribute('data-drop-edge')).toBe('before');
    await ben.mouse.up();
    await waitForAnnouncement(ben, 'Dropped card “Pair more often” before card “Ship every week”');
    expect(await ben.locator('[data-drop-edge]').count()).toBe(0);
    for (const page of [ada, ben, cleo]) await expect.poll(() => clusterCards(page, 'Delivery'), { timeout: 10_000 }).toEqual(['Pair more often', 'Ship every week']);
    await shot(ben, 'cluster');
  });

  it('lets everyone vote with 3 dots, others seeing only how many voted', async () => {
    await ada.getByRole('button', { name: 'Next phase' }).click();
    for (const page of [ada, ben, cleo]) await page.getByTestId('dots-left').filter({ hasText: 'You have 3 of 3 dots left' }).waitFor({ timeout: 10_000 });
    const dot = async (page: Page, name: string, times: number) => {
      for (let i = 0; i < times; i++) await page.getByRole('button', { name: `Add a dot to ${name}` }).click();
    };
    await dot(ada, 'Meetings', 2);
    await dot(ada, 'Ship every week', 1);
    await ada.getByTestId('dots-left').filter({ hasText: 'You have 0 of 3 dots left' }).waitFor();
    expect(await ada.getByRole('button', { name: 'Add a dot to Pair more often' }).isDisabled()).toBe(true);
    await waitForStatus(cleo, '1 of 3 have voted');
    await dot(ben, 'Meetings', 3);
    await dot(cleo, 'Pair more often', 1);
    await waitForStatus(ada, '3 of 3 have voted');
    await shot(ada, 'vote');
    await expectAccessible(cleo, 'brainstorm, vote phase');
  });

  it('closes the vote: the relay counts and everyone sees the results in order', async () => {
    await ada.getByRole('button', { name: 'Close vote and count' }).click();
    for (const page of [ada, ben, cleo]) {
      await page.getByTestId('results').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('result-title').allTextContents()).toEqual(['Group: Meetings', 'Group: Delivery']);
      expect(await page.getByTestId('result-votes').allTextContents()).toEqual(['5', '2']);
    }
    expect(await ben.getByTestId('results').textContent()).toContain('3 people voted: Ada Lovelace, Ben Okafor, Cleo Park');
    await shot(ben, 'results');
    await expectAccessible(ben, 'brainstorm, results');
  });

  it('carries the top items into an agreement section as its proposal, in one click', async () => {
    await ada.getByTestId('carry-to-agreement').click();
    await ada.getByTestId('carry-message').filter({ hasText: 'Added “Agree: Ideas” after this section' }).waitFor({ timeout: 10_000 });
    for (const page of [ada, ben, cleo]) await page.locator('[data-testid="agenda-item"][aria-label="Agree: Ideas"]').waitFor({ timeout: 10_000 });
    const titles = await ben.getByTestId('agenda-item').evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    expect(titles.indexOf('Agree: Ideas')).toBe(titles.indexOf(IDEAS) + 1);
    // Cleo does not lead the brainstorm: the action says why it is not hers to take.
    expect(await cleo.getByTestId('carry-to-agreement').isDisabled()).toBe(true);
  });

  it('stores no author id at all in an anonymous section, before or after the reveal', async () => {
    await ada.getByRole('button', { name: 'Add section' }).click();
    await ada.getByRole('radio', { name: /Brainstorm/ }).click();
    await ada.getByLabel('New section title').fill('Anonymous ideas');
    await ada.getByLabel('New section title').press('Enter');
    await openSection(ada, 'Anonymous ideas');
    await ada.getByTestId('brainstorm-setup').locator('summary').click();
    await ada.getByLabel(/^Anonymous: no names on cards or votes/).check();
    await ada.getByTestId('anonymous-chip').waitFor({ timeout: 10_000 });
    // Columns from a template, saved as they are.
    await ada.getByRole('button', { name: 'Start / Stop / Continue' }).click();
    expect(await ada.getByRole('button', { name: 'Start / Stop / Continue' }).getAttribute('aria-pressed')).toBe('true');
    await shot(ada, 'setup');
    await ada.getByRole('button', { name: 'Save columns' }).click();
    await openSection(ben, 'Anonymous ideas');
    await expect.poll(() => ben.locator('.bcolumn__title').allTextContents(), { timeout: 10_000 }).toEqual(['Start', 'Stop', 'Continue']);
    await ben.getByTestId('anonymous-chip').waitFor({ timeout: 10_000 });
    const box = ben.getByLabel('Add a private card to Start');
    await box.fill('Nobody should know I wrote this');
    await box.press('Enter');
    await waitForStatus(ada, '1 draft');
    expect(await ada.getByTestId('brainstorm-status').textContent()).not.toContain('from');
    // Ada has the draft, so the relay has committed it (it relays only after the commit).
    const boardId = new URL(boardLink).pathname.split('/').pop()!;
    const storedSection = () => {
      const doc = storedDoc(relay.dataDir, boardId);
      const section = [...doc.getMap('sections').values()].map((s) => (s as { toJSON(): Record<string, unknown> }).toJSON()).find((s) => s.title === 'Anonymous ideas')!;
      return { memberIds: [...doc.getMap('members').keys()], stored: JSON.stringify(section) };
    };
    const sealed = storedSection();
    expect(sealed.memberIds).toHaveLength(3);
    expect(sealed.stored).not.toContain('Nobody should know');
    for (const id of sealed.memberIds) expect(sealed.stored).not.toContain(id);
    await ada.getByRole('button', { name: 'Reveal cards' }).click();
    await ada.getByTestId('brainstorm-message').filter({ hasText: 'Revealed 1 card' }).waitFor({ timeout: 10_000 });
    await card(ada, 'Nobody should know I wrote this').waitFor({ timeout: 10_000 });
    expect(await card(ada, 'Nobody should know I wrote this').getByTestId('card-author').count()).toBe(0);
    await shot(ada, 'anonymous-revealed');

    // What the relay stored: the card is there, and no member id anywhere in the section.
    const { memberIds, stored } = storedSection();
    expect(stored).toContain('Nobody should know I wrote this');
    for (const id of memberIds) expect(stored).not.toContain(id);
    expect(stored).not.toMatch(/"author"/);
  });
});
