/**
 * The purpose section's actions: endorse (or re-endorse) the statement, withdraw an
 * endorsement, save a named version (a lead power), restore one (anyone; undone by the board's
 * `undo` action). A view link can do none of them: the relay drops its writes, so a local
 * write would only make this copy diverge. The statement's own checks (empty, over the limit,
 * already endorsed) are the model's, returned as the operation's error.
 */
import {
  endorsePurpose as endorseOperation,
  restorePurposeVersion as restoreOperation,
  savePurposeVersion as saveOperation,
  withdrawEndorsement as withdrawOperation,
} from '@roundtable/model';
import { availability, leadPowers, writer } from './availability.js';
import type { SectionTarget } from './agendaActions.js';
import { register } from './registry.js';

/** A version of a purpose section. */
export interface VersionTarget extends SectionTarget {
  versionId: string;
}

/** Endorses the statement as it reads now (replacing an earlier endorsement). Returns the endorsed text. */
export const endorsePurpose = register<SectionTarget, void, string>({
  name: 'endorsePurpose',
  label: () => 'Endorse this text',
  available: (ctx) => availability(writer(ctx, 'endorse the purpose')),
  perform: (ctx, { sectionId }) => endorseOperation(ctx.doc, { sectionId, by: ctx.member!.id, at: ctx.now() }),
});

/** Withdraws this member's endorsement. */
export const withdrawEndorsement = register<SectionTarget, void, void>({
  name: 'withdrawEndorsement',
  label: () => 'Withdraw',
  available: (ctx) => availability(writer(ctx, 'withdraw an endorsement')),
  perform: (ctx, { sectionId }) => withdrawOperation(ctx.doc, { sectionId, by: ctx.member!.id, at: ctx.now() }),
});

/** Saves the statement and prompts under a name (lead powers). Returns the version's id. */
export const savePurposeVersion = register<SectionTarget, { name: string }, string>({
  name: 'savePurposeVersion',
  label: () => 'Save version',
  available: (ctx, { sectionId }) => availability(leadPowers(ctx, sectionId, 'save a named version')),
  perform: (ctx, { sectionId }, { name }) => saveOperation(ctx.doc, { sectionId, name, by: ctx.member!.id, at: ctx.now() }),
});

/** Restores a named version as a new change. Returns the version's name. */
export const restorePurposeVersion = register<VersionTarget, void, string>({
  name: 'restorePurposeVersion',
  label: () => 'Restore',
  available: (ctx) => availability(writer(ctx, 'restore a version')),
  perform: (ctx, { sectionId, versionId }) => restoreOperation(ctx.doc, { sectionId, versionId, by: ctx.member!.id, at: ctx.now() }),
});
