/**
 * The catalog: the one place that lists the registered section kinds, and the closed lists
 * derived from them and from the core and sections layers' own names (SECTION_KINDS,
 * KIND_LABELS, PHASES, OPERATION_NAMES, LOG_TYPES) with their literal types and guards.
 *
 * Why one list of kinds is acceptable: lower layers need the closed lists (a reader checks a
 * section's kind and phase; LocalOrigin names an operation), so something must gather the
 * kinds, and a static list keeps the kind union a literal type with no load-order hazard (a
 * side-effect registry would read as empty to a module that runs before the kinds register).
 * Everything imported here is plain data (`names.ts`, `kind.ts`, `phases.ts`); none of it
 * reaches an operation, so core, sections and readers may import this file without a cycle
 * (tools/layers checks that nothing here reaches core/origin.ts).
 *
 * Adding a kind: create `kinds/<kind>/kind.ts` with `defineKind(...)` and add it to KINDS.
 */
import { CORE_NAMES } from './core/names.js';
import type * as Y from 'yjs';
import { buildCatalog, type KindDefinition, type KindName, type LogTypeOf, type OperationNameOf } from './core/registry.js';
import { agreementKind } from './kinds/agreement/kind.js';
import { brainstormKind } from './kinds/brainstorm/kind.js';
import { purposeKind } from './kinds/purpose/kind.js';
import { SECTION_NAMES } from './sections/names.js';
import { EXCHANGE_NAMES } from './exchange/names.js';

/** The registered section kinds, in the order the UI offers them. */
export const KINDS = [purposeKind, brainstormKind, agreementKind] as const;
/** The layers that own names besides the kinds. */
const LAYERS = [CORE_NAMES, SECTION_NAMES, EXCHANGE_NAMES] as const;

const catalog = buildCatalog(LAYERS, KINDS);

/** One of SECTION_KINDS. */
export type SectionKind = KindName<typeof KINDS>;
/** Every section kind, in registration order. */
export const SECTION_KINDS: readonly SectionKind[] = catalog.sectionKinds;
/** Each section kind's name as people read it ('Brainstorm'), in the app and the exports. */
export const KIND_LABELS: Readonly<Record<SectionKind, string>> = catalog.labels;
/** The ordered phases of each section kind; a section's `phase` is one of its kind's. */
export const PHASES: Readonly<Record<SectionKind, readonly string[]>> = catalog.phases;

/** One of OPERATION_NAMES. */
export type OperationName = OperationNameOf<typeof LAYERS, typeof KINDS>;
/**
 * The closed list of named operations on a board. Each is one exported function whose body is
 * one `doc.transact(fn, new LocalOrigin(name))`: one operation, one transaction, one undo step.
 */
export const OPERATION_NAMES: readonly OperationName[] = catalog.operationNames;

/** One of LOG_TYPES. */
export type LogType = LogTypeOf<typeof LAYERS, typeof KINDS>;
/** Every type of session-log record; records of unknown types are skipped by readers. */
export const LOG_TYPES: readonly LogType[] = catalog.logTypes;

/**
 * Writes a new section's kind-specific content (the kind's `initSection`), inside the
 * transaction that creates the section, with a template's starting content for the kind when
 * given. Kinds without nested content write nothing.
 */
export function initSectionContent(kind: SectionKind, section: Y.Map<unknown>, title: string, content?: unknown): void {
  const definition: KindDefinition | undefined = KINDS.find((k) => k.kind === kind);
  definition?.initSection?.(section, title, content);
}

/**
 * Adds the nested content a section's kind now has but the section lacks (the kind's
 * `repairSection`); used by migrations. Kinds without a repair write nothing.
 */
export function repairSectionContent(kind: SectionKind, section: Y.Map<unknown>): void {
  const definition: KindDefinition | undefined = KINDS.find((k) => k.kind === kind);
  definition?.repairSection?.(section);
}

/** True when `value` is one of SECTION_KINDS. */
export function isSectionKind(value: unknown): value is SectionKind {
  return typeof value === 'string' && (SECTION_KINDS as readonly string[]).includes(value);
}

/** True when `value` is one of OPERATION_NAMES. */
export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (OPERATION_NAMES as readonly string[]).includes(value);
}

/** True when `value` is one of LOG_TYPES. */
export function isLogType(value: unknown): value is LogType {
  return typeof value === 'string' && (LOG_TYPES as readonly string[]).includes(value);
}
