/**
 * Who led which section and when: one row per section, a track over the session's span with a
 * segment per lead in the member's colour (initials when there is room), the time led at the
 * end. Each row says the same in words for assistive tech; the segments are decoration.
 */
import { formatDuration, type LeadershipSummary } from '@roundtable/model';
import { colorName } from '../colorNames.js';
import { inkOn } from '../colorInk.js';
import { initials } from '../storage/member.js';

const clock = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The timeline of leads per section. */
export function LeadershipTimeline({ summary }: { summary: LeadershipSummary }) {
  const start = summary.from ?? summary.until;
  const span = Math.max(1, summary.until - start);
  const members = new Map(summary.members.map((m) => [m.memberId, m]));
  const at = (ms: number) => Math.min(100, Math.max(0, ((ms - start) / span) * 100));
  return (
    <figure className="lead-timeline" aria-labelledby="lead-timeline-caption">
      <figcaption id="lead-timeline-caption" className="lead-timeline__caption">Who led each section</figcaption>
      <ul className="lead-timeline__rows">
        {summary.sections.map((section) => {
          const words = section.leads.length === 0 ? 'nobody led it' : section.leads.map((l) => `${members.get(l.memberId)?.name ?? 'Someone'} for ${formatDuration(l.ms)}`).join(', ');
          return (
            <li key={section.sectionId} className="lead-timeline__row" data-testid="lead-timeline-row">
              <span className="lead-timeline__title" title={section.title}>
                {section.title}
                {section.onBoard ? null : <span className="lead-timeline__removed"> (removed)</span>}
              </span>
              <span className="lead-timeline__track" aria-hidden="true">
                {section.spans.map((s, i) => {
                  const member = members.get(s.memberId);
                  const color = member?.color ?? '#64748b';
                  const left = at(s.from);
                  const width = Math.max(0.8, at(s.to ?? summary.until) - left);
                  return (
                    <span
                      key={i}
                      className="lead-timeline__span"
                      style={{ left: `${left}%`, width: `${width}%`, background: color, color: inkOn(color) }}
                      title={`${member?.name ?? 'Someone'}: ${clock(s.from)}–${s.to === null ? 'now' : clock(s.to)}`}
                    >
                      {width > 9 ? initials(member?.name ?? '?') : ''}
                    </span>
                  );
                })}
              </span>
              <span className="lead-timeline__total">{section.leads.length === 0 ? '—' : formatDuration(section.ledMs)}</span>
              <span className="visually-hidden">{`${section.title}: ${words}.`}</span>
            </li>
          );
        })}
      </ul>
      <div className="lead-timeline__axis" aria-hidden="true">
        <span>{clock(start)}</span>
        <span>{clock(summary.until)}</span>
      </div>
      <ul className="lead-timeline__legend" aria-label="Colours">
        {summary.members.filter((m) => m.sectionsLed > 0).map((m) => (
          <li key={m.memberId}>
            <span className="lead-timeline__swatch" style={{ background: m.color ?? '#64748b' }} aria-hidden="true" />
            {m.name} <span className="visually-hidden">({colorName(m.color ?? '#64748b')})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
