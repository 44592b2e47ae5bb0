/**
 * An agreement section's content (issue 9): the proposal, the decision rule agreed before
 * voting, the open round (who voted, my sealed ballot, the lead's reveal) or the way to open
 * one, the last round's results with the verdict and concerns, earlier rounds side by side,
 * the outcome and the commitments. Reads through the agreement store; writes through actions.
 */
import type { SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useAction } from '../../hooks/useAction.js';
import { useAgreement } from '../../hooks/useAgreement.js';
import { useMember } from '../../hooks/useMember.js';
import { Icon } from '../Icon.js';
import { SealBadge } from '../SealBadge.js';
import { CommitmentsPanel } from './CommitmentsPanel.js';
import { OutcomePanel } from './OutcomePanel.js';
import { ProposalCard } from './ProposalCard.js';
import { RoundHistory } from './RoundHistory.js';
import { RoundResults } from './RoundResults.js';
import { RulePanel } from './RulePanel.js';
import { VotingPanel } from './VotingPanel.js';

/** Where the group stands, in a few words. */
function stageText(hasProposal: boolean, open: number | null, revealed: number | null, decided: boolean): string {
  if (open !== null) return `Round ${open} is open: vote, then the lead reveals`;
  if (decided) return 'Decided: now, who commits to what?';
  if (revealed !== null) return `Round ${revealed} is revealed: discuss, revise and vote again, or record the outcome`;
  return hasProposal ? 'Ready to vote once everyone has read the proposal and the rule' : 'Write the proposal, agree the rule, then vote';
}

/** The content of agreement `section`. */
export function AgreementSection({ section }: { section: SectionView }) {
  const agreement = useAgreement(section.id);
  const open = useAction('openRound', { sectionId: section.id });
  const lead = useMember(section.lead);
  const [error, setError] = useState<string | null>(null);
  // An unsaved change to the rule or the proposal must not slip past the vote: the round copies
  // what is saved when it opens.
  const [ruleEditing, setRuleEditing] = useState(false);
  const [proposalEditing, setProposalEditing] = useState(false);
  if (!agreement) return null;
  const pending = ruleEditing ? 'Set or cancel the rule change first.' : proposalEditing ? 'Save or cancel the proposal change first.' : null;
  const round = agreement.openRound;
  const last = agreement.lastRevealed;
  const decided = agreement.outcome !== null;

  return (
    <div className="agreement" data-testid="agreement">
      <div className="agree-stage">
        <SealBadge />
        <p className="agree-stage__text" data-testid="agreement-stage">{stageText(agreement.proposal !== null, round?.number ?? null, last?.number ?? null, decided)}</p>
      </div>
      <ProposalCard agreement={agreement} onEditing={setProposalEditing} />
      <RulePanel agreement={agreement} onEditing={setRuleEditing} />
      {round ? (
        <VotingPanel key={round.id} agreement={agreement} round={round} />
      ) : agreement.proposal ? (
        <div className="agree-next" data-testid="open-round">
          <div className="agree-next__text">
            <p className="agree-next__title">{last ? `Ready for round ${last.number + 1}?` : 'Ready to vote?'}</p>
            <p className="agree-card__meta">{open.disabled ? (open.reason?.startsWith('Only') ? `${lead?.name ?? 'The lead'} opens the round.` : `${open.reason}.`) : (pending ?? 'Ballots are sealed: nobody sees a vote before you reveal them.')}</p>
          </div>
          {!open.disabled ? (
            <button type="button" className="btn btn--primary" disabled={pending !== null} onClick={() => { const r = open.run(); setError(r.ok ? null : r.error); }}>
              <Icon name="play" size={14} /> {open.label}
            </button>
          ) : null}
          {error ? <p className="form-error" role="alert">{error}</p> : null}
        </div>
      ) : null}
      {!round && last ? <RoundResults round={last} currentProposal={agreement.proposal?.text ?? null} /> : null}
      <RoundHistory rounds={agreement.rounds} voting={round !== null} />
      {last || decided ? <OutcomePanel agreement={agreement} /> : null}
      {decided || agreement.commitments.length > 0 ? <CommitmentsPanel agreement={agreement} /> : null}
    </div>
  );
}
