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

/**
 * Resolves once this device's IndexedDB copy of the board (y-indexeddb) holds `text`. Never
 * creates the database: opened before y-indexeddb made it (the app opens its copy when the
 * browser is idle), an empty one would stop y-indexeddb from ever making its store.
 */
export async function persistedOnDevice(page: Page, text: string): Promise<void> {
  const boardId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.waitForFunction(
    ([name, needle]) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        // Not there yet: abort the creation (the request then fails) and look again later.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) {
            db.close();
            return resolve(false);
          }
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

/** Chooses `action` ("Rename", "Move up", "Remove"…) from the "More actions" menu of the row `title`. */
export async function rowAction(page: Page, title: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `More actions for ${title}`, exact: true }).click();
  await page.getByRole('menu', { name: `More actions for ${title}` }).getByRole('menuitem', { name: action }).click();
}

/** Renames a section from its agenda row's menu. */
export async function renameSection(page: Page, from: string, to: string): Promise<void> {
  await rowAction(page, from, 'Rename');
  const input = page.getByTestId('rename-section-input');
  await input.fill(to);
  await input.press('Enter');
}

/** Creates a board from the home page at `url` and answers the name dialog; returns its edit link. */
export async function createBoard(page: Page, url: string, title: string, template: string, name: string): Promise<string> {
  await page.goto(url);
  await page.getByLabel('Board title').fill(title);
  // 'Facilitated workshop' was the kickoff template's name before issue 12; suites written then still pass it.
  const templateName = template === 'Facilitated workshop' ? 'Workshop kickoff' : template;
  await page.locator('.template-card').filter({ has: page.getByText(templateName, { exact: true }) }).click();
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.waitForURL(/\/b\/[A-Za-z0-9]{16}(\?s=[\w-]+)?#t=/);
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

/** The element of a row that starts a drag (pointer or keyboard): the section button itself. */
export const dragHandle = (page: Page, title: string) => agendaRow(page, title).locator('.agenda-item__main');

/**
 * Starts recording what dnd-kit's live region announces (its screen-reader messages replace one
 * another quickly, so waiting for the current text alone would miss some).
 */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __announced?: string[]; __announcer?: MutationObserver };
    w.__announced = [];
    w.__announcer?.disconnect();
    const region = document.querySelector('[id^="DndLiveRegion"]');
    if (!region) throw new Error('no dnd-kit live region on the page');
    region.removeAttribute('data-heard');
    // Messages set within one task reach the observer together: each record keeps the text it
    // replaced, and the region's current text is the latest message.
    w.__announcer = new MutationObserver((records) => {
      // The region's current text counts from the first change on (before it, it is old news).
      region.setAttribute('data-heard', 'yes');
      for (const r of records) {
        if (r.type === 'characterData' && r.oldValue) w.__announced?.push(r.oldValue);
        for (const n of r.removedNodes) if (n.textContent) w.__announced?.push(n.textContent);
      }
    });
    w.__announcer.observe(region, { childList: true, characterData: true, characterDataOldValue: true, subtree: true });
  });
}

/** Waits until dnd-kit has announced a message matching `pattern` since recording started. */
export async function expectAnnouncement(page: Page, pattern: RegExp): Promise<void> {
  await page
    .waitForFunction(
      (source) => {
        const heard = [...((window as unknown as { __announced?: string[] }).__announced ?? []), document.querySelector('[id^="DndLiveRegion"][data-heard]')?.textContent ?? ''];
        return heard.some((t) => new RegExp(source).test(t));
      },
      pattern.source,
      { timeout: 5_000 },
    )
    .catch(async () => {
      const heard = await page.evaluate(() => [...((window as unknown as { __announced?: string[] }).__announced ?? []), document.querySelector('[id^="DndLiveRegion"][data-heard]')?.textContent ?? '']);
      throw new Error(`announced ${JSON.stringify(heard)}, expected ${pattern}`);
    });
}

/**
 * Drags the row `title` with the mouse onto the row `onto` (dnd-kit's pointer sensor): press on
 * its handle, move in steps until the dragged row's centre is over the target's, release.
 */
export async function dragRowWithPointer(page: Page, title: string, onto: string): Promise<void> {
  const handle = dragHandle(page, title);
  await handle.scrollIntoViewIfNeeded();
  await agendaRow(page, title).hover();
  const from = await handle.boundingBox();
  const row = await agendaRow(page, title).boundingBox();
  const target = await agendaRow(page, onto).boundingBox();
  if (!from || !row || !target) throw new Error(`cannot measure the rows ${title} and ${onto}`);
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  const dy = target.y + target.height / 2 - (row.y + row.height / 2);
  await recordAnnouncements(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + Math.sign(dy) * 8, { steps: 2 });
  await page.mouse.move(x, y + dy, { steps: 12 });
  await expectAnnouncement(page, /is over position/);
  await page.mouse.up();
  // The drag is over when dnd-kit says so: a keyboard pick-up right after would otherwise race it.
  await expectAnnouncement(page, / dropped /);
}

/**
 * dnd-kit's keyboard sensor starts listening for arrow keys in a `setTimeout` queued by the key
 * that picked the item up; an arrow pressed before that task runs is lost (a person is never
 * that quick, a test under load can be). A timeout queued in the page now runs after it.
 */
export async function keyboardSensorListening(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/**
 * Moves the row `title` with the keyboard (dnd-kit's keyboard sensor): focus its handle, Space
 * to pick it up, `steps` arrow presses (negative: up), Space to drop. Each arrow press waits for
 * the announcement of the position it reached, as a screen-reader user would hear it.
 */
export async function moveRowWithKeyboard(page: Page, title: string, steps: number): Promise<void> {
  const count = await page.getByTestId('agenda-item').count();
  const start = (await agendaTitles(page)).indexOf(title);
  await dragHandle(page, title).focus();
  await recordAnnouncements(page);
  await page.keyboard.press('Space');
  await expectAnnouncement(page, new RegExp(`^Picked up `));
  await keyboardSensorListening(page);
  for (let i = 1; i <= Math.abs(steps); i++) {
    await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await expectAnnouncement(page, new RegExp(`is over position ${start + 1 + Math.sign(steps) * i} of ${count}`));
  }
  await page.keyboard.press('Space');
  await expectAnnouncement(page, / dropped /);
}

/** What dnd-kit's live regions say now (all of them: the agenda's and a brainstorm's). */
export async function dndAnnounced(page: Page): Promise<string> {
  return (await page.locator('[id^="DndLiveRegion"]').allTextContents()).join(' ');
}

/**
 * During a keyboard drag, presses ArrowDown (at most `presses` times, each time waiting for dnd-kit
 * to announce the new target) until its live region says `text`; returns what it said last.
 */
export async function arrowDownUntil(page: Page, text: string, presses: number): Promise<string> {
  let said = '';
  for (let i = 0; i < presses && !said.includes(text); i++) {
    const before = said;
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((prev) => [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((e) => e.textContent).join(' ') !== prev, before, { timeout: 5_000 }).catch(() => undefined);
    said = await dndAnnounced(page);
  }
  return said;
}
