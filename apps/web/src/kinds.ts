/** How each section kind presents itself: its label (the model's KIND_LABELS) and a one-line purpose. */
import { KIND_LABELS, type SectionKind } from '@roundtable/model';

/** Display data for a section kind. */
export interface KindInfo {
  label: string;
  /** What happens in a section of this kind. */
  blurb: string;
}

/** Display data per kind. */
export const KINDS: Readonly<Record<SectionKind, KindInfo>> = {
  purpose: {
    label: KIND_LABELS.purpose,
    blurb: 'Co-write why the group is here.',
  },
  brainstorm: {
    label: KIND_LABELS.brainstorm,
    blurb: 'Write privately, reveal, cluster and dot-vote.',
  },
  agreement: {
    label: KIND_LABELS.agreement,
    blurb: 'Test consensus on the gradients of agreement.',
  },
};
