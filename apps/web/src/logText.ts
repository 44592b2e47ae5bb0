/**
 * Readable sentences for session-log records ("Grace took the lead of Ideas from Ada"), for
 * the activity panel and notices. Pure: names and titles come in through a lookup, so a
 * removed section or a forgotten member still reads sensibly.
 */
import type { LeadChanges, LogEntry, OperationName } from '@roundtable/model';
import { phaseLabel } from './kinds.js';
import { shortTitle } from './titleText.js';

/** How a sentence finds names: member ids to display names, section ids to titles. */
export interface LogLookup {
  memberName: (id: string) => string | null;
  sectionTitle: (id: string) => string | null;
  /**
   * The model's reading of concurrent takes (`resolveLeadChanges`): who else lost a lead through
   * a take record, and whose take won over a record that lost the race. Optional.
   */
  leadChanges?: Pick<LeadChanges, 'alsoFrom' | 'lostTo'>;
}

/** What undo/redo records say they reverted, per operation. */
const OPERATION_PHRASES: Partial<Record<OperationName, string>> = {
  renameBoard: 'renaming the board',
  addSection: 'adding a section',
  carryToAgreement: 'proposing the top items for agreement',
  addSections: 'adding sections',
  endorsePurpose: 'an endorsement',
  withdrawEndorsement: 'withdrawing an endorsement',
  savePurposeVersion: 'saving a version',
  restorePurposeVersion: 'restoring a version',
  renameSection: 'renaming a section',
  moveSection: 'moving a section',
  removeSection: 'removing a section',
  takeLead: 'taking a lead',
  offerLead: 'offering a lead',
  acceptLead: 'accepting a lead',
  declineLead: 'declining a lead',
  stepBack: 'stepping back from a lead',
  setPhase: 'a phase change',
  nextPhase: 'moving to the next phase',
  previousPhase: 'moving to the previous phase',
  startTimer: 'starting a timer',
  pauseTimer: 'pausing a timer',
  resumeTimer: 'resuming a timer',
  addTime: 'adding time to a timer',
  resetTimer: 'resetting a timer',
  startSpotlight: 'starting a spotlight',
  endSpotlight: 'ending a spotlight',
  addCard: 'adding a card',
  editCard: 'editing a card',
  deleteCard: 'deleting a card',
  setCardColour: 'recolouring a card',
  moveCard: 'moving a card',
  createCluster: 'grouping cards',
  renameCluster: 'naming a group',
  mergeClusters: 'merging groups',
  moveCluster: 'moving a group',
  removeCluster: 'removing a group',
  setColumns: 'changing the columns',
  setAnonymous: 'changing anonymity',
  setVoteBudget: 'changing the vote budget',
  saveDraft: 'writing a draft',
  editDraft: 'editing a draft',
  deleteDraft: 'deleting a draft',
  shareDraftEarly: 'sharing a draft',
  castDots: 'placing dots',
};

/** What undoing `operation` reverts, e.g. "moving to the next phase" (for Undo tooltips). */
export function operationLabel(operation: OperationName): string {
  return OPERATION_PHRASES[operation] ?? 'the last change';
}

/** A duration as people say it: "5 min", "90 s", "1 h 30 min". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1_000);
  if (totalSeconds < 60 || totalSeconds % 60 !== 0) {
    return totalSeconds < 60 ? `${totalSeconds} s` : `${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s`;
  }
  const minutes = totalSeconds / 60;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/**
 * Titles of sections as the log remembers them ('section.added' / 'section.removed' details),
 * for records about sections that no longer exist.
 */
export function titlesFromLog(log: readonly LogEntry[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of log) {
    if ((e.type === 'section.added' || e.type === 'section.removed') && e.sectionId && e.detail) titles.set(e.sectionId, e.detail);
  }
  return titles;
}

/**
 * The sentence after the actor's name, e.g. "took the lead of Ideas from Ada". With
 * `maxTitle`, section and board titles longer than that are cut with an ellipsis (log rows;
 * the caller keeps the full sentence for a tooltip).
 */
export function describeLogEntry(entry: LogEntry, lookup: LogLookup, { maxTitle }: { maxTitle?: number } = {}): string {
  const cut = (title: string) => (maxTitle === undefined ? title : shortTitle(title, maxTitle));
  const section = entry.sectionId ? cut(lookup.sectionTitle(entry.sectionId) ?? 'a removed section') : 'a section';
  const person = (id: string | undefined) => (id ? (lookup.memberName(id) ?? 'someone') : 'someone');
  const detail = entry.detail ? `“${cut(entry.detail)}”` : '';
  const operation = entry.detail ? (OPERATION_PHRASES[entry.detail as OperationName] ?? 'a change') : 'a change';
  switch (entry.type) {
    case 'board.created': return `created the board ${detail}`.trim();
    case 'board.renamed': return `renamed the board to ${detail}`.trim();
    case 'section.added': return `added ${detail || section}`;
    case 'section.removed': return `removed ${detail || section}`;
    case 'lead.taken': {
      const wonBy = lookup.leadChanges?.lostTo.get(entry.id);
      if (wonBy) return `took the lead of ${section} at the same time as ${person(wonBy)}, who kept it`;
      const from = [entry.from, ...(lookup.leadChanges?.alsoFrom.get(entry.id) ?? [])].filter((id): id is string => Boolean(id));
      return from.length > 0 ? `took the lead of ${section} from ${listOf(from.map(person))}` : `took the lead of ${section}`;
    }
    case 'lead.offered': return `offered the lead of ${section} to ${person(entry.to)}`;
    case 'lead.accepted': return `accepted the lead of ${section} from ${person(entry.from)}`;
    case 'lead.declined': return `declined the lead of ${section} offered by ${person(entry.from)}`;
    case 'lead.steppedBack': return `stepped back from leading ${section}`;
    case 'phase.changed': return `moved ${section} to the ${phaseLabel(entry.detail ?? '')} phase`;
    case 'timer.started': return `started a ${formatDuration(entry.durationMs ?? 0)} timer on ${section}`;
    case 'timer.paused': return `paused the timer of ${section}`;
    case 'timer.resumed': return `resumed the timer of ${section}`;
    case 'timer.extended': return `added ${formatDuration(entry.durationMs ?? 0)} to the timer of ${section}`;
    case 'timer.reset': return `reset the timer of ${section}`;
    case 'spotlight.started': return `asked everyone to follow to ${section}`;
    case 'spotlight.ended': return `ended the spotlight on ${section}`;
    case 'undo': return `undid ${operation}`;
    case 'redo': return `redid ${operation}`;
    case 'reveal': return entry.count !== undefined ? `revealed ${entry.count} ${entry.count === 1 ? 'card' : 'cards'} in ${section}` : `revealed ${section}`;
    case 'tally': return `closed the vote of ${section}${entry.detail ? ` (${entry.detail})` : ''}`;
    case 'brainstorm.anonymous': return entry.detail === 'anonymous' ? `made ${section} anonymous` : `made ${section} named`;
    case 'brainstorm.budget': return `set the vote of ${section} to ${entry.detail ?? 'a new budget'}`;
    case 'decision': return `recorded a decision on ${section}${detail ? `: ${detail}` : ''}`;
    case 'proposal.set': return `wrote the proposal of ${section}`;
    case 'proposal.revised': return `revised the proposal of ${section}`;
    case 'rule.set': return `set the decision rule of ${section} to ${detail}`;
    case 'agreement.anonymous': return entry.detail === 'anonymous' ? `made the ballots of ${section} anonymous` : `made the ballots of ${section} named`;
    case 'round.opened': {
      const round = roundOf(entry.detail);
      return round ? `opened round ${round.number} of ${section}` : `opened a round of ${section}`;
    }
    case 'round.revealed': {
      const round = roundOf(entry.detail);
      if (!round) return `revealed the votes of ${section}${detail ? `: ${detail}` : ''}`;
      return `revealed round ${round.number} of ${section}${round.rest ? `: ${inSentence(round.rest)}` : ''}`;
    }
    case 'commitment.added': return `committed to ${detail}`;
    case 'commitment.proposed': return `proposed to ${person(entry.to)}: ${detail}`;
    case 'commitment.accepted': return `accepted ${detail} from ${person(entry.from)}`;
    case 'commitment.declined': return `declined ${detail} from ${person(entry.from)}`;
    case 'commitment.done': return `marked ${detail} done`;
    case 'commitment.reopened': return `reopened ${detail}`;
    case 'purpose.endorsed': return entry.detail === 'again' ? `endorsed the new text of ${section}` : `endorsed the purpose in ${section}`;
    case 'purpose.endorsementWithdrawn': return `withdrew their endorsement of ${section}`;
    case 'purpose.versionSaved': return `saved the version ${detail} of ${section}`;
    case 'purpose.versionRestored': return `restored the version ${detail} of ${section}`;
  }
}

/** The model writes a round's log detail as "Round 2" or "Round 2: 3 votes; Rule met"; null for anything else. */
function roundOf(detail: string | undefined): { number: number; rest: string } | null {
  const match = /^Round (\d+)(?::\s*(.*))?$/s.exec(detail ?? '');
  return match ? { number: Number(match[1]), rest: (match[2] ?? '').trim() } : null;
}

/** "3 votes; Rule met" → "3 votes; rule met": the verdict reads on inside the sentence. */
const inSentence = (text: string) => text.replace(/(^|; )Rule\b/g, '$1rule');

/** "Ada", "Ada and Ben", "Ada, Ben and Cleo". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The whole sentence, actor first: "Grace took the lead of Ideas from Ada". */
export function logSentence(entry: LogEntry, lookup: LogLookup): string {
  const actor = entry.by ? (lookup.memberName(entry.by) ?? 'Someone') : 'Roundtable';
  return `${actor} ${describeLogEntry(entry, lookup)}`;
}
