/**
 * One end-to-end suite's world: the real relay (serving the built web app) and Debian's
 * Chromium, started before the suite's tests and stopped after them.
 */
import { launchChromium } from '@roundtable/browser';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openPage } from './helpers.js';
import { startE2ERelay, type E2ERelay } from './relay.js';

export interface E2ESuite {
  readonly relay: E2ERelay;
  /** A page in a new browser context: one person on one device. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers the suite's beforeAll/afterAll. E2E_RELAY_LOG=1 prints the relay's log at the end. */
export function useE2ESuite(): E2ESuite {
  let relay: E2ERelay | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    relay = await startE2ERelay();
    browser = await launchChromium();
  });
  afterAll(async () => {
    if (process.env.E2E_RELAY_LOG) console.log(relay?.log().slice(-6000));
    for (const c of contexts) await c.close();
    await browser?.close();
    await relay?.dispose();
  });
  return {
    get relay() {
      if (!relay) throw new Error('the relay is not started yet');
      return relay;
    },
    newPage(options) {
      if (!browser) throw new Error('the browser is not started yet');
      return openPage(browser, contexts, options);
    },
  };
}
