/** How each section kind presents itself: label, colour token and a one-line purpose. */
import type { SectionKind } from '@roundtable/model';

/** Display data for a section kind. */
export interface KindInfo {
  label: string;
  /** What happens in a section of this kind. */
  blurb: string;
}

/** Display data per kind. */
export const KINDS: Readonly<Record<SectionKind, KindInfo>> = {
  purpose: {
    label: 'Purpose',
    blurb: 'Co-write why the group is here.',
  },
  brainstorm: {
    label: 'Brainstorm',
    blurb: 'Write privately, reveal, cluster and dot-vote.',
  },
  agreement: {
    label: 'Agreement',
    blurb: 'Test consensus on the gradients of agreement.',
  },
};
