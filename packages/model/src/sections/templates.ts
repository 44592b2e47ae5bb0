/**
 * Board templates: the agenda a new board starts with and each section's starting content (a
 * purpose's text, a brainstorm's columns, an agreement's decision rule). `createBoard` writes it
 * all in its one transaction through the kinds' `initSection`, which check the seed (its types
 * are declared here: sections/ imports nothing from kinds/). Plain data: readers and the web
 * app's picker may import this file.
 */

/** A purpose section's starting text: the statement and/or the prompts (why, forWhom, success). */
export interface PurposeSeed {
  statement?: string;
  prompts?: { why?: string; forWhom?: string; success?: string };
}
/** A brainstorm section's starting columns (prompts). */
export interface BrainstormSeed {
  columns?: readonly string[];
}
/** An agreement section's starting decision rule (no quorum: a new board has no members to count). */
export interface AgreementSeed {
  rule?: { base: 'consensus' | 'noSeriousDisagreement' | 'majority'; maxAtSix: number; minVoters: null };
}

/** One section of a template, with its kind's starting content. */
export type TemplateSection =
  | { kind: 'purpose'; title: string; content?: PurposeSeed }
  | { kind: 'brainstorm'; title: string; content?: BrainstormSeed }
  | { kind: 'agreement'; title: string; content?: AgreementSeed };

export interface Template {
  id: string;
  name: string;
  description: string;
  sections: readonly TemplateSection[];
}

export const TEMPLATES = {
  retrospective: {
    id: 'retrospective',
    name: 'Retrospective',
    description: 'Look back together, then commit to the few actions that matter most.',
    sections: [
      {
        kind: 'purpose',
        title: 'Why we are here',
        content: {
          statement: 'Look back on our last stretch of work together, learn from what happened, and leave with a few actions we will actually take.',
        },
      },
      { kind: 'brainstorm', title: 'Look back', content: { columns: ['Went well', 'To improve', 'Ideas'] } },
      { kind: 'agreement', title: 'Top actions', content: { rule: { base: 'majority', maxAtSix: 0, minVoters: null } } },
    ],
  },
  workshop: {
    id: 'workshop',
    name: 'Workshop kickoff',
    description: 'Agree on why you meet, gather ideas, then check for agreement.',
    sections: [
      {
        kind: 'purpose',
        title: 'Shared purpose',
        content: {
          prompts: {
            why: 'We are meeting because ',
            forWhom: 'The people who benefit are ',
            success: 'At the end of this workshop we will have ',
          },
        },
      },
      { kind: 'brainstorm', title: 'Ideas' },
      { kind: 'agreement', title: 'Do we agree?' },
    ],
  },
  decision: {
    id: 'decision',
    name: 'Decision meeting',
    description: 'Frame one decision, then test it: no serious disagreement, at most one reservation.',
    sections: [
      {
        kind: 'purpose',
        title: 'What we are deciding',
        content: {
          statement: 'Make one clear decision together, with every concern heard before we commit.',
          prompts: { success: 'A decision everyone can live with, and who does what next.' },
        },
      },
      {
        kind: 'agreement',
        title: 'The decision',
        content: { rule: { base: 'noSeriousDisagreement', maxAtSix: 1, minVoters: null } },
      },
    ],
  },
  blank: {
    id: 'blank',
    name: 'Blank board',
    description: 'Start from an empty agenda and build your own.',
    sections: [],
  },
} as const satisfies Record<string, Template>;

export type TemplateId = keyof typeof TEMPLATES;

/** The templates in the order the home page offers them. */
export const TEMPLATE_ORDER: readonly TemplateId[] = ['workshop', 'retrospective', 'decision', 'blank'];

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && Object.hasOwn(TEMPLATES, value);
}
