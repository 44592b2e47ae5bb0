import { describe, expect, it } from 'vitest';
import { checkRule, describeRule, evaluateRule, type DecisionRule } from './rules.js';

/** Counts from a list of levels. */
const counts = (...levels: number[]) => {
  const c = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const l of levels) c[l - 1]! += 1;
  return c;
};
const rule = (r: Partial<DecisionRule>): DecisionRule => ({ base: null, maxAtSix: 0, minVoters: null, ...r });
const consensus = rule({ base: 'consensus' });
const noSerious = (n: number) => rule({ base: 'noSeriousDisagreement', maxAtSix: n });
const majority = rule({ base: 'majority' });

describe('evaluateRule', () => {
  it('everyone at 1-3, no 8: met by support, abstentions aside; each objection named', () => {
    expect(evaluateRule(consensus, counts(1, 2, 3))).toEqual({ met: true, reasons: [], summary: 'Rule met' });
    expect(evaluateRule(consensus, counts(1, 4, 3)).met).toBe(true);
    expect(evaluateRule(consensus, counts(1, 2, 7)).summary).toBe('Rule not met: 1 serious disagreement (7)');
    expect(evaluateRule(consensus, counts(5, 6, 6, 8)).reasons).toEqual(['1 asking for more discussion (5)', "2 who don't like it (6)", '1 veto (8)']);
  });

  it('no 7 or 8 and at most N at 6', () => {
    expect(evaluateRule(noSerious(1), counts(1, 6, 5)).met).toBe(true);
    expect(evaluateRule(noSerious(1), counts(1, 6, 6)).summary).toBe('Rule not met: 2 at 6, at most 1 allowed');
    expect(evaluateRule(noSerious(0), counts(6)).summary).toBe('Rule not met: 1 at 6, none allowed');
    expect(evaluateRule(noSerious(3), counts(1, 7, 7)).summary).toBe('Rule not met: 2 serious disagreements (7)');
  });

  it('a majority at 1-3 and no 8, with ties at the boundary not a majority', () => {
    expect(evaluateRule(majority, counts(1, 2, 5)).met).toBe(true);
    expect(evaluateRule(majority, counts(1, 2, 5, 7)).summary).toBe('Rule not met: 2 of 4 at 1–3, not a majority (3 needed)');
    expect(evaluateRule(majority, counts(1, 2, 5, 7, 4)).met).toBe(false); // abstention does not break the tie
    expect(evaluateRule(majority, counts(1, 2, 3, 7, 7)).met).toBe(true);
    expect(evaluateRule(majority, counts(1, 1, 1, 8)).summary).toBe('Rule not met: 1 veto (8)');
  });

  it('at least N voters, alone or combined; abstentions count as voters', () => {
    expect(evaluateRule(rule({ minVoters: 3 }), counts(4, 4, 8)).met).toBe(true);
    expect(evaluateRule(rule({ minVoters: 3 }), counts(1, 1)).summary).toBe('Rule not met: 2 voters, at least 3 needed');
    expect(evaluateRule(rule({ base: 'consensus', minVoters: 3 }), counts(1, 7)).reasons).toEqual(['1 serious disagreement (7)', '2 voters, at least 3 needed']);
  });

  it('no votes, all abstain and a single veto meet no base', () => {
    for (const r of [consensus, noSerious(2), majority]) {
      expect(evaluateRule(r, counts()).summary).toBe('Rule not met: nobody voted');
      expect(evaluateRule(r, counts(4, 4, 4)).summary).toBe('Rule not met: everyone abstained');
    }
    expect(evaluateRule(consensus, counts(8)).summary).toBe('Rule not met: 1 veto (8)');
    expect(evaluateRule(noSerious(0), counts(8)).summary).toBe('Rule not met: 1 veto (8)');
    expect(evaluateRule(majority, counts(8)).reasons).toEqual(['0 of 1 at 1–3, not a majority (1 needed)', '1 veto (8)']);
    expect(evaluateRule(rule({ minVoters: 1 }), counts()).summary).toBe('Rule not met: 0 voters, at least 1 needed');
  });

  it('never throws on garbage counts', () => {
    expect(evaluateRule(consensus, [NaN, -1, 2.5] as number[]).summary).toBe('Rule not met: nobody voted');
  });
});

describe('checkRule', () => {
  it('accepts the sensible combinations and describes them', () => {
    expect(checkRule({ base: 'consensus' }, 3)).toEqual({ ok: true, value: consensus });
    expect(describeRule(consensus)).toBe('Everyone at 1–3, no 8');
    expect(describeRule(noSerious(2))).toBe('No 7 or 8, and at most 2 at 6');
    expect(describeRule(rule({ base: 'majority', minVoters: 3 }))).toBe('A majority at 1–3 and no 8; at least 3 voters');
    expect(describeRule(rule({ minVoters: 1 }))).toBe('At least 1 voter');
  });

  it('refuses impossible numbers with a clear message', () => {
    expect(checkRule({ base: 'noSeriousDisagreement', maxAtSix: -1 }, 3)).toEqual({ ok: false, error: '"at most N at 6" needs N to be a whole number from 0 to 500' });
    expect(checkRule({ base: 'noSeriousDisagreement', maxAtSix: 1.5 }, 3).ok).toBe(false);
    expect(checkRule({ base: null, minVoters: 0 }, 3)).toEqual({ ok: false, error: '"at least N voters" needs N to be a whole number from 1 to 500' });
    expect(checkRule({ base: 'consensus', minVoters: 4 }, 3)).toEqual({ ok: false, error: '"at least 4 voters" can never be met: this board has 3 members' });
    expect(checkRule({ base: null }, 3)).toEqual({ ok: false, error: 'pick a rule: a base, a number of voters, or both' });
    expect(checkRule({ base: 'unanimity' }, 3).ok).toBe(false);
    expect(checkRule('consensus', 3).ok).toBe(false);
  });
});
