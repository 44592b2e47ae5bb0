/**
 * The section's phase and timer controls as a lead uses them, at 1280 and 375 px: the phase
 * arrows are inert at the ends and say why (keeping focus), another person's phase move is
 * followed; a timer preset picked after a Reset shows its own duration.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaRow, createBoard, join, openSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

const arrow = (page: Page, name: 'Previous phase' | 'Next phase') => page.getByRole('button', { name, exact: true });
const description = (page: Page, name: 'Previous phase' | 'Next phase') => arrow(page, name).getAttribute('aria-description');
const display = (page: Page) => page.getByTestId('timer-display');

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  describe(`section controls at ${viewport.width} px`, () => {
    let ada: Page;
    let grace: Page;

    it('opens a brainstorm for Ada and Grace', async () => {
      ada = await suite.newPage({ viewport });
      const link = await createBoard(ada, suite.relay.url, 'Retro', 'Workshop kickoff', 'Ada');
      grace = await suite.newPage({ viewport });
      await grace.goto(link);
      await join(grace, 'Grace');
      await openSection(ada, 'Ideas');
      await openSection(grace, 'Ideas');
    });

    it('keeps the phase arrows inert at the ends, saying why, and follows moves by others', async () => {
      expect(await arrow(ada, 'Previous phase').getAttribute('aria-disabled')).toBe('true');
      expect(await description(ada, 'Previous phase')).toBe('Already in its first phase');
      expect(await arrow(ada, 'Next phase').getAttribute('aria-disabled')).toBeNull();

      // By keyboard to the last phase: focus stays on the arrow once it turns inert.
      await arrow(ada, 'Next phase').focus();
      for (const phase of ['Reveal', 'Cluster', 'Vote', 'Results']) {
        await ada.keyboard.press('Enter');
        await agendaRow(grace, 'Ideas').getByTestId('agenda-phase').filter({ hasText: phase }).waitFor();
      }
      expect(await arrow(ada, 'Next phase').getAttribute('aria-disabled')).toBe('true');
      expect(await description(ada, 'Next phase')).toBe('Already in its last phase');
      await ada.keyboard.press('Enter');
      expect(await ada.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Next phase');
      expect(await ada.getByTestId('phase-error').count()).toBe(0);
      await agendaRow(ada, 'Ideas').getByTestId('agenda-phase').filter({ hasText: 'Results' }).waitFor();

      // Grace moves it back: Ada's arrow is live again.
      await arrow(grace, 'Previous phase').click();
      await ada.waitForFunction(() => document.querySelector('[aria-label="Next phase"]')?.getAttribute('aria-disabled') === null);
      expect(await description(ada, 'Next phase')).toBeNull();
    });

    it('shows the duration picked after a Reset, and starts that one', async () => {
      const timer = ada.getByTestId('section-timer');
      await timer.getByRole('button', { name: '10 min', exact: true }).click();
      await timer.getByRole('button', { name: 'Start', exact: true }).click();
      await grace.getByTestId('timer-status').filter({ hasText: 'Running' }).waitFor();
      await timer.getByRole('button', { name: 'Reset', exact: true }).click();
      await display(ada).filter({ hasText: '10:00' }).waitFor();
      expect(await timer.getByRole('button', { name: '10 min', exact: true }).getAttribute('aria-pressed')).toBe('true');

      await timer.getByRole('button', { name: '3 min', exact: true }).click();
      await display(ada).filter({ hasText: '03:00' }).waitFor();
      await timer.getByLabel('Custom minutes').fill('2');
      await display(ada).filter({ hasText: '02:00' }).waitFor();
      await timer.getByRole('button', { name: '1 min', exact: true }).click();
      await display(ada).filter({ hasText: '01:00' }).waitFor();
      await timer.getByRole('button', { name: 'Start', exact: true }).click();
      await grace.getByTestId('timer-status').filter({ hasText: 'Running' }).waitFor();
      const shown = (await display(grace).textContent()) ?? '';
      expect(shown.startsWith('01:') || shown.startsWith('00:'), `Grace sees ${shown}`).toBe(true);
    });
  });
}
