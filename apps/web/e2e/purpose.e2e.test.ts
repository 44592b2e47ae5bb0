/**
 * The shared purpose, tried by two people: typing in the same sentence at once (identical text,
 * each other's named caret), an endorsement that turns "earlier version" with a word diff,
 * a named version restored and the restore undone, text typed offline syncing back, and the
 * purpose shown on the other sections. Screenshots at 1280 and 375 px, light and dark.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { createBoard, join, openSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/screenshots';

const statement = (page: Page) => page.getByTestId('purpose-statement').locator('.cm-content');
/** The statement as its lines read, without the remote carets' name tags. */
function readStatement(): string | null {
  const content = document.querySelector('[data-testid="purpose-statement"] .cm-content');
  if (!content) return null;
  return [...content.querySelectorAll('.cm-line')]
    .map((line) => {
      const copy = line.cloneNode(true) as HTMLElement;
      for (const widget of copy.querySelectorAll('.cm-ySelectionCaret, .cm-widgetBuffer')) widget.remove();
      return copy.textContent ?? '';
    })
    .join('\n')
    .replace(/[\u2060\u200b]/g, '');
}
const statementText = (page: Page) => page.evaluate(readStatement);

/** Waits until the statement reads `text` on `page`. */
async function statementIs(page: Page, text: string, timeout = 10_000): Promise<void> {
  // The reader is inlined (the app's CSP forbids evaluating strings, so no shared function source).
  await page.waitForFunction(
    (expected) => {
      const content = document.querySelector('[data-testid="purpose-statement"] .cm-content');
      if (!content) return false;
      const read = [...content.querySelectorAll('.cm-line')]
        .map((line) => {
          const copy = line.cloneNode(true) as HTMLElement;
          for (const widget of copy.querySelectorAll('.cm-ySelectionCaret, .cm-widgetBuffer')) widget.remove();
          return copy.textContent ?? '';
        })
        .join('\n')
        .replace(/[\u2060\u200b]/g, '');
      return read === expected;
    },
    text,
    { timeout },
  ).catch(async (error: unknown) => {
    throw new Error(`statement is ${JSON.stringify(await statementText(page))}, expected ${JSON.stringify(text)} (${String(error).slice(0, 200)})`);
  });
}

/** Puts the caret after the first `prefix` characters of the statement. */
async function caretAfter(page: Page, prefix: number): Promise<void> {
  await statement(page).click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < prefix; i++) await page.keyboard.press('ArrowRight');
}

describe('the shared purpose', () => {
  let ada: Page;
  let grace: Page;

  it('two people type in the same sentence at once: identical text, and each sees the other\'s named caret', async () => {
    ada = await suite.newPage();
    const link = await createBoard(ada, suite.relay.url, 'Offsite', 'Workshop kickoff', 'Ada');
    grace = await suite.newPage();
    await grace.goto(link);
    await join(grace, 'Grace');
    await openSection(ada, 'Shared purpose');
    await openSection(grace, 'Shared purpose');
    await statement(ada).click();
    await ada.keyboard.type('We meet to decide the roadmap.');
    await statementIs(grace, 'We meet to decide the roadmap.');

    await caretAfter(ada, 'We meet'.length);
    await caretAfter(grace, 'We meet to decide the'.length);
    await Promise.all([ada.keyboard.type(' today', { delay: 30 }), grace.keyboard.type(' quarterly', { delay: 30 })]);
    const expected = 'We meet today to decide the quarterly roadmap.';
    await statementIs(ada, expected);
    await statementIs(grace, expected);
    await ada.getByTestId('purpose-statement').locator('.cm-ySelectionInfo', { hasText: 'Grace' }).waitFor();
    await grace.getByTestId('purpose-statement').locator('.cm-ySelectionInfo', { hasText: 'Ada' }).waitFor();
    await expect(ada.getByText(`${expected.length} / 10,000 characters`).count()).resolves.toBe(1);
  });

  it('Ctrl+Z in the editor undoes only my own typing', async () => {
    await statement(grace).click();
    await grace.keyboard.press('Control+End');
    await grace.keyboard.type(' Mine.');
    await statementIs(ada, 'We meet today to decide the quarterly roadmap. Mine.');
    // Two undos take back all of Grace's typing (bursts within the binding's capture timeout
    // are one step), never Ada's " today".
    await grace.keyboard.press('Control+z');
    await grace.keyboard.press('Control+z');
    await statementIs(ada, 'We meet today to decide the roadmap.');
    await statementIs(grace, 'We meet today to decide the roadmap.');
  });

  it('an endorsement turns "earlier version" after an edit, shows the word diff, and re-endorses', async () => {
    await grace.getByRole('button', { name: 'Endorse this text' }).click();
    await ada.getByTestId('endorsers-current').getByText('Grace').waitFor();
    await caretAfter(ada, 'We meet today to decide the'.length);
    await ada.keyboard.type(' next');
    await grace.getByTestId('endorsers-earlier').getByText('You endorsed an earlier version').waitFor();
    await grace.getByTestId('endorsers-earlier').getByText('What changed since').click();
    const diff = grace.getByTestId('endorsers-earlier').getByTestId('word-diff');
    await expect(diff.locator('ins').textContent()).resolves.toBe('added: next ');
    await grace.getByRole('button', { name: 'Re-endorse this text' }).click();
    await ada.getByTestId('endorsers-current').getByText('Grace').waitFor();
    await grace.getByText('You endorse this text').waitFor();
  });

  it('a saved version is restored, and the restore is undone', async () => {
    await ada.getByLabel('Version name').fill('draft 1');
    await ada.getByRole('button', { name: 'Save version' }).click();
    await grace.getByTestId('versions').locator('.version__name', { hasText: 'draft 1' }).waitFor();
    await statement(ada).click();
    await ada.keyboard.press('Control+End');
    await ada.keyboard.type(' Budget first.');
    const edited = 'We meet today to decide the next roadmap. Budget first.';
    await statementIs(grace, edited);
    await grace.getByRole('button', { name: 'View draft 1' }).click();
    await expect(grace.getByTestId('versions').getByTestId('word-diff').locator('ins').textContent()).resolves.toBe('added: Budget first.');
    await grace.getByRole('button', { name: 'Restore draft 1' }).click();
    await statementIs(ada, 'We meet today to decide the next roadmap.');
    await grace.getByRole('button', { name: 'Undo restore' }).click();
    await statementIs(ada, edited);
    await statementIs(grace, edited);
  });

  it('text typed offline syncs when back online', async () => {
    await grace.context().setOffline(true);
    await grace.getByTestId('connection-badge').filter({ hasText: 'Offline' }).waitFor();
    await statement(grace).click();
    await grace.keyboard.press('Control+End');
    await grace.keyboard.type(' Typed offline.');
    // Text edits count as unsynced changes (the binding's own origin counts).
    await grace.getByTestId('connection-badge').filter({ hasText: /unsynced change/ }).waitFor();
    expect(await statementText(ada)).not.toContain('Typed offline.');
    await grace.context().setOffline(false);
    // y-websocket reconnects with backoff after the browser's `online` event.
    await statementIs(ada, 'We meet today to decide the next roadmap. Budget first. Typed offline.', 30_000);
  });

  it('the purpose shows in one line at the top of the other sections', async () => {
    await openSection(ada, 'Ideas');
    const banner = ada.getByTestId('purpose-banner');
    await banner.getByText('Typed offline.', { exact: false }).waitFor();
    await banner.getByRole('button', { name: 'More of the purpose' }).click();
    await banner.getByRole('button', { name: 'Less of the purpose' }).waitFor();
  });

  it('looks like a product at 1280 and 375 px, light and dark', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await openSection(ada, 'Shared purpose');
    for (const scheme of ['light', 'dark'] as const) {
      await ada.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 375]) {
        await ada.setViewportSize({ width, height: 900 });
        await ada.screenshot({ path: `${SHOTS}/purpose-${width}-${scheme}.png`, fullPage: false });
        await ada.getByTestId('endorsements').scrollIntoViewIfNeeded();
        await ada.screenshot({ path: `${SHOTS}/purpose-panels-${width}-${scheme}.png`, fullPage: false });
      }
    }
    await ada.setViewportSize({ width: 1280, height: 800 });
    await ada.emulateMedia({ colorScheme: 'light' });
    // Open every disclosure so the audit sees the prompts, a diff and a version.
    await ada.locator('.purpose-prompts > summary').click();
    await ada.getByTestId('endorsers-earlier').getByText('What changed since').click().catch(() => undefined);
    await ada.getByRole('button', { name: 'View draft 1' }).click();
    await expectAccessible(ada, 'purpose section');
    await openSection(ada, 'Ideas');
    await expectAccessible(ada, 'purpose banner on another section');
  });
});
