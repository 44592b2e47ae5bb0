/**
 * Between meetings (issue 12): Ada and Grace run a short session; the Markdown summary
 * downloaded from the Export menu holds the purpose, the leadership summary and the session log
 * in the very sentences of the app's session log; the session summary dialog shows who led; the
 * JSON export, imported from the home page, becomes a new board (a foreign file is refused,
 * nothing created); an editor deletes a board by typing its title, and its link (open
 * elsewhere, and reloaded) says it was deleted. Axe on every new dialog; screenshots at 1280 and
 * 375 px in test-results/screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import {
  acceptCommitment,
  addCard,
  addCommitment,
  castBallot,
  castDots,
  createBoard as createBoardDoc,
  createCluster,
  openRound,
  proposeCommitment,
  recordOutcome,
  revealRound,
  selectBrainstormSettings,
  selectSections,
  setPhase,
  setProposal,
  upsertMember,
  writeTally,
} from '@roundtable/model';
import { createOpener, createSealer, generateSealingKeyPair } from '@roundtable/sealing';
import { testOpener, testSealer } from '@roundtable/model/testing';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { createBoard, join, logSentences, openSection } from './helpers.js';
import { importBoardFile, writeBoardFile } from './importedBoard.js';
import { useE2ESuite } from './suite.js';

const suite = useE2ESuite();
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results/screenshots';
const STATEMENT = 'We meet to agree how we review code.';

/** Chooses `item` from the board header's Export menu and returns the downloaded file's text and name. */
async function exportFile(page: Page, item: string): Promise<{ name: string; text: string; path: string }> {
  await page.getByTestId('export-menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

async function shots(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 860 });
      await page.screenshot({ path: `${SHOTS}/${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('export, import and delete', () => {
  let ada: Page;
  let grace: Page;
  let link = '';
  let jsonPath = '';

  it('downloads a Markdown summary with the purpose and the leadership summary from the Export menu', async () => {
    ada = await suite.newPage();
    link = await createBoard(ada, suite.relay.url, 'Review offsite', 'Facilitated workshop', 'Ada');
    grace = await suite.newPage();
    await grace.goto(link);
    await join(grace, 'Grace');

    await openSection(ada, 'Shared purpose');
    await ada.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
    await ada.getByTestId('purpose-statement').locator('.cm-content').click();
    await ada.keyboard.type(STATEMENT);
    await ada.getByRole('button', { name: 'Endorse this text' }).click();
    await openSection(grace, 'Ideas');
    await grace.getByTestId('lead-bar').getByRole('button', { name: 'Take the lead', exact: true }).click();
    await ada.getByTestId('log-item').filter({ hasText: 'took the lead of Ideas' }).waitFor({ timeout: 10_000 });

    const md = await exportFile(ada, 'Summary (Markdown)');
    expect(md.name).toBe('review-offsite.md');
    expect(md.text).toMatch(/^# Review offsite\n/);
    expect(md.text).toContain(`> ${STATEMENT}`);
    expect(md.text).toContain('Endorsed by Ada.');
    expect(md.text).toContain('## Leadership summary');
    expect(md.text).toContain('2 of 2 members led a section');
    expect(md.text).toMatch(/\| Shared purpose \| Ada \(\d+ (s|min)\) \|/);
    expect(md.text).toMatch(/\| Ideas \| Grace \(\d+ (s|min)\) \|/);
    expect(md.text).toContain('## Session log');
    // The exported session log reads exactly as the app's (its lines less the time and the Markdown escapes).
    const exported = md.text
      .split('## Session log\n\n')[1]!
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/^- (\d{4}-\d\d-\d\d )?\d\d:\d\d( UTC)? /, '').replace(/\\(.)/g, '$1'));
    expect(exported).toContain('Grace took the lead of Ideas');
    await expect.poll(() => logSentences(ada)).toEqual(exported);
    expect(await ada.getByTestId('export-status').textContent()).toBe('Downloaded review-offsite.md');

    const csv = await exportFile(ada, 'Cards (CSV)');
    expect(csv.text.startsWith('Section,Prompt,Cluster,Card,Author,Votes,Created (UTC)\r\n')).toBe(true);
    const json = await exportFile(grace, 'Whole board (JSON, re-importable)');
    expect(JSON.parse(json.text)).toMatchObject({ format: 'roundtable.board', version: 1, board: { title: 'Review offsite' } });
    jsonPath = json.path;
  });

  it('shows who led what in the session summary, with a timeline and contributions', async () => {
    await ada.getByTestId('board-more-button').click();
    await ada.getByRole('menu', { name: 'More board actions' }).getByRole('menuitem', { name: 'Session summary…' }).click();
    const dialog = ada.getByTestId('session-summary');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('summary-headline').textContent()).toContain('2 of 2 members led a section');
    expect(await dialog.getByTestId('lead-timeline-row').count()).toBe(3);
    expect(await dialog.getByTestId('lead-timeline-row').first().textContent()).toMatch(/Shared purpose.*Ada for \d+ (s|min)/);
    const rows = await dialog.getByTestId('contributions').locator('tbody tr').allTextContents();
    expect(rows).toEqual(['Ada1––1–', 'Grace1––––']);
    await expectAccessible(ada, 'session summary dialog');
    await shots(ada, 'session-summary');
    await ada.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await ada.getByTestId('export-menu-button').click();
    await shots(ada, 'export-menu');
    await ada.keyboard.press('Escape');
  });

  it('imports the JSON export from the home page as a new board, and refuses a foreign file', async () => {
    const lin = await suite.newPage();
    await lin.goto(suite.relay.url);
    const form = lin.getByTestId('import-form');
    await form.getByLabel('Export file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"excalidraw","elements":[]}') });
    await form.getByRole('button', { name: 'Import board' }).click();
    await expect.poll(() => lin.getByTestId('import-error').textContent()).toContain('This file is not a Roundtable board export');
    expect(new URL(lin.url()).pathname).toBe('/');
    await expectAccessible(lin, 'home page with an import error');
    await shots(lin, 'import-error', true);

    await form.getByLabel('Export file').setInputFiles(jsonPath);
    await form.getByRole('button', { name: 'Import board' }).click();
    await lin.waitForURL(/\/b\/[A-Za-z0-9]{16}(\?s=[\w-]+)?#t=/);
    expect(lin.url()).not.toContain(new URL(link).pathname);
    await join(lin, 'Lin');
    await openSection(lin, 'Shared purpose');
    await lin.getByTestId('purpose-statement').getByText(STATEMENT).waitFor();
  });

  it('downloads a revealed round\'s histogram as SVG and PNG; the Markdown of a decided board holds clusters with votes, the round, the outcome and commitments', async () => {
    // A board whose agreement round was revealed, made with the model and imported: the
    // agreement's own screens are built elsewhere, the export needs only its readers.
    const doc = new Y.Doc();
    createBoardDoc(doc, { title: 'Decision day', template: 'workshop', at: Date.now() });
    const voters = ['member-ada', 'member-bob', 'member-cy'];
    for (const [i, id] of voters.entries()) upsertMember(doc, { id, name: ['Ada', 'Bob', 'Cy'][i]!, color: '#0f766e', at: Date.now() });
    const sectionId = selectSections(doc).find((section) => section.kind === 'agreement')!.id;
    const by = voters[0]!;
    // Ideas: three cards, two in a cluster, a dot vote counted (sealed as the relay would open it).
    const ideas = selectSections(doc).find((section) => section.kind === 'brainstorm')!.id;
    const keys = generateSealingKeyPair();
    const [seal, open] = [createSealer('fixture', keys.publicKey), createOpener('fixture', keys.secretKey)];
    const column = selectBrainstormSettings(doc, ideas)!.columns[0]!.id;
    setPhase(doc, { sectionId: ideas, by, at: Date.now(), phase: 'cluster' });
    const card = (text: string) => {
      const added = addCard(doc, { sectionId: ideas, by, at: Date.now(), column, text });
      return added.ok ? added.value : '';
    };
    const [ci, tests, docs] = [card('Faster CI'), card('Flaky tests'), card('Write docs')];
    createCluster(doc, { sectionId: ideas, by, at: Date.now(), cardId: tests, ontoCardId: ci, name: 'Build health' });
    setPhase(doc, { sectionId: ideas, by, at: Date.now(), phase: 'vote' });
    castDots(doc, { sectionId: ideas, by: voters[0]!, at: Date.now(), dots: { [ci]: 2, [docs]: 1 }, seal });
    castDots(doc, { sectionId: ideas, by: voters[1]!, at: Date.now(), dots: { [tests]: 3 }, seal });
    expect(writeTally(doc, { sectionId: ideas, by, at: Date.now(), open }).ok).toBe(true);
    setProposal(doc, { sectionId, by, at: Date.now(), text: 'Ship on Friday' });
    openRound(doc, { sectionId, by, at: Date.now() });
    voters.forEach((voter, i) => castBallot(doc, { sectionId, by: voter, at: Date.now(), level: [1, 2, 7][i]!, seal: testSealer }));
    expect(revealRound(doc, { sectionId, by, at: Date.now(), open: testOpener }).ok).toBe(true);
    expect(recordOutcome(doc, { sectionId, by, at: Date.now(), decision: 'adopted', note: 'starting next sprint' }).ok).toBe(true);
    addCommitment(doc, { sectionId, by: voters[1]!, at: Date.now(), text: 'write the release notes', due: 'Thursday' });
    const proposed = proposeCommitment(doc, { sectionId, by, at: Date.now(), to: voters[2]!, text: 'tell support' });
    if (proposed.ok) acceptCommitment(doc, { sectionId, by: voters[2]!, at: Date.now(), commitmentId: proposed.value });
    const kim = await suite.newPage();
    await importBoardFile(kim, suite.relay.url, writeBoardFile(doc, 'decision-day'));
    await join(kim, 'Kim');
    await kim.getByTestId('export-menu-button').click();
    await kim.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Session summary…' }).click();
    const dialog = kim.getByTestId('session-summary');
    const [svg] = await Promise.all([kim.waitForEvent('download'), dialog.getByRole('button', { name: 'Histogram of Do we agree?, round 1 as SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('do-we-agree-round-1.svg');
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('<title id="t">Do we agree? — round 1</title>');
    expect(svgText).toContain('1 Whole-hearted endorsement: 1; 2 Agreement with a minor point of contention: 1;');
    const [png] = await Promise.all([kim.waitForEvent('download'), dialog.getByRole('button', { name: 'Histogram of Do we agree?, round 1 as PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('do-we-agree-round-1.png');
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1440); // 720 px drawn at 2x
    await dialog.getByRole('status').filter({ hasText: 'Downloaded do-we-agree-round-1.png.' }).waitFor();
    await shots(kim, 'session-summary-rounds');
    await kim.keyboard.press('Escape');

    // The Markdown of this board: clusters with votes, the round's histogram and verdict, the outcome, the commitments.
    const md = await exportFile(kim, 'Summary (Markdown)');
    expect(md.text).toContain('1. **Build health** — 5 votes\n    - Flaky tests (3 votes) — Ada\n    - Faster CI (2 votes) — Ada\n2. Write docs — 1 vote — Ada');
    expect(md.text).toContain('## Agreement: Do we agree?');
    expect(md.text).toContain('**Proposal:** Ship on Friday');
    expect(md.text).toMatch(/```text\n1 Whole-hearted endorsement +█+ 1\n/);
    expect(md.text).toContain('**Rule not met: 1 serious disagreement (7).**');
    expect(md.text).toMatch(/\*\*Outcome: Adopted\*\* — starting next sprint \(recorded by Ada, /);
    expect(md.text).toContain('- [ ] Bob will write the release notes by Thursday');
    expect(md.text).toContain('- [ ] Cy will tell support');
    const commitments = await exportFile(kim, 'Commitments (CSV)');
    expect(commitments.text).toContain('Do we agree?,Bob,write the release notes,Thursday,active,,Bob,');
  });

  it('an editor deletes the board by typing its title; its link then says it was deleted', async () => {
    await ada.getByTestId('board-more-button').click();
    await ada.getByRole('menu', { name: 'More board actions' }).getByRole('menuitem', { name: 'Delete board…' }).click();
    const dialog = ada.getByTestId('delete-board-dialog');
    await dialog.waitFor();
    const button = dialog.getByRole('button', { name: 'Delete board' });
    await dialog.getByRole('textbox').fill('Review');
    expect(await button.isDisabled()).toBe(true);
    await expectAccessible(ada, 'delete board dialog');
    await dialog.getByRole('textbox').fill('Review offsite');
    expect(await button.isEnabled()).toBe(true);
    await shots(ada, 'delete-board');
    await button.click();

    const boardId = new URL(link).pathname.split('/').pop() ?? '';
    for (const page of [ada, grace]) {
      await page.getByTestId('board-problem').and(page.locator('[data-problem="deleted"]')).waitFor({ timeout: 10_000 });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This board was deleted');
      // Forgotten on each device: no recent-boards entry; the offline copy goes once the page leaves it.
      expect(await page.evaluate(() => localStorage.getItem('roundtable.recentBoards') ?? '')).not.toContain(boardId);
    }
    await grace.goto(suite.relay.url);
    await expect.poll(() => grace.evaluate(async (id) => (await indexedDB.databases()).some((d) => d.name === id), boardId)).toBe(false);
    const later = await suite.newPage();
    await later.goto(link);
    await later.getByRole('heading', { name: 'This board was deleted' }).waitFor();
    await expectAccessible(later, 'deleted board page');
    await shots(later, 'board-deleted');
  });
});
