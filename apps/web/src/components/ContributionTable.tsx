/** What each member contributed in the session: sections led, cards, votes, endorsements, commitments. */
import type { LeadershipSummary } from '@roundtable/model';

const COLUMNS = [
  ['sectionsLed', 'Led'],
  ['cards', 'Cards'],
  ['votes', 'Votes'],
  ['endorsements', 'Endorsed'],
  ['commitments', 'Committed'],
] as const;
// On a phone the rows become lines ("Led 1 · Endorsed 1"): `data-label` names each count there.

/** One row per member; a count of zero reads as a dash, so who did what stands out. */
export function ContributionTable({ summary }: { summary: LeadershipSummary }) {
  return (
    <table className="contributions" data-testid="contributions">
      <caption className="contributions__caption">What each member contributed</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          {COLUMNS.map(([key, label]) => <th key={key} scope="col" className="contributions__num">{label}</th>)}
        </tr>
      </thead>
      <tbody>
        {summary.members.map((m) => (
          <tr key={m.memberId}>
            <th scope="row">
              <span className="contributions__swatch" style={{ background: m.color ?? '#64748b' }} aria-hidden="true" />
              {m.name}
            </th>
            {COLUMNS.map(([key, label]) => (
              <td key={key} className={`contributions__num${m[key] === 0 ? ' is-zero' : ''}`} data-label={label}>
                {m[key] === 0 ? <span aria-label="none">–</span> : m[key]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
