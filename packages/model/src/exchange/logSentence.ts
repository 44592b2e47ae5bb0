/**
 * Session-log records as sentences ("Grace took the lead of Ideas from Ada"): the one wording,
 * read in the web app's session log and in the exports. Pure: names and titles come in through
 * a lookup (the app's live store, an export's document), so a removed section or a forgotten
 * member still reads sensibly, and a record whose optional detail is missing still reads as a
 * sentence.
 */
import { isOperationName } from '../catalog.js';
import type { LogEntry } from '../core/log.js';
import type { LeadChanges } from '../sections/leadership.js';
import { exactDuration, listOf, phaseLabel } from './exportText.js';
import { operationLabel } from './operationPhrases.js';

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

/** How a sentence is laid out: `shorten` cuts section and board titles and quoted text (log rows). */
export interface SentenceOptions {
  shorten?: (text: string) => string;
}

/**
 * The section title one record remembers: a 'section.added' or 'section.removed' record with a
 * section and a non-empty detail names the section's title at that moment; any other record, null.
 */
export function titleRememberedBy(entry: LogEntry): { sectionId: string; title: string } | null {
  if ((entry.type === 'section.added' || entry.type === 'section.removed') && entry.sectionId && entry.detail) {
    return { sectionId: entry.sectionId, title: entry.detail };
  }
  return null;
}

/**
 * Titles of sections as the log remembers them (`titleRememberedBy`, the last record wins),
 * for records about sections that no longer exist.
 */
export function titlesFromLog(log: readonly LogEntry[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of log) {
    const remembered = titleRememberedBy(e);
    if (remembered) titles.set(remembered.sectionId, remembered.title);
  }
  return titles;
}

/** Who did it, as the sentence starts: their name, "Someone" (forgotten) or "Roundtable" (the system). */
export function logActor(entry: LogEntry, lookup: LogLookup): string {
  return entry.by ? (lookup.memberName(entry.by) ?? 'Someone') : 'Roundtable';
}

/** The whole sentence, actor first: "Grace took the lead of Ideas from Ada". */
export function logSentence(entry: LogEntry, lookup: LogLookup, options: SentenceOptions = {}): string {
  return `${logActor(entry, lookup)} ${describeLogEntry(entry, lookup, options)}`;
}

/** The sentence after the actor's name, e.g. "took the lead of Ideas from Ada". */
export function describeLogEntry(entry: LogEntry, lookup: LogLookup, { shorten = (text) => text }: SentenceOptions = {}): string {
  const title = entry.sectionId ? lookup.sectionTitle(entry.sectionId) : null;
  const section = title !== null ? shorten(title) : entry.sectionId ? 'a removed section' : 'a section';
  const person = (id: string | undefined) => (id ? (lookup.memberName(id) ?? 'someone') : 'someone');
  // What follows the section's title after a colon; a title already ending in punctuation (?, !, …) takes a dash
  // ("Do we agree? — 3 votes", not "Do we agree?: 3 votes").
  const sectionThen = (rest: string) => `${section}${/[?!.:…]$/.test(section) ? ' —' : ':'} ${rest}`;
  // The record's detail as quoted user text (a title, a commitment, a version's name), or null.
  const quoted = entry.detail ? `“${shorten(entry.detail)}”` : null;
  switch (entry.type) {
    case 'board.created': return quoted ? `created the board ${quoted}` : 'created the board';
    case 'board.renamed': return quoted ? `renamed the board to ${quoted}` : 'renamed the board';
    case 'section.added': return `added ${quoted ?? (title !== null ? section : 'a section')}`;
    case 'section.removed': return `removed ${quoted ?? (title !== null ? section : 'a section')}`;
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
    case 'phase.changed': return entry.detail ? `moved ${section} to the ${phaseLabel(entry.detail)} phase` : `moved ${section} to another phase`;
    case 'timer.started': return `started a ${exactDuration(entry.durationMs ?? 0)} timer on ${section}`;
    case 'timer.paused': return `paused the timer of ${section}`;
    case 'timer.resumed': return `resumed the timer of ${section}`;
    case 'timer.extended': return `added ${exactDuration(entry.durationMs ?? 0)} to the timer of ${section}`;
    case 'timer.reset': return `reset the timer of ${section}`;
    case 'spotlight.started': return `asked everyone to follow to ${section}`;
    case 'spotlight.ended': return `ended the spotlight on ${section}`;
    case 'undo': return `undid ${isOperationName(entry.detail) ? operationLabel(entry.detail) : 'a change'}`;
    case 'redo': return `redid ${isOperationName(entry.detail) ? operationLabel(entry.detail) : 'a change'}`;
    case 'reveal': return entry.count !== undefined ? `revealed ${entry.count} ${entry.count === 1 ? 'card' : 'cards'} in ${section}` : `revealed ${section}`;
    case 'tally': return `closed the vote of ${section}${entry.detail ? ` (${entry.detail})` : ''}`;
    case 'brainstorm.anonymous': return entry.detail === 'anonymous' ? `made ${section} anonymous` : `made ${section} named`;
    case 'brainstorm.budget': return `set the vote of ${section} to ${entry.detail ?? 'a new budget'}`;
    case 'decision': return `recorded a decision on ${quoted ? sectionThen(quoted) : section}`;
    case 'proposal.set': return `wrote the proposal of ${section}`;
    case 'proposal.revised': return `revised the proposal of ${section}`;
    case 'rule.set': return quoted ? `set the decision rule of ${section} to ${quoted}` : `changed the decision rule of ${section}`;
    case 'agreement.anonymous': return entry.detail === 'anonymous' ? `made the ballots of ${section} anonymous` : `made the ballots of ${section} named`;
    case 'round.opened': {
      const round = roundOf(entry.detail);
      return round ? `opened round ${round.number} of ${section}` : `opened a round of ${section}`;
    }
    case 'round.revealed': {
      const round = roundOf(entry.detail);
      if (!round) return `revealed the votes of ${quoted ? sectionThen(quoted) : section}`;
      return `revealed round ${round.number} of ${round.rest ? sectionThen(inSentence(round.rest)) : section}`;
    }
    case 'commitment.added': return quoted ? `committed to ${quoted}` : 'made a commitment';
    case 'commitment.proposed': return quoted ? `proposed to ${person(entry.to)}: ${quoted}` : `proposed a commitment to ${person(entry.to)}`;
    case 'commitment.accepted': return `accepted ${quoted ?? 'a commitment'} from ${person(entry.from)}`;
    case 'commitment.declined': return `declined ${quoted ?? 'a commitment'} from ${person(entry.from)}`;
    case 'commitment.done': return `marked ${quoted ?? 'a commitment'} done`;
    case 'commitment.reopened': return `reopened ${quoted ?? 'a commitment'}`;
    case 'purpose.endorsed': return entry.detail === 'again' ? `endorsed the new text of ${section}` : `endorsed the purpose in ${section}`;
    case 'purpose.endorsementWithdrawn': return `withdrew their endorsement of ${section}`;
    case 'purpose.versionSaved': return quoted ? `saved the version ${quoted} of ${section}` : `saved a version of ${section}`;
    case 'purpose.versionRestored': return quoted ? `restored the version ${quoted} of ${section}` : `restored a version of ${section}`;
    // Readers drop records of unknown types; one handed in anyway still reads as a sentence.
    default: return 'made a change';
  }
}

/** The model writes a round's log detail as "Round 2" or "Round 2: 3 votes; Rule met"; null for anything else. */
function roundOf(detail: string | undefined): { number: number; rest: string } | null {
  const match = /^Round (\d+)(?::\s*(.*))?$/s.exec(detail ?? '');
  return match ? { number: Number(match[1]), rest: (match[2] ?? '').trim() } : null;
}

/** "3 votes; Rule met" → "3 votes; rule met": the verdict reads on inside the sentence. */
const inSentence = (text: string) => text.replace(/(^|; )Rule\b/g, '$1rule');
