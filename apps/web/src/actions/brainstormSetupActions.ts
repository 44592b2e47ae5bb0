/** A brainstorm's setup (lead powers): its columns (prompts), anonymity, and the reveal. */
import { setAnonymous as anonymousOperation, setColumns as columnsOperation, type ColumnInput, type ColumnView } from '@roundtable/model';
import { callSectionEndpoint, type SectionCallResult } from '../api/sealedSections.js';
import { availability } from './availability.js';
import { brainstormLead, type BrainstormTarget } from './brainstormAvailability.js';
import { register } from './registry.js';

/** Replaces the columns (ids kept for existing ones; a column with cards cannot go). */
export const setColumns = register<BrainstormTarget, { columns: readonly ColumnInput[] }, ColumnView[]>({
  name: 'setColumns',
  label: () => 'Edit columns',
  available: (ctx, { sectionId }) => availability(brainstormLead(ctx, sectionId, 'change the columns', ['write', 'reveal', 'cluster'])),
  perform: (ctx, { sectionId }, { columns }) => columnsOperation(ctx.doc, { sectionId, columns, by: ctx.member!.id, at: ctx.now() }),
});

/** Makes the section anonymous (no author ids written anywhere) or named. */
export const setAnonymous = register<BrainstormTarget, { anonymous: boolean }, void>({
  name: 'setAnonymous',
  label: () => 'Anonymous cards',
  available: (ctx, { sectionId }) => availability(brainstormLead(ctx, sectionId, 'change anonymity', ['write'])),
  perform: (ctx, { sectionId }, { anonymous }) => anonymousOperation(ctx.doc, { sectionId, anonymous, by: ctx.member!.id, at: ctx.now() }),
});

/** Reveals every sealed draft: the relay opens them and writes the cards (edit links only). */
export const revealDrafts = register<BrainstormTarget, void, Promise<SectionCallResult>>({
  name: 'revealDrafts',
  label: () => 'Reveal cards',
  available: (ctx, { sectionId }) => availability(brainstormLead(ctx, sectionId, 'reveal the cards', ['write', 'reveal'])),
  perform: (ctx, { sectionId }) => ({ ok: true, value: callSectionEndpoint('reveal', ctx.relay, sectionId, ctx.member!.id) }),
});
