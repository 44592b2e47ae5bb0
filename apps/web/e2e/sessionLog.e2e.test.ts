/**
 * The session log of a long session: the newest records are rendered and scrolled into view at
 * once, older ones a page at a time from "Show earlier records" (by mouse or keyboard), in
 * document order, the count of those still hidden on the button.
 */
import { mkdirSync } from 'node:fs';
import { addSections, createBoard as createBoardDoc } from '@roundtable/model';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { join } from './helpers.js';
import { importBoardFile, writeBoardFile } from './importedBoard.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/screenshots';

/** Rows of the log as their sentences, in the order shown. */
const rows = (page: import('playwright-core').Page) => page.locator('[data-testid="log-item"] .activity__text').allTextContents();

describe('session log of a long session', () => {
  it('shows the newest 50 records and earlier ones on request, in order, by mouse and keyboard', async () => {
    // 180 sections added one call at a time: 180 "added" records after the board's own.
    const doc = new Y.Doc();
    createBoardDoc(doc, { title: 'Long session', template: 'blank', at: Date.now() });
    for (let i = 1; i <= 180; i++) addSections(doc, { sections: [{ kind: 'brainstorm', title: `Topic ${i}` }], by: null, at: Date.now() });
    const total = doc.getArray('log').length;
    const ada = await suite.newPage();
    await importBoardFile(ada, suite.relay.url, writeBoardFile(doc, 'long-session'));
    await join(ada, 'Ada Lovelace');

    const log = ada.getByTestId('log-panel');
    const newest = log.getByTestId('log-item').last();
    await expect.poll(() => newest.textContent()).toContain('Topic 180');
    expect(await log.getByTestId('log-item').count()).toBe(50);
    await expect.poll(() => newest.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const panel = el.closest('.board__aside')!.getBoundingClientRect();
      return box.bottom <= panel.bottom + 1 && box.top >= panel.top;
    })).toBe(true);
    const earlier = log.getByRole('button', { name: /Show earlier records/ });
    expect(await earlier.textContent()).toBe(`Show earlier records (${total - 50} more)`);
    await expectAccessible(ada, 'session log with earlier records hidden');
    // Screenshots of the log with its "Show earlier records" button: the column at 1280 px, the drawer at 375 px.
    mkdirSync(SHOTS, { recursive: true });
    await log.evaluate((el) => (el.scrollTop = 0));
    await ada.screenshot({ path: `${SHOTS}/session-log-earlier-1280.png` });
    await ada.setViewportSize({ width: 375, height: 800 });
    await ada.getByTestId('log-toggle').click();
    await earlier.scrollIntoViewIfNeeded();
    await ada.screenshot({ path: `${SHOTS}/session-log-earlier-375.png` });
    await ada.keyboard.press('Escape');
    await ada.setViewportSize({ width: 1280, height: 800 });

    await earlier.click();
    expect(await log.getByTestId('log-item').count()).toBe(150);
    expect(await earlier.textContent()).toBe(`Show earlier records (${total - 150} more)`);

    await earlier.focus();
    await ada.keyboard.press('Enter');
    await expect.poll(() => log.getByTestId('log-item').count()).toBe(total);
    expect(await earlier.count()).toBe(0);
    const sentences = await rows(ada);
    const topics = sentences.map((s) => /Topic (\d+)/.exec(s)?.[1]).filter(Boolean).map(Number);
    expect(topics).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
  });
});
