/** Registers the offline app-shell service worker (production builds only; dev stays uncached). */
import { whenIdle } from './whenIdle.js';

/**
 * How long after `load` the worker is registered. Installing it fetches and stores every built
 * asset (about 1 MB): started at `load`, that ran beside the board's first sync and render and,
 * on one core (a phone, the benchmark's Chromium), delayed the first screen. A first visit needs
 * no worker (the page is already here); the offline copy is ready a few seconds later.
 */
const REGISTER_AFTER_LOAD_MS = 3000;

/** Registers /sw.js when supported, once the page has settled; failures only cost offline reloads, so they are ignored. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  };
  window.addEventListener('load', () => {
    setTimeout(() => whenIdle(register, 2000), REGISTER_AFTER_LOAD_MS);
  });
}
