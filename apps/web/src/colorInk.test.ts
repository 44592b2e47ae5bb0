import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn } from './colorInk.js';
import { MEMBER_PALETTE } from './storage/member.js';

describe('inkOn', () => {
  it('matches known WCAG ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#4f46e5')).toBeCloseTo(6.29, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('keeps white initials where they are readable and switches to dark ink where not', () => {
    expect(inkOn('#64748b')).toBe('#ffffff');
    expect(inkOn('#eab308')).toBe('#111118');
  });

  it('gives AA initials (4.5:1) on every palette colour', () => {
    for (const color of MEMBER_PALETTE) expect(contrastRatio(inkOn(color), color), color).toBeGreaterThanOrEqual(4.5);
  });

  it('gives AA initials on any colour a member may pick', () => {
    const steps = ['00', '33', '66', '80', '99', 'bb', 'cc', 'ee', 'ff'];
    for (const r of steps) for (const g of steps) for (const b of steps) {
      const color = `#${r}${g}${b}`;
      expect(contrastRatio(inkOn(color), color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
