/** Board templates: the agenda a new board starts with. */
import type { SectionKind } from '../catalog.js';

export interface TemplateSection {
  kind: SectionKind;
  title: string;
}

export interface Template {
  id: string;
  name: string;
  description: string;
  sections: readonly TemplateSection[];
}

export const TEMPLATES = {
  workshop: {
    id: 'workshop',
    name: 'Facilitated workshop',
    description: 'Agree on a purpose, brainstorm options, check consensus.',
    sections: [
      { kind: 'purpose', title: 'Shared purpose' },
      { kind: 'brainstorm', title: 'Ideas' },
      { kind: 'agreement', title: 'Do we agree?' },
    ],
  },
  retrospective: {
    id: 'retrospective',
    name: 'Retrospective',
    description: 'Look back together and agree on what to change.',
    sections: [
      { kind: 'purpose', title: 'Why we are here' },
      { kind: 'brainstorm', title: 'What went well' },
      { kind: 'brainstorm', title: 'What to improve' },
      { kind: 'agreement', title: 'Actions we commit to' },
    ],
  },
  blank: {
    id: 'blank',
    name: 'Blank board',
    description: 'Start from an empty agenda.',
    sections: [],
  },
} as const satisfies Record<string, Template>;

export type TemplateId = keyof typeof TEMPLATES;

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && Object.hasOwn(TEMPLATES, value);
}
