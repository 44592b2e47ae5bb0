/**
 * Session-log records as plain sentences for the exports ("Grace took the lead of Ideas from
 * Ada"). The web app has its own, richer wording (apps/web/src/logText.ts) with its live
 * lookups; this one needs only names and titles, and reads an unknown type as its name.
 */
import type { LogEntry } from '../core/log.js';
import { duration } from './exportText.js';

/** Names of members and titles of sections, for sentences. */
export interface SentenceLookup {
  name(memberId: string | null | undefined): string;
  title(sectionId: string | undefined): string;
}

type Phrase = (e: LogEntry, section: string, person: (id: string | undefined) => string) => string;

const PHRASES: Record<string, Phrase> = {
  'board.created': (e) => `created the board ${e.detail ?? ''}`.trim(),
  'board.renamed': (e) => `renamed the board to ${e.detail ?? ''}`.trim(),
  'section.added': (e, s) => `added ${e.detail ?? s}`,
  'section.removed': (e, s) => `removed ${e.detail ?? s}`,
  'lead.taken': (e, s, p) => (e.from ? `took the lead of ${s} from ${p(e.from)}` : `took the lead of ${s}`),
  'lead.offered': (e, s, p) => `offered the lead of ${s} to ${p(e.to)}`,
  'lead.accepted': (e, s, p) => `accepted the lead of ${s} from ${p(e.from)}`,
  'lead.declined': (e, s, p) => `declined the lead of ${s} offered by ${p(e.from)}`,
  'lead.steppedBack': (_, s) => `stepped back from leading ${s}`,
  'phase.changed': (e, s) => `moved ${s} to the ${e.detail ?? 'next'} phase`,
  'timer.started': (e, s) => `started a ${duration(e.durationMs ?? 0)} timer on ${s}`,
  'timer.paused': (_, s) => `paused the timer of ${s}`,
  'timer.resumed': (_, s) => `resumed the timer of ${s}`,
  'timer.extended': (e, s) => `added ${duration(e.durationMs ?? 0)} to the timer of ${s}`,
  'timer.reset': (_, s) => `reset the timer of ${s}`,
  'spotlight.started': (_, s) => `asked everyone to follow to ${s}`,
  'spotlight.ended': (_, s) => `ended the spotlight on ${s}`,
  undo: (e) => `undid ${e.detail ?? 'a change'}`,
  redo: (e) => `redid ${e.detail ?? 'a change'}`,
  reveal: (e, s) => (e.count !== undefined ? `revealed ${e.count} ${e.count === 1 ? 'card' : 'cards'} in ${s}` : `revealed ${s}`),
  tally: (e, s) => `closed the vote of ${s}${e.detail ? ` (${e.detail})` : ''}`,
  'brainstorm.anonymous': (e, s) => (e.detail === 'anonymous' ? `made ${s} anonymous` : `made ${s} named`),
  'brainstorm.budget': (e, s) => `set the vote of ${s} to ${e.detail ?? 'a new budget'}`,
  decision: (e, s) => `recorded a decision on ${s}${e.detail ? `: ${e.detail}` : ''}`,
  'proposal.set': (_, s) => `wrote the proposal of ${s}`,
  'proposal.revised': (_, s) => `revised the proposal of ${s}`,
  'rule.set': (e, s) => `set the decision rule of ${s}${e.detail ? ` to ${e.detail}` : ''}`,
  'agreement.anonymous': (e, s) => (e.detail === 'anonymous' ? `made the ballots of ${s} anonymous` : `made the ballots of ${s} named`),
  'round.opened': (e, s) => `opened ${e.detail ?? 'a round'} on ${s}`,
  'round.revealed': (e, s) => `revealed the votes of ${s}${e.detail ? `: ${e.detail}` : ''}`,
  'commitment.added': (e) => `committed to ${e.detail ?? 'something'}`,
  'commitment.proposed': (e, _, p) => `proposed to ${p(e.to)}: ${e.detail ?? ''}`.trim(),
  'commitment.accepted': (e, _, p) => `accepted ${e.detail ?? 'a commitment'} from ${p(e.from)}`,
  'commitment.declined': (e, _, p) => `declined ${e.detail ?? 'a commitment'} from ${p(e.from)}`,
  'commitment.done': (e) => `marked ${e.detail ?? 'a commitment'} done`,
  'commitment.reopened': (e) => `reopened ${e.detail ?? 'a commitment'}`,
  'purpose.endorsed': (e, s) => (e.detail === 'again' ? `endorsed the new text of ${s}` : `endorsed the purpose in ${s}`),
  'purpose.endorsementWithdrawn': (_, s) => `withdrew their endorsement of ${s}`,
  'purpose.versionSaved': (e, s) => `saved the version ${e.detail ?? ''} of ${s}`.replace('  ', ' '),
  'purpose.versionRestored': (e, s) => `restored the version ${e.detail ?? ''} of ${s}`.replace('  ', ' '),
};

/** "Grace took the lead of Ideas from Ada"; the relay's own records read as "Roundtable …". */
export function logSentence(entry: LogEntry, lookup: SentenceLookup): string {
  const actor = entry.by === null ? 'Roundtable' : lookup.name(entry.by);
  const phrase = PHRASES[entry.type];
  const text = phrase ? phrase(entry, lookup.title(entry.sectionId), (id) => lookup.name(id ?? null)) : entry.type;
  return `${actor} ${text}`;
}
