/** The relay's WebSocket close codes (DESIGN §4) and what the client does about each. */

/** Missing, forged or expired token. Terminal. */
export const CLOSE_BAD_TOKEN = 4401;
/** Token for another board, or a view token trying to write. Terminal. */
export const CLOSE_FORBIDDEN = 4403;
/** Unknown board. Terminal. */
export const CLOSE_UNKNOWN_BOARD = 4404;
/** Malformed frame: the relay dropped this connection only; reconnecting is safe. */
export const CLOSE_MALFORMED = 4400;
/** A message exceeded the relay's size limit. */
export const CLOSE_TOO_LARGE = 4413;
/** Per-connection rate limit hit: back off and reconnect. */
export const CLOSE_RATE_LIMITED = 4429;
/** The relay is restarting: reconnect. */
export const CLOSE_GOING_AWAY = 1001;

/** Why a board cannot be opened, shown instead of the board. */
export type BoardProblem = 'bad-token' | 'forbidden' | 'not-found' | 'missing-token';

/** Close codes after which reconnecting cannot help; each maps to the problem to show. */
const TERMINAL: ReadonlyMap<number, BoardProblem> = new Map([
  [CLOSE_BAD_TOKEN, 'bad-token'],
  [CLOSE_FORBIDDEN, 'forbidden'],
  [CLOSE_UNKNOWN_BOARD, 'not-found'],
]);

/** The problem a close code means, or null when the provider should keep reconnecting. */
export function problemForClose(code: number): BoardProblem | null {
  return TERMINAL.get(code) ?? null;
}

/** The problem an HTTP status from `GET /api/boards/:id` means. */
export function problemForStatus(status: number): BoardProblem {
  if (status === 404) return 'not-found';
  if (status === 403) return 'forbidden';
  return 'bad-token';
}
