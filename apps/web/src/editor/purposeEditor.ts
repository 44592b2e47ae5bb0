/**
 * Mounts a co-edited field of a purpose section (the statement or a prompt) for an open board:
 * looks the field's Y.Text up through the model's `purposeText` so components never hold the
 * document themselves.
 */
import { purposeText, type PurposeField } from '@roundtable/model';
import type { BoardConnection } from '../sync/BoardConnection.js';
import { mountCollabEditor, type CollabEditor, type CollabEditorOptions } from './collabEditor.js';

/** Mounts the editor of `field` of section `sectionId`; null when the section has no such text. */
export function mountPurposeEditor(
  parent: HTMLElement,
  connection: BoardConnection,
  sectionId: string,
  field: PurposeField,
  options: Omit<CollabEditorOptions, 'ytext' | 'awareness'>,
): CollabEditor | null {
  const ytext = purposeText(connection.doc, sectionId, field);
  if (!ytext) return null;
  return mountCollabEditor(parent, { ...options, ytext, awareness: connection.awareness });
}
