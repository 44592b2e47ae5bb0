/**
 * A readable word diff: removed words struck through in red, added words underlined in green,
 * each also announced as "removed:"/"added:" to screen readers (colour is never the only cue).
 */
import { diffSummary, wordDiff } from '@roundtable/model';
import { memo, useMemo } from 'react';

/** The changes from `before` to `after`, with a one-line summary. */
export const WordDiffView = memo(function WordDiffView({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  const { added, removed } = diffSummary(parts);
  return (
    <figure className="word-diff" aria-label={label}>
      <figcaption className="word-diff__summary">
        {added === 0 && removed === 0 ? 'No changes' : `${added} word${added === 1 ? '' : 's'} added, ${removed} removed`}
      </figcaption>
      <p className="word-diff__text" data-testid="word-diff">
        {parts.map((part, i) =>
          part.type === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.type === 'added' ? (
            <ins key={i} className="word-diff__added"><span className="visually-hidden">added: </span>{part.text}</ins>
          ) : (
            <del key={i} className="word-diff__removed"><span className="visually-hidden">removed: </span>{part.text}</del>
          ),
        )}
      </p>
    </figure>
  );
});
