/**
 * Render isolation, as another person's screen sees it (issue 7 item 2): Grace watches while
 * Ada renames a section, moves to another section and renames the board. A probe standing in
 * for the React DevTools hook (`RENDER_PROBE` in tools/browser, which B5 uses too) records where
 * on Grace's page each rendered component lies: a remote rename must re-render that one agenda
 * row and nothing else; a presence move only the two rows and the avatar involved; a new log
 * record one new log row.
 */
import { RENDER_PROBE, type Renders } from '@roundtable/browser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { agendaRow, createBoard, expectAgenda, join, openSection, renameSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

const SECTIONS = ['Why we are here', 'Look back', 'Top actions'];

/** Waits until `page` has committed nothing for a while (initial sync, deferred drag and drop, presence). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const probe = (window as unknown as { __renders: Renders }).__renders;
        const before = probe.commits;
        setTimeout(() => resolve(probe.commits === before), 400);
      }),
    undefined,
    { timeout: 15_000, polling: 50 },
  );
  await page.evaluate(() => (window as unknown as { __renders: { reset(): void } }).__renders.reset());
}

/** Commits since the last reset, and where each rendered component lies. */
type Seen = { commits: number; rendered: string[] };

/** What rendered since the last reset, read once the page has painted the change. */
async function rendersAfterPaint(page: Page): Promise<Seen> {
  return page.evaluate(
    () =>
      new Promise<Seen>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const { commits, where } = (window as unknown as { __renders: Renders }).__renders;
            resolve({ commits, rendered: [...where] });
          }),
        ),
      ),
  );
}

const logCount = (page: Page) => page.getByTestId('log-item').count();
const isLog = (where: string) => where === 'log' || where.startsWith('log-item:');
/** The distinct log records that rendered anything. */
const logRows = (rendered: string[]) => new Set(rendered.filter((w) => w.startsWith('log-item:'))).size;

describe('a remote change re-renders only what shows it', () => {
  let ada: Page;
  let grace: Page;

  beforeAll(async () => {
    ada = await suite.newPage();
    const link = await createBoard(ada, suite.relay.url, 'Render check', 'Retrospective', 'Ada Lovelace');
    grace = await suite.newPage();
    await grace.addInitScript(RENDER_PROBE);
    await grace.goto(link);
    await join(grace, 'Grace Hopper');
    await expectAgenda(grace, SECTIONS);
    // Grace looks at the last section, Ada at the first: neither is the one that changes.
    await openSection(grace, 'Top actions');
    await ada.getByRole('button', { name: /Grace Hopper — viewing Top actions/ }).waitFor();
    await grace.getByRole('button', { name: /Ada Lovelace — viewing Why we are here/ }).waitFor();
  });

  it('re-renders only the renamed row when another person renames a section', async () => {
    await settle(grace);
    const logBefore = await logCount(grace);
    await renameSection(ada, 'Look back', 'Improvements');
    await agendaRow(grace, 'Improvements').waitFor({ timeout: 10_000 });
    const { commits, rendered } = await rendersAfterPaint(grace);
    const logged = (await logCount(grace)) > logBefore;
    expect(commits).toBeGreaterThan(0);
    expect(rendered).toContain('row:Improvements');
    // The rename is not logged today; should it be, one new log row is all the log may render.
    expect(rendered.filter((w) => w !== 'row:Improvements' && !(logged && isLog(w)))).toEqual([]);
    expect(logRows(rendered)).toBeLessThanOrEqual(1);
  });

  it('re-renders only the two rows and the avatar involved when another person moves to another section', async () => {
    await settle(grace);
    await openSection(ada, 'Improvements');
    await grace.getByRole('button', { name: /Ada Lovelace — viewing Improvements/ }).waitFor();
    const { rendered } = await rendersAfterPaint(grace);
    expect(rendered).toEqual(expect.arrayContaining(['row:Why we are here', 'row:Improvements', 'header']));
    expect(rendered.filter((w) => !['row:Why we are here', 'row:Improvements', 'header'].includes(w))).toEqual([]);
  });

  it('renders one new log row for a new record (here: the board renamed by another person)', async () => {
    await settle(grace);
    const logBefore = await logCount(grace);
    await ada.getByRole('button', { name: /rename board/ }).click();
    await ada.getByTestId('board-title-input').fill('Render check, renamed');
    await ada.getByTestId('board-title-input').press('Enter');
    await grace.getByRole('heading', { name: 'Render check, renamed' }).waitFor({ timeout: 10_000 });
    await grace.waitForFunction((n) => document.querySelectorAll('[data-testid="log-item"]').length === n + 1, logBefore);
    const { rendered } = await rendersAfterPaint(grace);
    expect(logRows(rendered)).toBe(1);
    expect(rendered).toContain('header');
    // The header shows the title and the log tells it: no agenda row, no section detail, no notices.
    expect(rendered.filter((w) => w !== 'header' && !isLog(w))).toEqual([]);
  });

  it("re-renders only that card when another person edits one card's text", async () => {
    // Ada opens "What to improve" (renamed "Improvements" above), moves it to the reveal phase and adds three plain cards.
    await openSection(ada, 'Improvements');
    await ada.getByRole('button', { name: 'Next phase' }).click();
    for (const text of ['Flaky tests', 'Long reviews', 'Unclear goals']) {
      const box = ada.getByLabel(/^Add a card to /).first();
      await box.fill(text);
      await box.press('Enter');
      await ada.getByTestId('card-text').getByText(text, { exact: true }).waitFor();
    }
    await openSection(grace, 'Improvements');
    await grace.waitForFunction(() => document.querySelectorAll('[data-testid="card"]').length === 3, undefined, { timeout: 10_000 });
    const cardId = await grace.locator('[data-testid="card"]', { hasText: 'Long reviews' }).getAttribute('data-card-id');
    await settle(grace);
    const card = ada.locator('[data-testid="card"]', { hasText: 'Long reviews' });
    await card.getByRole('button', { name: 'Edit card: Long reviews' }).click();
    await ada.getByLabel('Card text').fill('Long reviews, waiting days');
    await ada.getByLabel('Card text').press('Enter');
    await grace.getByTestId('card-text').getByText('Long reviews, waiting days', { exact: true }).waitFor({ timeout: 10_000 });
    const { commits, rendered } = await rendersAfterPaint(grace);
    expect(commits).toBeGreaterThan(0);
    expect(rendered).toContain(`card:${cardId}`);
    // The card alone: its colour picker is named by reference to the card's text, so it does not
    // render for a text edit; no column, board, row or other card.
    expect(rendered).toEqual([`card:${cardId}`]);
    expect(await grace.locator(`[data-card-id="${cardId}"] summary`).evaluate((el) => el.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' '))).toBe('Colour of card: Long reviews, waiting days');
  });
});
