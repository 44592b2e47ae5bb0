/**
 * Sentences of the agreement section, pure so they are tested without a browser: how many have
 * voted, the concerns of a revealed round, a commitment as "I will … by …".
 */
import { CONCERN_LEVELS, type Level, type RevealedVote } from '@roundtable/model';

/** "1 person" / "3 people". */
export const people = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;

/** "2 of 3 have voted" (named and anonymous rounds alike: only how many). */
export function votedText(voted: number, members: number): string {
  if (voted === 0) return 'Nobody has voted yet';
  const of = Math.max(voted, members);
  return `${voted} of ${of} ${voted === 1 ? 'has' : 'have'} voted`;
}

/** A revealed round's concerns: the comments of everyone at 5-8, highest level first. */
export function concernsOf(votes: readonly RevealedVote[]): RevealedVote[] {
  return votes.filter((v) => (CONCERN_LEVELS as readonly Level[]).includes(v.level) && v.comment.trim().length > 0).sort((a, b) => b.level - a.level);
}

/** Names per level (index 0 = level 1) for a named round's histogram; undefined when anonymous. */
export function namesPerLevel(votes: readonly RevealedVote[], anonymous: boolean, nameOf: (id: string) => string): string[][] | undefined {
  if (anonymous) return undefined;
  const names: string[][] = Array.from({ length: 8 }, () => []);
  for (const v of votes) if (v.voter !== null) names[v.level - 1]!.push(nameOf(v.voter));
  return names;
}

/** "I will update the calendar by Friday". */
export function commitmentSentence(text: string, due: string): string {
  return `I will ${text}${due ? ` by ${due}` : ''}`;
}
