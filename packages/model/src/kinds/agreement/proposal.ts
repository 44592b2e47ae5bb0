/**
 * Between rounds the lead shapes what the group will vote on: the proposal's text (written, or
 * carried over from a brainstorm's top items), the decision rule everyone sees before the round
 * opens, and whether ballots are anonymous.
 */
import type * as Y from 'yjs';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { findAgreement, memberCount, requireNoOpenRound, type AgreementArgs } from './agreementAccess.js';
import { MAX_PROPOSAL_TEXT, charCount } from './agreementSchema.js';
import { checkRule, describeRule, type DecisionRule } from './rules.js';

/** Trims a proposal and checks its length; longer text is refused with its count, never cut. */
export function checkProposalText(text: unknown): Result<string> {
  if (typeof text !== 'string') return fail('a proposal needs text');
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed.length === 0) return fail('a proposal needs text');
  const n = charCount(trimmed);
  if (n > MAX_PROPOSAL_TEXT) return fail(`the proposal is ${n} characters; at most ${MAX_PROPOSAL_TEXT} fit`);
  return ok(trimmed);
}

/** Sets (or revises) the proposal. Lead powers; not while a round is open. */
export function setProposal(doc: Y.Doc, args: AgreementArgs & { text: string; fromSectionId?: string }): Result {
  const found = findAgreement(doc, args, 'revise the proposal');
  if (!found.ok) return found;
  const between = requireNoOpenRound(found.value, 'revise the proposal');
  if (!between.ok) return between;
  const text = checkProposalText(args.text);
  if (!text.ok) return text;
  const revised = found.value.agreement.proposal !== null;
  const record: Record<string, unknown> = { text: text.value, revisedAt: args.at, revisedBy: args.by };
  if (typeof args.fromSectionId === 'string' && args.fromSectionId.length > 0) record.fromSectionId = args.fromSectionId;
  doc.transact(() => {
    found.value.map.set('proposal', record);
    appendLog(doc, { at: args.at, by: args.by, type: revised ? 'proposal.revised' : 'proposal.set', sectionId: args.sectionId, detail: text.value.slice(0, 120) });
  }, new LocalOrigin('setProposal'));
  return ok(undefined);
}

/**
 * The text of a proposal carried over from a brainstorm's top items (selectTopItems): one line
 * per item, most voted first. Pure; pass the result to setProposal with `fromSectionId`.
 */
export function proposalFromItems(items: readonly { text: string; votes?: number }[]): string {
  const lines = items.map((item) => item.text.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0);
  if (lines.length === 0) return '';
  if (lines.length === 1) return lines[0] as string;
  return ['We will:', ...lines.map((line) => `• ${line}`)].join('\n');
}

/** Sets the decision rule for the next round. Lead powers; not while a round is open. */
export function setDecisionRule(doc: Y.Doc, args: AgreementArgs & { rule: DecisionRule }): Result<DecisionRule> {
  const found = findAgreement(doc, args, 'set the decision rule');
  if (!found.ok) return found;
  const between = requireNoOpenRound(found.value, 'change the decision rule');
  if (!between.ok) return between;
  const rule = checkRule(args.rule, memberCount(doc));
  if (!rule.ok) return rule;
  doc.transact(() => {
    found.value.map.set('rule', { ...rule.value });
    appendLog(doc, { at: args.at, by: args.by, type: 'rule.set', sectionId: args.sectionId, detail: describeRule(rule.value) });
  }, new LocalOrigin('setDecisionRule'));
  return ok(rule.value);
}

/** Makes the next rounds' ballots anonymous (or named). Lead powers; not while a round is open. */
export function setAgreementAnonymous(doc: Y.Doc, args: AgreementArgs & { anonymous: boolean }): Result {
  const found = findAgreement(doc, args, 'change anonymity');
  if (!found.ok) return found;
  const between = requireNoOpenRound(found.value, 'change anonymity');
  if (!between.ok) return between;
  if (typeof args.anonymous !== 'boolean') return fail('anonymous is true or false');
  if (found.value.agreement.anonymous === args.anonymous) return fail(args.anonymous ? 'ballots are already anonymous' : 'ballots are already named');
  doc.transact(() => {
    found.value.map.set('anonymous', args.anonymous);
    appendLog(doc, { at: args.at, by: args.by, type: 'agreement.anonymous', sectionId: args.sectionId, detail: args.anonymous ? 'anonymous' : 'named' });
  }, new LocalOrigin('setAgreementAnonymous'));
  return ok(undefined);
}
