/**
 * A brainstorm section's content: the seal badge and what may be known of sealed items, the
 * lead's controls (reveal, close the vote, setup), then the board or, after the tally, the
 * results.
 */
import type { SectionView } from '@roundtable/model';
import { useState } from 'react';
import type { SectionCallResult } from '../actions/index.js';
import { useAction } from '../hooks/useAction.js';
import { useBrainstormLayout } from '../hooks/useBrainstormLayout.js';
import { useBrainstormProgress } from '../hooks/useBrainstormProgress.js';
import { useMyDots } from '../hooks/useSealing.js';
import { BrainstormBoard } from './BrainstormBoard.js';
import { BrainstormResults } from './BrainstormResults.js';
import { BrainstormSetup } from './BrainstormSetup.js';
import { SealBadge } from './SealBadge.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The content of brainstorm `section`. */
export function BrainstormSection({ section }: { section: SectionView }) {
  const layout = useBrainstormLayout(section.id);
  const { progress, members } = useBrainstormProgress(section.id);
  const mine = useMyDots(section.id);
  const reveal = useAction('revealDrafts', { sectionId: section.id });
  const close = useAction('closeVote', { sectionId: section.id });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  if (!layout) return null;
  const phase = section.phase;
  const { budget } = layout.settings.votes;
  const placed = Object.values(mine.dots).reduce((a, b) => a + b, 0);

  const callRelay = async (bound: typeof reveal, done: (r: Extract<SectionCallResult, { ok: true }>) => string) => {
    const started = bound.run();
    if (!started.ok) return setMessage({ tone: 'error', text: started.error });
    setBusy(true);
    const result = await started.value;
    setBusy(false);
    setMessage(result.ok ? { tone: 'ok', text: done(result) } : { tone: 'error', text: result.error });
  };

  const drafts = progress?.drafts;
  const status =
    phase === 'write'
      ? drafts && drafts.drafts > 0
        ? drafts.authors === null ? `${plural(drafts.drafts, 'draft')}` : `${plural(drafts.drafts, 'draft')} from ${plural(drafts.authors, 'person', 'people')}`
        : 'No drafts yet'
      : phase === 'vote'
        ? `${progress?.voted ?? 0} of ${members} have voted`
        : null;

  return (
    <div className="brainstorm" data-testid="brainstorm">
      <div className="brainstorm__bar">
        <SealBadge />
        {status ? <span className="brainstorm__status" data-testid="brainstorm-status" aria-live="polite">{status}</span> : null}
        {layout.settings.anonymous ? <span className="brainstorm__chip" data-testid="anonymous-chip">Anonymous</span> : null}
        {phase === 'vote' ? (
          <span className="brainstorm__dots" data-testid="dots-left" aria-live="polite">{`You have ${budget - placed} of ${budget} dots left`}</span>
        ) : null}
        <span className="brainstorm__spacer" />
        {phase === 'write' || phase === 'reveal' ? (
          <button type="button" className="btn btn--primary btn--sm" disabled={reveal.disabled || busy} title={reveal.reason ?? 'Open every sealed card for everyone'} onClick={() => void callRelay(reveal, (r) => `Revealed ${plural(r.count, 'card')}${r.skipped ? ` (${r.skipped} could not be opened)` : ''}.`)}>
            {busy ? 'Revealing…' : 'Reveal cards'}
          </button>
        ) : null}
        {phase === 'vote' ? (
          <button type="button" className="btn btn--primary btn--sm" disabled={close.disabled || busy} title={close.reason ?? undefined} onClick={() => void callRelay(close, (r) => `Counted ${plural(r.count, 'ballot')}.`)}>
            {busy ? 'Counting…' : 'Close vote and count'}
          </button>
        ) : null}
      </div>
      {reveal.disabled && (phase === 'write' || phase === 'reveal') && reveal.reason ? <p className="brainstorm__hint muted">{reveal.reason}</p> : null}
      {message ? <p className={message.tone === 'error' ? 'form-error' : 'brainstorm__ok'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="brainstorm-message">{message.text}</p> : null}
      <BrainstormSetup sectionId={section.id} layout={layout} phase={phase} />
      {phase === 'results' ? <BrainstormResults sectionId={section.id} /> : <BrainstormBoard layout={layout} phase={phase} />}
    </div>
  );
}
