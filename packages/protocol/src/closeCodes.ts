/**
 * The WebSocket close codes of the sync endpoint: one table, each code with its name, its
 * meaning and what a client does about it (CONVENTIONS §5). The relay closes with these names;
 * the web client decides from the same table whether to reconnect or to stop and say why.
 *
 * Policy and code agree with y-websocket 3.x's stock client, which stops reconnecting on
 * 4400-4499 and retries everything else (including 4500-4599, "try again later"). So a code is
 * `final` exactly when it lies in 4400-4499, and any client, stock or ours, does the same thing.
 * A `retry` close loses nothing: the client reconnects with backoff and resends its unsynced
 * changes from its own copy. A `final` close carries the sentence to show the person.
 */

/** What a client does after the relay closes its connection with a code. */
export type ClosePolicy = 'retry' | 'final';

/** One row of the close-code table. */
export interface CloseCodeSpec {
  readonly code: number;
  /** Why the relay closes with it (for people reading logs and code). */
  readonly meaning: string;
  readonly policy: ClosePolicy;
  /** For `final` codes: what the client tells the person, since nothing will sync until they act. */
  readonly message?: string;
}

/** The close-code table, by name. */
export const CLOSE_CODES = {
  goingAway: {
    code: 1001,
    policy: 'retry',
    meaning: 'The relay is shutting down (SIGTERM); reconnect to a restarted or another relay.',
  },
  messageTooBig: {
    code: 1009,
    policy: 'retry',
    meaning: 'A message larger than ROUNDTABLE_MAX_MESSAGE_BYTES; sent by `ws` itself, which picks the standard code.',
  },
  storeFailed: {
    code: 1011,
    policy: 'retry',
    meaning: 'The store could not commit the board’s updates; the board is closed and reloaded, the client resends.',
  },
  malformed: {
    code: 4400,
    policy: 'final',
    meaning: 'A frame that is not one well-formed y-websocket message, or an update Yjs cannot apply.',
    message: 'The server could not read a change sent from this device, so syncing has stopped. Your changes are kept on this device; reload the page to try again.',
  },
  badToken: {
    code: 4401,
    policy: 'final',
    meaning: 'Missing, forged or expired token. The upgrade is refused with HTTP 401 instead while there is no WebSocket yet.',
    message: 'The access key in this link is missing or no longer valid. Ask whoever shared the board for a fresh link.',
  },
  forbidden: {
    code: 4403,
    policy: 'final',
    meaning: 'A token for another board. The upgrade is refused with HTTP 403 instead while there is no WebSocket yet.',
    message: 'This link does not open this board. Ask for the board’s own link.',
  },
  unknownBoard: {
    code: 4404,
    policy: 'final',
    meaning: 'No such board. The upgrade is refused with HTTP 404 instead while there is no WebSocket yet.',
    message: 'There is no board at this address.',
  },
  boardDeleted: {
    code: 4410,
    policy: 'final',
    meaning: 'An editor (or an administrator with `roundtable delete`) deleted the board: its data, log and key are gone. Reconnecting is refused with HTTP 410.',
    message: 'This board was deleted. Its content is no longer on the server.',
  },
  boardTooLarge: {
    code: 4413,
    policy: 'final',
    meaning: 'The board has reached ROUNDTABLE_MAX_BOARD_BYTES; further edits are refused.',
    message: 'This board is over its size limit, so the server no longer accepts changes to it. Changes made now stay on this device only. Ask whoever runs the server to raise the limit, or continue on a new board.',
  },
  unavailable: {
    code: 4503,
    policy: 'retry',
    meaning: 'The relay lost its store or its fan-out (a Postgres or Redis outage) and is not ready; editors are closed so nothing goes unstored, and reconnect with backoff until it recovers.',
  },
  boardFull: {
    code: 4510,
    policy: 'retry',
    meaning: 'The board already has ROUNDTABLE_MAX_CONNECTIONS_PER_BOARD connections on this relay; the client retries with backoff.',
  },
  tooManyConnections: {
    code: 4531,
    policy: 'retry',
    meaning: 'More new connections from one address per minute than ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE. The upgrade is refused with HTTP 429 instead while there is no WebSocket yet; the client retries with backoff.',
  },
  slowReader: {
    code: 4508,
    policy: 'retry',
    meaning: 'The client did not read fast enough: ROUNDTABLE_MAX_BUFFERED_BYTES were queued to it.',
  },
  rateLimited: {
    code: 4529,
    policy: 'retry',
    meaning: 'More messages per second than ROUNDTABLE_RATE_LIMIT allows; the client backs off and reconnects.',
  },
} as const satisfies Record<string, CloseCodeSpec>;

/** A name in the close-code table. */
export type CloseCodeName = keyof typeof CLOSE_CODES;

/** The numeric code of each name, e.g. `CloseCode.boardTooLarge === 4413`. */
export const CloseCode = Object.fromEntries(Object.entries(CLOSE_CODES).map(([name, spec]) => [name, spec.code])) as {
  readonly [N in CloseCodeName]: (typeof CLOSE_CODES)[N]['code'];
};

const BY_CODE: ReadonlyMap<number, CloseCodeSpec & { name: CloseCodeName }> = new Map(
  (Object.entries(CLOSE_CODES) as [CloseCodeName, CloseCodeSpec][]).map(([name, spec]) => [spec.code, { ...spec, name }]),
);

/** The table's row for `code`, or null for a code the relay does not use (e.g. 1006, no close frame). */
export function closeCodeSpec(code: number): (CloseCodeSpec & { name: CloseCodeName }) | null {
  return BY_CODE.get(code) ?? null;
}

/** y-websocket 3.x's convention for codes outside the table: 4400-4499 are final, all else retries. */
function conventionalPolicy(code: number): ClosePolicy {
  return code >= 4400 && code < 4500 ? 'final' : 'retry';
}

/** What a client does after a close with `code`: the table's policy, else the y-websocket convention. */
export function closePolicy(code: number): ClosePolicy {
  return closeCodeSpec(code)?.policy ?? conventionalPolicy(code);
}

/** Whether a client should reconnect after a close with `code` (a `shouldReconnect` for WebsocketProvider). */
export function shouldRetryClose(code: number): boolean {
  return closePolicy(code) === 'retry';
}

/** The sentence to show after a final close with `code`; null when the client just reconnects. */
export function finalCloseMessage(code: number): string | null {
  if (closePolicy(code) === 'retry') return null;
  return closeCodeSpec(code)?.message ?? 'The server ended the connection for good, so syncing has stopped. Your changes are kept on this device; reload the page to try again.';
}
