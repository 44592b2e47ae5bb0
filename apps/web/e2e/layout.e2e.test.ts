/**
 * The board from a phone to a wide screen: at 1280, 900 and 375 px nothing is cut off or
 * scrolls sideways, and the session log is reachable at every width (a column on wide screens,
 * a drawer from the header's "Log" button below 1180 px, closed with Escape, focus returned).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard, join, openSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

/** Fails when the page itself scrolls or a visible control (or its text) sticks out of the viewport. */
async function expectNothingCutOff(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
    // The board's panels scroll, the page never does (it would slide the header away).
    if (document.documentElement.scrollHeight > window.innerHeight) out.push(`the page is ${document.documentElement.scrollHeight}px tall in a ${window.innerHeight}px viewport`);
    for (const el of document.querySelectorAll<HTMLElement>('button, a, input, [role="status"], h1, h2, p')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      if (r.left < 0 || r.right > width + 0.5) out.push(`${el.getAttribute('aria-label') ?? el.textContent} spans ${Math.round(r.left)}–${Math.round(r.right)}px`);
    }
    return out;
  });
  expect(problems).toEqual([]);
}

const logPanel = (page: Page) => page.getByTestId('log-panel');
const logLine = (page: Page, text: string) => logPanel(page).locator('[data-testid="log-item"] .activity__text', { hasText: text });

for (const viewport of [{ width: 1280, height: 800 }, { width: 900, height: 800 }, { width: 375, height: 740 }]) {
  describe(`the board at ${viewport.width} px`, () => {
    let ada: Page;
    let grace: Page;

    it('fits the screen: nothing cut off, no sideways scrolling', async () => {
      ada = await suite.newPage({ viewport });
      const link = await createBoard(ada, suite.relay.url, 'A board with a rather long title for a small screen', 'Workshop kickoff', 'Ada Lovelace');
      grace = await suite.newPage({ viewport });
      await grace.goto(link);
      await join(grace, 'Grace Hopper');
      await openSection(grace, 'Ideas');
      await grace.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
      await expectNothingCutOff(ada);
      await expectNothingCutOff(grace);
    });

    it('keeps the session log within reach', async () => {
      if (viewport.width > 1180) {
        await logLine(ada, 'Grace Hopper took the lead of Ideas').waitFor();
        expect(await ada.getByTestId('log-toggle').isVisible()).toBe(false);
        return;
      }
      expect(await logPanel(ada).isVisible()).toBe(false);
      const toggle = ada.getByTestId('log-toggle');
      await ada.getByRole('button', { name: 'Session log, 1 new' }).waitFor();
      await toggle.click();
      await logLine(ada, 'Grace Hopper took the lead of Ideas').waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      // The drawer slides in; wait until the record is wholly on screen.
      await ada.waitForFunction(() => {
        const line = [...document.querySelectorAll('[data-testid="log-panel"] .activity__text')].find((e) => e.textContent?.includes('Grace Hopper took the lead of Ideas'));
        const r = line?.getBoundingClientRect();
        return r !== undefined && r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;
      });
      await ada.getByRole('button', { name: 'Session log', exact: true }).waitFor();

      await ada.keyboard.press('Escape');
      await logPanel(ada).waitFor({ state: 'hidden' });
      expect(await ada.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('log-toggle');

      // New records while it is closed show on the toggle; the close button closes it too.
      await grace.getByTestId('lead-bar').getByRole('button', { name: 'Step back' }).click();
      await ada.getByRole('button', { name: 'Session log, 1 new' }).waitFor();
      await toggle.click();
      await logLine(ada, 'Grace Hopper stepped back from leading Ideas').waitFor();
      await ada.getByRole('button', { name: 'Close the session log' }).click();
      await logPanel(ada).waitFor({ state: 'hidden' });
      await expectNothingCutOff(ada);
    });

    it('fits a view-only guest too, with room for the board title', async () => {
      await ada.getByRole('button', { name: 'Share', exact: true }).click();
      const viewLink = await ada.getByTestId('view-link').inputValue();
      await ada.getByRole('button', { name: 'Done' }).click();
      const guest = await suite.newPage({ viewport });
      await guest.goto(viewLink);
      await join(guest, 'Guest');
      await guest.getByTestId('view-only-badge').waitFor();
      await expectNothingCutOff(guest);
      const title = await guest.locator('.board-header__title').boundingBox();
      expect(title?.width ?? 0).toBeGreaterThanOrEqual(60);
      await guest.context().close();
    });
  });
}
