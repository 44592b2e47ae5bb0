/**
 * main.tsx's first import, so it runs before the rest of the app evaluates and renders: on a
 * board's page whose link carries its token, starts fetching the board's state, which then
 * arrives while the app starts (sync/statePrefetch.ts).
 */
import { parseRoute } from './routes.js';
import { prefetchBoardState } from './sync/statePrefetch.js';

const route = parseRoute(window.location.pathname, window.location.hash);
if (route.name === 'board' && route.token) prefetchBoardState(route.boardId, route.token);
