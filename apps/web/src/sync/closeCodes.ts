/**
 * What this app does after the relay closes the sync socket. The codes and their retry policy
 * are the shared table in `@roundtable/protocol` (the relay closes with the same names); this
 * file only decides how a final close is shown: a link problem replaces the board with a
 * problem page, any other final close keeps the board readable and says why syncing stopped.
 */
import { CloseCode, finalCloseMessage } from '@roundtable/protocol';

/** Why a board cannot be opened, shown instead of the board. */
export type BoardProblem = 'bad-token' | 'forbidden' | 'not-found' | 'missing-token' | 'deleted';

/** Final closes that mean the link itself cannot open the board. */
const LINK_PROBLEMS: ReadonlyMap<number, BoardProblem> = new Map([
  [CloseCode.badToken, 'bad-token'],
  [CloseCode.forbidden, 'forbidden'],
  [CloseCode.unknownBoard, 'not-found'],
  [CloseCode.boardDeleted, 'deleted'],
]);

/** After a close: reconnect, show a link problem instead of the board, or stop syncing and say why. */
export type CloseOutcome =
  | { kind: 'retry' }
  | { kind: 'problem'; problem: BoardProblem }
  | { kind: 'stopped'; message: string };

/** The outcome of a close with `code`, from the shared table's policy. */
export function outcomeForClose(code: number): CloseOutcome {
  const problem = LINK_PROBLEMS.get(code);
  if (problem) return { kind: 'problem', problem };
  const message = finalCloseMessage(code);
  return message === null ? { kind: 'retry' } : { kind: 'stopped', message };
}

/** The problem an HTTP status from `GET /api/boards/:id` means. */
export function problemForStatus(status: number): BoardProblem {
  if (status === 404) return 'not-found';
  if (status === 410) return 'deleted';
  if (status === 403) return 'forbidden';
  return 'bad-token';
}
