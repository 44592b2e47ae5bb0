/**
 * B5 client: headless Chromium opens the largest board the model allows today, served by the
 * relay from apps/web/dist. Seeded through the model's named operations: N sections (one
 * addSections, so N 'section.added' log records) and M members, M presences.
 * Measures time to first render (navigation start until every agenda item is in the DOM, and
 * the next frame), time from a remote rename of one section to its DOM change and to the next
 * frame, React commits and rendered components caused by that rename, and the JS heap.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SECTION_KINDS, addSections, renameSection } from '@roundtable/model';
import { Writer } from '../loadgen/Writer.js';
import { benchContext, firstRender, measureRemoteChange, pageFigures, pageOnRelaySite, mainThreadSoFar, pageMetrics, profileIfAsked, seedMembers, seedPresence, withRelayAndChromium, type B5PageFigures, type MainThreadProfile, type RemoteChange } from './b5Page.js';

export interface B5Params {
  sections: number;
  members: number;
  /** Remote renames measured (median reported). */
  changes: number;
}

export interface B5Result extends B5PageFigures {
  agendaItems: number;
  firstRenderProfile: MainThreadProfile;
}

const WEB_DIST = fileURLToPath(new URL('../../../apps/web/dist/index.html', import.meta.url));
export const webAppBuilt = (): boolean => existsSync(WEB_DIST);

export function runB5(p: B5Params): Promise<B5Result> {
  return withRelayAndChromium(async (run) => {
    const { server, browser } = run;
    const board = await server.createBoard('B5 large board');
    const writer = new Writer(server.syncUrl(board), 0x5eed5);
    await writer.synced;
    const sections = Array.from({ length: p.sections }, (_, i) => ({ kind: SECTION_KINDS[i % SECTION_KINDS.length] ?? 'brainstorm', title: `Section ${i}: what we want to agree on` }));
    const added = addSections(writer.doc, { sections, by: null, at: Date.now() });
    if (!added.ok) throw new Error(`seeding the board: ${added.error}`);
    const sectionIds = added.value;
    const sectionAt = (i: number): string => sectionIds[i % sectionIds.length] as string;
    seedMembers(writer.doc, p.members);
    await seedPresence(run, server.syncUrl(board), p.members, 2_000_000, sectionAt);

    const context = await benchContext(browser, 'benchviewer01', '[data-testid="agenda-item"]', p.sections);
    const page = await pageOnRelaySite(context, server);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const writeProfile = await profileIfAsked(cdp, 'b5');
    await page.goto(`${server.url}/b/${board.boardId}#t=${board.editToken}`);
    const first = await firstRender(page, 60_000);
    await writeProfile();
    const firstRenderProfile = await mainThreadSoFar(cdp);
    const agendaItems = await page.locator('[data-testid="agenda-item"]').count();
    await page.waitForTimeout(500);

    const changes: RemoteChange[] = [];
    for (let c = 0; c < p.changes; c++) {
      const sectionId = sectionAt(c * 37);
      const title = `Renamed remotely ${c}`;
      const arm = () =>
        page.evaluate(({ title }) => {
          const w = window as unknown as { __renders: { reset(): void }; __change: unknown };
          w.__renders.reset();
          w.__change = null;
          const observer = new MutationObserver(() => {
            const hit = [...document.querySelectorAll('.agenda-item__title')].some((el) => el.textContent === title);
            if (!hit) return;
            observer.disconnect();
            const dom = performance.timeOrigin + performance.now();
            requestAnimationFrame(() => (w.__change = { dom, frame: performance.timeOrigin + performance.now() }));
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }, { title });
      changes.push(await measureRemoteChange(page, arm, () => renameSection(writer.doc, sectionId, title)));
    }
    const heap = (await pageMetrics(cdp)).get('JSHeapUsedSize') ?? Number.NaN;
    writer.close();
    return {
      ...(await pageFigures(page, first, changes, heap)),
      agendaItems,
      firstRenderProfile,
    };
  });
}
