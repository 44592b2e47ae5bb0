/**
 * Reordering the agenda as people do it, at a desktop and a phone width: dragging a row with
 * the mouse and moving it with the keyboard (Space, arrows, Space), a section added after the
 * page loaded included; the other person sees every new order, and a screen reader hears the
 * position each row was dropped at.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { createBoard, dragRowWithPointer, expectAgenda, expectAnnouncement, join, moveRowWithKeyboard } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  describe(`reordering the agenda at ${viewport.width} px`, () => {
    let ada: Page;
    let grace: Page;

    it('opens one board for two people', async () => {
      ada = await suite.newPage({ viewport });
      const link = await createBoard(ada, suite.relay.url, 'Planning', 'Workshop kickoff', 'Ada');
      grace = await suite.newPage({ viewport });
      await grace.goto(link);
      await join(grace, 'Grace');
      await expectAgenda(grace, ['Shared purpose', 'Ideas', 'Do we agree?']);
    });

    it('moves a row loaded with the page by keyboard and by pointer', async () => {
      await moveRowWithKeyboard(ada, 'Shared purpose', 2);
      await expectAnnouncement(ada, /^Shared purpose dropped at position 3 of 3\.$/);
      await expectAgenda(grace, ['Ideas', 'Do we agree?', 'Shared purpose']);

      await dragRowWithPointer(ada, 'Shared purpose', 'Ideas');
      await expectAgenda(grace, ['Shared purpose', 'Ideas', 'Do we agree?']);
    });

    it('moves a section added after the page loaded, without a reload', async () => {
      await ada.getByRole('button', { name: 'Add section' }).click();
      await ada.getByLabel('New section title').fill('Parking lot');
      await ada.getByLabel('New section title').press('Enter');
      await expectAgenda(grace, ['Shared purpose', 'Ideas', 'Do we agree?', 'Parking lot']);

      await moveRowWithKeyboard(ada, 'Parking lot', -2);
      await expectAnnouncement(ada, /^Parking lot dropped at position 2 of 4\.$/);
      await expectAgenda(grace, ['Shared purpose', 'Parking lot', 'Ideas', 'Do we agree?']);

      await dragRowWithPointer(ada, 'Parking lot', 'Do we agree?');
      await expectAgenda(grace, ['Shared purpose', 'Ideas', 'Do we agree?', 'Parking lot']);
    });

    it('moves a section another person added while the page was open', async () => {
      await grace.getByRole('button', { name: 'Add section' }).click();
      await grace.getByLabel('New section title').fill('Next steps');
      await grace.getByLabel('New section title').press('Enter');
      await expectAgenda(ada, ['Shared purpose', 'Ideas', 'Do we agree?', 'Parking lot', 'Next steps']);

      await dragRowWithPointer(ada, 'Next steps', 'Shared purpose');
      await expectAgenda(grace, ['Next steps', 'Shared purpose', 'Ideas', 'Do we agree?', 'Parking lot']);
      await moveRowWithKeyboard(ada, 'Next steps', 1);
      await expectAgenda(grace, ['Shared purpose', 'Next steps', 'Ideas', 'Do we agree?', 'Parking lot']);
    });
  });
}
