import { describe, expect, it } from 'vitest';
import { KINDS, KIND_LABELS, LOG_TYPES, OPERATION_NAMES, PHASES, SECTION_KINDS, isLogType, isOperationName, isSectionKind } from './catalog.js';
import * as model from './index.js';

describe('the catalog', () => {
  it('lists every registered kind with its own phases', () => {
    expect(SECTION_KINDS).toEqual(KINDS.map((k) => k.kind));
    for (const kind of KINDS) expect(PHASES[kind.kind]).toEqual(kind.phases);
  });

  it('gives every kind a non-empty label, its own', () => {
    expect(Object.keys(KIND_LABELS)).toEqual([...SECTION_KINDS]);
    for (const kind of KINDS) {
      expect(KIND_LABELS[kind.kind], kind.kind).toBe(kind.label);
      expect(KIND_LABELS[kind.kind].trim(), kind.kind).not.toBe('');
    }
  });

  it('names only operations the package exports as functions', () => {
    for (const name of OPERATION_NAMES) expect(typeof (model as Record<string, unknown>)[name], name).toBe('function');
  });

  it('holds no duplicate names and its guards accept exactly its lists', () => {
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length);
    expect(new Set(LOG_TYPES).size).toBe(LOG_TYPES.length);
    expect(OPERATION_NAMES.every(isOperationName)).toBe(true);
    expect(LOG_TYPES.every(isLogType)).toBe(true);
    expect(SECTION_KINDS.every(isSectionKind)).toBe(true);
    for (const value of ['poll', '', 'toString', 42, null, undefined, {}]) {
      expect(isSectionKind(value)).toBe(false);
      expect(isOperationName(value)).toBe(false);
      expect(isLogType(value)).toBe(false);
    }
  });
});
