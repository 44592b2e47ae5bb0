/**
 * The JSON export of a whole board; parseBoardFile.ts validates it on the way back in (importBoard.ts).
 *
 *   {
 *     "format": "roundtable.board",       what the file is (anything else is a foreign file)
 *     "version": 1,                       this file format's version (BOARD_FILE_VERSION)
 *     "exportedAt": 1763800000000,        ms since the epoch
 *     "board": {"id", "title", "schemaVersion"},   where it came from; the title is also in meta
 *     "document": {"meta", "sections", "members", "log"}   the four roots as docTree.ts nodes
 *   }
 *
 * Sealed items (unrevealed drafts, dot allocations, ballots) are left out: they are private
 * until their reveal, and bound to the old board's key. Everything revealed is in: cards,
 * tallies, round results, commitments, the purpose and its versions, members and the log.
 */
import type * as Y from 'yjs';
import { KINDS } from '../catalog.js';
import { roots } from '../core/schema.js';
import { selectMeta } from '../core/readers.js';
import { encodeMap, encodeValue, type ArrayNode, type MapNode, type TreeNode } from './docTree.js';

/** The `format` of a board file. */
export const BOARD_FILE_FORMAT = 'roundtable.board';
/** The version of the board file format this code writes and reads. */
export const BOARD_FILE_VERSION = 1;
/** Deepest nesting a board file may have (the board's own is under 10). */
export const MAX_BOARD_FILE_DEPTH = 32;

/** A JSON export of a board. */
export interface BoardFile {
  format: typeof BOARD_FILE_FORMAT;
  version: typeof BOARD_FILE_VERSION;
  exportedAt: number;
  board: { id: string; title: string; schemaVersion: number };
  document: { meta: MapNode; sections: MapNode; members: MapNode; log: ArrayNode };
}

/** The board as a JSON file (plain data; `JSON.stringify(file, null, 2)` to write it). */
export function exportBoardFile(doc: Y.Doc, args: { boardId: string; at: number }): BoardFile {
  const { meta, sections, members, log } = roots(doc);
  const sectionEntries: Record<string, TreeNode> = {};
  for (const id of [...sections.keys()].sort()) {
    const section = sections.get(id);
    const kind = KINDS.find((k) => k.kind === (section as Y.Map<unknown> | undefined)?.get?.('kind'));
    const node = encodeValue(section, kind?.sealedPaths ?? []);
    if (node !== undefined) sectionEntries[id] = node;
  }
  const view = selectMeta(doc);
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    exportedAt: args.at,
    board: { id: args.boardId, title: view.title, schemaVersion: view.schemaVersion },
    document: {
      meta: encodeMap(meta),
      sections: { $y: 'map', entries: sectionEntries },
      members: encodeMap(members as Y.Map<unknown>),
      log: encodeValue(log) as ArrayNode,
    },
  };
}
