/**
 * The closed list of named operations on a board. Each is one exported function whose body
 * is one `doc.transact(fn, new LocalOrigin(name))`: one operation, one transaction, one undo step.
 */
export const OPERATION_NAMES = [
  'createBoard',
  'renameBoard',
  'addSection',
  'renameSection',
  'moveSection',
  'removeSection',
  'upsertMember',
  'migrate',
  'takeLead',
  'offerLead',
  'acceptLead',
  'declineLead',
  'stepBack',
  'setPhase',
  'nextPhase',
  'previousPhase',
  'startTimer',
  'pauseTimer',
  'resumeTimer',
  'addTime',
  'resetTimer',
  'startSpotlight',
  'endSpotlight',
  'undo',
  'redo',
] as const;

/** One of OPERATION_NAMES. */
export type OperationName = (typeof OPERATION_NAMES)[number];

/** True when `value` is one of OPERATION_NAMES. */
export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (OPERATION_NAMES as readonly string[]).includes(value);
}
