/** Registers the offline app-shell service worker (production builds only; dev stays uncached). */

/** Registers /sw.js when supported; failures only cost offline reloads, so they are ignored. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
