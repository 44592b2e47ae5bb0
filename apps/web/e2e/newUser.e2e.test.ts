/**
 * Keyboard and screen-reader details a new user hit: colour swatches named like colours and
 * chosen with the arrow keys; Escape on a confirmation returns focus to the control that asked;
 * agenda rows of two Tab stops with their other actions in a menu and on keys; the row's menu
 * button covers nothing; a view-only guest is told the truth; a reload keeps the section.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaRow, agendaTitles, createBoard, expectAgenda, join, openSection, shownSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

/** The accessible name (aria-label or text) of the focused element. */
const focusedName = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.getAttribute('aria-label') ?? (el?.querySelector('.menu__label') ?? el)?.textContent?.trim() ?? null;
});

describe('keyboard and screen-reader details', () => {
  let ada: Page;
  let grace: Page;
  let link: string;

  it('names the colour swatches and moves the choice with the arrow keys', async () => {
    ada = await suite.newPage();
    link = await createBoard(ada, suite.relay.url, 'Retro', 'Workshop kickoff', 'Ada');
    grace = await suite.newPage();
    await grace.goto(link);
    const colours = grace.getByRole('radiogroup', { name: 'Your colour' }).getByRole('radio');
    await colours.first().waitFor();
    expect(await colours.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      'Indigo', 'Sky blue', 'Teal', 'Green', 'Yellow', 'Orange', 'Red', 'Pink', 'Purple', 'Slate',
    ]);
    expect(await colours.evaluateAll((els) => els.filter((e) => e.getAttribute('tabindex') === '0').length)).toBe(1);
    await grace.getByRole('radio', { name: 'Teal' }).click();
    await grace.keyboard.press('ArrowRight');
    expect(await grace.getByRole('radio', { name: 'Green', checked: true }).count()).toBe(1);
    expect(await focusedName(grace)).toBe('Green');
    await grace.keyboard.press('ArrowLeft');
    await grace.keyboard.press('ArrowLeft');
    expect(await focusedName(grace)).toBe('Sky blue');
    await join(grace, 'Grace');
  });

  it('returns focus to the control that opened a confirmation closed with Escape', async () => {
    await openSection(ada, 'Ideas');
    await ada.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
    await openSection(grace, 'Ideas');
    const take = grace.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true });
    await take.focus();
    await grace.keyboard.press('Enter');
    await grace.getByTestId('confirm-dialog').waitFor();
    await grace.keyboard.press('Escape');
    await grace.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(await focusedName(grace)).toBe('Take the lead');
  });

  it('gives each agenda row two Tab stops: the section and its "More actions" menu', async () => {
    await agendaRow(ada, 'Shared purpose').locator('.agenda-item__main').focus();
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      stops.push(await ada.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.closest('li')?.getAttribute('aria-label')}: ${el.getAttribute('aria-label') ?? el.querySelector('.agenda-item__title')?.textContent}`;
      }));
      await ada.keyboard.press('Tab');
    }
    expect(stops).toEqual([
      'Shared purpose: Shared purpose',
      'Shared purpose: More actions for Shared purpose',
      'Ideas: Ideas',
      'Ideas: More actions for Ideas',
      'Do we agree?: Do we agree?',
      'Do we agree?: More actions for Do we agree?',
    ]);
    const perRow = await ada.getByTestId('agenda-item').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll<HTMLElement>('button, input, a, [tabindex]')].filter((el) => el.tabIndex >= 0).length),
    );
    expect(perRow).toEqual([2, 2, 2]);
  });

  it('runs the row menu by keyboard: arrows, Home/End, Escape back to its button, a move that keeps focus', async () => {
    const menuButton = ada.getByRole('button', { name: 'More actions for Ideas', exact: true });
    await menuButton.focus();
    await ada.keyboard.press('Enter');
    const menu = ada.getByRole('menu', { name: 'More actions for Ideas' });
    await menu.waitFor();
    expect(await focusedName(ada)).toBe('Rename');
    await ada.keyboard.press('ArrowDown');
    expect(await focusedName(ada)).toBe('Move up');
    await ada.keyboard.press('End');
    expect(await focusedName(ada)).toBe('Remove');
    await ada.keyboard.press('ArrowDown');
    expect(await focusedName(ada)).toBe('Rename');
    expect(await menu.getByRole('menuitem', { name: 'Rename' }).getAttribute('aria-keyshortcuts')).toBe('F2');
    await ada.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focusedName(ada)).toBe('More actions for Ideas');

    await ada.keyboard.press('Enter');
    await menu.waitFor();
    await ada.keyboard.press('ArrowDown');
    await ada.keyboard.press('ArrowDown');
    expect(await focusedName(ada)).toBe('Move down');
    await ada.keyboard.press('Enter');
    await expectAgenda(grace, ['Shared purpose', 'Do we agree?', 'Ideas']);
    await ada.getByTestId('agenda-announcer').filter({ hasText: 'Ideas moved to position 3 of 3.' }).waitFor();
    await ada.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'More actions for Ideas');
    // At the end, "Move down" is inert and says why.
    await ada.keyboard.press('Enter');
    const down = menu.getByRole('menuitem', { name: 'Move down' });
    expect(await down.getAttribute('aria-disabled')).toBe('true');
    expect(await down.getAttribute('aria-description')).toBe('Already last on the agenda');
    await ada.keyboard.press('Escape');
  });

  it('moves, renames and removes a row with keys from its section button', async () => {
    const ideas = agendaRow(ada, 'Ideas').locator('.agenda-item__main');
    expect(await ideas.getAttribute('aria-keyshortcuts')).toBe('F2 Alt+ArrowUp Alt+ArrowDown Delete');
    await ideas.focus();
    await ada.keyboard.press('Alt+ArrowUp');
    await expectAgenda(grace, ['Shared purpose', 'Ideas', 'Do we agree?']);
    await ada.getByTestId('agenda-announcer').filter({ hasText: 'Ideas moved to position 2 of 3.' }).waitFor();
    await ada.waitForFunction(() => document.activeElement?.closest('li')?.getAttribute('aria-label') === 'Ideas');

    await ada.keyboard.press('F2');
    await ada.getByTestId('rename-section-input').waitFor();
    await ada.keyboard.type('Ideas for Q3');
    await ada.keyboard.press('Enter');
    await expectAgenda(grace, ['Shared purpose', 'Ideas for Q3', 'Do we agree?']);
    await ada.waitForFunction(() => document.activeElement?.classList.contains('agenda-item__main'));

    await ada.keyboard.press('Delete');
    await ada.getByTestId('confirm-dialog').waitFor();
    await ada.keyboard.press('Escape');
    await ada.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(await ada.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-label'))).toBe('Ideas for Q3');
    expect(await agendaTitles(ada)).toEqual(['Shared purpose', 'Ideas for Q3', 'Do we agree?']);
  });

  it('returns focus to the menu button after Escape on a removal asked from the menu', async () => {
    await ada.getByRole('button', { name: 'More actions for Do we agree?' }).click();
    await ada.getByRole('menuitem', { name: 'Remove' }).click();
    await ada.getByTestId('confirm-dialog').waitFor();
    await ada.keyboard.press('Escape');
    await ada.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(await focusedName(ada)).toBe('More actions for Do we agree?');
  });

  it("keeps the row's menu button clear of its title and viewers", async () => {
    await openSection(grace, 'Ideas for Q3');
    const row = agendaRow(ada, 'Ideas for Q3');
    await row.locator('.agenda-item__viewers').waitFor();
    await row.hover();
    const boxes = await row.evaluate((li) => ['.agenda-item__title', '.agenda-item__viewers', '.agenda-item__more'].map((s) => li.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect));
    const [title, viewers, more] = boxes as [DOMRect, DOMRect, DOMRect];
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlaps(more, title)).toBe(false);
    expect(overlaps(more, viewers)).toBe(false);
  });

  it('tells a view-only guest that only people with the edit link run a section', async () => {
    await ada.getByRole('button', { name: 'Share', exact: true }).click();
    const viewLink = await ada.getByTestId('view-link').inputValue();
    await ada.getByRole('button', { name: 'Done' }).click();
    const guest = await suite.newPage();
    await guest.goto(viewLink);
    await join(guest, 'Guest');
    await openSection(guest, 'Do we agree?');
    const bar = guest.getByTestId('lead-bar');
    await bar.getByText('Nobody leads this section').waitFor();
    expect(await bar.textContent()).not.toContain('Anyone may');
    expect(await bar.textContent()).toContain('Anyone with the edit link may move its phases or run its timer. You are following with a view-only link.');
    expect(await guest.getByTestId('agenda-item').first().evaluate((row) => [...row.querySelectorAll<HTMLElement>('button')].filter((b) => b.tabIndex >= 0).length)).toBe(1);
    await guest.context().close();
  });

  it('remembers the section in view across a reload, and a link to it opens it', async () => {
    await openSection(grace, 'Do we agree?');
    expect(new URL(grace.url()).searchParams.get('s')).toBeTruthy();
    expect(new URL(grace.url()).hash).toMatch(/^#t=/);
    await grace.reload();
    await shownSection(grace, 'Do we agree?');
    const other = await suite.newPage();
    await other.goto(grace.url());
    await join(other, 'Linus');
    await shownSection(other, 'Do we agree?');
    await other.context().close();
  });
});
