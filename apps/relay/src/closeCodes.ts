/**
 * WebSocket close codes the relay uses, one name each (CONVENTIONS §5).
 * The stock y-websocket client (3.x) treats 4400-4499 as final and stops reconnecting, so
 * those are for conditions a retry cannot fix; 45xx are for conditions that pass (the
 * client reconnects with backoff and resends its unsynced changes, so nothing is lost).
 * Bad, forged or other-board tokens and unknown boards never reach a WebSocket: the
 * upgrade is refused with HTTP 401, 403 or 404.
 */
export const CloseCode = {
  /** The relay is shutting down (SIGTERM); clients reconnect to another or a restarted relay. */
  goingAway: 1001,
  /** A message larger than ROUNDTABLE_MAX_MESSAGE_BYTES (sent by `ws` itself). */
  messageTooBig: 1009,
  /** The store failed to commit; the client reconnects and resends what was lost. */
  storeFailed: 1011,
  /** A frame that is not one well-formed y-websocket message. */
  malformed: 4400,
  /** The board has reached ROUNDTABLE_MAX_BOARD_BYTES; edits are refused. */
  boardTooLarge: 4413,
  /** The client did not read fast enough; ROUNDTABLE_MAX_BUFFERED_BYTES were queued to it. */
  slowReader: 4508,
  /** More messages per second than ROUNDTABLE_RATE_LIMIT allows. */
  rateLimited: 4529,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
