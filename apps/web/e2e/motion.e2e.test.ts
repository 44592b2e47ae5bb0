/**
 * `prefers-reduced-motion` (issue 13): the same board, once with motion and once asking for
 * less. With reduced motion the dialog and toasts appear without sliding, a dragged section's
 * neighbours jump instead of gliding, and a timer at zero does not pulse; with motion, all of
 * them move (so this test notices when reduced motion stops being honoured).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaRow, createBoard, join, keyboardSensorListening } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

/** The longest animation or transition an element runs, in ms (Infinity for a pulse that never ends). */
function motionMs(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    const seconds = (list: string) => list.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1));
    const animations = style.animationName === 'none' ? [0] : seconds(style.animationDuration).map((d, i) => {
      const count = style.animationIterationCount.split(',')[i]?.trim() ?? '1';
      return d === 0 ? 0 : count === 'infinite' ? Infinity : d * parseFloat(count);
    });
    return Math.max(...animations, ...seconds(style.transitionDuration)) * 1000;
  });
}

/** Opens a board, drags a section by keyboard, shows a dialog and a toast, lets a timer run out; returns the motion of each. */
async function tour(page: Page, other: Page): Promise<Record<string, number>> {
  await page.context().clock.install({ time: Date.now() });
  await page.context().clock.resume();
  const link = await createBoard(page, suite.relay.url, 'Calm session', 'Workshop kickoff', 'Rae Moreno');
  await other.goto(link);
  await join(other, 'Sam Okafor');
  const motion: Record<string, number> = {};

  // A keyboard drag: Space picks "Shared purpose" up, ArrowDown moves it over "Ideas", which
  // makes room (a transform transition on the row).
  const handle = agendaRow(page, 'Shared purpose').locator('.agenda-item__main');
  await handle.focus();
  await page.locator('.agenda-item__main[aria-describedby]').first().waitFor();
  await page.keyboard.press('Space');
  await keyboardSensorListening(page);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => (document.querySelector('[data-testid="agenda-item"][aria-label="Ideas"]') as HTMLElement | null)?.style.transform.includes('translate'));
  motion.drag = await motionMs(agendaRow(page, 'Ideas'));
  await page.keyboard.press('Escape');

  // A dialog: taking the lead from someone present asks first.
  await other.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
  await page.getByTestId('lead-name').filter({ hasText: 'Sam Okafor leads this section' }).waitFor();
  await page.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
  motion.dialog = await motionMs(page.getByTestId('confirm-dialog'));
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Take the lead' }).click();

  // A toast: Sam takes the lead back, Rae is told.
  await other.getByTestId('taken-notice').getByRole('button', { name: 'Take it back' }).click();
  const toast = page.getByTestId('taken-notice');
  await toast.waitFor();
  motion.toast = await motionMs(toast);

  // A timer at zero: Sam runs one minute, Rae's clock moves past it.
  await other.getByTestId('section-timer').getByRole('button', { name: '1 min', exact: true }).click();
  await other.getByTestId('section-timer').getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByTestId('timer-status').filter({ hasText: 'Running' }).waitFor();
  await page.clock.fastForward('01:05');
  await page.getByTestId('timer-status').filter({ hasText: "Time's up" }).waitFor();
  motion.timerDigits = await motionMs(page.getByTestId('timer-display'));
  motion.timerCard = await motionMs(page.getByTestId('section-timer'));
  motion.agendaTimer = await motionMs(agendaRow(page, 'Shared purpose').getByTestId('agenda-timer'));
  return motion;
}

describe('prefers-reduced-motion', () => {
  it('with motion allowed, drags glide, dialogs and toasts slide in, and a timer at zero pulses', async () => {
    const motion = await tour(await suite.newPage(), await suite.newPage());
    expect(motion.drag).toBeGreaterThanOrEqual(100);
    expect(motion.dialog).toBeGreaterThanOrEqual(100);
    expect(motion.toast).toBeGreaterThanOrEqual(100);
    expect(motion.timerDigits).toBe(Infinity);
    expect(motion.timerCard).toBe(Infinity);
    expect(motion.agendaTimer).toBe(Infinity);
  });

  it('with reduced motion, nothing moves: no glide, no slide, no pulse', async () => {
    const motion = await tour(await suite.newPage({ reducedMotion: 'reduce' }), await suite.newPage());
    for (const [what, ms] of Object.entries(motion)) expect(ms, what).toBeLessThanOrEqual(1);
  });
});
