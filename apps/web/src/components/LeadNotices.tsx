/**
 * The corner stack of lead notices: "Ada offers you the lead of Ideas" (Accept / Decline),
 * "Grace took the lead of Ideas from you" or, after a concurrent take while one of them was
 * offline, "Grace now leads Ideas" (Take it back, one click, no confirmation), "Cleo declined
 * the lead of Purpose". Polite live region, so screen readers announce new notices.
 */
import type { MemberView } from '@roundtable/model';
import { useBoardContext } from '../hooks/boardContext.js';
import { useRunAction } from '../hooks/useAction.js';
import { useLeadNotices } from '../hooks/useLeadNotices.js';
import { useMembersById } from '../hooks/useMembersById.js';
import { useSectionTitle } from '../hooks/useSectionTitle.js';
import type { LeadNotice } from '../notices.js';
import { Avatar } from './Avatar.js';
import { Icon } from './Icon.js';
import { Toast } from './Toast.js';

/** Lead notices of this device's member. */
export function LeadNotices() {
  const { member, role } = useBoardContext();
  const run = useRunAction();
  const { notices, dismiss } = useLeadNotices();
  const members = useMembersById(notices.map((n) => (n.kind === 'offer' ? n.from : n.by)));
  if (role !== 'edit' || !member) return null;
  const person = (id: string): MemberView | undefined => members.get(id);
  const title = (id: string) => <SectionTitle id={id} />;
  const icon = (id: string) => {
    const m = person(id);
    return m ? <Avatar name={m.name} color={m.color} size={28} /> : <Icon name="crown" size={18} />;
  };

  const render = (n: LeadNotice) => {
    switch (n.kind) {
      case 'offer':
        return (
          <Toast key={n.key} tone="attention" testId="offer-notice" icon={icon(n.from)} onDismiss={() => dismiss(n.key)}
            message={<><strong>{person(n.from)?.name ?? 'Someone'}</strong> offers you the lead of <strong>{title(n.sectionId)}</strong></>}>
            <button type="button" className="btn btn--primary btn--sm" onClick={() => run('acceptLead', { sectionId: n.sectionId }, undefined)}>Accept</button>
            <button type="button" className="btn btn--secondary btn--sm" onClick={() => run('declineLead', { sectionId: n.sectionId }, undefined)}>Decline</button>
          </Toast>
        );
      case 'taken':
        return (
          <Toast key={n.key} tone="attention" testId="taken-notice" icon={icon(n.by)} onDismiss={() => dismiss(n.key)}
            message={n.how === 'taken'
              ? <><strong>{person(n.by)?.name ?? 'Someone'}</strong> took the lead of <strong>{title(n.sectionId)}</strong> from you</>
              : <><strong>{person(n.by)?.name ?? 'Someone'}</strong> now leads <strong>{title(n.sectionId)}</strong>. You both took the lead at the same time, one of you offline, and {person(n.by)?.name ?? 'their'}’s take won.</>}>
            <button
              type="button"
              className="btn btn--primary btn--sm"
              onClick={() => {
                if (run('takeLead', { sectionId: n.sectionId }, undefined).ok) dismiss(n.key);
              }}
            >
              Take it back
            </button>
          </Toast>
        );
      case 'answered':
        return (
          <Toast key={n.key} testId="answer-notice" icon={icon(n.by)} onDismiss={() => dismiss(n.key)} autoDismissMs={12_000}
            message={<><strong>{person(n.by)?.name ?? 'Someone'}</strong> {n.accepted ? 'accepted' : 'declined'} the lead of <strong>{title(n.sectionId)}</strong></>} />
        );
    }
  };

  return (
    <ol className="toasts" aria-live="polite" aria-label="Notifications">
      {notices.map(render)}
    </ol>
  );
}

/** A section's title, subscribed on its own so a rename re-renders only this text. */
function SectionTitle({ id }: { id: string }) {
  return <>{useSectionTitle(id) ?? 'a section'}</>;
}
