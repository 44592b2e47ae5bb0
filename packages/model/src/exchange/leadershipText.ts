/**
 * The leadership summary (session/leadershipSummary.ts) in words: the headline sentences the
 * web app's session summary and the Markdown export both show, and its Markdown section.
 */
import type { LeadershipSummary } from '../session/leadershipSummary.js';
import { duration, mdInline, plural, utcClock } from './exportText.js';

/** Names by member id (members of the summary; unknown ids read as "Someone"). */
export function summaryNames(summary: LeadershipSummary): (id: string | null) => string {
  const names = new Map(summary.members.map((m) => [m.memberId, m.name]));
  return (id) => (id === null ? 'nobody' : (names.get(id) ?? 'Someone'));
}

/**
 * The headline: "3 of 4 members led a section; the lead changed hands 5 times." and "4 of 4
 * members contributed: 12 cards, 9 votes, 3 endorsements, 2 commitments."
 */
export function leadershipHeadline(summary: LeadershipSummary): string[] {
  const t = summary.totals;
  const lines: string[] = [];
  if (t.leads === 0) lines.push('Nobody took the lead of a section.');
  else {
    const share = t.topLeadShare === null ? '' : t.leads > 1 ? ` The longest-leading member held ${Math.round(t.topLeadShare * 100)}% of the led time.` : '';
    const moved = t.handovers === 0 ? 'nobody took over or handed on a lead' : t.handovers === 1 ? 'the lead changed hands once' : `the lead changed hands ${t.handovers} times`;
    lines.push(`${t.leads} of ${plural(t.members, 'member')} led a section; ${moved}.${share}`);
  }
  lines.push(
    `${t.contributors} of ${plural(t.members, 'member')} contributed: ${plural(t.cards, 'card')}, ${plural(t.votes, 'vote')}, ${plural(t.endorsements, 'endorsement')}, ${plural(t.commitments, 'commitment')}.`,
  );
  return lines;
}

/** The summary as a Markdown section ("## Leadership summary" and its tables). */
export function leadershipMarkdown(summary: LeadershipSummary): string {
  const name = summaryNames(summary);
  const titles = new Map(summary.sections.map((s) => [s.sectionId, s.title]));
  const out: string[] = ['## Leadership summary', '', ...leadershipHeadline(summary).flatMap((line) => [line, ''])];
  out.push('| Section | Led by | Time led |', '| --- | --- | --- |');
  for (const section of summary.sections) {
    const leads = section.leads.length === 0 ? 'nobody' : section.leads.map((l) => `${mdInline(name(l.memberId))} (${duration(l.ms)})`).join(', ');
    out.push(`| ${mdInline(section.title)}${section.onBoard ? '' : ' (removed)'} | ${leads} | ${section.leads.length === 0 ? '—' : duration(section.ledMs)} |`);
  }
  out.push('', '| Member | Sections led | Cards | Votes | Endorsements | Commitments |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const m of summary.members) {
    out.push(`| ${mdInline(m.name)} | ${m.sectionsLed} | ${m.cards} | ${m.votes} | ${m.endorsements} | ${m.commitments} |`);
  }
  const t = summary.totals;
  if (t.anonymousCards + t.anonymousVotes > 0) out.push('', `Anonymous: ${plural(t.anonymousCards, 'card')} and ${plural(t.anonymousVotes, 'vote')} carry no name.`);
  if (summary.moves.length > 0) {
    out.push('', '### How the lead moved', '');
    for (const move of summary.moves) {
      const section = mdInline(titles.get(move.sectionId) ?? 'a section');
      const who = mdInline(name(move.to ?? move.from));
      const text =
        move.how === 'steppedBack'
          ? `${who} stepped back from ${section}`
          : move.how === 'removed'
            ? `${section} was removed while ${who} led it`
            : move.from === null
              ? `${who} took the lead of ${section}`
              : `${who} ${move.how === 'accepted' ? 'accepted' : 'took'} the lead of ${section} from ${mdInline(name(move.from))}`;
      out.push(`- ${utcClock(move.at)} ${text}`);
    }
  }
  return out.join('\n');
}

