/**
 * Kaner's gradients of agreement: exactly eight levels, in this order, each with a one-line
 * explanation. Plain data shared by the rules, the readers and the UI.
 */

/** A level on the scale: 1 (whole-hearted endorsement) .. 8 (veto). */
export type Level = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** One level of the scale. */
export interface LevelInfo {
  level: Level;
  label: string;
  explanation: string;
}

/** The eight levels, 1 first. */
export const KANER_LEVELS: readonly LevelInfo[] = Object.freeze([
  { level: 1, label: 'Whole-hearted endorsement', explanation: 'I like it: this is what I want.' },
  { level: 2, label: 'Agreement with a minor point of contention', explanation: 'Basically I like it; there is one small thing I would change.' },
  { level: 3, label: 'Support with reservations', explanation: 'I can live with it, though I have doubts.' },
  { level: 4, label: 'Abstain', explanation: 'I have no opinion on this, or it is not my call.' },
  { level: 5, label: 'More discussion needed', explanation: "I don't understand it yet, or we haven't talked it through." },
  { level: 6, label: "Don't like it, but will support it", explanation: 'Not what I would choose, but I will not stand in the way.' },
  { level: 7, label: 'Serious disagreement', explanation: 'I disagree and want it changed before we go ahead.' },
  { level: 8, label: 'Veto', explanation: 'I block this proposal.' },
] as const satisfies readonly LevelInfo[]);

/** True for a whole number 1..8. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8;
}

/** The label of a level ("Serious disagreement"). */
export function levelLabel(level: Level): string {
  return KANER_LEVELS[level - 1]?.label ?? '';
}

/** Levels whose comments are listed as concerns to discuss after a reveal. */
export const CONCERN_LEVELS: readonly Level[] = [5, 6, 7, 8];
