/**
 * Screenshots of the screens a person meets, at a desktop, a tablet and a phone width, for
 * looking at (not asserting): home, the name dialog, a board with leads, a timer and a log,
 * the session log drawer, the row menu, dialogs, notices and a view-only guest.
 * Run: `pnpm --filter @roundtable/web screenshots` (after `pnpm build`).
 */
import { mkdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { createBoard, join, openSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const OUT = process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../../.screenshots', import.meta.url));
const WIDTHS = [1280, 900, 375] as const;
const HEIGHT = { 1280: 800, 900: 800, 375: 740 } as const;

/** Saves `page` as `<name>-<width>.png` (full page). */
async function shot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.waitForTimeout(250); // let transitions settle: this is for eyes, not an assertion
  await page.screenshot({ path: joinPath(OUT, `${name}-${width}.png`), fullPage: false });
}

describe('screenshots', () => {
  it('of every screen', async () => {
    mkdirSync(OUT, { recursive: true });
    for (const width of WIDTHS) {
      const viewport = { width, height: HEIGHT[width] };
      const ada = await suite.newPage({ viewport });
      await ada.goto(suite.relay.url);
      await shot(ada, 'home');
      const link = await createBoard(ada, suite.relay.url, 'Quarterly planning offsite', 'Workshop kickoff', 'Ada Lovelace');
      const grace = await suite.newPage({ viewport });
      await grace.goto(link);
      await grace.getByTestId('name-dialog').waitFor();
      await shot(grace, 'name-dialog');
      await join(grace, 'Grace Hopper');

      await openSection(ada, 'Ideas');
      await ada.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
      await ada.getByTestId('section-timer').getByRole('button', { name: '5 min', exact: true }).click();
      await ada.getByTestId('section-timer').getByRole('button', { name: 'Start', exact: true }).click();
      await ada.getByRole('button', { name: 'Next phase' }).click();
      await openSection(grace, 'Ideas');
      await shot(ada, 'board');
      await shot(grace, 'board-other');
      if (width < 1180) {
        await ada.getByTestId('log-toggle').click();
        await shot(ada, 'log-drawer');
        await ada.keyboard.press('Escape');
      }
      await ada.getByRole('button', { name: 'More actions for Ideas', exact: true }).click();
      await ada.getByRole('menu').waitFor();
      await shot(ada, 'row-menu');
      await ada.keyboard.press('Escape');
      await ada.getByRole('button', { name: 'Share', exact: true }).click();
      const viewLink = await ada.getByTestId('view-link').inputValue();
      await shot(ada, 'share-dialog');
      await ada.getByRole('button', { name: 'Done' }).click();
      const guest = await suite.newPage({ viewport });
      await guest.goto(viewLink);
      await join(guest, 'Guest');
      await openSection(guest, 'Do we agree?');
      await shot(guest, 'view-only');
      await guest.context().close();
      await ada.getByRole('button', { name: 'Add section' }).click();
      await ada.getByLabel('New section title').fill(`A long section title, ${'much longer than most people would write, '.repeat(5)}`.slice(0, 195));
      await ada.getByLabel('New section title').scrollIntoViewIfNeeded();
      await shot(ada, 'add-section');
      await ada.getByLabel('New section title').press('Enter');
      await shot(ada, 'long-title');
      await openSection(ada, 'Ideas');
      await grace.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
      await grace.getByTestId('confirm-dialog').waitFor();
      await shot(grace, 'confirm-dialog');
      await grace.getByTestId('confirm-dialog').getByRole('button', { name: 'Take the lead' }).click();
      await ada.getByTestId('taken-notice').waitFor();
      await shot(ada, 'lead-notice');
      await ada.context().close();
      await grace.context().close();
    }
  });

  it('of the screens between meetings: templates, recent boards, since your last visit', async () => {
    mkdirSync(OUT, { recursive: true });
    for (const width of WIDTHS) {
      for (const scheme of ['light', 'dark'] as const) {
        const viewport = { width, height: HEIGHT[width] };
        const suffix = scheme === 'dark' ? '-dark' : '';
        const ada = await suite.newPage({ viewport, colorScheme: scheme });
        await ada.goto(suite.relay.url);
        await ada.getByText('Retrospective', { exact: true }).click();
        await ada.locator('.templates').scrollIntoViewIfNeeded();
        await shot(ada, `home-templates${suffix}`);
        const link = await createBoard(ada, suite.relay.url, 'Sprint 14 retro', 'Retrospective', 'Ada Lovelace');
        const grace = await suite.newPage({ viewport, colorScheme: scheme });
        await grace.goto(link);
        await join(grace, 'Grace Hopper');
        await openSection(grace, 'Look back');
        await grace.goto(suite.relay.url); // Grace leaves
        await grace.getByTestId('recent-board').first().waitFor();
        await shot(grace, `home-recent${suffix}`);

        await openSection(ada, 'Look back');
        await ada.getByRole('button', { name: 'Next phase' }).click();
        for (const [column, text] of [['Went well', 'Shipped every week'], ['To improve', 'Fewer hand-offs between teams'], ['Ideas', 'Try mob programming on Fridays']] as const) {
          const box = ada.getByLabel(`Add a card to ${column}`);
          await box.fill(text);
          await box.press('Enter');
          await ada.getByTestId('card-text').getByText(text, { exact: true }).waitFor();
        }
        await openSection(ada, 'Top actions');
        await ada.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();

        await grace.goto(link);
        await grace.getByTestId('since-last-visit').getByText('Ada Lovelace added 3 cards').waitFor({ timeout: 15_000 });
        await shot(grace, `since-last-visit${suffix}`);
        await grace.getByTestId('since-last-visit').getByRole('button', { name: /^Look back/ }).click();
        await grace.getByTestId('new-marker').first().waitFor();
        await grace.getByTestId('brainstorm-board').scrollIntoViewIfNeeded();
        await shot(grace, `new-markers${suffix}`);
        await ada.context().close();
        await grace.context().close();
      }
    }
  });
});
