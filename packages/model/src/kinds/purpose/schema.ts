/**
 * A purpose section's content, nested in the section's Y.Map (so removing the section and
 * undoing that stay one step). The shared types are created with the section (`nested` in
 * kind.ts) and by migration v2 in older ones:
 *
 *   statement     Y.Text   the purpose statement, co-edited (≤ MAX_STATEMENT_LENGTH to endorse or save)
 *   why           Y.Text   prompt "Why are we here?"
 *   forWhom       Y.Text   prompt "For whom?"
 *   success       Y.Text   prompt "What does success look like?"
 *   endorsements  Y.Map    memberId -> {text, at}: the statement as that member endorsed it
 *   versions      Y.Map    versionId -> {id, name, statement, prompts {why, forWhom, success}, by, at}
 *
 * An endorsement stores the endorsed text itself (≤ 10,000 characters), not a hash: "what
 * changed since" needs the old words, and one key per member means a re-endorsement replaces
 * the old one whole (last writer wins per member, never a mix). Versions are plain values too:
 * a named snapshot never changes after it is saved.
 */
import * as Y from 'yjs';

/** Longest statement that can be endorsed or saved as a version, in characters (UTF-16 units, as editors count). */
export const MAX_STATEMENT_LENGTH = 10_000;
/** Longest answer to one prompt, in characters. */
export const MAX_PROMPT_LENGTH = 2_000;
/** Longest version name. */
export const MAX_VERSION_NAME_LENGTH = 60;
/** How many named versions one section keeps (each holds a full copy of the text). */
export const MAX_VERSIONS = 100;

/** The structured prompts, in the order they are shown. */
export const PURPOSE_PROMPTS = ['why', 'forWhom', 'success'] as const;
/** One of PURPOSE_PROMPTS. */
export type PurposePrompt = (typeof PURPOSE_PROMPTS)[number];
/** A co-editable text of a purpose section: the statement or one prompt. */
export type PurposeField = 'statement' | PurposePrompt;
/** Every co-editable text of a purpose section. */
export const PURPOSE_FIELDS: readonly PurposeField[] = ['statement', ...PURPOSE_PROMPTS];

/** The starting text of one field from a template's seed (sections/templates.ts `PurposeSeed`) (unknown shapes and over-long text start empty). */
function seedText(seed: unknown, field: PurposeField): string {
  if (typeof seed !== 'object' || seed === null) return '';
  const s = seed as { statement?: unknown; prompts?: unknown };
  const value = field === 'statement' ? s.statement : typeof s.prompts === 'object' && s.prompts !== null ? (s.prompts as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' && value.length <= maxLengthOf(field) ? value : '';
}

/**
 * Writes a new purpose section's shared types (the kind's `initSection`, on the section's map
 * before it joins the document: no reads, Yjs warns on reads of a type not yet integrated),
 * each text starting with the template's seed when one is given.
 */
export function initPurposeSection(section: Y.Map<unknown>, seed?: unknown): void {
  for (const field of PURPOSE_FIELDS) {
    const text = new Y.Text();
    const start = seedText(seed, field);
    if (start) text.insert(0, start);
    section.set(field, text);
  }
  for (const key of ['endorsements', 'versions'] as const) section.set(key, new Y.Map<unknown>());
}

/**
 * Creates the shared types a purpose section lacks (the kind's `repairSection`: migration v2,
 * for sections from before the purpose content existed). Idempotent: existing ones are kept.
 */
export function repairPurposeSection(section: Y.Map<unknown>): void {
  for (const field of PURPOSE_FIELDS) if (!(section.get(field) instanceof Y.Text)) section.set(field, new Y.Text());
  for (const key of ['endorsements', 'versions'] as const) if (!(section.get(key) instanceof Y.Map)) section.set(key, new Y.Map<unknown>());
}

/** The longest text a field may hold. */
export function maxLengthOf(field: PurposeField): number {
  return field === 'statement' ? MAX_STATEMENT_LENGTH : MAX_PROMPT_LENGTH;
}

/** True for one of PURPOSE_FIELDS. */
export function isPurposeField(value: unknown): value is PurposeField {
  return typeof value === 'string' && (PURPOSE_FIELDS as readonly string[]).includes(value);
}

/** A field's Y.Text, or null when missing or garbage. */
export function readText(section: Y.Map<unknown>, field: PurposeField): Y.Text | null {
  const value = section.get(field);
  return value instanceof Y.Text ? value : null;
}

/** A nested map (endorsements, versions), or null when missing or garbage. */
export function readMap(section: Y.Map<unknown>, key: 'endorsements' | 'versions'): Y.Map<unknown> | null {
  const value = section.get(key);
  return value instanceof Y.Map ? value : null;
}

/**
 * A field's Y.Text for writing, inside an operation's transaction. Created only when a hostile
 * peer removed it (see core/nested.ts): sections get their texts when they are created.
 */
export function writeText(section: Y.Map<unknown>, field: PurposeField): Y.Text {
  const existing = readText(section, field);
  if (existing) return existing;
  const text = new Y.Text();
  section.set(field, text);
  return text;
}

/** A nested map for writing, inside an operation's transaction (repaired like writeText). */
export function writeMap(section: Y.Map<unknown>, key: 'endorsements' | 'versions'): Y.Map<unknown> {
  const existing = readMap(section, key);
  if (existing) return existing;
  const map = new Y.Map<unknown>();
  section.set(key, map);
  return map;
}
