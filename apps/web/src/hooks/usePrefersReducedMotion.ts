/** Whether this device asks for reduced motion (`prefers-reduced-motion: reduce`), live. */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * True while the user prefers reduced motion. CSS handles animations and transitions
 * (base.css); this is for motion that script drives, such as dnd-kit's smooth scrolling.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
}
