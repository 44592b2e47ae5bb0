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
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];
