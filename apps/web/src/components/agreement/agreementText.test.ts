import { describe, expect, it } from 'vitest';
import { commitmentSentence, concernsOf, namesPerLevel, votedText } from './agreementText.js';

describe('agreement sentences', () => {
  it('counts voters without naming a level', () => {
    expect(votedText(0, 3)).toBe('Nobody has voted yet');
    expect(votedText(1, 3)).toBe('1 of 3 has voted');
    expect(votedText(3, 3)).toBe('3 of 3 have voted');
    // A late joiner who voted before the member list caught up never reads "4 of 3".
    expect(votedText(4, 3)).toBe('4 of 4 have voted');
  });

  it('lists comments at 5-8 as concerns, highest level first, and names per level for named rounds', () => {
    const votes = [
      { voter: 'a', level: 1 as const, comment: 'love it' },
      { voter: 'b', level: 5 as const, comment: 'what about nights?' },
      { voter: 'c', level: 7 as const, comment: 'school run' },
      { voter: 'd', level: 6 as const, comment: '' },
    ];
    expect(concernsOf(votes).map((v) => v.voter)).toEqual(['c', 'b']);
    expect(namesPerLevel(votes, false, (id) => id.toUpperCase())?.map((n) => n.join())).toEqual(['A', '', '', '', 'B', 'D', 'C', '']);
    expect(namesPerLevel(votes, true, (id) => id)).toBeUndefined();
  });

  it('reads a commitment as a sentence', () => {
    expect(commitmentSentence('book a room', 'Friday')).toBe('I will book a room by Friday');
    expect(commitmentSentence('book a room', '')).toBe('I will book a room');
  });
});
