import { describe, expect, expectTypeOf, it } from 'vitest';
import { KINDS } from '../catalog.js';
import { SECTION_NAMES } from '../sections/names.js';
import { CORE_NAMES } from './names.js';
import { buildCatalog, defineKind, defineNames } from './registry.js';

/** A kind that exists only in this test: registering it touches no central list. */
const pollKind = defineKind({
  kind: 'poll',
  label: 'Poll',
  phases: ['ask', 'answer', 'show'],
  operations: ['castPollAnswer', 'closePoll'],
  logTypes: ['poll.answered', 'poll.closed'],
});

describe('the kind registry', () => {
  it('derives section kinds, phases, operation names and log types from a registered kind', () => {
    const catalog = buildCatalog([CORE_NAMES, SECTION_NAMES], [...KINDS, pollKind]);
    expect(catalog.sectionKinds).toEqual(['purpose', 'brainstorm', 'agreement', 'poll']);
    expect(catalog.labels.poll).toBe('Poll');
    expect(catalog.phases.poll).toEqual(['ask', 'answer', 'show']);
    expect(catalog.phases.brainstorm).toEqual(['write', 'reveal', 'cluster', 'vote', 'results']);
    expect(catalog.operationNames).toEqual(expect.arrayContaining(['castPollAnswer', 'closePoll', 'addSection', 'undo']));
    expect(catalog.logTypes).toEqual(expect.arrayContaining(['poll.answered', 'poll.closed', 'section.added', 'undo']));
    // The literal types follow: the fixture's names are part of the derived unions.
    expectTypeOf<'castPollAnswer'>().toExtend<(typeof catalog.operationNames)[number]>();
    expectTypeOf<'poll'>().toExtend<(typeof catalog.sectionKinds)[number]>();
    expectTypeOf<'notAnOperation'>().not.toExtend<(typeof catalog.operationNames)[number]>();
  });

  it('refuses a duplicate operation name, log type, kind or phase and a kind without a label or phases', () => {
    const clash = defineKind({ kind: 'clash', label: 'Label', phases: ['one'], operations: ['addSection'], logTypes: [] });
    expect(() => buildCatalog([CORE_NAMES, SECTION_NAMES], [clash])).toThrow('operation "addSection" is registered twice');
    const logClash = defineKind({ kind: 'logClash', label: 'Label', phases: ['one'], operations: [], logTypes: ['undo'] });
    expect(() => buildCatalog([CORE_NAMES], [logClash])).toThrow('log type "undo" is registered twice');
    const pollAgain = defineKind({ kind: 'poll', label: 'Label', phases: ['ask'], operations: [], logTypes: [] });
    expect(() => buildCatalog([], [pollKind, pollAgain])).toThrow('section kind "poll" is registered twice');
    const twice = defineKind({ kind: 'twice', label: 'Label', phases: ['a', 'a'], operations: [], logTypes: [] });
    expect(() => buildCatalog([], [twice])).toThrow('phase of "twice" "a" is registered twice');
    const empty = { kind: 'empty', label: 'Empty', phases: [], operations: [], logTypes: [] } as const;
    expect(() => buildCatalog([], [empty])).toThrow('kind "empty" has no phases');
    const unlabelled = defineKind({ kind: 'unlabelled', label: ' ', phases: ['a'], operations: [], logTypes: [] });
    expect(() => buildCatalog([], [unlabelled])).toThrow('kind "unlabelled" has no label');
    const badName = defineKind({ kind: 'Bad Name', label: 'Label', phases: ['a'], operations: [], logTypes: [] });
    expect(() => buildCatalog([], [badName])).toThrow('"Bad Name" is not a kind name');
    expect(() => buildCatalog([defineNames({ operations: ['x', 'x'], logTypes: [] })], [])).toThrow('operation "x" is registered twice');
  });

  it('freezes what it derives, so no module can add a name at run time', () => {
    const catalog = buildCatalog([CORE_NAMES], [pollKind]);
    expect(Object.isFrozen(catalog.operationNames)).toBe(true);
    expect(Object.isFrozen(catalog.phases)).toBe(true);
    expect(Object.isFrozen(catalog.labels)).toBe(true);
    expect(Object.isFrozen(pollKind.phases)).toBe(true);
  });
});
