/**
 * The first script a board page runs: its own small entry, loaded `async` from the head of
 * index.html (vite.config.ts, `earlyEntry`), so it runs while the app's bundle is still
 * downloading. On a board's page whose link carries its token it starts the two requests the
 * board waits for: the board's state (sync/statePrefetch.ts) and what the token may do
 * (api/boards.ts); the app takes their answers when it opens the board. main.tsx imports it too,
 * which costs nothing when it has already run (one module, one run) and starts the requests
 * where the early script did not run.
 */
import { prefetchBoardAccess } from './api/boards.js';
import { parseRoute } from './routes.js';
import { prefetchBoardState } from './sync/statePrefetch.js';

const route = parseRoute(window.location.pathname, window.location.hash);
if (route.name === 'board' && route.token) {
  prefetchBoardState(route.boardId, route.token);
  prefetchBoardAccess(route.boardId, route.token);
}
