/**
 * Titles as a new user types them: an empty or space-only title is refused with a sentence
 * (never replaced by a made-up one), the limit shows as a counter before it is reached and a
 * longer title is refused saying by how much (never cut without a word), and a long title
 * stays one line in the session log with the full sentence in its tooltip.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { agendaRow, agendaTitles, expectAgenda, join, logSentences, rowAction } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const LONG = `Long title ${'x'.repeat(200)}`.slice(0, 200);

describe('titles', () => {
  let ada: Page;

  it('refuses a board without a title with a sentence', async () => {
    ada = await suite.newPage();
    await ada.goto(suite.relay.url);
    await ada.getByLabel('Board title').fill('   ');
    await ada.getByRole('button', { name: 'Create board' }).click();
    await ada.getByRole('alert').filter({ hasText: 'Give the board a title.' }).waitFor();
    expect(new URL(ada.url()).pathname).toBe('/');
    await ada.getByLabel('Board title').fill('Planning');
    await ada.getByText('Workshop kickoff', { exact: true }).click();
    await ada.getByRole('button', { name: 'Create board' }).click();
    await ada.waitForURL(/\/b\//);
    await join(ada, 'Ada');
  });

  it('refuses an empty or space-only section title instead of inventing one', async () => {
    await ada.getByRole('button', { name: 'Add section' }).click();
    const field = ada.getByLabel('New section title');
    await ada.getByRole('button', { name: 'Add', exact: true }).click();
    await ada.getByTestId('add-section-error').filter({ hasText: 'Give the section a title.' }).waitFor();
    await field.fill('     ');
    await field.press('Enter');
    await ada.getByTestId('add-section-error').filter({ hasText: 'Give the section a title.' }).waitFor();
    expect(await agendaTitles(ada)).toEqual(['Shared purpose', 'Ideas', 'Do we agree?']);
  });

  it('shows the limit before it is reached and refuses a longer title saying by how much', async () => {
    const field = ada.getByLabel('New section title');
    await field.fill('x'.repeat(150));
    expect(await ada.getByTestId('title-counter').textContent()).toBe('');
    await field.fill('x'.repeat(186));
    expect(await ada.getByTestId('title-counter').textContent()).toBe('186/200 characters');
    await field.fill(`${LONG}12345`);
    expect(await ada.getByTestId('title-counter').textContent()).toBe('205/200 characters');
    await field.press('Enter');
    await ada.getByTestId('add-section-error').filter({ hasText: 'Titles can be at most 200 characters: this one is 5 too long.' }).waitFor();
    expect(await agendaTitles(ada)).toHaveLength(3);

    await field.fill(LONG);
    await field.press('Enter');
    await expectAgenda(ada, ['Shared purpose', 'Ideas', 'Do we agree?', LONG]);
  });

  it('keeps a long title to one line in the session log, the full sentence in its tooltip', async () => {
    const row = ada.locator('[data-testid="log-item"]').filter({ hasText: 'Ada added “Long title' });
    await row.waitFor();
    const text = row.locator('.activity__text');
    expect(await text.textContent()).toMatch(/^Ada added “Long title x+…”$/);
    expect(await text.getAttribute('title')).toBe(`Ada added “${LONG}”`);
    const lines = await text.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    expect(lines).toBeLessThanOrEqual(3);
    expect((await logSentences(ada)).at(-1)?.length).toBeLessThan(80);
  });

  it('refuses to rename a section to nothing, keeping its title', async () => {
    await rowAction(ada, 'Ideas', 'Rename');
    const input = ada.getByTestId('rename-section-input');
    await input.fill('  ');
    await input.press('Enter');
    await agendaRow(ada, 'Ideas').getByRole('alert').filter({ hasText: 'Give the section a title.' }).waitFor();
    await input.press('Escape');
    await expectAgenda(ada, ['Shared purpose', 'Ideas', 'Do we agree?', LONG]);

    await ada.locator('[data-testid="agenda-item"][aria-label="Ideas"] .agenda-item__main').click();
    await ada.getByRole('button', { name: /^Ideas\W+rename section$/ }).click();
    await ada.getByLabel('Section title').fill('');
    await ada.getByLabel('Section title').press('Enter');
    await ada.getByTestId('inline-edit-error').filter({ hasText: 'Give the section a title.' }).waitFor();
    await ada.getByLabel('Section title').press('Escape');
    await expectAgenda(ada, ['Shared purpose', 'Ideas', 'Do we agree?', LONG]);
  });
});
