import { describe, expect, it } from 'vitest';
import { phaseEndReason } from './kinds.js';

describe('phase arrows', () => {
  it('are inert at the ends of the phase list, saying why', () => {
    expect(phaseEndReason('brainstorm', 'write', 'previous')).toBe('This section is in its first phase');
    expect(phaseEndReason('brainstorm', 'write', 'next')).toBeNull();
    expect(phaseEndReason('brainstorm', 'results', 'next')).toBe('This section is in its last phase');
    expect(phaseEndReason('brainstorm', 'results', 'previous')).toBeNull();
    // A phase the kind does not know (a hostile peer) can only move forward, to a known one.
    expect(phaseEndReason('agreement', 'bogus', 'previous')).toBe('This section is in its first phase');
  });
});
