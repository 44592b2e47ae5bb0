/** The current route, updated on back/forward and `navigate()`. */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../routes.js';

let cachedKey = '';
let cachedRoute: Route = { name: 'home' };

function snapshot(): Route {
  const key = window.location.pathname + window.location.hash;
  if (key !== cachedKey) {
    cachedKey = key;
    cachedRoute = parseRoute(window.location.pathname, window.location.hash);
  }
  return cachedRoute;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** The route the address bar points at. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
