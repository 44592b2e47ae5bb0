/**
 * Fixtures larger than a person would type in a test: a board written with the model, exported
 * to a JSON file and imported from the home page, as a person importing an export would.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBoardFile } from '@roundtable/model';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';

/** Writes `doc` as a board export into a fresh temporary folder; returns the file's path. */
export function writeBoardFile(doc: Y.Doc, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'roundtable-e2e-')), `${name}.roundtable.json`);
  writeFileSync(file, JSON.stringify(exportBoardFile(doc, { boardId: 'fixture', at: Date.now() })));
  return file;
}

/** Imports `file` from the home page at `relayUrl` and waits for the new board to open. */
export async function importBoardFile(page: Page, relayUrl: string, file: string): Promise<void> {
  await page.goto(relayUrl);
  await page.getByTestId('import-form').getByLabel('Export file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import board' }).click();
  await page.waitForURL(/\/b\/[A-Za-z0-9]{16}(\?s=[\w-]+)?#t=/);
}
