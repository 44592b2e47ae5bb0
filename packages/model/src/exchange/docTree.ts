/**
 * A board document as a plain JSON tree and back, for the JSON export (boardFile.ts). Generic
 * over what the document holds, so a kind's content travels without the exporter knowing it:
 *
 *   a plain value (string, number, boolean, null, array, object)   as itself
 *   Y.Map    {"$y": "map", "entries": {key: node}}   keys sorted, so equal documents give equal JSON
 *   Y.Array  {"$y": "array", "items": [node]}
 *   Y.Text   {"$y": "text", "text": "..."}           formatting is not kept (the board has none)
 *   a plain object that itself has a "$y" key        {"$y": "json", "value": {...}} (escaped)
 *
 * Values Yjs can hold but the board never writes (binary, undefined, XML types, sub-documents)
 * are left out. Sealed collections (a kind's `sealedPaths`) are written as empty maps.
 */
import * as Y from 'yjs';
import type { SealedPath } from '../core/registry.js';

/** A plain JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A Y.Map as a tree node. */
export interface MapNode {
  $y: 'map';
  entries: Record<string, TreeNode>;
}
/** A Y.Array as a tree node. */
export interface ArrayNode {
  $y: 'array';
  items: TreeNode[];
}
/** A Y.Text as a tree node. */
export interface TextNode {
  $y: 'text';
  text: string;
}
/** A plain object with its own "$y" key, escaped. */
export interface EscapedNode {
  $y: 'json';
  value: JsonValue;
}
/** One value of the document tree. */
export type TreeNode = JsonValue | MapNode | ArrayNode | TextNode | EscapedNode;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** A plain value as JSON (non-finite numbers and non-JSON values read as null), or undefined to leave it out. */
function plain(value: unknown): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  if (isPlainObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value).sort()) {
      const v = plain(value[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return undefined;
}

/** Whether `key` matches a sealed-path segment (`prefix*` or the exact key). */
const segmentMatches = (segment: string, key: string): boolean => (segment.endsWith('*') ? key.startsWith(segment.slice(0, -1)) : key === segment);

/** One value of the document as a tree node (undefined: left out). `sealed` are paths relative to this value. */
export function encodeValue(value: unknown, sealed: readonly SealedPath[] = []): TreeNode | undefined {
  if (value instanceof Y.Map) return encodeMap(value, sealed);
  if (value instanceof Y.Array) return { $y: 'array', items: value.toArray().map((v) => encodeValue(v) ?? null) };
  if (value instanceof Y.Text) return { $y: 'text', text: value.toString() };
  if (value instanceof Y.AbstractType || value instanceof Uint8Array || value instanceof Y.Doc) return undefined;
  const json = plain(value);
  if (json !== undefined && isPlainObject(json) && '$y' in json) return { $y: 'json', value: json };
  return json;
}

/** A Y.Map as a tree node, keys sorted; collections on a sealed path come out empty. */
export function encodeMap(map: Y.Map<unknown>, sealed: readonly SealedPath[] = []): MapNode {
  const entries: Record<string, TreeNode> = {};
  for (const key of [...map.keys()].sort()) {
    const matching = sealed.filter((path) => path.length > 0 && segmentMatches(path[0] as string, key));
    if (matching.some((path) => path.length === 1)) {
      entries[key] = { $y: 'map', entries: {} };
      continue;
    }
    const node = encodeValue(map.get(key), matching.map((path) => path.slice(1)));
    if (node !== undefined) entries[key] = node;
  }
  return { $y: 'map', entries };
}

/** True when `node` is a Y-type node of the given tag. */
export function isNode<T extends MapNode | ArrayNode | TextNode | EscapedNode>(node: TreeNode | undefined, tag: T['$y']): node is T {
  return isPlainObject(node) && node.$y === tag;
}

/** The document value a tree node stands for: new, not yet integrated, Y types for Y nodes. */
function decodeValue(node: TreeNode): unknown {
  if (isNode<MapNode>(node, 'map')) {
    const map = new Y.Map<unknown>();
    fillMap(map, node);
    return map;
  }
  if (isNode<ArrayNode>(node, 'array')) {
    const array = new Y.Array<unknown>();
    array.push(node.items.map(decodeValue));
    return array;
  }
  if (isNode<TextNode>(node, 'text')) return new Y.Text(node.text);
  if (isNode<EscapedNode>(node, 'json')) return node.value;
  return node;
}

/** Writes a map node's entries into `map` (call inside a transaction when `map` is part of a document). */
export function fillMap(map: Y.Map<unknown>, node: MapNode): void {
  for (const [key, value] of Object.entries(node.entries)) map.set(key, decodeValue(value));
}

/** Appends an array node's items to `array` (call inside a transaction when `array` is part of a document). */
export function fillArray(array: Y.Array<unknown>, node: ArrayNode): void {
  if (node.items.length > 0) array.push(node.items.map(decodeValue));
}
