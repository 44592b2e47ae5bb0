/**
 * Commitments ("I will … by …"): anyone adds their own; the lead proposes one to a named
 * member, who accepts or declines; the owner (or whoever created it, or the lead) marks it done,
 * at any time, also between meetings. Each commitment is its own Y.Map whose keys change
 * separately, so accepting and marking done concurrently both survive.
 */
import * as Y from 'yjs';
import { newId } from '../../core/ids.js';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { roots } from '../../core/schema.js';
import { cleanLine } from '../../core/text.js';
import { canUseLeadPowers } from '../../sections/permissions.js';
import { findAgreement, type AgreementArgs, type AgreementHandle } from './agreementAccess.js';
import type { CommitmentView } from './agreementReaders.js';
import { COMMITMENT_PREFIX, MAX_COMMITMENT_TEXT, MAX_DUE_TEXT, charCount } from './agreementSchema.js';

/** What a commitment says: "I will <text> by <due>". */
export interface CommitmentContent {
  text: string;
  /** "by …": a date or a few words; optional. */
  due?: string;
}

function checkContent(args: CommitmentContent): Result<{ text: string; due: string }> {
  if (typeof args.text !== 'string') return fail('a commitment needs text ("I will …")');
  const text = args.text.replace(/\s+/g, ' ').trim().replace(/^I will\s+/i, '');
  if (text.length === 0) return fail('a commitment needs text ("I will …")');
  if (charCount(text) > MAX_COMMITMENT_TEXT) return fail(`a commitment holds at most ${MAX_COMMITMENT_TEXT} characters`);
  if (args.due !== undefined && typeof args.due !== 'string') return fail('"by when" is text');
  const due = typeof args.due === 'string' ? args.due.replace(/\s+/g, ' ').trim() : '';
  if (charCount(due) > MAX_DUE_TEXT) return fail(`"by when" holds at most ${MAX_DUE_TEXT} characters`);
  return ok({ text, due: cleanLine(due, MAX_DUE_TEXT) });
}

function insert(doc: Y.Doc, handle: AgreementHandle, fields: { text: string; due: string; owner: string; createdBy: string; at: number; state: 'proposed' | 'active' }): string {
  const id = newId();
  const c = new Y.Map<unknown>();
  c.set('id', id);
  c.set('text', fields.text);
  c.set('due', fields.due);
  c.set('owner', fields.owner);
  c.set('createdBy', fields.createdBy);
  c.set('createdAt', fields.at);
  c.set('state', fields.state);
  handle.map.set(COMMITMENT_PREFIX + id, c);
  return id;
}

/** Adds `by`'s own commitment. Returns its id. */
export function addCommitment(doc: Y.Doc, args: AgreementArgs & CommitmentContent): Result<string> {
  const found = findAgreement(doc, args);
  if (!found.ok) return found;
  if (!roots(doc).members.has(args.by)) return fail('only members of this board can commit');
  const content = checkContent(args);
  if (!content.ok) return content;
  let id = '';
  doc.transact(() => {
    id = insert(doc, found.value, { ...content.value, owner: args.by, createdBy: args.by, at: args.at, state: 'active' });
    appendLog(doc, { at: args.at, by: args.by, type: 'commitment.added', sectionId: args.sectionId, detail: content.value.text });
  }, new LocalOrigin('addCommitment'));
  return ok(id);
}

/** The lead proposes a commitment to member `to`, who accepts or declines it. Returns its id. */
export function proposeCommitment(doc: Y.Doc, args: AgreementArgs & CommitmentContent & { to: string }): Result<string> {
  const found = findAgreement(doc, args, 'propose commitments to others');
  if (!found.ok) return found;
  if (typeof args.to !== 'string' || !roots(doc).members.has(args.to)) return fail('propose a commitment to a member of this board');
  if (args.to === args.by) return fail('to commit yourself, add your own commitment');
  const content = checkContent(args);
  if (!content.ok) return content;
  let id = '';
  doc.transact(() => {
    id = insert(doc, found.value, { ...content.value, owner: args.to, createdBy: args.by, at: args.at, state: 'proposed' });
    appendLog(doc, { at: args.at, by: args.by, type: 'commitment.proposed', sectionId: args.sectionId, to: args.to, detail: content.value.text });
  }, new LocalOrigin('proposeCommitment'));
  return ok(id);
}

function findCommitment(handle: AgreementHandle, commitmentId: string): Result<{ map: Y.Map<unknown>; view: CommitmentView }> {
  const view = handle.agreement.commitments.find((c) => c.id === commitmentId);
  const map = handle.map.get(COMMITMENT_PREFIX + commitmentId);
  if (!view || !(map instanceof Y.Map)) return fail('that commitment no longer exists');
  return ok({ map, view });
}

function answer(doc: Y.Doc, args: AgreementArgs & { commitmentId: string }, accept: boolean): Result {
  const found = findAgreement(doc, args);
  if (!found.ok) return found;
  const c = findCommitment(found.value, args.commitmentId);
  if (!c.ok) return c;
  if (c.value.view.owner !== args.by) return fail('only the member it was proposed to can answer it');
  if (c.value.view.state !== 'proposed') return fail(c.value.view.state === 'active' ? 'you already accepted it' : 'you already declined it');
  doc.transact(() => {
    c.value.map.set('state', accept ? 'active' : 'declined');
    appendLog(doc, { at: args.at, by: args.by, type: accept ? 'commitment.accepted' : 'commitment.declined', sectionId: args.sectionId, from: c.value.view.createdBy, detail: c.value.view.text });
  }, new LocalOrigin(accept ? 'acceptCommitment' : 'declineCommitment'));
  return ok(undefined);
}

/** The member a commitment was proposed to accepts it: it becomes theirs. */
export function acceptCommitment(doc: Y.Doc, args: AgreementArgs & { commitmentId: string }): Result {
  return answer(doc, args, true);
}

/** The member a commitment was proposed to declines it (it stays listed as declined). */
export function declineCommitment(doc: Y.Doc, args: AgreementArgs & { commitmentId: string }): Result {
  return answer(doc, args, false);
}

/** Marks a commitment done (or not done again). Its owner, its creator or the section's lead. */
export function setCommitmentDone(doc: Y.Doc, args: AgreementArgs & { commitmentId: string; done: boolean }): Result {
  const found = findAgreement(doc, args);
  if (!found.ok) return found;
  const c = findCommitment(found.value, args.commitmentId);
  if (!c.ok) return c;
  const { view } = c.value;
  if (view.owner !== args.by && view.createdBy !== args.by && !(found.value.agreement.section.lead === args.by)) return fail('only its owner, whoever proposed it, or the lead can mark a commitment done');
  if (view.state !== 'active') return fail(view.state === 'proposed' ? `it is not accepted yet` : 'it was declined');
  if (typeof args.done !== 'boolean') return fail('done is true or false');
  if ((view.doneAt !== null) === args.done) return fail(args.done ? 'it is already done' : 'it is not done');
  doc.transact(() => {
    if (args.done) c.value.map.set('done', { at: args.at, by: args.by });
    else c.value.map.delete('done');
    appendLog(doc, { at: args.at, by: args.by, type: args.done ? 'commitment.done' : 'commitment.reopened', sectionId: args.sectionId, detail: view.text });
  }, new LocalOrigin('setCommitmentDone'));
  return ok(undefined);
}

/** True when `by` may mark the commitment done (for the UI's availability). */
export function canMarkDone(commitment: CommitmentView, by: string, lead: string | null): boolean {
  return commitment.state === 'active' && (commitment.owner === by || commitment.createdBy === by || canUseLeadPowers({ lead }, by));
}
