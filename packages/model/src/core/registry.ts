/**
 * The registration seam of the model. Each layer (core, sections) declares the operation names
 * and log types it owns with `defineNames`; each section kind declares itself in its folder's
 * `kind.ts` with `defineKind`. `buildCatalog` derives the closed lists the rest of the model
 * checks against (section kinds and their labels, phases per kind, operation names, log types) and refuses
 * duplicates, so a new kind never edits a central list of names.
 *
 * Everything handed to these functions is plain data or a content initialiser that writes a
 * new section's nested types (it imports no operation): no operation is imported on the way,
 * so any file (readers included) may import the catalog without an import cycle. This file
 * imports only Yjs's types.
 */
import type * as Y from 'yjs';

/**
 * Writes a new section's kind-specific content into its map, inside the transaction that
 * creates the section. Nested shared types must be created there, once, by the one peer
 * creating the section: two peers creating the same nested map later would each start one and
 * one would win, losing the other's content. `content` is a template's starting content for
 * the kind (its own seed shape, checked by the kind; anything else is ignored).
 */
export type SectionInit = (section: Y.Map<unknown>, title: string, content?: unknown) => void;

/**
 * Creates what a section of the kind lacks from a newer shape (run by a migration, see
 * core/migrations.ts): idempotent, writes only missing keys, and only empty shared types.
 */
export type SectionRepair = (section: Y.Map<unknown>) => void;

/**
 * Where a kind keeps sealed items (DESIGN §4) inside a section's map: a path of keys from the
 * section, each segment either a key or a prefix ending in `*` (`['round:*', 'ballots']`).
 * Exports leave these collections empty: their ciphertexts are bound to the board's key and
 * readable by nobody else, and a sealed draft or ballot is private until its reveal.
 */
export type SealedPath = readonly string[];

/** Operation names and log types owned by one layer of the model (core, sections). */
export interface LayerNames<O extends readonly string[] = readonly string[], L extends readonly string[] = readonly string[]> {
  /** Names of the layer's named operations: each is a LocalOrigin name. */
  readonly operations: O;
  /** Types of the session-log records the layer writes. */
  readonly logTypes: L;
}

/** A section kind's registration: its name, its label, its ordered phases, its operations and log types. */
export interface KindDefinition<
  K extends string = string,
  P extends readonly string[] = readonly string[],
  O extends readonly string[] = readonly string[],
  L extends readonly string[] = readonly string[],
> extends LayerNames<O, L> {
  /** The value stored in a section's `kind` key. */
  readonly kind: K;
  /** How people read the kind's name ('Brainstorm'): the web app's and the exports' one wording. */
  readonly label: string;
  /** The kind's phases in order; a new section starts in the first. */
  readonly phases: P;
  /** Writes a new section's content (absent: the kind keeps nothing nested). */
  readonly initSection?: SectionInit;
  /** Adds missing nested content to a section created before the kind had it (migrations). */
  readonly repairSection?: SectionRepair;
  /** The nested collections that hold sealed items (left empty by exports). */
  readonly sealedPaths?: readonly SealedPath[];
}

/** Declares a layer's names, keeping their literal types. */
export function defineNames<const O extends readonly string[], const L extends readonly string[]>(names: LayerNames<O, L>): LayerNames<O, L> {
  return Object.freeze({ operations: Object.freeze([...names.operations]) as unknown as O, logTypes: Object.freeze([...names.logTypes]) as unknown as L });
}

/** Declares a section kind, keeping its literal types (the kind union stays a literal type). */
export function defineKind<
  const K extends string,
  const P extends readonly [string, ...string[]],
  const O extends readonly string[],
  const L extends readonly string[],
>(definition: {
  kind: K;
  label: string;
  phases: P;
  operations: O;
  logTypes: L;
  initSection?: SectionInit;
  repairSection?: SectionRepair;
  sealedPaths?: readonly SealedPath[];
}): KindDefinition<K, P, O, L> {
  return Object.freeze({
    ...(definition.sealedPaths ? { sealedPaths: Object.freeze(definition.sealedPaths.map((p) => Object.freeze([...p]))) } : {}),
    ...(definition.initSection ? { initSection: definition.initSection } : {}),
    ...(definition.repairSection ? { repairSection: definition.repairSection } : {}),
    kind: definition.kind,
    label: definition.label,
    phases: Object.freeze([...definition.phases]) as unknown as P,
    operations: Object.freeze([...definition.operations]) as unknown as O,
    logTypes: Object.freeze([...definition.logTypes]) as unknown as L,
  });
}

/** The kind names of a tuple of kind definitions. */
export type KindName<Ks extends readonly KindDefinition[]> = Ks[number]['kind'];
/** Every operation name of some layers and kinds. */
export type OperationNameOf<Ls extends readonly LayerNames[], Ks extends readonly KindDefinition[]> =
  | Ls[number]['operations'][number]
  | Ks[number]['operations'][number];
/** Every log type of some layers and kinds. */
export type LogTypeOf<Ls extends readonly LayerNames[], Ks extends readonly KindDefinition[]> =
  | Ls[number]['logTypes'][number]
  | Ks[number]['logTypes'][number];

/** The closed lists derived from the layers and the registered kinds. */
export interface Catalog<K extends string, O extends string, L extends string> {
  readonly sectionKinds: readonly K[];
  readonly labels: Readonly<Record<K, string>>;
  readonly phases: Readonly<Record<K, readonly string[]>>;
  readonly operationNames: readonly O[];
  readonly logTypes: readonly L[];
}

const KIND_NAME = /^[a-z][a-zA-Z0-9]*$/;

function addUnique(seen: Set<string>, value: string, what: string): void {
  if (seen.has(value)) throw new Error(`model registry: ${what} "${value}" is registered twice`);
  seen.add(value);
}

/**
 * Derives the catalog from the layers' names and the kinds, in that order. Throws on a
 * duplicate kind, operation name, log type or phase, or a kind without a label or phases: those are
 * programming errors that must fail at load (and in the registry tests), not later.
 */
export function buildCatalog<const Ls extends readonly LayerNames[], const Ks extends readonly KindDefinition[]>(
  layers: Ls,
  kinds: Ks,
): Catalog<KindName<Ks>, OperationNameOf<Ls, Ks>, LogTypeOf<Ls, Ks>> {
  const sources: readonly LayerNames[] = [...layers, ...kinds];
  const operations = new Set<string>();
  const logTypes = new Set<string>();
  for (const source of sources) {
    for (const name of source.operations) addUnique(operations, name, 'operation');
    for (const type of source.logTypes) addUnique(logTypes, type, 'log type');
  }
  const kindNames = new Set<string>();
  const labels: Record<string, string> = {};
  const phases: Record<string, readonly string[]> = {};
  for (const kind of kinds) {
    if (!KIND_NAME.test(kind.kind)) throw new Error(`model registry: "${kind.kind}" is not a kind name (camelCase letters and digits)`);
    addUnique(kindNames, kind.kind, 'section kind');
    if (kind.label.trim() === '') throw new Error(`model registry: kind "${kind.kind}" has no label`);
    labels[kind.kind] = kind.label;
    if (kind.phases.length === 0) throw new Error(`model registry: kind "${kind.kind}" has no phases`);
    const own = new Set<string>();
    for (const phase of kind.phases) addUnique(own, phase, `phase of "${kind.kind}"`);
    phases[kind.kind] = kind.phases;
  }
  return Object.freeze({
    sectionKinds: Object.freeze([...kindNames]) as readonly KindName<Ks>[],
    labels: Object.freeze(labels) as Readonly<Record<KindName<Ks>, string>>,
    phases: Object.freeze(phases) as Readonly<Record<KindName<Ks>, readonly string[]>>,
    operationNames: Object.freeze([...operations]) as readonly OperationNameOf<Ls, Ks>[],
    logTypes: Object.freeze([...logTypes]) as readonly LogTypeOf<Ls, Ks>[],
  });
}
