import { DEFAULT_MEMBER_COLOR, MAX_NAME_LENGTH } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { parsePresence, presenceState } from './presence.js';

describe('parsePresence', () => {
  it('reads what presenceState writes', () => {
    const state = presenceState({ memberId: 'm-ada', name: 'Ada', color: '#6366f1' }, 's1');
    expect(parsePresence(JSON.parse(JSON.stringify(state)))).toEqual(state);
    // The caret tint y-codemirror.next draws is derived from the colour, and a peer's own is ignored.
    expect(state.user.colorLight).toBe('#6366f133');
    expect(parsePresence({ ...state, user: { ...state.user, colorLight: 'url(evil)' }, cursor: { anchor: 1, head: 2 } })?.user.colorLight).toBe('#6366f133');
  });

  it('refuses states that do not describe a user', () => {
    for (const state of [null, 'x', 5, {}, { user: null }, { user: { memberId: '', name: 'A' } }, { user: { memberId: 'x'.repeat(65), name: 'A' } }, { user: { memberId: 'm', name: '  ' } }, { user: { memberId: 7, name: 'A' } }]) {
      expect(parsePresence(state)).toBeNull();
    }
  });

  it('repairs what it can: a bad colour, a bad section id, an overlong name', () => {
    expect(parsePresence({ user: { memberId: 'm', name: 'N'.repeat(500), color: 'red' }, sectionId: 5 })).toEqual({
      user: { memberId: 'm', name: 'N'.repeat(MAX_NAME_LENGTH), color: DEFAULT_MEMBER_COLOR, colorLight: `${DEFAULT_MEMBER_COLOR}33` },
      sectionId: null,
    });
  });
});
