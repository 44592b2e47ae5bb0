/** What a template section starts with, in a few words for the template cards. Pure. */
import { describeRule, type TemplateSection } from '@roundtable/model';

/** "Went well · To improve · Ideas", "Rule: …", "Draft statement to edit", or null when it starts empty. */
export function templateSectionNote(section: TemplateSection): string | null {
  if (section.kind === 'brainstorm') {
    const columns = section.content?.columns ?? [];
    return columns.length > 1 ? columns.join(' · ') : null;
  }
  if (section.kind === 'agreement') {
    const rule = section.content?.rule;
    return rule ? `Rule: ${describeRule(rule).replace(/^./, (c) => c.toLowerCase())}` : null;
  }
  const content = section.content;
  if (content?.statement) return 'Draft statement to edit together';
  const prompts = Object.values(content?.prompts ?? {}).filter((p) => typeof p === 'string' && p.length > 0).length;
  return prompts > 0 ? `${prompts === 3 ? 'The three prompts' : `${prompts} prompts`}, with sentence starters` : null;
}
