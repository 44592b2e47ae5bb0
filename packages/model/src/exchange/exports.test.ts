import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { appendLog } from '../core/log.js';
import { selectLog, selectMembers } from '../core/readers.js';
import { createUndoManager, undo } from '../core/undo.js';
import { removeSection } from '../sections/agenda.js';
import { selectLeadChanges, takeLead } from '../sections/leadership.js';
import { nextPhase } from '../sections/phases.js';
import { selectSections } from '../sections/readers.js';
import { addTime, startTimer } from '../sections/timer.js';
import { MINUTE, STATEMENT, T0, sessionBoard } from '../testing/sessionBoard.js';
import { MEMBERS, boardWithMembers } from '../testing/board.js';
import { createPeers } from '../testing/peers.js';
import { csvField, csvRows, exportCardsCsv, exportCommitmentsCsv } from './csv.js';
import { histogramSvg } from './histogramSvg.js';
import { exportMarkdown } from './markdown.js';
import { mdInline, textHistogram } from './exportText.js';
import { logSentence, titlesFromLog, type LogLookup } from './logSentence.js';

/** RFC 4180 reader, to check that what we write parses back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), (i += 1);
    } else field += c;
  }
  return rows;
}

describe('the Markdown export', () => {
  const markdown = () => exportMarkdown(sessionBoard().doc, { at: T0 + 60 * MINUTE });

  it('holds the purpose and its endorsers, clusters with votes, the round histogram and verdict, the outcome and commitments', () => {
    const md = markdown();
    expect(md).toContain(`> ${STATEMENT}`);
    expect(md).toContain('Endorsed by Member a and Member b.');
    expect(md).toContain('1. **Reviews** — 5 votes\n    - Smaller pull requests, please (3 votes) — Member b');
    expect(md).toContain('```text\n1 Whole-hearted endorsement ');
    expect(md).toMatch(/7 Serious disagreement +█+ 1\n/);
    expect(md).toContain('**Rule not met: 1 serious disagreement (7).**');
    expect(md).toContain('**Outcome: Adopted** — from Monday (recorded by Member a, 2026-11-20 09:36 UTC)');
    expect(md).toContain('- [ ] Member b will write the checklist by Friday');
    expect(md).toContain('- [ ] Member c will book the room');
  });

  it('holds the leadership summary and the session log', () => {
    const md = markdown();
    expect(md).toContain('## Leadership summary\n\n3 of 3 members led a section; the lead changed hands 2 times.');
    expect(md).toContain('| Ideas | Member c (40 min), Member b (15 min) | 55 min |');
    expect(md).toContain('- 09:31 Member a accepted the lead of Do we agree? from Member c');
    expect(md).toContain('## Session log\n\n- 09:00 Roundtable created the board “Board”');
    expect(md).toContain('- 09:40 Member a stepped back from leading Shared purpose');
    expect(md).not.toContain('secret draft');
  });

  it("tells the session log in the sentences the app's session log shows, for the same records", () => {
    // Two members take the lead of Ideas at once; a timer, a phase undone, a removed section and
    // a record by a member the board has forgotten.
    const [A, B, C] = MEMBERS;
    const { doc: base, sectionIds } = boardWithMembers();
    const [purposeId, ideasId, agreementId] = sectionIds as [string, string, string];
    const { docs, deliverShuffled } = createPeers(2, base);
    const [doc, other] = docs as [Y.Doc, Y.Doc];
    expect(takeLead(doc, { sectionId: ideasId, by: A, at: T0 }).ok).toBe(true);
    expect(takeLead(other, { sectionId: ideasId, by: B, at: T0 }).ok).toBe(true);
    deliverShuffled(1);
    const lead = selectSections(doc).find((s) => s.id === ideasId)?.lead as string;
    expect(startTimer(doc, { sectionId: ideasId, by: lead, at: T0 + MINUTE, durationMs: 90_000 }).ok).toBe(true);
    expect(addTime(doc, { sectionId: ideasId, by: lead, at: T0 + MINUTE, ms: 300_000 }).ok).toBe(true);
    const manager = createUndoManager(doc);
    expect(nextPhase(doc, { sectionId: purposeId, by: C, at: T0 + 2 * MINUTE }).ok).toBe(true);
    expect(undo(manager, { by: C, at: T0 + 2 * MINUTE }).ok).toBe(true);
    expect(removeSection(doc, { sectionId: agreementId, by: C, at: T0 + 3 * MINUTE }).ok).toBe(true);
    doc.transact(() => appendLog(doc, { at: T0 + 4 * MINUTE, by: 'member-gone', type: 'lead.offered', sectionId: agreementId, to: A }));

    const md = exportMarkdown(doc, { at: T0 + 5 * MINUTE });
    const exported = md.split('## Session log\n\n')[1]!.trimEnd().split('\n').map((line) => line.replace(/^- (\d{4}-\d\d-\d\d )?\d\d:\d\d( UTC)? /, ''));
    // The lookup the app's log builds: names as the board knows them, live titles else the ones
    // the log remembers, and the model's reading of concurrent takes.
    const log = selectLog(doc);
    const names = new Map(selectMembers(doc).map((m) => [m.id, m.name]));
    const titles = new Map(selectSections(doc).map((s) => [s.id, s.title]));
    const remembered = titlesFromLog(log);
    const lookup: LogLookup = {
      memberName: (id) => names.get(id) ?? null,
      sectionTitle: (id) => titles.get(id) ?? remembered.get(id) ?? null,
      leadChanges: selectLeadChanges(doc),
    };
    const sentences = log.map((e) => logSentence(e, lookup));
    expect(exported).toEqual(sentences.map(mdInline));

    const [winner, loser] = lead === A ? ['Member a', 'Member b'] : ['Member b', 'Member a'];
    // The two takes, in the order Yjs merged them.
    const takes = log
      .filter((e) => e.type === 'lead.taken')
      .map((e) => (e.by === lead ? `${winner} took the lead of Ideas from ${loser}` : `${loser} took the lead of Ideas at the same time as ${winner}, who kept it`));
    expect(sentences).toEqual([
      'Roundtable created the board “Board”',
      ...takes,
      `${winner} started a 1 min 30 s timer on Ideas`,
      `${winner} added 5 min to the timer of Ideas`,
      'Member c moved Shared purpose to the Review phase',
      'Member c undid moving to the next phase',
      'Member c removed “Do we agree?”',
      'Someone offered the lead of Do we agree? to Member a',
    ]);
  });

  it('makes user text inert: no headings, HTML or list items from a card', () => {
    const md = markdown();
    expect(md).toContain('2. \\# A "quoted", \\<b\\>bold\\</b\\> idea =SUM(1) — 1 vote — Member c');
    expect(md).not.toContain('<b>');
  });

  it('reads an empty board without failing', () => {
    const md = exportMarkdown(boardWithMembers().doc, { at: 5 });
    expect(md).toContain('_No statement yet._');
    expect(md).toContain('Nobody took the lead of a section.');
  });
});

describe('the CSV exports', () => {
  it('quote commas, quotes and line breaks, and guard formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvRows([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });

  it('list every card with its cluster and votes, and every commitment, parsing back to the same fields', () => {
    const { doc } = sessionBoard();
    const cards = parseCsv(exportCardsCsv(doc));
    expect(cards[0]).toEqual(['Section', 'Prompt', 'Cluster', 'Card', 'Author', 'Votes', 'Created (UTC)']);
    expect(cards.slice(1).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      ['Reviews', 'Smaller pull requests, please', 'Member b', '3'],
      ['Reviews', 'Pair on reviews', 'Member a', '2'],
      ['', '# A "quoted", <b>bold</b> idea\n=SUM(1)', 'Member c', '1'],
    ]);
    const commitments = parseCsv(exportCommitmentsCsv(doc));
    expect(commitments.slice(1).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Member b', 'write the checklist', 'Friday', 'active'],
      ['Member c', 'book the room', '', 'active'],
    ]);
  });
});

describe('the histogram', () => {
  it('as SVG: eight bars with their counts, the title escaped', () => {
    const svg = histogramSvg({ counts: [1, 1, 0, 0, 0, 0, 1, 0], title: 'Round 1 <of> "Do we agree?"', subtitle: 'Rule not met' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="t">Round 1 &lt;of&gt; &quot;Do we agree?&quot;</title>');
    expect(svg.match(/<rect x=/g)).toHaveLength(8);
    expect(svg).toContain('7 Serious disagreement: 1');
    expect(svg).not.toContain('<of>');
  });

  it('as text: one line per level, bars scaled to the largest count', () => {
    const lines = textHistogram([4, 2, 0, 0, 0, 0, 0, 1], 8).split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/████████ 4$/);
    expect(lines[1]).toMatch(/████ +2$/);
    expect(lines[7]).toMatch(/██ +1$/);
  });
});
