import { MAX_COLUMNS, MAX_COLUMN_TITLE } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { COLUMN_TEMPLATES, matchingTemplate, templateText } from './columnTemplates.js';

describe('column templates', () => {
  it('fit the model limits, with unique ids and names', () => {
    expect(new Set(COLUMN_TEMPLATES.map((t) => t.id)).size).toBe(COLUMN_TEMPLATES.length);
    expect(new Set(COLUMN_TEMPLATES.map((t) => t.name)).size).toBe(COLUMN_TEMPLATES.length);
    for (const t of COLUMN_TEMPLATES) {
      expect(t.columns.length).toBeGreaterThan(0);
      expect(t.columns.length).toBeLessThanOrEqual(MAX_COLUMNS);
      for (const c of t.columns) expect(c.length).toBeLessThanOrEqual(MAX_COLUMN_TITLE);
    }
  });

  it('fill the field one title per line and are recognised from the columns', () => {
    const ssc = COLUMN_TEMPLATES.find((t) => t.id === 'start-stop-continue')!;
    expect(templateText(ssc)).toBe('Start\nStop\nContinue');
    expect(matchingTemplate(['Start', 'Stop', 'Continue'])).toBe(ssc);
    expect(matchingTemplate(['Start', 'Stop'])).toBeNull();
  });
});
