/**
 * CSV exports of a board's cards and commitments (RFC 4180: comma-separated, CRLF line ends,
 * a field quoted when it holds a comma, a quote or a line break, quotes doubled). A field that
 * a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with a single quote, as OWASP advises for CSV injection.
 */
import type * as Y from 'yjs';
import { selectMembers } from '../core/readers.js';
import { selectSections } from '../sections/readers.js';
import { selectCommitments } from '../kinds/agreement/agreementReaders.js';
import { selectResults } from '../kinds/brainstorm/resultsReaders.js';
import { selectBrainstormSettings } from '../kinds/brainstorm/readers.js';

/** One CSV field, quoted and guarded as needed. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text (a header row first), CRLF after every row. */
export function csvRows(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const iso = (ms: number | null): string | null => (ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString());

/** Every card of every brainstorm: section, prompt, cluster, text, author, votes, created. Ranked as in the results. */
export function exportCardsCsv(doc: Y.Doc): string {
  const names = new Map(selectMembers(doc).map((m) => [m.id, m.name]));
  const rows: (string | number | null)[][] = [['Section', 'Prompt', 'Cluster', 'Card', 'Author', 'Votes', 'Created (UTC)']];
  for (const section of selectSections(doc)) {
    if (section.kind !== 'brainstorm') continue;
    const results = selectResults(doc, section.id);
    const columns = new Map((selectBrainstormSettings(doc, section.id)?.columns ?? []).map((c) => [c.id, c.title]));
    for (const item of results?.items ?? []) {
      const cards = item.type === 'card' ? [{ card: item.card, votes: item.votes }] : item.cards;
      const cluster = item.type === 'cluster' ? item.cluster.name || 'Unnamed cluster' : null;
      const column = item.type === 'cluster' ? item.cluster.column : item.card.column;
      for (const { card, votes } of cards) {
        const author = card.author === null ? null : (names.get(card.author) ?? 'Someone');
        rows.push([section.title, columns.get(column ?? '') ?? null, cluster, card.text, author, votes, iso(card.createdAt)]);
      }
    }
  }
  return csvRows(rows);
}

/** Every commitment: section, owner, text, due, state, done, proposed by, created. */
export function exportCommitmentsCsv(doc: Y.Doc): string {
  const names = new Map(selectMembers(doc).map((m) => [m.id, m.name]));
  const titles = new Map(selectSections(doc).map((s) => [s.id, s.title]));
  const rows: (string | number | null)[][] = [['Section', 'Owner', 'Commitment', 'Due', 'State', 'Done (UTC)', 'Written by', 'Created (UTC)']];
  for (const c of selectCommitments(doc)) {
    rows.push([titles.get(c.sectionId) ?? null, names.get(c.owner) ?? 'Someone', c.text, c.due || null, c.state, iso(c.doneAt), names.get(c.createdBy) ?? 'Someone', iso(c.createdAt)]);
  }
  return csvRows(rows);
}
