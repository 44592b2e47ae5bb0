import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoard } from './board.js';
import { selectSections } from './readers.js';
import { selectLog } from '../core/readers.js';
import { TEMPLATES, TEMPLATE_ORDER, type TemplateId } from './templates.js';
import { selectBrainstormSettings } from '../kinds/brainstorm/readers.js';
import { selectPurpose } from '../kinds/purpose/readers.js';
import { selectAgreement } from '../kinds/agreement/agreementReaders.js';
import { describeRule } from '../kinds/agreement/rules.js';
import { setColumns } from '../kinds/brainstorm/brainstormSetup.js';
import { upsertMember } from '../core/members.js';

function board(template: TemplateId) {
  const doc = new Y.Doc();
  expect(createBoard(doc, { title: 'Board', template, at: 1_000 })).toEqual({ ok: true, value: undefined });
  return { doc, sections: selectSections(doc) };
}

describe('templates with content', () => {
  it('offers every template once, blank last', () => {
    expect([...TEMPLATE_ORDER].sort()).toEqual(Object.keys(TEMPLATES).sort());
    expect(TEMPLATE_ORDER.at(-1)).toBe('blank');
  });

  it('retrospective: a purpose with its statement, a brainstorm with three columns, an agreement on the top actions', () => {
    const { doc, sections } = board('retrospective');
    expect(sections.map((s) => [s.kind, s.title])).toEqual([
      ['purpose', 'Why we are here'],
      ['brainstorm', 'Look back'],
      ['agreement', 'Top actions'],
    ]);
    expect(selectPurpose(doc, sections[0]!.id)?.statement).toMatch(/^Look back on our last stretch of work together/);
    expect(selectBrainstormSettings(doc, sections[1]!.id)?.columns.map((c) => c.title)).toEqual(['Went well', 'To improve', 'Ideas']);
    expect(describeRule(selectAgreement(doc, sections[2]!.id)!.rule)).toBe(describeRule({ base: 'majority', maxAtSix: 0, minVoters: null }));
    // One operation, one record: the content is part of the creation, not a string of edits.
    expect(selectLog(doc).map((e) => e.type)).toEqual(['board.created']);
  });

  it('workshop kickoff: the three purpose prompts start with their sentence openers', () => {
    const { doc, sections } = board('workshop');
    expect(sections.map((s) => s.kind)).toEqual(['purpose', 'brainstorm', 'agreement']);
    const purpose = selectPurpose(doc, sections[0]!.id)!;
    expect(purpose.statement).toBe('');
    expect(purpose.prompts).toEqual({
      why: 'We are meeting because ',
      forWhom: 'The people who benefit are ',
      success: 'At the end of this workshop we will have ',
    });
    expect(selectBrainstormSettings(doc, sections[1]!.id)?.columns.map((c) => c.title)).toEqual(['Ideas']);
  });

  it('decision meeting: a purpose and an agreement whose rule is set (no serious disagreement, at most one 6)', () => {
    const { doc, sections } = board('decision');
    expect(sections.map((s) => s.kind)).toEqual(['purpose', 'agreement']);
    expect(selectPurpose(doc, sections[0]!.id)?.statement).not.toBe('');
    expect(selectAgreement(doc, sections[1]!.id)?.rule).toEqual({ base: 'noSeriousDisagreement', maxAtSix: 1, minVoters: null });
  });

  it('blank: no sections', () => {
    expect(board('blank').sections).toEqual([]);
  });

  it('the seeded content is ordinary content: the purpose text merges with typing, columns change through setColumns', () => {
    const { doc, sections } = board('retrospective');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const statement = (doc.getMap('sections').get(sections[0]!.id) as Y.Map<unknown>).get('statement') as Y.Text;
    const theirs = (peer.getMap('sections').get(sections[0]!.id) as Y.Map<unknown>).get('statement') as Y.Text;
    statement.insert(0, 'Ours: ');
    theirs.insert(theirs.length, ' Theirs.');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(statement.toString()).toBe(theirs.toString());
    expect(statement.toString()).toMatch(/^Ours: Look back .* Theirs\.$/);

    upsertMember(doc, { id: 'member-a', name: 'Ada', color: '#6366f1', at: 2_000 });
    const brainstorm = sections[1]!.id;
    const [, improve] = selectBrainstormSettings(doc, brainstorm)!.columns;
    expect(setColumns(doc, { sectionId: brainstorm, by: 'member-a', at: 3_000, columns: [{ id: improve!.id, title: 'Puzzles' }] }).ok).toBe(true);
    expect(selectBrainstormSettings(doc, brainstorm)?.columns).toEqual([{ id: improve!.id, title: 'Puzzles' }]);
  });
});
