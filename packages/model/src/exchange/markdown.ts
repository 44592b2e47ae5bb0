/**
 * The Markdown summary of a board (issue 12): its purpose and who endorsed it, each
 * brainstorm's clusters and cards with their votes, each agreement round with a text histogram
 * and its verdict, the outcome and the commitments, the leadership summary and the session
 * log (in the sentences the web app's session log shows, `logSentence.ts`). Pure: reads the
 * document through the model's readers, no DOM.
 */
import type * as Y from 'yjs';
import { KIND_LABELS, type SectionKind } from '../catalog.js';
import { selectLog, selectMembers, selectMeta } from '../core/readers.js';
import { selectSections, type SectionView } from '../sections/readers.js';
import { selectAgreement } from '../kinds/agreement/agreementReaders.js';
import { DECISION_LABELS } from '../kinds/agreement/agreementSchema.js';
import { describeRule } from '../kinds/agreement/rules.js';
import { selectResults } from '../kinds/brainstorm/resultsReaders.js';
import { selectBrainstormSettings } from '../kinds/brainstorm/readers.js';
import { selectPurpose } from '../kinds/purpose/readers.js';
import { resolveLeadChanges } from '../sections/leadership.js';
import { selectLeadershipSummary } from '../session/leadershipSummary.js';
import { listOf, mdInline, mdQuote, plural, textHistogram, utcClock, utcTime } from './exportText.js';
import { leadershipMarkdown } from './leadershipText.js';
import { logSentence, titlesFromLog, type LogLookup } from './logSentence.js';

const PROMPT_LABELS = { why: 'Why are we here?', forWhom: 'For whom?', success: 'What does success look like?' } as const;

type Name = (id: string | null | undefined) => string;

function purposeMarkdown(doc: Y.Doc, section: SectionView, name: Name): string[] {
  const purpose = selectPurpose(doc, section.id);
  if (!purpose) return [];
  const out: string[] = [purpose.statement.trim() ? mdQuote(purpose.statement) : '_No statement yet._', ''];
  for (const [key, label] of Object.entries(PROMPT_LABELS) as [keyof typeof PROMPT_LABELS, string][]) {
    const text = purpose.prompts[key].trim();
    if (text) out.push(`- **${label}** ${mdInline(text)}`);
  }
  if (out.at(-1) !== '') out.push('');
  const current = purpose.endorsements.filter((e) => e.current).map((e) => mdInline(name(e.memberId)));
  const earlier = purpose.endorsements.filter((e) => !e.current).map((e) => mdInline(name(e.memberId)));
  out.push(current.length > 0 ? `Endorsed by ${listOf(current)}.` : 'Nobody has endorsed this text yet.');
  if (earlier.length > 0) out.push(`${listOf(earlier)} endorsed an earlier text.`);
  if (purpose.versions.length > 0) out.push(`Saved versions: ${purpose.versions.map((v) => mdInline(v.name)).join(', ')}.`);
  return out;
}

function brainstormMarkdown(doc: Y.Doc, section: SectionView, name: Name): string[] {
  const results = selectResults(doc, section.id);
  const settings = selectBrainstormSettings(doc, section.id);
  if (!results || !settings) return [];
  const out: string[] = [];
  if (settings.columns.length > 1) out.push(`Prompts: ${settings.columns.map((c) => mdInline(c.title)).join(' · ')}`, '');
  const voted = results.tally ? ` ${plural(results.tally.ballots, 'member')} voted${results.tally.voters ? ` (${listOf(results.tally.voters.map((v) => mdInline(name(v))))})` : ''}.` : ' The vote has not been counted.';
  const cards = results.items.reduce((n, item) => n + (item.type === 'card' ? 1 : item.cards.length), 0);
  out.push(`${plural(cards, 'card')}, ${plural(results.items.filter((i) => i.type === 'cluster').length, 'cluster')}.${voted}`, '');
  if (results.items.length === 0) return [...out, '_No cards._'];
  const author = (id: string | null) => (id === null ? '' : ` — ${mdInline(name(id))}`);
  results.items.forEach((item, i) => {
    if (item.type === 'cluster') {
      out.push(`${i + 1}. **${mdInline(item.cluster.name || 'Unnamed cluster')}** — ${plural(item.votes, 'vote')}`);
      for (const c of item.cards) out.push(`    - ${mdInline(c.card.text)} (${plural(c.votes, 'vote')})${author(c.card.author)}`);
    } else {
      out.push(`${i + 1}. ${mdInline(item.card.text)} — ${plural(item.votes, 'vote')}${author(item.card.author)}`);
    }
  });
  return out;
}

function agreementMarkdown(doc: Y.Doc, section: SectionView, name: Name): string[] {
  const agreement = selectAgreement(doc, section.id);
  if (!agreement) return [];
  const out: string[] = [agreement.proposal?.text.trim() ? `**Proposal:** ${mdInline(agreement.proposal.text)}` : '_No proposal yet._', '', `**Decision rule:** ${describeRule(agreement.rule)}`];
  for (const round of agreement.rounds) {
    out.push('', `### Round ${round.number}${round.rule ? ` — ${describeRule(round.rule)}` : ''}`, '');
    if (round.proposal.trim() && round.proposal !== agreement.proposal?.text) out.push(`Proposal voted on: ${mdInline(round.proposal)}`, '');
    if (!round.result) {
      out.push(`Voting is open: ${plural(round.ballotCount, 'ballot')} in.`);
      continue;
    }
    out.push(`${plural(round.result.ballots, 'ballot')}${round.anonymous ? ' (anonymous)' : ''}:`, '', '```text', textHistogram(round.result.counts), '```', '');
    if (round.verdict) out.push(`**${round.verdict.summary}.**`.replace('..', '.'));
    const concerns = round.result.votes.filter((v) => v.comment.trim());
    for (const vote of concerns) out.push(`- ${vote.level} — ${mdInline(vote.comment)}${vote.voter ? ` (${mdInline(name(vote.voter))})` : ''}`);
  }
  if (agreement.outcome) {
    const o = agreement.outcome;
    out.push('', `**Outcome: ${DECISION_LABELS[o.decision]}**${o.note.trim() ? ` — ${mdInline(o.note)}` : ''} (recorded by ${mdInline(name(o.by))}, ${utcTime(o.at)})`);
  }
  if (agreement.commitments.length > 0) {
    out.push('', '### Commitments', '');
    for (const c of agreement.commitments) {
      const state = c.state === 'proposed' ? ' _(proposed, not accepted yet)_' : c.state === 'declined' ? ' _(declined)_' : '';
      out.push(`- [${c.doneAt !== null ? 'x' : ' '}] ${mdInline(name(c.owner))} will ${mdInline(c.text)}${c.due.trim() ? ` by ${mdInline(c.due)}` : ''}${state}`);
    }
  }
  return out;
}

/** Each kind's section body (a new kind that lacks one fails to type-check). */
const SECTION_MARKDOWN: Readonly<Record<SectionKind, (doc: Y.Doc, section: SectionView, name: Name) => string[]>> = {
  purpose: purposeMarkdown,
  brainstorm: brainstormMarkdown,
  agreement: agreementMarkdown,
};

/** The board as a Markdown document, as of `at` (ms; open leads count up to it). */
export function exportMarkdown(doc: Y.Doc, args: { at: number }): string {
  const meta = selectMeta(doc);
  const members = selectMembers(doc);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const name: Name = (id) => (id === null || id === undefined ? 'Roundtable' : (names.get(id) ?? 'Someone'));
  const sections = selectSections(doc);
  const titles = new Map(sections.map((s) => [s.id, s.title]));
  const out: string[] = [`# ${mdInline(meta.title)}`, ''];
  out.push(`Exported ${utcTime(args.at)} · ${plural(members.length, 'member')}${members.length > 0 ? `: ${listOf(members.map((m) => mdInline(m.name)))}` : ''}`);
  for (const section of sections) {
    // Readers skip sections of unknown kinds, so every section here has a label.
    out.push('', `## ${KIND_LABELS[section.kind]}: ${mdInline(section.title)}`, '');
    out.push(...SECTION_MARKDOWN[section.kind](doc, section, name));
  }
  out.push('', leadershipMarkdown(selectLeadershipSummary(doc, { until: args.at })));
  const log = selectLog(doc);
  out.push('', '## Session log', '');
  if (log.length === 0) out.push('_Empty._');
  // The sentences the app's session log shows: live titles, else those the log remembers.
  const remembered = titlesFromLog(log);
  const lookup: LogLookup = {
    memberName: (id) => names.get(id) ?? null,
    sectionTitle: (id) => titles.get(id) ?? remembered.get(id) ?? null,
    leadChanges: resolveLeadChanges(log, sections),
  };
  for (const entry of log) {
    const sentence = logSentence(entry, lookup);
    out.push(`- ${utcTime(entry.at).slice(0, 10) === utcTime(args.at).slice(0, 10) ? utcClock(entry.at) : utcTime(entry.at)} ${mdInline(sentence)}`);
  }
  return `${out.join('\n')}\n`;
}
