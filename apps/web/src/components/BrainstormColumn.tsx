/**
 * One column (prompt) of a brainstorm: its title, a composer (a private card in the write
 * phase, a plain card after the reveal), this member's drafts, how many drafts others have
 * sealed here, and its cards and groups. A drop target for cards and groups. A long column mounts
 * its first screenful of cards at once and the rest in idle-time chunks (`useProgressiveMount`).
 */
import { useDroppable } from '@dnd-kit/core';
import { memo, useState } from 'react';
import { useAction } from '../hooks/useAction.js';
import { useProgressiveMount } from '../hooks/useProgressiveMount.js';
import type { LayoutColumn } from '../store/BrainstormStore.js';
import { BrainstormCard, type CardMode } from './BrainstormCard.js';
import { BrainstormCluster } from './BrainstormCluster.js';
import { CardComposer } from './CardComposer.js';
import { DraftCard } from './DraftCard.js';

/** Column `column` of section `sectionId` in `phase`; `myDrafts`/`otherDrafts` are for the write phase. */
export const BrainstormColumn = memo(function BrainstormColumn({ sectionId, column, phase, mode, myDrafts, otherDrafts }: {
  sectionId: string;
  column: LayoutColumn;
  phase: string;
  mode: CardMode;
  myDrafts: readonly string[];
  otherDrafts: number;
}) {
  const target = { sectionId, column: column.id };
  const saveDraft = useAction('saveDraft', target);
  const addCard = useAction('addCard', target);
  const drop = useDroppable({ id: `column:${column.id}`, disabled: mode !== 'drag' });
  const [notice, setNotice] = useState<string | null>(null);
  // A long column renders its first screenful at once and the rest in idle chunks (the count above counts all).
  const mounted = useProgressiveMount(column.items.length);
  const writing = phase === 'write';
  const add = writing ? saveDraft : addCard;
  const showComposer = phase === 'write' || phase === 'reveal' || phase === 'cluster';

  return (
    <section ref={drop.setNodeRef} className={`bcolumn${drop.isOver ? ' bcolumn--over' : ''}`} aria-label={column.title} data-testid="column" data-column-id={column.id} data-drag-id={mode === 'drag' ? `column:${column.id}` : undefined}>
      <header className="bcolumn__header">
        <h3 className="bcolumn__title">{column.title}</h3>
        <span className="bcolumn__count" aria-label={`${column.items.length} items`}>{column.items.length}</span>
      </header>
      {showComposer ? (
        <CardComposer
          label={writing ? `Add a private card to ${column.title}` : `Add a card to ${column.title}`}
          submitLabel={writing ? 'Add privately' : 'Add'}
          disabled={add.disabled}
          reason={add.reason}
          onSubmit={(text) => {
            const result = add.run({ text });
            setNotice(result.ok && writing ? 'Sealed: only you can read it until the reveal.' : null);
            return result.ok ? null : result.error;
          }}
        />
      ) : null}
      {notice && writing ? <p className="bcolumn__notice" role="status">{notice}</p> : null}
      {writing && otherDrafts > 0 ? (
        <p className="bcolumn__sealed" data-testid="column-sealed">{otherDrafts} sealed {otherDrafts === 1 ? 'card' : 'cards'} from others</p>
      ) : null}
      {myDrafts.length > 0 ? (
        <ul className="bcolumn__items" aria-label={`Your private cards in ${column.title}`}>
          {myDrafts.map((id) => <DraftCard key={id} sectionId={sectionId} draftId={id} />)}
        </ul>
      ) : null}
      <ul className="bcolumn__items" aria-label={`Cards in ${column.title}`}>
        {column.items.slice(0, mounted).map((item) =>
          item.type === 'card'
            ? <BrainstormCard key={item.id} sectionId={sectionId} cardId={item.id} mode={mode} />
            : <BrainstormCluster key={item.id} sectionId={sectionId} clusterId={item.id} cards={item.cards} mode={mode} />,
        )}
      </ul>
      {column.items.length === 0 && myDrafts.length === 0 && !writing ? <p className="bcolumn__empty muted">No cards yet</p> : null}
    </section>
  );
});
