/**
 * Test fixture for the brainstorm kind: the fixture board's brainstorm section with a board
 * key pair and the real sealing (@roundtable/sealing), bound the way a client and the relay
 * bind it, and a shortcut to put the section in a phase.
 */
import { createOpener, createSealer, generateSealingKeyPair } from '@roundtable/sealing';
import type * as Y from 'yjs';
import { setPhase } from '../sections/phases.js';
import type { Opener, Sealer } from '../core/sealedItems.js';
import { selectBrainstormSettings } from '../kinds/brainstorm/readers.js';
import { MEMBERS, boardWithMembers } from './board.js';

/** The board id the fixture's sealing is bound to. */
export const TEST_BOARD_ID = 'testBoard0000001';

export interface BrainstormFixture {
  doc: Y.Doc;
  sectionId: string;
  /** The section's first column id. */
  column: string;
  /** What a client of this board seals with. */
  seal: Sealer;
  /** What the relay of this board opens with. */
  open: Opener;
}

/** The fixture board (members member-a/b/c), its brainstorm section in the write phase. */
export function brainstormFixture(): BrainstormFixture {
  const { doc, sectionId } = boardWithMembers();
  const keys = generateSealingKeyPair();
  const column = selectBrainstormSettings(doc, sectionId)?.columns[0]?.id ?? '';
  return { doc, sectionId, column, seal: createSealer(TEST_BOARD_ID, keys.publicKey), open: createOpener(TEST_BOARD_ID, keys.secretKey) };
}

/** Puts the section in `phase` (as member-a, who may: nobody leads the fixture's sections). */
export function toPhase(doc: Y.Doc, sectionId: string, phase: string): void {
  const result = setPhase(doc, { sectionId, by: MEMBERS[0], at: 1, phase });
  if (!result.ok && !result.error.includes('already')) throw new Error(result.error);
}
