/**
 * Keyboard and screen-reader details a new user hit: colour swatches named like colours and
 * chosen with the arrow keys; Escape on a confirmation returns focus to the control that asked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard, join, openSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

/** The accessible name (aria-label or text) of the focused element. */
const focusedName = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? null;
});

describe('keyboard and screen-reader details', () => {
  let ada: Page;
  let grace: Page;
  let link: string;

  it('names the colour swatches and moves the choice with the arrow keys', async () => {
    ada = await suite.newPage();
    link = await createBoard(ada, suite.relay.url, 'Retro', 'Facilitated workshop', 'Ada');
    grace = await suite.newPage();
    await grace.goto(link);
    const colours = grace.getByRole('radiogroup', { name: 'Your colour' }).getByRole('radio');
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
});
