/**
 * Private writing (DESIGN §4): in the write phase a card is a sealed draft that only the relay
 * can open. The document holds its ciphertext, column and time (and its author, unless the
 * section is anonymous); the author's client keeps the plaintext on the device to show and
 * edit it. Each operation seals inside itself, for the place it writes to.
 */
import type * as Y from 'yjs';
import { newId } from '../../core/ids.js';
import { orderAt } from '../../core/order.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Sealer } from '../../core/sealedItems.js';
import { cleanCardText, findBrainstorm, type BrainstormArgs, type BrainstormHandle } from './brainstormAccess.js';
import { columnItems } from './boardReaders.js';
import { readDraft, type DraftView } from './readers.js';
import { DEFAULT_CARD_COLOUR, isCardColour, readMaps, writeMaps, type CardColour } from './schema.js';
import { insertCard } from './cardWrites.js';
import { encodeDraftPayload } from './sealedPayloads.js';

/** What a draft says, as its author's client knows it. */
export interface DraftContent {
  text: string;
  color?: CardColour;
}

function findDraft(handle: BrainstormHandle, draftId: string, by: string, action: string): Result<DraftView> {
  const draft = readDraft(draftId, readMaps(handle.map).drafts?.get(draftId));
  if (!draft) return fail('that draft no longer exists (it may have been revealed or deleted)');
  if (draft.author !== null && draft.author !== by) return fail(`only its author can ${action} a draft`);
  return ok(draft);
}

/** Validates a draft's content and seals it for draft `draftId`; returns the envelope. */
function sealDraft(args: BrainstormArgs & DraftContent & { seal: Sealer }, draftId: string): Result<string> {
  const text = cleanCardText(args.text);
  if (!text.ok) return text;
  if (args.color !== undefined && !isCardColour(args.color)) return fail(`"${String(args.color)}" is not a card colour`);
  if (typeof args.seal !== 'function') return fail('sealing is not ready yet (the board key has not been fetched)');
  const sealed = args.seal({ sectionId: args.sectionId, itemId: draftId, kind: 'draft' }, encodeDraftPayload({ text: text.value, color: args.color ?? DEFAULT_CARD_COLOUR }));
  return sealed.ok ? sealed : fail(`the draft could not be sealed: ${sealed.error}`);
}

function draftRecord(handle: BrainstormHandle, fields: { id: string; column: string; ciphertext: string; at: number; by: string }): Record<string, unknown> {
  const record: Record<string, unknown> = { id: fields.id, column: fields.column, ciphertext: fields.ciphertext, sealedAt: fields.at };
  if (!handle.state.settings.anonymous) record.author = fields.by;
  return record;
}

/** Seals a new draft into a column. Returns its id (the client keeps its text under this id). */
export function saveDraft(doc: Y.Doc, args: BrainstormArgs & DraftContent & { column: string; seal: Sealer }): Result<string> {
  const found = findBrainstorm(doc, args, ['write'], 'write private drafts');
  if (!found.ok) return found;
  if (!found.value.state.settings.columns.some((c) => c.id === args.column)) return fail('that column no longer exists');
  const id = newId();
  const sealed = sealDraft(args, id);
  if (!sealed.ok) return sealed;
  const record = draftRecord(found.value, { id, column: args.column, ciphertext: sealed.value, at: args.at, by: args.by });
  doc.transact(() => writeMaps(found.value.map).drafts.set(id, record), new LocalOrigin('saveDraft'));
  return ok(id);
}

/** Replaces a draft's sealed content (and optionally its column). Its author only. */
export function editDraft(doc: Y.Doc, args: BrainstormArgs & DraftContent & { draftId: string; column?: string; seal: Sealer }): Result {
  const found = findBrainstorm(doc, args, ['write'], 'edit drafts');
  if (!found.ok) return found;
  const draft = findDraft(found.value, args.draftId, args.by, 'edit');
  if (!draft.ok) return draft;
  const column = args.column ?? draft.value.column ?? found.value.state.settings.columns[0]?.id ?? '';
  if (!found.value.state.settings.columns.some((c) => c.id === column)) return fail('that column no longer exists');
  const sealed = sealDraft(args, args.draftId);
  if (!sealed.ok) return sealed;
  const record = draftRecord(found.value, { id: args.draftId, column, ciphertext: sealed.value, at: args.at, by: args.by });
  doc.transact(() => writeMaps(found.value.map).drafts.set(args.draftId, record), new LocalOrigin('editDraft'));
  return ok(undefined);
}

/** Deletes a draft. Its author only. */
export function deleteDraft(doc: Y.Doc, args: BrainstormArgs & { draftId: string }): Result {
  const found = findBrainstorm(doc, args, ['write'], 'delete drafts');
  if (!found.ok) return found;
  const draft = findDraft(found.value, args.draftId, args.by, 'delete');
  if (!draft.ok) return draft;
  doc.transact(() => readMaps(found.value.map).drafts?.delete(args.draftId), new LocalOrigin('deleteDraft'));
  return ok(undefined);
}

/**
 * Publishes one draft before the reveal: the draft goes and a visible card with the author's
 * text (from the author's device) takes its place at the end of its column. Returns the card id.
 */
export function shareDraftEarly(doc: Y.Doc, args: BrainstormArgs & DraftContent & { draftId: string }): Result<string> {
  const found = findBrainstorm(doc, args, ['write'], 'share a draft early');
  if (!found.ok) return found;
  const { state } = found.value;
  const draft = findDraft(found.value, args.draftId, args.by, 'share');
  if (!draft.ok) return draft;
  const text = cleanCardText(args.text);
  if (!text.ok) return text;
  if (args.color !== undefined && !isCardColour(args.color)) return fail(`"${String(args.color)}" is not a card colour`);
  const column = state.settings.columns.some((c) => c.id === draft.value.column) ? (draft.value.column as string) : (state.settings.columns[0]?.id ?? '');
  const items = columnItems(state, column);
  const id = newId();
  doc.transact(() => {
    const maps = writeMaps(found.value.map);
    maps.drafts.delete(args.draftId);
    insertCard(maps, {
      id,
      text: text.value,
      color: args.color ?? DEFAULT_CARD_COLOUR,
      column,
      order: orderAt(items, items.length),
      author: state.settings.anonymous ? null : args.by,
      createdAt: args.at,
    });
  }, new LocalOrigin('shareDraftEarly'));
  return ok(id);
}
