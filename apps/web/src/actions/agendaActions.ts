/** Agenda actions: add, rename, move (to a position, up, down) and remove sections. */
import { addSection as addSectionOperation, moveSection as moveSectionOperation, removeSection as removeSectionOperation, renameSection as renameSectionOperation, type SectionKind } from '@roundtable/model';
import { OK, availability, no, sectionOf, writer } from './availability.js';
import { register } from './registry.js';
import type { ActionContext, Availability } from './types.js';

/** A section the action acts on. */
export interface SectionTarget {
  sectionId: string;
}

const titleOf = (ctx: ActionContext, sectionId: string) => ctx.store.getSectionTitle(sectionId) ?? 'section';

/** Writer and section both there. */
function editSection(ctx: ActionContext, sectionId: string, verb: string): Availability {
  const who = writer(ctx, verb);
  if (!who.ok) return no(who.reason);
  return availability(sectionOf(ctx, sectionId));
}

/** Adds a section of `kind` titled `title` (at `index`, else at the end); returns its id. */
export const addSection = register<void, { kind: SectionKind; title: string; index?: number }, string>({
  name: 'addSection',
  label: () => 'Add section',
  available: (ctx) => availability(writer(ctx, 'add a section')),
  perform: (ctx, _target, { kind, title, index }) => addSectionOperation(ctx.doc, { kind, title, index, by: ctx.member?.id ?? null, at: ctx.now() }),
});

/** Renames a section. */
export const renameSection = register<SectionTarget, { title: string }, void>({
  name: 'renameSection',
  label: (ctx, { sectionId }) => `Rename ${titleOf(ctx, sectionId)}`,
  available: (ctx, { sectionId }) => editSection(ctx, sectionId, 'rename sections'),
  perform: (ctx, { sectionId }, { title }) => renameSectionOperation(ctx.doc, sectionId, title),
});

/** Moves a section to position `toIndex` of the agenda (drag and drop). */
export const moveSection = register<SectionTarget, { toIndex: number }, void>({
  name: 'moveSection',
  label: (ctx, { sectionId }) => `Move ${titleOf(ctx, sectionId)}`,
  available: (ctx, { sectionId }) => editSection(ctx, sectionId, 'reorder the agenda'),
  perform: (ctx, { sectionId }, { toIndex }) => moveSectionOperation(ctx.doc, sectionId, toIndex),
});

/** Moves a section one place up; unavailable for the first. */
export const moveSectionUp = register<SectionTarget, void, void>({
  name: 'moveSectionUp',
  label: (ctx, { sectionId }) => `Move ${titleOf(ctx, sectionId)} up`,
  available: (ctx, { sectionId }) => {
    const base = editSection(ctx, sectionId, 'reorder the agenda');
    if (!base.ok) return base;
    return ctx.store.getSectionIndex(sectionId) > 0 ? OK : no('Already first on the agenda');
  },
  perform: (ctx, { sectionId }) => moveSectionOperation(ctx.doc, sectionId, ctx.store.getSectionIndex(sectionId) - 1),
});

/** Moves a section one place down; unavailable for the last. */
export const moveSectionDown = register<SectionTarget, void, void>({
  name: 'moveSectionDown',
  label: (ctx, { sectionId }) => `Move ${titleOf(ctx, sectionId)} down`,
  available: (ctx, { sectionId }) => {
    const base = editSection(ctx, sectionId, 'reorder the agenda');
    if (!base.ok) return base;
    const ids = ctx.store.getSectionIds();
    return ids.indexOf(sectionId) < ids.length - 1 ? OK : no('Already last on the agenda');
  },
  perform: (ctx, { sectionId }) => moveSectionOperation(ctx.doc, sectionId, ctx.store.getSectionIndex(sectionId) + 1),
});

/** Removes a section for everyone, after a confirmation (undoable). */
export const removeSection = register<SectionTarget, void, void>({
  name: 'removeSection',
  label: (ctx, { sectionId }) => `Remove ${titleOf(ctx, sectionId)}`,
  available: (ctx, { sectionId }) => editSection(ctx, sectionId, 'remove sections'),
  confirm: (ctx, { sectionId }) => ({
    title: 'Remove this section?',
    description: `“${titleOf(ctx, sectionId)}” and everything in it will be removed for everyone. You can undo this with Ctrl+Z.`,
    confirmLabel: 'Remove section',
    tone: 'danger',
  }),
  perform: (ctx, { sectionId }) => removeSectionOperation(ctx.doc, { sectionId, by: ctx.member?.id ?? null, at: ctx.now() }),
});
