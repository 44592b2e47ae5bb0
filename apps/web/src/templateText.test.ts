import { TEMPLATES } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { isAnswered, templateSectionNote } from './templateText.js';

describe('templateSectionNote', () => {
  it('names what each template section starts with', () => {
    expect(TEMPLATES.retrospective.sections.map(templateSectionNote)).toEqual([
      'Draft statement to edit together',
      'Went well · To improve · Ideas',
      'Rule: a majority at 1–3 and no 8',
    ]);
    expect(TEMPLATES.workshop.sections.map(templateSectionNote)).toEqual(['The three prompts, with sentence starters', null, null]);
    expect(TEMPLATES.decision.sections.map(templateSectionNote)).toEqual(['Draft statement to edit together', 'Rule: no 7 or 8, and at most 1 at 6']);
  });
});

describe('isAnswered', () => {
  it('does not count a template sentence starter as an answer', () => {
    expect(isAnswered('why', 'We are meeting because ')).toBe(false);
    expect(isAnswered('why', '  ')).toBe(false);
    expect(isAnswered('why', 'We are meeting because the launch slipped')).toBe(true);
  });
});
