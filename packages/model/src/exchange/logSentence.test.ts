import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../catalog.js';
import type { LogEntry } from '../core/log.js';
import { exactDuration, phaseLabel } from './exportText.js';
import { describeLogEntry, logSentence, titleRememberedBy, titlesFromLog } from './logSentence.js';
import { operationLabel } from './operationPhrases.js';

const names: Record<string, string> = { ada: 'Ada', grace: 'Grace' };
const titles: Record<string, string> = { s1: 'Ideas' };
const lookup = { memberName: (id: string) => names[id] ?? null, sectionTitle: (id: string) => titles[id] ?? null };
const entry = (e: Partial<LogEntry> & Pick<LogEntry, 'type'>): LogEntry => ({ id: 'x', at: 0, by: 'grace', sectionId: 's1', ...e });

describe('log sentences', () => {
  it('names who did what to which section', () => {
    expect(logSentence(entry({ type: 'lead.taken', from: 'ada' }), lookup)).toBe('Grace took the lead of Ideas from Ada');
    expect(logSentence(entry({ type: 'lead.taken' }), lookup)).toBe('Grace took the lead of Ideas');
    expect(logSentence(entry({ type: 'lead.offered', by: 'ada', to: 'grace' }), lookup)).toBe('Ada offered the lead of Ideas to Grace');
    expect(logSentence(entry({ type: 'lead.declined', from: 'ada' }), lookup)).toBe('Grace declined the lead of Ideas offered by Ada');
    expect(logSentence(entry({ type: 'phase.changed', detail: 'vote' }), lookup)).toBe('Grace moved Ideas to the Vote phase');
    expect(logSentence(entry({ type: 'timer.started', durationMs: 300_000 }), lookup)).toBe('Grace started a 5 min timer on Ideas');
    expect(logSentence(entry({ type: 'timer.extended', durationMs: 90_000 }), lookup)).toBe('Grace added 1 min 30 s to the timer of Ideas');
    expect(logSentence(entry({ type: 'spotlight.started' }), lookup)).toBe('Grace asked everyone to follow to Ideas');
    expect(logSentence(entry({ type: 'undo', detail: 'nextPhase', sectionId: undefined }), lookup)).toBe('Grace undid moving to the next phase');
    expect(logSentence(entry({ type: 'redo', detail: 'setProposal', sectionId: undefined }), lookup)).toBe('Grace redid writing the proposal');
    expect(logSentence(entry({ type: 'commitment.proposed', to: 'ada', detail: 'book the room' }), lookup)).toBe('Grace proposed to Ada: “book the room”');
    expect(logSentence(entry({ type: 'board.renamed', detail: 'Retro' }), lookup)).toBe('Grace renamed the board to “Retro”');
  });

  it('tells agreement rounds in plain words ("round 1", not the model\'s "Round 1")', () => {
    expect(logSentence(entry({ type: 'round.opened', detail: 'Round 1' }), lookup)).toBe('Grace opened round 1 of Ideas');
    expect(logSentence(entry({ type: 'round.opened' }), lookup)).toBe('Grace opened a round of Ideas');
    expect(logSentence(entry({ type: 'round.revealed', detail: 'Round 1: 3 votes; Rule met' }), lookup)).toBe('Grace revealed round 1 of Ideas: 3 votes; rule met');
    expect(logSentence(entry({ type: 'round.revealed', detail: 'Round 12: 1 vote; Rule not met: 1 veto (8)' }), lookup)).toBe('Grace revealed round 12 of Ideas: 1 vote; rule not met: 1 veto (8)');
    // A detail in another shape (an older or foreign document) is quoted as it is.
    expect(logSentence(entry({ type: 'round.revealed', detail: 'something else' }), lookup)).toBe('Grace revealed the votes of Ideas: “something else”');
    expect(logSentence(entry({ type: 'round.revealed' }), lookup)).toBe('Grace revealed the votes of Ideas');
    expect(logSentence(entry({ type: 'decision', detail: 'Adopted: from Monday' }), lookup)).toBe('Grace recorded a decision on Ideas: “Adopted: from Monday”');
    // A title that ends in its own punctuation takes a dash, not a second mark.
    const asked = { ...lookup, sectionTitle: () => 'Do we agree?' };
    expect(logSentence(entry({ type: 'decision', detail: 'Adopted: from Monday' }), asked)).toBe('Grace recorded a decision on Do we agree? — “Adopted: from Monday”');
    expect(logSentence(entry({ type: 'round.revealed', detail: 'Round 2: 3 votes; Rule met' }), asked)).toBe('Grace revealed round 2 of Do we agree? — 3 votes; rule met');
    expect(logSentence(entry({ type: 'round.opened', detail: 'Round 2' }), asked)).toBe('Grace opened round 2 of Do we agree?');
  });

  it('tells the brainstorm\'s reveal, tally and settings', () => {
    expect(logSentence(entry({ type: 'reveal', count: 12 }), lookup)).toBe('Grace revealed 12 cards in Ideas');
    expect(logSentence(entry({ type: 'reveal', by: null, count: 1 }), lookup)).toBe('Roundtable revealed 1 card in Ideas');
    expect(logSentence(entry({ type: 'tally', detail: '3 members voted' }), lookup)).toBe('Grace closed the vote of Ideas (3 members voted)');
    expect(logSentence(entry({ type: 'brainstorm.anonymous', detail: 'anonymous' }), lookup)).toBe('Grace made Ideas anonymous');
    expect(logSentence(entry({ type: 'brainstorm.budget', detail: '5 dots, at most 2 per card' }), lookup)).toBe('Grace set the vote of Ideas to 5 dots, at most 2 per card');
    expect(logSentence(entry({ type: 'undo', detail: 'moveCard' }), lookup)).toBe('Grace undid moving a card');
  });

  it('names who lost a lead to a concurrent take, and whose take won', () => {
    const leadChanges = { alsoFrom: new Map([['won', ['ada']]]), lostTo: new Map([['lost', 'grace']]) };
    const withChanges = { ...lookup, leadChanges };
    expect(logSentence(entry({ id: 'won', type: 'lead.taken' }), withChanges)).toBe('Grace took the lead of Ideas from Ada');
    expect(logSentence(entry({ id: 'won', type: 'lead.taken', from: 'cleo' }), { ...withChanges, memberName: (id) => names[id] ?? 'Cleo' })).toBe(
      'Grace took the lead of Ideas from Cleo and Ada',
    );
    expect(logSentence(entry({ id: 'lost', by: 'ada', type: 'lead.taken' }), withChanges)).toBe('Ada took the lead of Ideas at the same time as Grace, who kept it');
  });

  it('cuts long titles and quoted text when asked (log rows)', () => {
    const long = 'A very long section title that goes on and on about the plan';
    const withLong = { ...lookup, sectionTitle: () => long };
    const shorten = (text: string) => (text.length <= 20 ? text : `${text.slice(0, 19).trimEnd()}…`);
    expect(describeLogEntry(entry({ type: 'phase.changed', detail: 'vote' }), withLong, { shorten })).toBe('moved A very long section… to the Vote phase');
    expect(describeLogEntry(entry({ type: 'section.added', detail: long }), lookup, { shorten })).toBe('added “A very long section…”');
    expect(logSentence(entry({ type: 'section.added', detail: long }), lookup)).toBe(`Grace added “${long}”`);
  });

  it('still reads for unknown members, removed sections and the system', () => {
    expect(describeLogEntry(entry({ type: 'lead.taken', from: 'gone', sectionId: 'old' }), lookup)).toBe('took the lead of a removed section from someone');
    expect(logSentence(entry({ type: 'lead.offered', by: 'gone' }), lookup)).toBe('Someone offered the lead of Ideas to someone');
    expect(logSentence(entry({ type: 'board.created', by: null, detail: 'Retro' }), lookup)).toBe('Roundtable created the board “Retro”');
    expect(logSentence(entry({ type: 'undo', detail: 'bogus' }), lookup)).toBe('Grace undid a change');
    expect(logSentence(entry({ type: 'bogus.type' as LogEntry['type'] }), lookup)).toBe('Grace made a change');
  });

  it('still reads when a record lacks its detail', () => {
    const without = (type: LogEntry['type'], more: Partial<LogEntry> = {}) => logSentence(entry({ type, ...more }), lookup);
    expect(without('board.created')).toBe('Grace created the board');
    expect(without('phase.changed')).toBe('Grace moved Ideas to another phase');
    expect(without('rule.set')).toBe('Grace changed the decision rule of Ideas');
    expect(without('commitment.added')).toBe('Grace made a commitment');
    expect(without('commitment.proposed', { to: 'ada' })).toBe('Grace proposed a commitment to Ada');
    expect(without('commitment.accepted', { from: 'ada' })).toBe('Grace accepted a commitment from Ada');
    expect(without('commitment.done')).toBe('Grace marked a commitment done');
    expect(without('purpose.versionSaved')).toBe('Grace saved a version of Ideas');
    expect(without('section.removed', { sectionId: 'old' })).toBe('Grace removed a section');
  });

  it('remembers titles of removed sections', () => {
    const log = [entry({ type: 'section.added', sectionId: 's9', detail: 'Parking lot' }), entry({ type: 'section.removed', sectionId: 's9', detail: 'Parked' })];
    expect(titlesFromLog(log).get('s9')).toBe('Parked');
    expect(titleRememberedBy(log[1]!)).toEqual({ sectionId: 's9', title: 'Parked' });
    // Only an added or removed section with its title remembers one.
    expect(titleRememberedBy(entry({ type: 'section.removed', sectionId: 's9' }))).toBeNull();
    expect(titleRememberedBy(entry({ type: 'section.added', sectionId: '', detail: 'No section' }))).toBeNull();
    expect(titleRememberedBy(entry({ type: 'board.renamed', sectionId: 's9', detail: 'Retro' }))).toBeNull();
  });
});

describe('the words inside sentences', () => {
  it('says a set length exactly', () => {
    expect([60_000, 90_000, 30_000, 5_400_000, 3_661_000, 0].map(exactDuration)).toEqual(['1 min', '1 min 30 s', '30 s', '1 h 30 min', '1 h 1 min 1 s', '0 s']);
  });

  it('labels phases and names every operation', () => {
    expect(phaseLabel('cluster')).toBe('Cluster');
    for (const name of OPERATION_NAMES) expect(operationLabel(name), name).toMatch(/^[a-z]/);
  });
});
