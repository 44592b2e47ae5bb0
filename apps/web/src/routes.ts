/**
 * The client's two routes. The board token travels in the URL fragment (`#t=...`) so the
 * browser never sends it in the page request and it never reaches server logs. The section in
 * view is the query `?s=<sectionId>` (`/b/<id>?s=<section>#t=…`): a reload keeps it and a link
 * opens that section.
 */

/** Where the current URL points. */
export type Route =
  | { name: 'home' }
  | { name: 'board'; boardId: string; token: string | null }
  | { name: 'notFound'; path: string };

const BOARD_PATH = /^\/b\/([A-Za-z0-9_-]{1,128})\/?$/;

/** Parses a pathname and fragment into a route. Never throws on odd input. */
export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '' || pathname === '/index.html') return { name: 'home' };
  const match = BOARD_PATH.exec(pathname);
  if (!match?.[1]) return { name: 'notFound', path: pathname };
  return { name: 'board', boardId: match[1], token: tokenFromHash(hash) };
}

/** The `t` parameter of a fragment like `#t=abc`, or null. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('t');
  return token && token.length > 0 ? token : null;
}

/** The in-app path of a board opened with `token`. */
export function boardPath(boardId: string, token: string): string {
  return `/b/${encodeURIComponent(boardId)}#t=${encodeURIComponent(token)}`;
}

/** An absolute link to a board, for sharing. */
export function boardLink(origin: string, boardId: string, token: string): string {
  return origin + boardPath(boardId, token);
}

/** The section named by a query like `?s=<sectionId>`, or null. */
export function sectionFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('s');
  return id && /^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : null;
}

/** `href` (an absolute URL) with its `s` query set to `sectionId` (or removed), fragment kept. */
export function withSection(href: string, sectionId: string | null): string {
  const url = new URL(href);
  if (sectionId) url.searchParams.set('s', sectionId);
  else url.searchParams.delete('s');
  return url.pathname + url.search + url.hash;
}

/** Client-side navigation: pushes a history entry and tells `useRoute` listeners. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
