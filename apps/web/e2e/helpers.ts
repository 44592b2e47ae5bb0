/**
 * Shared steps of the end-to-end suites: open a page in a fresh browser context, answer the
 * name dialog, read and wait for the agenda, rename a section, check the device copy.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** A new page in a new context (one person on one device), tracked in `contexts` for cleanup. */
export async function openPage(browser: Browser, contexts: BrowserContext[], options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  contexts.push(context);
  return context.newPage();
}

/** Answers the first-visit name dialog. */
export async function join(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join board' }).click();
  await page.getByTestId('name-dialog').waitFor({ state: 'detached' });
}

/** The agenda's section titles, in order. */
export const agendaTitles = (page: Page) => page.getByTestId('agenda-item').evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));

/** Waits until the agenda shows exactly `titles`, in order. */
export async function expectAgenda(page: Page, titles: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => JSON.stringify([...document.querySelectorAll('[data-testid="agenda-item"]')].map((i) => i.getAttribute('aria-label'))) === JSON.stringify(expected),
    titles,
    { timeout: 10_000 },
  ).catch(async () => {
    throw new Error(`agenda is ${JSON.stringify(await agendaTitles(page))}, expected ${JSON.stringify(titles)}`);
  });
}

/** Resolves once this device's IndexedDB copy of the board (y-indexeddb) holds `text`. */
export async function persistedOnDevice(page: Page, text: string): Promise<void> {
  const boardId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.waitForFunction(
    ([name, needle]) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) return resolve(false);
          const all = db.transaction('updates', 'readonly').objectStore('updates').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result.some((u: Uint8Array) => new TextDecoder().decode(u).includes(needle)));
          };
        };
      }),
    [boardId, text] as const,
    { polling: 50 },
  );
}

/** Renames a section from its agenda row. */
export async function renameSection(page: Page, from: string, to: string): Promise<void> {
  await page.getByTestId('agenda-item').filter({ has: page.getByText(from, { exact: true }) }).hover();
  await page.getByRole('button', { name: `Rename ${from}` }).click();
  const input = page.getByTestId('rename-section-input');
  await input.fill(to);
  await input.press('Enter');
}

/** Creates a board from the home page at `url` and answers the name dialog; returns its edit link. */
export async function createBoard(page: Page, url: string, title: string, template: string, name: string): Promise<string> {
  await page.goto(url);
  await page.getByLabel('Board title').fill(title);
  await page.getByText(template, { exact: true }).click();
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.waitForURL(/\/b\/[A-Za-z0-9]{16}#t=/);
  await join(page, name);
  return page.url();
}

/** The agenda row of the section titled `title`. */
export const agendaRow = (page: Page, title: string) => page.locator(`[data-testid="agenda-item"][aria-label="${title}"]`);

/** Opens the section titled `title` from the agenda and waits for its detail. */
export async function openSection(page: Page, title: string): Promise<void> {
  await agendaRow(page, title).locator('.agenda-item__main').click();
  await shownSection(page, title);
}

/** Waits until the section detail in view is `title`. */
export async function shownSection(page: Page, title: string): Promise<void> {
  await page.locator(`[data-testid="section-detail"][aria-label="${title}"]`).waitFor({ timeout: 10_000 });
}

/** The session log's sentences, in the order the panel shows them. */
export const logSentences = (page: Page) => page.locator('[data-testid="log-item"] .activity__text').allTextContents();
