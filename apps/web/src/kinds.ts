/** How each section kind presents itself: label, colour token and a one-line purpose. */
import { PHASES, type SectionKind } from '@roundtable/model';

/** Display data for a section kind. */
export interface KindInfo {
  label: string;
  /** What happens in a section of this kind. */
  blurb: string;
  /** What the content area will hold once that feature lands. */
  placeholder: string;
}

/** Display data per kind. */
export const KINDS: Readonly<Record<SectionKind, KindInfo>> = {
  purpose: {
    label: 'Purpose',
    blurb: 'Co-write why the group is here.',
    placeholder: 'The shared purpose editor will live here: everyone drafts one statement together, then the group reviews and agrees on it.',
  },
  brainstorm: {
    label: 'Brainstorm',
    blurb: 'Write privately, reveal, cluster and dot-vote.',
    placeholder: 'Cards will appear here: write ideas privately, reveal them together, cluster similar ones and dot-vote.',
  },
  agreement: {
    label: 'Agreement',
    blurb: 'Test consensus on the gradients of agreement.',
    placeholder: 'The gradients-of-agreement poll will live here: a proposal, an 8-point scale from "Wholehearted endorsement" to "Veto", and the decision.',
  },
};

/** Human label for a phase id, e.g. "cluster" -> "Cluster". */
export function phaseLabel(phase: string): string {
  return phase.charAt(0).toUpperCase() + phase.slice(1);
}

/** Why a phase arrow cannot move `phase` of a `kind` section that way, or null when it can. */
export function phaseEndReason(kind: SectionKind, phase: string, direction: 'previous' | 'next'): string | null {
  const phases: readonly string[] = PHASES[kind];
  const index = phases.indexOf(phase);
  if (direction === 'previous' && index <= 0) return 'This section is in its first phase';
  if (direction === 'next' && index >= phases.length - 1) return 'This section is in its last phase';
  return null;
}
