/**
 * A keyboard-only user (issue 13): home → create a board → join → take the lead → move a phase →
 * start the timer, with Tab, Shift+Tab, Enter, Space and the arrow keys only (no pointer action),
 * checking where focus is and what the screen shows at each step; then every Tab stop of the
 * board shows a visible focus ring, in the light and the dark theme.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAgenda, shownSection } from './helpers.js';
import { focused, focusProblem, tabTo } from './keyboard.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

/** Fails unless the focused element shows a visible focus ring. */
async function expectFocusVisible(page: Page): Promise<void> {
  expect(await focusProblem(page)).toBeNull();
}

describe('a keyboard-only user', () => {
  let kim: Page;

  it('creates a board from the home page', async () => {
    kim = await suite.newPage();
    await kim.goto(suite.relay.url);
    // The title field takes focus on arrival.
    await kim.getByRole('button', { name: 'Create board' }).waitFor();
    expect((await focused(kim)).name).toBe('Board title');
    await expectFocusVisible(kim);
    await kim.keyboard.type('Keyboard retro');

    // The template cards are one radio group: Tab enters it, arrows pick.
    const radio = await tabTo(kim, /^Workshop kickoff/, { max: 1 });
    expect(radio.tag).toBe('input');
    await expectFocusVisible(kim);
    await kim.keyboard.press('ArrowRight');
    await kim.locator('.template-card.is-selected').filter({ hasText: 'Retrospective' }).waitFor();
    await kim.keyboard.press('ArrowLeft');
    await kim.locator('.template-card.is-selected').filter({ hasText: 'Workshop kickoff' }).waitFor();

    await tabTo(kim, 'Create board', { max: 1 });
    await expectFocusVisible(kim);
    await kim.keyboard.press('Enter');
    await kim.waitForURL(/\/b\/[A-Za-z0-9]{16}(\?s=[\w-]+)?#t=/);
  });

  it('joins through the name dialog', async () => {
    await kim.getByTestId('name-dialog').waitFor();
    expect((await focused(kim)).name).toBe('Your name');
    await kim.keyboard.type('Kim Keys');
    // Enter in the name field answers the dialog ("Join board").
    await kim.keyboard.press('Enter');
    await kim.getByTestId('name-dialog').waitFor({ state: 'detached' });
    await expectAgenda(kim, ['Shared purpose', 'Ideas', 'Do we agree?']);
    await shownSection(kim, 'Shared purpose');
  });

  it('skips to the section content from the first Tab stop', async () => {
    // From the top of the page (where focus lands after the dialog, or on a fresh load).
    await kim.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await kim.keyboard.press('Tab');
    expect((await focused(kim)).name).toBe('Skip to section content');
    await expectFocusVisible(kim);
    await kim.keyboard.press('Enter');
    expect((await focused(kim)).id).toBe('section-content');
    // The board's URL keeps its token: the skip link does not follow a #fragment.
    expect(kim.url()).toMatch(/#t=/);
    // The next Tab stop is inside the section, not back in the header or the agenda.
    await kim.keyboard.press('Tab');
    expect(await kim.evaluate(() => document.activeElement?.closest('#section-content') !== null)).toBe(true);
  });

  it('takes the lead', async () => {
    await tabTo(kim, 'Take the lead');
    await expectFocusVisible(kim);
    await kim.keyboard.press('Enter');
    await kim.getByTestId('lead-name').filter({ hasText: 'You lead this section' }).waitFor();
    await kim.locator('[data-testid="agenda-item"][aria-label="Shared purpose"] [data-testid="agenda-lead"]').filter({ hasText: 'You' }).waitFor();
  });

  it('moves the phase forward and back', async () => {
    await tabTo(kim, 'Next phase');
    await expectFocusVisible(kim);
    await kim.keyboard.press('Enter');
    await kim.locator('.phases__step.is-current').filter({ hasText: 'Review' }).waitFor();
    await kim.locator('[data-testid="agenda-item"][aria-label="Shared purpose"] [data-testid="agenda-phase"]').filter({ hasText: 'Review' }).waitFor();
    await kim.keyboard.press('Space');
    await kim.locator('.phases__step.is-current').filter({ hasText: 'Agreed' }).waitFor();
    await tabTo(kim, 'Previous phase', { back: true, max: 1 });
    await kim.keyboard.press('Enter');
    await kim.locator('.phases__step.is-current').filter({ hasText: 'Review' }).waitFor();
  });

  it('picks a duration and starts the timer', async () => {
    await tabTo(kim, '3 min');
    await expectFocusVisible(kim);
    await kim.keyboard.press('Space');
    await kim.getByTestId('timer-display').filter({ hasText: '03:00' }).waitFor();
    await tabTo(kim, 'Start');
    await kim.keyboard.press('Enter');
    await kim.getByTestId('timer-status').filter({ hasText: 'Running' }).waitFor();
    await kim.locator('[data-testid="agenda-item"][aria-label="Shared purpose"] [data-testid="agenda-timer"]').waitFor();
    const shown = (await kim.getByTestId('timer-display').textContent()) ?? '';
    expect(shown).toMatch(/^0[23]:[0-5]\d$/);
    // Focus stays on the timer's controls (now "Pause"), not lost to the page.
    expect((await focused(kim)).name).toBe('Pause');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows a focus ring on every Tab stop of the board (${colorScheme})`, async () => {
      await kim.emulateMedia({ colorScheme });
      // Walk the whole Tab order once round, from wherever focus is back to it.
      await kim.evaluate(() => (document.activeElement as HTMLElement | null)?.setAttribute('data-walk-start', ''));
      const seen: string[] = [];
      for (let i = 0; i < 120; i++) {
        await kim.keyboard.press('Tab');
        if (await kim.evaluate(() => document.activeElement?.hasAttribute('data-walk-start') ?? false)) break;
        const now = await focused(kim);
        // Past the last stop, focus leaves the page for the browser's own UI, then wraps.
        if (now.tag === 'body') continue;
        seen.push(now.name);
        const problem = await focusProblem(kim);
        expect(problem, `Tab stop ${seen.length} after: ${seen.slice(-4).join(' → ')}`).toBeNull();
      }
      // The walk went through the header, the agenda, the section and its timer.
      for (const stop of ['Skip to section content', 'All boards', 'Share', 'Add section', 'Step back', '3 min']) expect(seen).toContain(stop);
      await kim.evaluate(() => document.querySelector('[data-walk-start]')?.removeAttribute('data-walk-start'));
      await kim.emulateMedia({ colorScheme: 'light' });
    });
  }
});
