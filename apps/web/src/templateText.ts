/** What a template section starts with, in a few words for the template cards. Pure. */
import { TEMPLATES, describeRule, type TemplateSection } from '@roundtable/model';

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

/** Every purpose starting text the templates write, per field (trimmed). */
const STARTERS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (field: string, text: string | undefined) => {
    if (!text?.trim()) return;
    const set = map.get(field) ?? new Set<string>();
    set.add(text.trim());
    map.set(field, set);
  };
  for (const template of Object.values(TEMPLATES)) {
    for (const section of template.sections as readonly TemplateSection[]) {
      if (section.kind !== 'purpose') continue;
      for (const [field, text] of Object.entries(section.content?.prompts ?? {})) add(field, text);
    }
  }
  return map;
})();

/** True when a prompt holds an answer: not empty and not just a template's sentence starter. */
export function isAnswered(field: string, text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !(STARTERS.get(field)?.has(trimmed) ?? false);
}
