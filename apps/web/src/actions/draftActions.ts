/**
 * Private writing (DESIGN §4): a draft is sealed with the board key from the relay before it
 * enters the document; its plaintext stays on this device (`SealingStore`), so its author sees
 * and edits it after a reload or offline while others see only counts.
 */
import { DEFAULT_CARD_COLOUR, deleteDraft as deleteOperation, editDraft as editOperation, fail, saveDraft as saveOperation, shareDraftEarly as shareOperation, type CardColour, type Result, type Sealer } from '@roundtable/model';
import { availability, no } from './availability.js';
import { brainstormWriter, type BrainstormTarget } from './brainstormAvailability.js';
import { register } from './registry.js';
import type { ActionContext, Availability } from './types.js';

/** One of this member's drafts. */
export interface DraftTarget extends BrainstormTarget {
  draftId: string;
}

const WRITE = ['write'] as const;

function sealer(ctx: ActionContext): Result<Sealer> {
  const key = ctx.sealing.getKey();
  if (key.status === 'ready') return { ok: true, value: key.sealer };
  return fail(key.status === 'error' ? key.message : 'The board key is still loading; try again in a moment.');
}

function ready(ctx: ActionContext, sectionId: string, verb: string): Availability {
  const base = brainstormWriter(ctx, sectionId, verb, WRITE);
  if (!base.ok) return no(base.reason);
  const key = ctx.sealing.getKey();
  if (key.status === 'error') return no(key.message);
  return availability({ ok: true });
}

/** Seals a new private card into a column. */
export const saveDraft = register<BrainstormTarget & { column: string }, { text: string; color?: CardColour }, string>({
  name: 'saveDraft',
  label: () => 'Add private card',
  available: (ctx, { sectionId }) => ready(ctx, sectionId, 'write private cards'),
  perform: (ctx, { sectionId, column }, { text, color }) => {
    const seal = sealer(ctx);
    if (!seal.ok) return seal;
    const result = saveOperation(ctx.doc, { sectionId, column, text, color, seal: seal.value, by: ctx.member!.id, at: ctx.now() });
    if (result.ok) ctx.sealing.saveDraftText(result.value, { sectionId, text: text.trim(), color: color ?? DEFAULT_CARD_COLOUR });
    return result;
  },
});

/** Re-seals one of this member's drafts with new text or colour. */
export const editDraft = register<DraftTarget, { text: string; color?: CardColour }, void>({
  name: 'editDraft',
  label: () => 'Edit draft',
  available: (ctx, { sectionId }) => ready(ctx, sectionId, 'edit private cards'),
  perform: (ctx, { sectionId, draftId }, { text, color }) => {
    const seal = sealer(ctx);
    if (!seal.ok) return seal;
    const colour = color ?? ctx.sealing.getDraftText(draftId)?.color ?? DEFAULT_CARD_COLOUR;
    const result = editOperation(ctx.doc, { sectionId, draftId, text, color: colour, seal: seal.value, by: ctx.member!.id, at: ctx.now() });
    if (result.ok) ctx.sealing.saveDraftText(draftId, { sectionId, text: text.trim(), color: colour });
    return result;
  },
});

/** Deletes one of this member's drafts. */
export const deleteDraft = register<DraftTarget, void, void>({
  name: 'deleteDraft',
  label: () => 'Delete draft',
  available: (ctx, { sectionId }) => availability(brainstormWriter(ctx, sectionId, 'delete private cards', WRITE)),
  perform: (ctx, { sectionId, draftId }) => {
    const result = deleteOperation(ctx.doc, { sectionId, draftId, by: ctx.member!.id, at: ctx.now() });
    if (result.ok) ctx.sealing.forgetDraft(draftId);
    return result;
  },
});

/** Publishes one draft before the reveal: everyone sees it as a card. */
export const shareDraftEarly = register<DraftTarget, void, string>({
  name: 'shareDraftEarly',
  label: () => 'Share now',
  available: (ctx, { sectionId, draftId }) => {
    const base = brainstormWriter(ctx, sectionId, 'share a card early', WRITE);
    if (!base.ok) return no(base.reason);
    return ctx.sealing.getDraftText(draftId) ? availability({ ok: true }) : no('Its text is on the device that wrote it');
  },
  perform: (ctx, { sectionId, draftId }) => {
    const text = ctx.sealing.getDraftText(draftId);
    if (!text) return fail('Its text is on the device that wrote it.');
    const result = shareOperation(ctx.doc, { sectionId, draftId, text: text.text, color: text.color, by: ctx.member!.id, at: ctx.now() });
    if (result.ok) ctx.sealing.forgetDraft(draftId);
    return result;
  },
});
