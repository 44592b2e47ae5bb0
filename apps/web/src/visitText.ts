/**
 * "Since your last visit" in words: the news grouped by section, one line per kind
 * ("Grace Hopper and Ada Lovelace added 3 cards"). Pure: names and titles come in through a
 * lookup, so a forgotten member reads as "Someone".
 */
import type { VisitChange, VisitChangeKind } from '@roundtable/model';

/** Names of members by id (null when unknown). */
export type NameOf = (memberId: string) => string | null;

/** One section's news. */
export interface VisitSectionSummary {
  sectionId: string;
  lines: string[];
  count: number;
}

const KIND_ORDER: readonly VisitChangeKind[] = ['purpose', 'endorsement', 'card', 'vote', 'decision', 'commitment', 'lead'];

/** "Ada", "Ada and Grace", "Ada, Grace and 2 others"; anonymous writes count as "Someone". */
export function names(ids: readonly (string | null)[], nameOf: NameOf): string {
  const list: string[] = [];
  let anonymous = false;
  for (const id of ids) {
    const name = id === null ? null : nameOf(id);
    if (name === null) anonymous = true;
    else if (!list.includes(name)) list.push(name);
  }
  if (list.length === 0) return 'Someone';
  if (anonymous) list.push('others');
  if (list.length <= 2) return list.join(' and ');
  if (list.length === 3) return `${list[0]}, ${list[1]} and ${list[2]}`;
  return `${list[0]}, ${list[1]} and ${list.length - 2} others`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

function leadLine(change: VisitChange, nameOf: NameOf): string {
  const who = names([change.by], nameOf);
  if (change.detail === 'lead.steppedBack') return `${who} stepped back from leading`;
  if (change.detail === 'lead.accepted') return `${who} accepted the lead`;
  return `${who} took the lead`;
}

/** The lines for one kind of news in one section. */
function linesFor(kind: VisitChangeKind, changes: readonly VisitChange[], nameOf: NameOf): string[] {
  const by = changes.map((c) => c.by);
  switch (kind) {
    case 'purpose':
      return ['The purpose text was edited'];
    case 'endorsement':
      return [`${names(by, nameOf)} endorsed the purpose`];
    case 'card':
      return [`${names(by, nameOf)} added ${plural(changes.length, 'card')}`];
    case 'vote':
      return [`${names(by, nameOf)} voted`];
    case 'decision':
      return changes.map((c) => `Decision recorded: ${c.detail}`);
    case 'commitment':
      return changes.length === 1
        ? [`${names(by, nameOf)} committed: ${quote((changes[0] as VisitChange).detail)}`]
        : [`${names(by, nameOf)} made ${plural(changes.length, 'commitment')}`];
    case 'lead':
      return changes.map((c) => leadLine(c, nameOf));
  }
}

/** The news by section, in the order the changes come (agenda order), lines in a fixed kind order. */
export function summarizeVisit(changes: readonly VisitChange[], nameOf: NameOf): VisitSectionSummary[] {
  const bySection = new Map<string, VisitChange[]>();
  for (const change of changes) {
    const list = bySection.get(change.sectionId) ?? [];
    list.push(change);
    bySection.set(change.sectionId, list);
  }
  return [...bySection].map(([sectionId, list]) => ({
    sectionId,
    count: list.length,
    lines: KIND_ORDER.flatMap((kind) => {
      const ofKind = list.filter((c) => c.kind === kind);
      return ofKind.length === 0 ? [] : linesFor(kind, ofKind, nameOf);
    }),
  }));
}

/** "3 changes in 2 sections" for the summary's heading line. */
export function visitHeadline(summary: readonly VisitSectionSummary[]): string {
  const total = summary.reduce((n, s) => n + s.count, 0);
  return `${plural(total, 'change')} in ${plural(summary.length, 'section')}`;
}
