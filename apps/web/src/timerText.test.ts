import { describe, expect, it } from 'vitest';
import { formatClock, parseMinutes, pickFromTimer, pickedMs, previewMs } from './timerText.js';

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

  it('follows the shared timer until a pick, and previews the pick (a preset after a Reset shows its own duration)', () => {
    const reset = { durationMs: 600_000 };
    expect(pickFromTimer(null)).toEqual({ preset: 5 });
    expect(pickFromTimer(reset)).toEqual({ preset: 10 });
    expect(pickFromTimer({ durationMs: 450_000 })).toEqual({ custom: '7.5' });
    expect(previewMs(pickFromTimer(reset), reset)).toBe(600_000);
    expect(previewMs({ preset: 3 }, reset)).toBe(180_000);
    expect(previewMs({ custom: '2' }, reset)).toBe(120_000);
    expect(previewMs({ custom: 'soon' }, reset)).toBe(600_000);
    expect(pickedMs({ custom: 'soon' })).toBeNaN();
  });
});
