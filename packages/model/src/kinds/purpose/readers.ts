/**
 * Read side of a purpose section as plain data. Never throws: every stored value is checked
 * and garbage reads as empty or is skipped. Imports no operations (tools/layers checks it).
 */
import type * as Y from 'yjs';
import { finiteOrNull, isMemberId, isRecord, stringOr } from '../../core/guards.js';
import { roots } from '../../core/schema.js';
import { readSection, selectSections } from '../../sections/readers.js';
import {
  MAX_STATEMENT_LENGTH,
  PURPOSE_PROMPTS,
  readMap,
  readText,
  type PurposeField,
  type PurposePrompt,
} from './schema.js';

/** The answers to the structured prompts. */
export type PromptTexts = Record<PurposePrompt, string>;

/** One member's endorsement: the statement as they endorsed it, and whether it is still the current text. */
export interface EndorsementView {
  memberId: string;
  /** The statement they endorsed. */
  text: string;
  at: number;
  /** True when the statement still reads exactly as endorsed. */
  current: boolean;
}

/** A named version saved by the lead. */
export interface PurposeVersionView {
  id: string;
  name: string;
  statement: string;
  prompts: PromptTexts;
  by: string | null;
  at: number;
}

/** A purpose section's content as plain data. */
export interface PurposeView {
  sectionId: string;
  statement: string;
  /** The statement's length in characters (UTF-16 units, as the editor counts). */
  length: number;
  /** True when the statement is longer than MAX_STATEMENT_LENGTH (it cannot be endorsed or saved then). */
  overLimit: boolean;
  prompts: PromptTexts;
  /** Every member's endorsement, oldest first; `current` tells the current text from an earlier one. */
  endorsements: EndorsementView[];
  /** Named versions, oldest first. */
  versions: PurposeVersionView[];
}

const textOf = (section: Y.Map<unknown>, field: PurposeField): string => readText(section, field)?.toString() ?? '';

function readPrompts(value: unknown): PromptTexts {
  const record = isRecord(value) ? value : {};
  return { why: stringOr(record.why), forWhom: stringOr(record.forWhom), success: stringOr(record.success) };
}

/** One stored version as plain data, or null when malformed. */
export function readVersion(id: string, value: unknown): PurposeVersionView | null {
  if (!isRecord(value)) return null;
  const at = finiteOrNull(value.at);
  if (typeof value.statement !== 'string' || at === null) return null;
  return {
    id,
    name: stringOr(value.name, 'Untitled version') || 'Untitled version',
    statement: value.statement,
    prompts: readPrompts(value.prompts),
    by: isMemberId(value.by) ? value.by : null,
    at,
  };
}

const byTimeThenId = <T extends { at: number }>(key: (item: T) => string) => (a: T, b: T) =>
  a.at - b.at || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** A purpose section's map as plain data (for stores that already hold the map). */
export function readPurpose(sectionId: string, section: Y.Map<unknown>): PurposeView {
  const statement = textOf(section, 'statement');
  const prompts = Object.fromEntries(PURPOSE_PROMPTS.map((p) => [p, textOf(section, p)])) as PromptTexts;
  const endorsements: EndorsementView[] = [];
  readMap(section, 'endorsements')?.forEach((value, memberId) => {
    if (!isMemberId(memberId) || !isRecord(value) || typeof value.text !== 'string') return;
    const at = finiteOrNull(value.at);
    if (at === null) return;
    endorsements.push({ memberId, text: value.text, at, current: value.text === statement });
  });
  const versions: PurposeVersionView[] = [];
  readMap(section, 'versions')?.forEach((value, id) => {
    const version = readVersion(id, value);
    if (version) versions.push(version);
  });
  return {
    sectionId,
    statement,
    length: statement.length,
    overLimit: statement.length > MAX_STATEMENT_LENGTH,
    prompts,
    endorsements: endorsements.sort(byTimeThenId((e) => e.memberId)),
    versions: versions.sort(byTimeThenId((v) => v.id)),
  };
}

/** A purpose section's content, or null when the section is missing or not a purpose section. */
export function selectPurpose(doc: Y.Doc, sectionId: string): PurposeView | null {
  const map = roots(doc).sections.get(sectionId);
  const view = readSection(sectionId, map);
  if (view === null || view.kind !== 'purpose') return null;
  return readPurpose(sectionId, map as Y.Map<unknown>);
}

/** The purpose shown at the top of the other sections. */
export interface CurrentPurpose {
  sectionId: string;
  title: string;
  statement: string;
}

/**
 * The board's current purpose: the first purpose section in agenda order whose statement is
 * not blank, or null when there is none.
 */
export function selectCurrentPurpose(doc: Y.Doc): CurrentPurpose | null {
  for (const section of selectSections(doc)) {
    if (section.kind !== 'purpose') continue;
    const map = roots(doc).sections.get(section.id);
    if (!map) continue;
    const statement = textOf(map, 'statement');
    if (statement.trim() !== '') return { sectionId: section.id, title: section.title, statement };
  }
  return null;
}

/**
 * The live Y.Text of a purpose section's field, for an editor binding to co-edit (the one
 * place a client holds a Y type: the binding writes keystrokes under its own origin). Null
 * when the section is missing, not a purpose section, or the text is missing.
 */
export function purposeText(doc: Y.Doc, sectionId: string, field: PurposeField): Y.Text | null {
  const map = roots(doc).sections.get(sectionId);
  const view = readSection(sectionId, map);
  if (view === null || view.kind !== 'purpose') return null;
  return readText(map as Y.Map<unknown>, field);
}
