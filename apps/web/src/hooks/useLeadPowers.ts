/**
 * May this device use a section's lead powers (phase, timer, spotlight)? The model's
 * `canUseLeadPowers`: yes when we lead it or nobody does; the reason text names the lead.
 */
import { canUseLeadPowers, type SectionView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useMember } from './useMember.js';

/** Lead powers over one section, as the controls need them. */
export interface LeadPowers {
  /** True when the controls are enabled for this device. */
  allowed: boolean;
  /** Nobody leads the section: anyone may run it. */
  open: boolean;
  /** "Only Ada, who leads this section, can <action>", or null when allowed. */
  reason: (action: string) => string | null;
}

/** Lead powers of this device over `section`. View-only devices have none. */
export function useLeadPowers(section: Pick<SectionView, 'lead'>): LeadPowers {
  const { member, role } = useBoardContext();
  const lead = useMember(section.lead);
  const me = member?.id ?? null;
  const allowed = role === 'edit' && me !== null && canUseLeadPowers(section, me);
  const leadName = section.lead ? (lead?.name ?? 'another member') : null;
  return {
    allowed,
    open: section.lead === null,
    reason: (action) => {
      if (allowed) return null;
      if (role !== 'edit') return `This is a view-only link: you cannot ${action}`;
      if (me === null) return `Join the board to ${action}`;
      return `Only ${leadName ?? 'the lead'}, who leads this section, can ${action}`;
    },
  };
}
