import type { VisitChange } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { names, summarizeVisit, visitHeadline } from './visitText.js';

const PEOPLE: Record<string, string> = { a: 'Ada Lovelace', g: 'Grace Hopper', k: 'Kim Keys', l: 'Lin Wu' };
const nameOf = (id: string) => PEOPLE[id] ?? null;
const change = (kind: VisitChange['kind'], sectionId: string, by: string | null, detail = ''): VisitChange => ({ kind, sectionId, itemId: null, by, at: 1, detail });

describe('visit text', () => {
  it('names people once, anonymous writes as someone, long lists shortened', () => {
    expect(names(['a'], nameOf)).toBe('Ada Lovelace');
    expect(names(['a', 'a', 'g'], nameOf)).toBe('Ada Lovelace and Grace Hopper');
    expect(names([null], nameOf)).toBe('Someone');
    expect(names(['a', null], nameOf)).toBe('Ada Lovelace and others');
    expect(names(['a', 'g', 'k', 'l'], nameOf)).toBe('Ada Lovelace, Grace Hopper and 2 others');
  });

  it('groups by section in the given order, one line per kind', () => {
    const summary = summarizeVisit(
      [
        change('card', 's1', 'a', 'x'),
        change('card', 's1', 'g', 'y'),
        change('vote', 's1', 'a'),
        change('lead', 's1', 'g', 'lead.taken'),
        change('purpose', 's0', null, 'edited'),
        change('endorsement', 's0', 'k', 'endorsed'),
        change('decision', 's2', 'a', 'Adopted'),
        change('commitment', 's2', 'l', 'draft the plan'),
      ],
      nameOf,
    );
    expect(summary).toEqual([
      { sectionId: 's1', count: 4, lines: ['Ada Lovelace and Grace Hopper added 2 cards', 'Ada Lovelace voted', 'Grace Hopper took the lead'] },
      { sectionId: 's0', count: 2, lines: ['The purpose text was edited', 'Kim Keys endorsed the purpose'] },
      { sectionId: 's2', count: 2, lines: ['Decision recorded: Adopted', 'Lin Wu committed: “draft the plan”'] },
    ]);
    expect(visitHeadline(summary)).toBe('8 changes in 3 sections');
  });
});
