/**
 * What the `roundtable` administrator command does, over an opened store: list the boards,
 * export one (the model's pure exports, as the web app makes them), delete one. Each returns
 * its output as text, so main.ts only parses arguments and prints.
 */
import { exportBoardFile, exportCardsCsv, exportCommitmentsCsv, exportMarkdown, selectMeta } from '@roundtable/model';
import * as Y from 'yjs';
import type { BoardStore } from '../store/BoardStore.js';
import { deleteStoredBoard, type KeyDeleter } from '../store/deleteStoredBoard.js';
import { AdminError } from './adminStore.js';

/** The export formats, by their `--format` name. */
export const EXPORT_FORMATS = ['md', 'json', 'csv-cards', 'csv-commitments'] as const;
/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The stored board as a document, or an AdminError saying it is unknown or deleted. */
export async function loadBoard(store: BoardStore, boardId: string): Promise<Y.Doc> {
  const stored = await store.load(boardId);
  if (!stored) {
    const deletedAt = await store.deletedAt(boardId);
    throw new AdminError(deletedAt !== null ? `board ${boardId} was deleted on ${new Date(deletedAt).toISOString()}` : `no board ${boardId} in this store (see \`roundtable list\`)`);
  }
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/** The boards as a table: id, created, updates, size, title. */
export async function listBoards(store: BoardStore): Promise<string> {
  const boards = await store.list();
  if (boards.length === 0) return 'No boards.\n';
  const rows = [['BOARD', 'CREATED (UTC)', 'UPDATES', 'SIZE', 'TITLE']];
  for (const board of boards) {
    const doc = await loadBoard(store, board.boardId).catch(() => null);
    const title = doc ? selectMeta(doc).title : '(unreadable)';
    doc?.destroy();
    rows.push([board.boardId, new Date(board.createdAt).toISOString().slice(0, 16).replace('T', ' '), String(board.lastSeq), formatBytes(board.bytes), title]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The board in `format`, as the web app's Export menu would write it. */
export async function exportBoard(store: BoardStore, boardId: string, format: ExportFormat, at: number): Promise<string> {
  const doc = await loadBoard(store, boardId);
  try {
    switch (format) {
      case 'md':
        return exportMarkdown(doc, { at });
      case 'json':
        return `${JSON.stringify(exportBoardFile(doc, { boardId, at }), null, 2)}\n`;
      case 'csv-cards':
        return exportCardsCsv(doc);
      case 'csv-commitments':
        return exportCommitmentsCsv(doc);
    }
  } finally {
    doc.destroy();
  }
}

/** Deletes the board's data, log and key; the sentence to print. */
export async function deleteBoard(store: BoardStore, keys: KeyDeleter, boardId: string, at: number): Promise<string> {
  const outcome = await deleteStoredBoard(store, keys, boardId, at);
  if (outcome === 'unknown') throw new AdminError(`no board ${boardId} in this store (see \`roundtable list\`)`);
  if (outcome === 'alreadyDeleted') return `Board ${boardId} was already deleted.\n`;
  return `Deleted board ${boardId}: its content, log and key are gone; its links now say it was deleted. A relay that has it open closes its connections within ROUNDTABLE_SEQ_CHECK_MS (3 s by default).\n`;
}
