/**
 * The session summary (issue 12), for the end of a session and for anyone returning to the
 * board: how collective the leadership was (headline, a timeline of leads per section, how the
 * lead moved), what each member contributed, and downloads: the Markdown summary, which holds
 * the same leadership summary, and each revealed round's histogram as SVG or PNG.
 */
import { leadershipHeadline } from '@roundtable/model';
import { useState } from 'react';
import { useAction } from '../hooks/useAction.js';
import { useRevealedRounds, useSessionSummary } from '../hooks/useSessionSummary.js';
import type { RevealedRound } from '../store/SessionSummaryStore.js';
import { ContributionTable } from './ContributionTable.js';
import { Dialog } from './Dialog.js';
import { Icon } from './Icon.js';
import { LeadershipTimeline } from './LeadershipTimeline.js';

/** The dialog; mount it only while open (it re-reads the board on every change). */
export function SessionSummaryDialog({ onClose }: { onClose: () => void }) {
  const summary = useSessionSummary();
  const rounds = useRevealedRounds();
  const markdown = useAction('exportBoard', { format: 'md' });
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Dialog open title="Session summary" description="How the group led and contributed in this session." onClose={onClose} width={680} testId="session-summary">
      {/* Scrolls on small screens: focusable, so keyboard users can scroll it too. */}
      <div className="session-summary" role="region" aria-label="Summary" tabIndex={0}>
        <div className="session-summary__headline" data-testid="summary-headline">
          {leadershipHeadline(summary).map((line) => <p key={line}>{line}</p>)}
        </div>
        <LeadershipTimeline summary={summary} />
        <ContributionTable summary={summary} />
        {rounds.length > 0 ? (
          <section className="session-summary__rounds" aria-label="Agreement rounds">
            <h3 className="session-summary__subtitle">Agreement rounds</h3>
            <ul>
              {rounds.map((round) => <RoundDownloads key={round.roundId} round={round} onMessage={setMessage} />)}
            </ul>
          </section>
        ) : null}
        <p className="session-summary__status" role="status">{message ?? ''}</p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="btn btn--ghost" onClick={onClose}>Close</button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => {
            const result = markdown.run();
            setMessage(result.ok ? `Downloaded ${result.value}.` : result.error);
          }}
        >
          <Icon name="download" /> Download summary (Markdown)
        </button>
      </div>
    </Dialog>
  );
}

/** SVG and PNG buttons for one revealed round. */
function RoundDownloads({ round, onMessage }: { round: RevealedRound; onMessage: (text: string) => void }) {
  const svg = useAction('exportHistogram', { sectionId: round.sectionId, roundId: round.roundId, format: 'svg' });
  const png = useAction('exportHistogram', { sectionId: round.sectionId, roundId: round.roundId, format: 'png' });
  const name = `${round.sectionTitle}, round ${round.number}`;
  const run = (bound: typeof svg) => {
    const result = bound.run();
    if (!result.ok) return onMessage(result.error);
    void result.value.then((done) => onMessage(done.ok ? `Downloaded ${done.value}.` : done.error));
  };
  return (
    <li className="session-summary__round">
      <span><Icon name="chart" /> {name}</span>
      <span className="session-summary__round-buttons">
        <button type="button" className="btn btn--ghost btn--small" aria-label={`Histogram of ${name} as SVG`} onClick={() => run(svg)}>SVG</button>
        <button type="button" className="btn btn--ghost btn--small" aria-label={`Histogram of ${name} as PNG`} onClick={() => run(png)}>PNG</button>
      </span>
    </li>
  );
}
