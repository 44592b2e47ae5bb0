/**
 * An agreement's lead powers (issue 9): the proposal, the decision rule agreed before voting,
 * anonymity, opening a round, revealing it through the relay (edit links only: the relay opens
 * the sealed ballots and writes the result in one transaction) and recording the outcome.
 */
import {
  openRound as openOperation,
  recordOutcome as outcomeOperation,
  setAgreementAnonymous as anonymousOperation,
  setDecisionRule as ruleOperation,
  setProposal as proposalOperation,
  type Decision,
  type DecisionRule,
} from '@roundtable/model';
import { callSectionEndpoint, type SectionCallResult } from '../api/sealedSections.js';
import { availability, no, OK } from './availability.js';
import { agreementLead, betweenRounds, type AgreementTarget } from './agreementAvailability.js';
import { register } from './registry.js';

/** Writes or revises the proposal (between rounds). */
export const setProposal = register<AgreementTarget, { text: string }, void>({
  name: 'setProposal',
  label: (ctx, { sectionId }) => (ctx.store.agreement.get(sectionId)?.proposal ? 'Revise proposal' : 'Save proposal'),
  available: (ctx, { sectionId }) => availability(betweenRounds(ctx, sectionId, 'revise the proposal')),
  perform: (ctx, { sectionId }, { text }) => proposalOperation(ctx.doc, { sectionId, text, by: ctx.member!.id, at: ctx.now() }),
});

/** Sets the decision rule everyone sees before the next round opens. */
export const setDecisionRule = register<AgreementTarget, { rule: DecisionRule }, DecisionRule>({
  name: 'setDecisionRule',
  label: () => 'Set decision rule',
  available: (ctx, { sectionId }) => availability(betweenRounds(ctx, sectionId, 'change the decision rule')),
  perform: (ctx, { sectionId }, { rule }) => ruleOperation(ctx.doc, { sectionId, rule, by: ctx.member!.id, at: ctx.now() }),
});

/** Makes the next rounds' ballots anonymous (only how many voted shows) or named. */
export const setAgreementAnonymous = register<AgreementTarget, { anonymous: boolean }, void>({
  name: 'setAgreementAnonymous',
  label: () => 'Anonymous ballots',
  available: (ctx, { sectionId }) => availability(betweenRounds(ctx, sectionId, 'change anonymity')),
  perform: (ctx, { sectionId }, { anonymous }) => anonymousOperation(ctx.doc, { sectionId, anonymous, by: ctx.member!.id, at: ctx.now() }),
});

/** Opens the next round on the current proposal and rule. Returns the round's id. */
export const openRound = register<AgreementTarget, void, string>({
  name: 'openRound',
  label: (ctx, { sectionId }) => ((ctx.store.agreement.get(sectionId)?.rounds.length ?? 0) > 0 ? 'Open a new round' : 'Open voting'),
  available: (ctx, { sectionId }) => {
    const check = betweenRounds(ctx, sectionId, 'open a round');
    if (!check.ok) return no(check.reason);
    return check.agreement.proposal ? OK : no('Write the proposal before opening a round');
  },
  perform: (ctx, { sectionId }) => openOperation(ctx.doc, { sectionId, by: ctx.member!.id, at: ctx.now() }),
});

/** Reveals the open round: the relay opens every sealed ballot and writes counts, names and comments. */
export const revealRound = register<AgreementTarget, void, Promise<SectionCallResult>>({
  name: 'revealRound',
  label: () => 'Reveal votes',
  available: (ctx, { sectionId }) => {
    const lead = agreementLead(ctx, sectionId, 'reveal the votes');
    if (!lead.ok) return no(lead.reason);
    return lead.agreement.openRound ? OK : no('No round is open');
  },
  perform: (ctx, { sectionId }) => ({ ok: true, value: callSectionEndpoint('round/reveal', ctx.relay, sectionId, ctx.member!.id) }),
});

/** Records the outcome (adopted, not adopted, postponed) with a note; it goes to the session log. */
export const recordOutcome = register<AgreementTarget, { decision: Decision; note: string }, void>({
  name: 'recordOutcome',
  label: () => 'Record outcome',
  available: (ctx, { sectionId }) => availability(betweenRounds(ctx, sectionId, 'record the outcome')),
  perform: (ctx, { sectionId }, { decision, note }) => outcomeOperation(ctx.doc, { sectionId, decision, note, by: ctx.member!.id, at: ctx.now() }),
});
