/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), as the web e2e
 * suite and the bench's browser scenarios (B5, B5b) launch it.
 *
 * Non-secure origin: browsers treat 127.0.0.1 and localhost as secure contexts, so to see what a
 * phone on a LAN sees (plain http to an address like 192.168.1.20: no service worker, no
 * `crypto.subtle`, `isSecureContext` false) Chromium maps the made-up host NON_SECURE_HOST to
 * 127.0.0.1 (`--host-resolver-rules`); open `nonSecureUrl(relay.url)`, i.e. http://board.test:PORT.
 */
import { chromium, type Browser } from 'playwright-core';

/** A host name that resolves to 127.0.0.1 in this browser but is not a secure context. */
export const NON_SECURE_HOST = 'board.test';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156 preloads its omnibox popup (a WebUI renderer, about 1.4 s of CPU) in every new
  // browser context; a headless run never shows it, and every test opens contexts. For the bench
  // it would fall inside each measured page load, where a user's browser did it when it started.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
  `--host-resolver-rules=MAP ${NON_SECURE_HOST} 127.0.0.1`,
];

/** Launches Chromium (`CHROMIUM_PATH` or /usr/bin/chromium) with CHROMIUM_ARGS. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** `url` (http://127.0.0.1:PORT/…) on the non-secure host: http://board.test:PORT/…. */
export function nonSecureUrl(url: string): string {
  const u = new URL(url);
  u.hostname = NON_SECURE_HOST;
  return u.toString().replace(/\/$/, '');
}
