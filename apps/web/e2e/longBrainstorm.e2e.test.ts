/**
 * A long brainstorm (240 cards in two columns): cards register for drag and drop, and show their
 * buttons, only near the visible part of the board, so a card far down the columns must become
 * draggable and a drop target once scrolled to, by mouse and by keyboard; cards far away must
 * not be registered, and Tab must still reach every card's buttons in turn.
 */
import { addCard, addSections, createBoard as createBoardDoc, selectBrainstormSettings, setColumns, setPhase, upsertMember } from '@roundtable/model';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { arrowDownUntil, join } from './helpers.js';
import { importBoardFile, writeBoardFile } from './importedBoard.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const CARDS = 240;

const card = (page: Page, text: string) => page.locator('[data-testid="card"]', { has: page.getByTestId('card-text').getByText(text, { exact: true }) });
/** Cards whose handle carries dnd-kit's attributes (registered as draggable). */
const registered = (page: Page) => page.locator('[data-testid="card"] .bcard__handle[aria-roledescription]').count();
const waitForAnnouncement = (page: Page, text: string) => page.locator('[id^="DndLiveRegion"]', { hasText: text }).waitFor({ state: 'attached', timeout: 10_000 });

/** With card `dragged` held by the mouse over card `target`: releases it and checks they now form the board's one group, `target` first. */
async function dropOntoMakesGroup(page: Page, dragged: string, target: string): Promise<void> {
  await waitForAnnouncement(page, `card “${dragged}” is over card “${target}”`);
  await page.mouse.up();
  await waitForAnnouncement(page, `Dropped card “${dragged}” onto card “${target}”`);
  const group = page.getByTestId('cluster');
  await group.waitFor({ timeout: 10_000 });
  expect(await group.getByTestId('card-text').allTextContents()).toEqual([target, dragged]);
}

/** A board with one brainstorm in its cluster phase: "Card 1" … "Card 240", alternating between two columns. */
function boardFile(): string {
  const doc = new Y.Doc();
  const at = Date.now();
  createBoardDoc(doc, { title: 'Long retro', template: 'blank', at });
  upsertMember(doc, { id: 'member-ada', name: 'Ada', color: '#0f766e', at });
  const added = addSections(doc, { sections: [{ kind: 'brainstorm', title: 'Ideas' }], by: null, at });
  if (!added.ok) throw new Error(added.error);
  const sectionId = added.value[0]!;
  const first = selectBrainstormSettings(doc, sectionId)!.columns[0]!.id;
  const columns = setColumns(doc, { sectionId, by: 'member-ada', at, columns: [{ id: first, title: 'Went well' }, { title: 'To improve' }] });
  if (!columns.ok) throw new Error(columns.error);
  setPhase(doc, { sectionId, by: 'member-ada', at, phase: 'cluster' });
  for (let i = 1; i <= CARDS; i++) addCard(doc, { sectionId, by: 'member-ada', at, column: columns.value[(i - 1) % 2]!.id, text: `Card ${i}` });
  return writeBoardFile(doc, 'long-retro');
}

/** A new member, Ada, on a fresh copy of that board, its brainstorm open with every card mounted. */
async function openLongBrainstorm(): Promise<Page> {
  const ada = await suite.newPage();
  await importBoardFile(ada, suite.relay.url, boardFile());
  await join(ada, 'Ada');
  await ada.getByTestId('agenda-item').filter({ hasText: 'Ideas' }).locator('.agenda-item__main').click();
  await expect.poll(() => ada.locator('[data-testid="card"]').count(), { timeout: 20_000 }).toBe(CARDS);
  return ada;
}

describe('a long brainstorm', () => {
  it('registers only the cards near the screen, and drags cards far down the columns by mouse and keyboard', async () => {
    const ada = await openLongBrainstorm();
    // The first screens' cards are registered, the far ones not; far cards show their text and author, no buttons.
    await expect.poll(() => registered(ada)).toBeGreaterThan(10);
    expect(await registered(ada)).toBeLessThan(CARDS / 2);
    await expect.poll(() => card(ada, 'Card 1').getByRole('button').count()).toBeGreaterThan(2);
    expect(await card(ada, 'Card 239').getByRole('button').count()).toBe(0);
    expect(await card(ada, 'Card 239').getByTestId('card-author').textContent()).toContain('Ada');

    // Far down: "Card 231" onto "Card 233" (same column, two below), by mouse.
    const dragged = card(ada, 'Card 231');
    const target = card(ada, 'Card 233');
    await target.scrollIntoViewIfNeeded();
    const handle = dragged.getByRole('button', { name: 'Drag card: Card 231' });
    await expect.poll(() => handle.getAttribute('aria-roledescription')).not.toBeNull();
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
    await ada.mouse.move(start.x, start.y);
    await ada.mouse.down();
    for (let i = 1; i <= 12; i++) await ada.mouse.move(start.x + ((end.x - start.x) * i) / 12, start.y + ((end.y - start.y) * i) / 12);
    await dropOntoMakesGroup(ada, 'Card 231', 'Card 233');

    // By keyboard, near the end of the other column: "Card 236" down onto "Card 240".
    await ada.emulateMedia({ reducedMotion: 'reduce' });
    const keyHandle = ada.getByRole('button', { name: 'Drag card: Card 236' });
    await card(ada, 'Card 236').scrollIntoViewIfNeeded();
    await expect.poll(() => keyHandle.getAttribute('aria-roledescription')).not.toBeNull();
    await keyHandle.focus();
    await ada.keyboard.press('Space');
    // The pick-up is said first, then at once what the card is over.
    await waitForAnnouncement(ada, 'card “Card 236”');
    const said = await arrowDownUntil(ada, 'over card “Card 240”', 8);
    expect(said).toContain('card “Card 236” is over card “Card 240”');
    await ada.keyboard.press('Space');
    await waitForAnnouncement(ada, 'Dropped card “Card 236” onto card “Card 240”');
    await expect.poll(() => ada.getByTestId('cluster').count()).toBe(2);
  });

  it('drops onto a card that was far away when the drag began, once the board has scrolled to it', async () => {
    const ada = await openLongBrainstorm();
    // "Card 2" from the top of the second column, onto "Card 200", far down the same column.
    const handle = ada.getByRole('button', { name: 'Drag card: Card 2', exact: true });
    await handle.scrollIntoViewIfNeeded();
    await expect.poll(() => handle.getAttribute('aria-roledescription')).not.toBeNull();
    const target = card(ada, 'Card 200');
    expect(await target.locator('.bcard__handle[aria-roledescription]').count()).toBe(0);
    const from = (await handle.boundingBox())!;
    await ada.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await ada.mouse.down();
    await ada.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 2 });
    await waitForAnnouncement(ada, 'card “Card 2”');
    // Scroll the board with the wheel, the card still held, until "Card 200" is in view.
    for (let i = 0; i < 60; i++) {
      const box = await target.boundingBox();
      if (box && box.y > 100 && box.y + box.height < (ada.viewportSize()?.height ?? 720) - 50) break;
      await ada.mouse.wheel(0, box && box.y < 100 ? -300 : 600);
    }
    await expect.poll(() => target.locator('.bcard__handle[aria-roledescription]').count(), { timeout: 10_000 }).toBe(1);
    const to = (await target.boundingBox())!;
    // The pointer on the middle of the card: onto it (a group), though the board scrolled since the drag began.
    await ada.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 4 });
    await dropOntoMakesGroup(ada, 'Card 2', 'Card 200');
  });

  it('lets Tab reach every card\'s buttons in turn down a long column', async () => {
    const ada = await openLongBrainstorm();
    await ada.getByRole('button', { name: 'Edit card: Card 1', exact: true }).focus();
    // Each card has four stops (edit, colour, delete, drag); the first column holds the odd cards.
    // Tabbing scrolls each stop into view, so the cards ahead come near and show their buttons
    // before focus gets there: no card is skipped, far past the first screens.
    const reached: string[] = [];
    for (let press = 0; press < 4 * 40; press++) {
      await ada.keyboard.press('Tab');
      const label = await ada.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label.startsWith('Edit card: ')) reached.push(label.slice('Edit card: '.length));
    }
    expect(reached).toEqual(Array.from({ length: 40 }, (_, i) => `Card ${3 + 2 * i}`));
  });
});
