/**
 * Collective leadership as three people live it (issue 3): Ada leads the purpose while Ben
 * leads a brainstorm; Cleo takes Ben's lead (confirming), Ben is told and takes it back; Ada
 * offers her lead to Cleo, who declines; Ben spotlights and Ada follows while Cleo opts out;
 * Ben's timer reads the same on all three although Cleo's clock is 90 s fast; the log tells it
 * all in order; Cleo undoes her own last change without touching Ada's or Ben's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { agendaRow, createBoard, join, logSentences, openSection, shownSection } from './helpers.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();

const PURPOSE = 'Shared purpose';
const IDEAS = 'Ideas';
const AGREE = 'Do we agree?';
const CLOCK_SKEW_MS = 90_000;

const leadName = (page: Page) => page.getByTestId('lead-name');
const leadBarButton = (page: Page, name: string) => page.getByTestId('lead-bar').getByRole('button', { name, exact: true });

/** Waits until the lead bar of the section in view reads `text`. */
async function expectLead(page: Page, text: string): Promise<void> {
  await leadName(page).filter({ hasText: text }).waitFor({ timeout: 10_000 });
}

/** Waits until the agenda row of `title` shows `lead` as its lead ('' for none). */
async function expectAgendaLead(page: Page, title: string, lead: string): Promise<void> {
  await page.waitForFunction(
    ([t, l]) => {
      const row = document.querySelector(`[data-testid="agenda-item"][aria-label="${t}"]`);
      const shown = row?.querySelector('[data-testid="agenda-lead"] > span:last-child')?.textContent ?? '';
      return row !== null && shown === l;
    },
    [title, lead] as const,
    { timeout: 10_000 },
  );
}

async function expectAgendaPhase(page: Page, title: string, phase: string): Promise<void> {
  await agendaRow(page, title).getByTestId('agenda-phase').filter({ hasText: phase }).waitFor({ timeout: 10_000 });
}

const seconds = (mmss: string) => {
  const [m, s] = mmss.trim().split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

describe('collective leadership with three people', () => {
  let ada: Page;
  let ben: Page;
  let cleo: Page;

  it('opens one board on three devices, Cleo with a clock 90 s fast', async () => {
    ada = await suite.newPage();
    const link = await createBoard(ada, suite.relay.url, 'Offsite', 'Workshop kickoff', 'Ada');
    ben = await suite.newPage();
    await ben.goto(link);
    await join(ben, 'Ben');
    cleo = await suite.newPage();
    await cleo.context().clock.install({ time: Date.now() + CLOCK_SKEW_MS });
    await cleo.context().clock.resume();
    await cleo.goto(link);
    await join(cleo, 'Cleo');
    const skew = (await cleo.evaluate(() => Date.now())) - Date.now();
    expect(Math.abs(skew - CLOCK_SKEW_MS)).toBeLessThan(5_000);
    for (const page of [ada, ben, cleo]) await page.getByTestId('presence-peer').nth(1).waitFor();
  });

  it('lets Ada lead the purpose while Ben leads the brainstorm, and everyone sees who leads what', async () => {
    await shownSection(ada, PURPOSE);
    await expectLead(ada, 'No lead: anyone can run this section');
    await leadBarButton(ada, 'Take the lead').click();
    await expectLead(ada, 'You lead this section');
    await expectAgendaLead(ben, PURPOSE, 'Ada');
    await expectAccessible(ada, 'board with a lead');

    await openSection(ben, IDEAS);
    await leadBarButton(ben, 'Take the lead').click();
    await expectLead(ben, 'You lead this section');
    for (const page of [ada, cleo]) {
      await expectAgendaLead(page, IDEAS, 'Ben');
      await expectAgendaLead(page, PURPOSE, page === ada ? 'You' : 'Ada');
    }
  });

  it("asks Cleo to confirm before taking Ben's lead; Ben is told and takes it back in one click", async () => {
    await openSection(cleo, IDEAS);
    await expectLead(cleo, 'Ben leads this section');
    await leadBarButton(cleo, 'Take the lead').click();
    const confirm = cleo.getByTestId('confirm-dialog');
    await confirm.getByRole('heading', { name: 'Ben leads this section. Take over?' }).waitFor();
    await expectAccessible(cleo, 'take-over confirm dialog');
    await confirm.getByRole('button', { name: 'Take the lead' }).click();
    await expectLead(cleo, 'You lead this section');
    await expectAgendaLead(ada, IDEAS, 'Cleo');

    const notice = ben.getByTestId('taken-notice').filter({ hasText: 'Cleo took the lead of Ideas' });
    await notice.waitFor();
    await expectAccessible(ben, 'lead taken notice');
    await notice.getByRole('button', { name: 'Take it back' }).click();
    await expectLead(ben, 'You lead this section');
    await expectLead(cleo, 'Ben leads this section');
    await expectAgendaLead(ada, IDEAS, 'Ben');
    await notice.waitFor({ state: 'detached' });
  });

  it('lets Ada offer her lead to Cleo, who declines; Ada sees the answer', async () => {
    await leadBarButton(ada, 'Offer the lead…').click();
    const dialog = ada.getByTestId('offer-lead-dialog');
    await dialog.getByRole('radio', { name: /Cleo/ }).click();
    await expectAccessible(ada, 'offer-lead dialog');
    await dialog.getByRole('button', { name: 'Offer the lead' }).click();
    await ada.getByTestId('lead-offer-status').filter({ hasText: 'Offered to Cleo…' }).waitFor();

    const offer = cleo.getByTestId('offer-notice').filter({ hasText: 'Ada offers you the lead of Shared purpose' });
    await offer.waitFor();
    await expectAccessible(cleo, 'lead offer notice');
    await offer.getByRole('button', { name: 'Decline' }).click();
    await offer.waitFor({ state: 'detached' });

    await ada.getByTestId('answer-notice').filter({ hasText: 'Cleo declined the lead of Shared purpose' }).waitFor();
    await expectAccessible(ada, 'answer notice');
    await ada.getByTestId('lead-offer-status').waitFor({ state: 'detached' });
    await expectLead(ada, 'You lead this section');
  });

  it("moves Ada's view to Ben's spotlight while Cleo stops following and stays where she is", async () => {
    await openSection(cleo, AGREE);
    await leadBarButton(ben, 'Take the lead').waitFor({ state: 'detached' });
    await ben.getByRole('button', { name: 'Spotlight this section' }).click();
    await ben.getByTestId('spotlight-text').filter({ hasText: 'You are spotlighting Ideas' }).waitFor();

    await shownSection(ada, IDEAS);
    await ada.getByTestId('spotlight-text').filter({ hasText: 'Following Ben to Ideas' }).waitFor();
    await cleo.getByTestId('spotlight-text').filter({ hasText: 'Following Ben to Ideas' }).waitFor();
    await cleo.getByRole('button', { name: 'Stop following' }).click();
    await cleo.getByTestId('spotlight-text').filter({ hasText: 'Ben is spotlighting Ideas' }).waitFor();
    await openSection(cleo, AGREE);
    await cleo.getByRole('button', { name: 'Rejoin' }).waitFor();
    await expectAccessible(ada, 'board following a spotlight');
    await expectAccessible(cleo, 'board with a spotlight elsewhere');
    // Presence shows who is where: Ada is on Ideas with Ben, Cleo is elsewhere.
    await ben.getByTestId('section-viewers').filter({ hasText: 'Ada' }).waitFor();
    await ben.getByRole('button', { name: `Cleo — viewing ${AGREE}` }).waitFor();
    await shownSection(ada, IDEAS);
  });

  it("shows Ben's timer with the same remaining time everywhere, Cleo's fast clock included", async () => {
    const timer = ben.getByTestId('section-timer');
    await timer.getByRole('button', { name: '5 min', exact: true }).click();
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await ada.getByTestId('timer-status').filter({ hasText: 'Running' }).waitFor();
    await agendaRow(cleo, IDEAS).getByTestId('agenda-timer').waitFor();
    await expectAccessible(ben, 'board with a running timer');

    const read = (page: Page, selector: string) => page.locator(selector).first().textContent().then((t) => t ?? '');
    const [a, b, c] = await Promise.all([
      read(ada, '[data-testid="timer-display"]'),
      read(ben, '[data-testid="timer-display"]'),
      read(cleo, `[data-testid="agenda-item"][aria-label="${IDEAS}"] .agenda-timer__digits`),
    ]);
    const shown = [a, b, c].map(seconds);
    expect(Math.max(...shown) - Math.min(...shown), `timers read ${a}, ${b}, ${c}`).toBeLessThanOrEqual(1);
    // Uncorrected, Cleo would read 90 s less than the others.
    for (const s of shown) expect(s).toBeGreaterThan(300 - 60);
  });

  it("lets Cleo undo her own last change without touching Ada's or Ben's", async () => {
    // Nobody leads "Do we agree?", so Cleo may move its phase.
    await cleo.getByTestId('lead-name').filter({ hasText: 'No lead: anyone can run this section' }).waitFor();
    await cleo.getByRole('button', { name: 'Next phase' }).click();
    await expectAgendaPhase(ada, AGREE, 'Vote');
    await expectAgendaPhase(ben, AGREE, 'Vote');

    await cleo.keyboard.press('Control+z');
    for (const page of [ada, ben, cleo]) await expectAgendaPhase(page, AGREE, 'Propose');
    // Ada's and Ben's changes stand: their leads, Ben's running timer and his spotlight.
    await expectAgendaLead(ben, PURPOSE, 'Ada');
    await expectAgendaLead(ada, IDEAS, 'Ben');
    await agendaRow(ada, IDEAS).getByTestId('agenda-timer').waitFor();
    await ada.getByTestId('spotlight-text').filter({ hasText: 'Following Ben to Ideas' }).waitFor();
  });

  it('tells the whole story in the session log, in order, on every device', async () => {
    const story = [
      'Ada took the lead of Shared purpose',
      'Ben took the lead of Ideas',
      'Cleo took the lead of Ideas from Ben',
      'Ben took the lead of Ideas from Cleo',
      'Ada offered the lead of Shared purpose to Cleo',
      'Cleo declined the lead of Shared purpose offered by Ada',
      'Ben asked everyone to follow to Ideas',
      'Ben started a 5 min timer on Ideas',
      'Cleo moved Do we agree? to the Vote phase',
      'Cleo undid moving to the next phase',
    ];
    for (const page of [ada, ben, cleo]) {
      await page.waitForFunction(
        (last) => [...document.querySelectorAll('[data-testid="log-item"] .activity__text')].some((e) => e.textContent === last),
        story.at(-1)!,
        { timeout: 10_000 },
      );
      const sentences = await logSentences(page);
      const positions = story.map((line) => sentences.indexOf(line));
      expect(positions, `log was:\n${sentences.join('\n')}`).not.toContain(-1);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    }
  });
});
