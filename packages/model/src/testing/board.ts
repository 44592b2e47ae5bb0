/**
 * Test fixture: a workshop board with three members (member-a, member-b, member-c), the id of
 * its brainstorm section, and helpers to replay bad input without changing the document.
 */
import * as Y from 'yjs';
import { createBoard } from '../sections/board.js';
import { upsertMember } from '../core/members.js';
import { selectSections } from '../sections/readers.js';
export { seeded } from './random.js';

/** The fixture's member ids. */
export const MEMBERS = ['member-a', 'member-b', 'member-c'] as const;

/** A workshop board with MEMBERS; `sectionId` is its brainstorm section ('Ideas'). */
export function boardWithMembers(): { doc: Y.Doc; sectionId: string; sectionIds: string[] } {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Board', template: 'workshop', at: 1 });
  for (const id of MEMBERS) upsertMember(doc, { id, name: id.replace('member-', 'Member '), color: '#336699', at: 1 });
  const sectionIds = selectSections(doc).map((s) => s.id);
  return { doc, sectionId: sectionIds[1] as string, sectionIds };
}
