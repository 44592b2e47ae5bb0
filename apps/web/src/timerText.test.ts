import { describe, expect, it } from 'vitest';
import { formatClock, parseMinutes } from './timerText.js';

describe('timer text', () => {
  it('formats remaining time, rounding started seconds up', () => {
    expect(formatClock(300_000)).toBe('05:00');
    expect(formatClock(299_001)).toBe('05:00');
    expect(formatClock(299_000)).toBe('04:59');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });

  it('parses custom minutes, including negatives for the model to refuse', () => {
    expect(parseMinutes('2')).toBe(120_000);
    expect(parseMinutes('1,5')).toBe(90_000);
    expect(parseMinutes('-3')).toBe(-180_000);
    expect(parseMinutes('abc')).toBeNaN();
    expect(parseMinutes('')).toBeNaN();
  });
});
