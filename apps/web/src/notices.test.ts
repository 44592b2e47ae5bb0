import type { LogEntry, SectionView } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { leadNotices } from './notices.js';

const section = (id: string, lead: string | null, offer: SectionView['offer'] = null): SectionView => ({
  id, order: 'a0', kind: 'brainstorm', title: id, lead, phase: 'write', offer, timer: null,
});
const log = (id: string, e: Partial<LogEntry> & Pick<LogEntry, 'type'>): LogEntry => ({ id, at: 0, by: 'grace', sectionId: 'ideas', ...e });
const all = { isNew: () => true, dismissed: new Set<string>() };

describe('lead notices', () => {
  it('offers "take it back" to the previous lead while the taker still holds the lead', () => {
    const entries = [log('1', { type: 'lead.taken', by: 'me' }), log('2', { type: 'lead.taken', by: 'grace', from: 'me' })];
    expect(leadNotices({ me: 'me', log: entries, sections: [section('ideas', 'grace')], ...all })).toEqual([
      { kind: 'taken', key: '2', sectionId: 'ideas', by: 'grace' },
    ]);
    // Taken back: the notice goes away.
    expect(leadNotices({ me: 'me', log: entries, sections: [section('ideas', 'me')], ...all })).toEqual([]);
  });

  it('shows offers to me, answers to my offers, and skips dismissed and old records', () => {
    const sections = [section('ideas', 'ada', { from: 'ada', to: 'me', at: 5 }), section('purpose', 'me')];
    const entries = [
      log('1', { type: 'lead.declined', by: 'cleo', from: 'me', sectionId: 'purpose' }),
      log('2', { type: 'lead.taken', by: 'cleo', from: 'me', sectionId: 'gone' }),
      log('3', { type: 'lead.accepted', by: 'bob', from: 'me', sectionId: 'purpose' }),
    ];
    const notices = leadNotices({ me: 'me', log: entries, sections, isNew: (e) => e.id !== '3', dismissed: new Set() });
    expect(notices.map((n) => n.kind)).toEqual(['offer', 'answered']);
    const key = notices[0]!.key;
    expect(leadNotices({ me: 'me', log: entries, sections, ...all, dismissed: new Set([key, '1']) }).map((n) => n.key)).toEqual(['3']);
  });
});
