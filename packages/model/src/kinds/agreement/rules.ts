/**
 * Decision rules (agreed before a round opens) and their pure evaluation over a round's counts.
 *
 * A rule is one plain value: a base (or none) plus an optional quorum:
 *   consensus              everyone who takes a position is at 1-3 (so: no 5-8), no veto
 *   noSeriousDisagreement  no 7 or 8, and at most `maxAtSix` at 6
 *   majority               more than half of those who take a position at 1-3, and no 8
 *   minVoters              at least N ballots (abstentions count as voters); alone or with a base
 * Abstentions (4) are set aside by the bases; a round where nobody took a position (no ballots,
 * or everyone abstained) meets no base: a group cannot adopt what nobody supported.
 */
import { fail, ok, type Result } from '../../core/result.js';
import { isRecord } from '../../core/guards.js';
import { capitalised } from '../../core/text.js';

/** The base clauses a rule can have. */
export const RULE_BASES = ['consensus', 'noSeriousDisagreement', 'majority'] as const;
/** One of RULE_BASES. */
export type RuleBase = (typeof RULE_BASES)[number];

/** A decision rule as stored (one plain value) and as readers return it. */
export interface DecisionRule {
  /** The base clause, or null for a quorum-only rule. */
  base: RuleBase | null;
  /** With 'noSeriousDisagreement': how many 6s are acceptable (0 or more). */
  maxAtSix: number;
  /** At least this many ballots, or null for no quorum. */
  minVoters: number | null;
}

/** Largest number a rule may name (more voters than any board holds is impossible). */
export const MAX_RULE_NUMBER = 500;

/** The rule of a new agreement section: everyone at 1-3, no 8. */
export const DEFAULT_RULE: DecisionRule = Object.freeze({ base: 'consensus', maxAtSix: 0, minVoters: null });

/** Counts of ballots per level: index 0 is level 1 … index 7 is level 8. */
export type LevelCounts = readonly number[];

/** The verdict of a rule over a round's counts. */
export interface Verdict {
  met: boolean;
  /** Why not, one short phrase each ("1 serious disagreement (7)"); empty when met. */
  reasons: string[];
  /** "Rule met" or "Rule not met: …" */
  summary: string;
}

const isCount = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= MAX_RULE_NUMBER;

/**
 * Checks a rule the lead wants to set; `members` is how many members the board has (a quorum
 * larger than that can never be reached). Returns the normalised rule or a clear message.
 */
export function checkRule(rule: unknown, members: number): Result<DecisionRule> {
  if (!isRecord(rule)) return fail('a decision rule is needed');
  const base = rule.base ?? null;
  if (base !== null && !(RULE_BASES as readonly unknown[]).includes(base)) return fail(`"${String(base)}" is not a decision rule`);
  let maxAtSix = 0;
  if (base === 'noSeriousDisagreement') {
    if (!isCount(rule.maxAtSix ?? 0, 0)) return fail(`"at most N at 6" needs N to be a whole number from 0 to ${MAX_RULE_NUMBER}`);
    maxAtSix = (rule.maxAtSix ?? 0) as number;
  }
  const minVoters = rule.minVoters ?? null;
  if (minVoters !== null) {
    if (!isCount(minVoters, 1)) return fail(`"at least N voters" needs N to be a whole number from 1 to ${MAX_RULE_NUMBER}`);
    if (minVoters > members) return fail(`"at least ${minVoters} voters" can never be met: this board has ${members} ${members === 1 ? 'member' : 'members'}`);
  }
  if (base === null && minVoters === null) return fail('pick a rule: a base, a number of voters, or both');
  return ok({ base: base as RuleBase | null, maxAtSix, minVoters });
}

/** The rule in words, as everyone sees it before the round opens. */
export function describeRule(rule: DecisionRule): string {
  const parts: string[] = [];
  if (rule.base === 'consensus') parts.push('everyone at 1–3, no 8');
  if (rule.base === 'noSeriousDisagreement') parts.push(rule.maxAtSix === 0 ? 'no 6, 7 or 8' : `no 7 or 8, and at most ${rule.maxAtSix} at 6`);
  if (rule.base === 'majority') parts.push('a majority at 1–3 and no 8');
  if (rule.minVoters !== null) parts.push(`at least ${rule.minVoters} ${rule.minVoters === 1 ? 'voter' : 'voters'}`);
  const text = parts.join('; ');
  return capitalised(text);
}

const at = (counts: LevelCounts, level: number): number => {
  const n = counts[level - 1];
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
};

const LEVEL_PHRASES: Record<number, [string, string]> = {
  5: ['asking for more discussion (5)', 'asking for more discussion (5)'],
  6: ["who doesn't like it (6)", "who don't like it (6)"],
  7: ['serious disagreement (7)', 'serious disagreements (7)'],
  8: ['veto (8)', 'vetoes (8)'],
};
const phrase = (n: number, level: number): string => `${n} ${(LEVEL_PHRASES[level] as [string, string])[n === 1 ? 0 : 1]}`;

/** Evaluates `rule` over `counts` (ballots per level). Pure; never throws. */
export function evaluateRule(rule: DecisionRule, counts: LevelCounts): Verdict {
  const total = [1, 2, 3, 4, 5, 6, 7, 8].reduce((sum, l) => sum + at(counts, l), 0);
  const positioned = total - at(counts, 4);
  const support = at(counts, 1) + at(counts, 2) + at(counts, 3);
  const reasons: string[] = [];
  if (rule.base !== null) {
    if (total === 0) reasons.push('nobody voted');
    else if (positioned === 0) reasons.push('everyone abstained');
  }
  if (rule.base === 'consensus' && positioned > 0) {
    for (const level of [5, 6, 7, 8]) if (at(counts, level) > 0) reasons.push(phrase(at(counts, level), level));
  }
  if (rule.base === 'noSeriousDisagreement' && positioned > 0) {
    for (const level of [7, 8]) if (at(counts, level) > 0) reasons.push(phrase(at(counts, level), level));
    if (at(counts, 6) > rule.maxAtSix) reasons.push(`${at(counts, 6)} at 6, ${rule.maxAtSix === 0 ? 'none' : `at most ${rule.maxAtSix}`} allowed`);
  }
  if (rule.base === 'majority' && positioned > 0) {
    const needed = Math.floor(positioned / 2) + 1;
    if (support < needed) reasons.push(`${support} of ${positioned} at 1–3, not a majority (${needed} needed)`);
    if (at(counts, 8) > 0) reasons.push(phrase(at(counts, 8), 8));
  }
  if (rule.minVoters !== null && total < rule.minVoters) reasons.push(`${total} ${total === 1 ? 'voter' : 'voters'}, at least ${rule.minVoters} needed`);
  const met = reasons.length === 0;
  return { met, reasons, summary: met ? 'Rule met' : `Rule not met: ${reasons.join('; ')}` };
}

/** A stored rule as plain data, or null when absent or malformed (readers). */
export function readRule(value: unknown): DecisionRule | null {
  if (!isRecord(value)) return null;
  const base = value.base ?? null;
  if (base !== null && !(RULE_BASES as readonly unknown[]).includes(base)) return null;
  const maxAtSix = isCount(value.maxAtSix, 0) ? value.maxAtSix : 0;
  const minVoters = isCount(value.minVoters, 1) ? value.minVoters : null;
  if (base === null && minVoters === null) return null;
  return { base: base as RuleBase | null, maxAtSix, minVoters };
}
