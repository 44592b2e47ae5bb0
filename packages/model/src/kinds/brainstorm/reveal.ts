/**
 * The relay's reveal (DESIGN §4): it opens every sealed draft of a section with the board's
 * secret key and writes the plain cards, deleting the drafts, in one transaction. Drafts that
 * do not open or do not decode are skipped (and deleted: no key will ever open them) and
 * reported, one entry each, so the rest are revealed. Called again for drafts that arrive
 * after the reveal (an author who was offline), in any later phase.
 *
 * In an anonymous section the cards carry no author and get fresh ids, a shuffled order and
 * the reveal's time, so nothing links a card to the draft (and the Yjs client) it came from.
 */
import type * as Y from 'yjs';
import { uint32 } from 'lib0/random';
import { newId } from '../../core/ids.js';
import { appendLog } from '../../core/log.js';
import { orderAt } from '../../core/order.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Opener, SkippedItem } from '../../core/sealedItems.js';
import { findBrainstorm } from './brainstormAccess.js';
import { columnItems } from './boardReaders.js';
import { readDraft, type DraftView } from './readers.js';
import { readMaps, writeMaps } from './schema.js';
import { insertCard } from './cardWrites.js';
import { BRAINSTORM_PHASES } from './phases.js';
import { decodeDraftPayload, type DraftPayload } from './sealedPayloads.js';

/** What a reveal did. */
export interface RevealOutcome {
  /** Cards written. */
  revealed: number;
  /** Drafts left out, with the reason (for one log line each). */
  skipped: SkippedItem[];
  /** True when this was the section's first reveal (it moved the phase on from 'write'). */
  first: boolean;
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = uint32() % (i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Reveals the section's sealed drafts with `open` (the board's opener). `by` is the member who
 * asked (null when the relay reveals a late draft on its own). The first reveal is allowed in
 * the write and reveal phases and moves 'write' on to 'reveal'; later ones reveal late drafts.
 */
export function revealDrafts(doc: Y.Doc, args: { sectionId: string; by: string | null; at: number; open: Opener }): Result<RevealOutcome> {
  const found = findBrainstorm(doc, args, BRAINSTORM_PHASES, 'reveal drafts');
  if (!found.ok) return found;
  const { map, view, state } = found.value;
  const first = state.settings.revealedAt === null;
  if (first && view.phase !== 'write' && view.phase !== 'reveal') return fail(`drafts are revealed from the write or reveal phase (this section is in the ${view.phase} phase)`);
  if (typeof args.open !== 'function') return fail('revealing needs the board key');
  const skipped: SkippedItem[] = [];
  const opened: { draft: DraftView; payload: DraftPayload }[] = [];
  const keys: string[] = [];
  readMaps(map).drafts?.forEach((value, key) => {
    keys.push(key);
    const draft = readDraft(key, value);
    if (!draft) return void skipped.push({ itemId: key, reason: 'not a sealed draft record' });
    const plaintext = args.open({ sectionId: args.sectionId, itemId: key, kind: 'draft' }, draft.ciphertext);
    if (!plaintext.ok) return void skipped.push({ itemId: key, reason: plaintext.error });
    const payload = decodeDraftPayload(plaintext.value);
    if (!payload.ok) return void skipped.push({ itemId: key, reason: payload.error });
    opened.push({ draft, payload: payload.value });
  });
  if (!first && keys.length === 0) return ok({ revealed: 0, skipped, first });
  const anonymous = state.settings.anonymous;
  if (anonymous) shuffled(opened);
  else opened.sort((a, b) => a.draft.sealedAt - b.draft.sealedAt || (a.draft.id < b.draft.id ? -1 : 1));
  const columnIds = new Set(state.settings.columns.map((c) => c.id));
  const firstColumn = state.settings.columns[0]?.id ?? '';
  doc.transact(() => {
    const maps = writeMaps(map);
    const placed = new Map<string, { id: string; order: string }[]>();
    for (const { draft, payload } of opened) {
      const column = draft.column !== null && columnIds.has(draft.column) ? draft.column : firstColumn;
      let items = placed.get(column);
      if (!items) placed.set(column, (items = columnItems(state, column)));
      const id = anonymous ? newId() : draft.id;
      const order = orderAt(items, items.length);
      items.push({ id, order });
      insertCard(maps, { id, text: payload.text, color: payload.color, column, order, author: anonymous ? null : draft.author, createdAt: anonymous ? args.at : draft.sealedAt });
    }
    for (const key of keys) maps.drafts.delete(key);
    if (first) {
      map.set('revealedAt', args.at);
      if (view.phase === 'write') {
        map.set('phase', 'reveal');
        appendLog(doc, { at: args.at, by: args.by, type: 'phase.changed', sectionId: args.sectionId, detail: 'reveal' });
      }
    }
    appendLog(doc, { at: args.at, by: args.by, type: 'reveal', sectionId: args.sectionId, detail: `${opened.length} ${opened.length === 1 ? 'card' : 'cards'}`, count: opened.length });
  }, new LocalOrigin('revealDrafts'));
  return ok({ revealed: opened.length, skipped, first });
}
