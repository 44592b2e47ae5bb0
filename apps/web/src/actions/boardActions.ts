/** Board-wide actions: rename the board, register this device's member on it. */
import { renameBoard as renameBoardOperation, upsertMember } from '@roundtable/model';
import { availability, writer } from './availability.js';
import { register } from './registry.js';

/** Renames the board (the header's title). */
export const renameBoard = register<void, { title: string }, void>({
  name: 'renameBoard',
  label: () => 'Rename board',
  available: (ctx) => availability(writer(ctx, 'rename the board')),
  perform: (ctx, _target, { title }) => renameBoardOperation(ctx.doc, { title, by: ctx.member?.id ?? null, at: ctx.now() }),
});

/**
 * Registers (or refreshes) this device's member on the board: name, colour, last seen. Run by
 * the board page once the document has loaded, so it merges into the existing member map.
 */
export const registerMember = register<void, void, void>({
  name: 'registerMember',
  label: () => 'Join the board',
  available: (ctx) => availability(writer(ctx, 'join the board')),
  perform: (ctx) => {
    const member = ctx.member!;
    return upsertMember(ctx.doc, { id: member.id, name: member.name, color: member.color, at: ctx.now() });
  },
});
