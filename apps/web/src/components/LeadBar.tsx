/**
 * Who leads a section and the lead actions: take the lead (the action asks to confirm when an
 * active member leads; an away lead is taken over at once), offer it to someone, step back. A section
 * without a lead says that anyone can run it.
 */
import type { Result, SectionView } from '@roundtable/model';
import { useState } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import { useMemberActivity } from '../hooks/useMemberActivity.js';
import { useMember } from '../hooks/useMember.js';
import { useMembersById } from '../hooks/useMembersById.js';
import { Avatar } from './Avatar.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { Icon } from './Icon.js';
import { OfferLeadDialog } from './OfferLeadDialog.js';

/** The lead bar of `section`. */
export function LeadBar({ section }: { section: SectionView }) {
  const { member, role } = useBoardContext();
  const target = { sectionId: section.id };
  const takeAction = useAction('takeLead', target);
  const accept = useAction('acceptLead', target);
  const decline = useAction('declineLead', target);
  const offerAction = useAction('offerLead', target);
  const stepBack = useAction('stepBack', target);
  const lead = useMember(section.lead);
  const named = useMembersById(section.offer ? [section.offer.from, section.offer.to] : []);
  const activity = useMemberActivity(lead);
  const [confirming, setConfirming] = useState(false);
  const [offering, setOffering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const me = member?.id ?? null;
  const canAct = role === 'edit' && me !== null;
  const mine = me !== null && section.lead === me;
  const nameOf = (id: string) => (id === me ? 'you' : (named.get(id)?.name ?? 'a member'));
  const report = (result: Result<unknown>) => setError(result.ok ? null : result.error);

  const take = (confirmed: boolean) => {
    if (!confirmed && takeAction.confirmation()) return setConfirming(true);
    setConfirming(false);
    report(takeAction.run());
  };
  const question = confirming ? takeAction.confirmation() : null;

  const offer = section.offer;
  const offerText = offer
    ? offer.from === me
      ? `Offered to ${nameOf(offer.to)}… waiting for an answer`
      : offer.to === me
        ? `${nameOf(offer.from)} offers you the lead`
        : `${nameOf(offer.from)} offered the lead to ${nameOf(offer.to)}`
    : null;

  // What the lead (or, without one, everyone) may do; a view-only guest is told they cannot.
  const subText = () => {
    if (role !== 'edit') {
      return lead
        ? `${lead.name} moves its phases, runs its timer and can spotlight it. You are following with a view-only link.`
        : 'Anyone with the edit link may move its phases or run its timer. You are following with a view-only link.';
    }
    if (!lead) return 'Anyone may move its phases, run its timer or spotlight it until someone takes the lead.';
    if (mine) return 'You move its phases, run its timer and can spotlight it.';
    return activity.away ? `${lead.name} has been away for a while: anyone can take over.` : `${lead.name} moves its phases, runs its timer and can spotlight it.`;
  };

  return (
    <div className={`lead-bar${lead ? '' : ' lead-bar--open'}`} data-testid="lead-bar">
      <div className="lead-bar__who">
        {lead ? (
          <Avatar name={lead.name} color={lead.color} size={36} ring={mine} />
        ) : (
          <span className="lead-bar__open-icon"><Icon name="crown" size={18} /></span>
        )}
        <div className="lead-bar__text">
          <p className="lead-bar__name" data-testid="lead-name">
            {lead ? (mine ? 'You lead this section' : `${lead.name} leads this section`) : section.lead ? 'A former member leads this section' : role === 'edit' ? 'No lead: anyone can run this section' : 'Nobody leads this section'}
            {lead && activity.away ? <span className="pill pill--away" data-testid="lead-away">Away</span> : null}
          </p>
          <p className="lead-bar__sub">
            {offerText ? <span data-testid="lead-offer-status">{offerText}</span> : subText()}
          </p>
        </div>
      </div>
      {canAct ? (
        <div className="lead-bar__actions">
          {offer?.to === me ? (
            <>
              <button type="button" className="btn btn--primary btn--sm" onClick={() => report(accept.run())}>{accept.label}</button>
              <button type="button" className="btn btn--secondary btn--sm" onClick={() => report(decline.run())}>{decline.label}</button>
            </>
          ) : null}
          {!mine && offer?.to !== me ? (
            <button type="button" className="btn btn--primary btn--sm" onClick={() => take(false)}>
              <Icon name="crown" size={14} /> {takeAction.label}
            </button>
          ) : null}
          {mine || !lead ? (
            <button type="button" className="btn btn--secondary btn--sm" onClick={() => setOffering(true)}>
              <Icon name="handOver" size={14} /> {offerAction.label}
            </button>
          ) : null}
          {mine ? (
            <button type="button" className="btn btn--ghost btn--sm" onClick={() => report(stepBack.run())}>
              <Icon name="stepBack" size={14} /> {stepBack.label}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? <p className="form-error lead-bar__error" role="alert">{error}</p> : null}
      {question ? (
        <ConfirmDialog
          open
          tone={question.tone}
          title={question.title}
          description={question.description}
          confirmLabel={question.confirmLabel}
          onCancel={() => setConfirming(false)}
          onConfirm={() => take(true)}
        />
      ) : null}
      {offering && me !== null ? (
        <OfferLeadDialog
          sectionTitle={section.title}
          onClose={() => setOffering(false)}
          onOffer={(to) => {
            const result = offerAction.run({ to });
            return result.ok ? null : result.error;
          }}
        />
      ) : null}
    </div>
  );
}
