import { resolveLeadChanges, type LogEntry, type SectionView } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { leadNotices } from './notices.js';

const section = (id: string, lead: string | null, offer: SectionView['offer'] = null): SectionView => ({
  id, order: 'a0', kind: 'brainstorm', title: id, lead, phase: 'write', offer, timer: null,
});
const log = (id: string, e: Partial<LogEntry> & Pick<LogEntry, 'type'>): LogEntry => ({ id, at: 0, by: 'grace', sectionId: 'ideas', ...e });
const all: { isNew: (e: LogEntry) => boolean; dismissed: ReadonlySet<string> } = { isNew: () => true, dismissed: new Set<string>() };
const notices = (me: string, entries: LogEntry[], sections: SectionView[], rest = all) =>
  leadNotices({ me, log: entries, sections, losses: resolveLeadChanges(entries, sections).losses, ...rest });

describe('lead notices', () => {
  it('offers "take it back" to the previous lead while the taker still holds the lead', () => {
    const entries = [log('1', { type: 'lead.taken', by: 'me' }), log('2', { type: 'lead.taken', by: 'grace', from: 'me' })];
    expect(notices('me', entries, [section('ideas', 'grace')])).toEqual([
      { kind: 'taken', key: '2', sectionId: 'ideas', by: 'grace', how: 'taken' },
    ]);
    // Taken back: the notice goes away.
    expect(notices('me', [...entries, log('3', { type: 'lead.taken', by: 'me', from: 'grace' })], [section('ideas', 'me')])).toEqual([]);
  });

  it('tells a take that happened before the board was opened (while away), until dismissed', () => {
    const entries = [log('1', { type: 'lead.taken', by: 'me' }), log('2', { type: 'lead.taken', by: 'grace', from: 'me' })];
    const old = { isNew: () => false, dismissed: new Set<string>() };
    expect(notices('me', entries, [section('ideas', 'grace')], old).map((n) => n.key)).toEqual(['2']);
    expect(notices('me', entries, [section('ideas', 'grace')], { ...old, dismissed: new Set(['2']) })).toEqual([]);
  });

  it('tells the loser of two concurrent takes who leads now', () => {
    // Both took the lead of a section nobody led, "me" offline; the document kept Grace's.
    const entries = [log('1', { type: 'lead.taken', by: 'me' }), log('2', { type: 'lead.taken', by: 'grace' })];
    expect(notices('me', entries, [section('ideas', 'grace')])).toEqual([
      { kind: 'taken', key: '1', sectionId: 'ideas', by: 'grace', how: 'conflict' },
    ]);
    expect(notices('grace', entries, [section('ideas', 'grace')])).toEqual([]);
  });

  it('shows offers to me, answers to my offers, and skips dismissed and old records', () => {
    const sections = [section('ideas', 'ada', { from: 'ada', to: 'me', at: 5 }), section('purpose', 'me')];
    const entries = [
      log('1', { type: 'lead.declined', by: 'cleo', from: 'me', sectionId: 'purpose' }),
      log('2', { type: 'lead.taken', by: 'cleo', from: 'me', sectionId: 'gone' }),
      log('3', { type: 'lead.accepted', by: 'bob', from: 'me', sectionId: 'purpose' }),
    ];
    const shown = notices('me', entries, sections, { isNew: (e) => e.id !== '3', dismissed: new Set() });
    expect(shown.map((n) => n.kind)).toEqual(['offer', 'answered']);
    const key = shown[0]!.key;
    expect(notices('me', entries, sections, { ...all, dismissed: new Set([key, '1']) }).map((n) => n.key)).toEqual(['3']);
  });
});
