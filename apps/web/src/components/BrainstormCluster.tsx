/**
 * A group of cards: an inline-editable name, its cards, "Ungroup" (cards go back to their
 * columns), a drag handle to drop the whole group onto another (merge) or a column (move),
 * and the group's own dots in the vote phase. A big group mounts its cards progressively, as a
 * column does.
 */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { MAX_CLUSTER_NAME } from '@roundtable/model';
import { memo, useState } from 'react';
import { useAction } from '../hooks/useAction.js';
import { useBrainstormCluster } from '../hooks/useBrainstormCluster.js';
import { useProgressiveMount } from '../hooks/useProgressiveMount.js';
import { BrainstormCard, type CardMode } from './BrainstormCard.js';
import { DotControls } from './DotControls.js';
import { Icon } from './Icon.js';
import { InlineEdit } from './InlineEdit.js';

/** Group `clusterId` with `cards` (ids, in order). */
export const BrainstormCluster = memo(function BrainstormCluster({ sectionId, clusterId, cards, mode }: { sectionId: string; clusterId: string; cards: readonly string[]; mode: CardMode }) {
  const cluster = useBrainstormCluster(clusterId);
  const rename = useAction('renameCluster', { sectionId, clusterId });
  const ungroup = useAction('removeCluster', { sectionId, clusterId });
  const [error, setError] = useState<string | null>(null);
  const mounted = useProgressiveMount(cards.length);
  const drag = useDraggable({ id: `cluster:${clusterId}`, disabled: mode !== 'drag' });
  const drop = useDroppable({ id: `cluster:${clusterId}`, disabled: mode !== 'drag' });
  const name = cluster?.name || 'Unnamed group';
  const style = drag.transform ? { transform: `translate3d(${drag.transform.x}px, ${drag.transform.y}px, 0)` } : undefined;
  const editable = mode === 'drag' || mode === 'edit';

  return (
    <li
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      className={`bcluster${drag.isDragging ? ' bcard--dragging' : ''}${drop.isOver && !drag.isDragging ? ' bcluster--over' : ''}`}
      style={style}
      data-testid="cluster"
      data-cluster-id={clusterId}
      data-drag-id={mode === 'drag' ? `cluster:${clusterId}` : undefined}
      aria-label={`Group: ${name}`}
    >
      <div className="bcluster__header">
        <Icon name="group" size={14} />
        <InlineEdit
          as="h4"
          className="bcluster__name"
          value={name}
          testId="cluster-name"
          label="Group name"
          editLabel={`name group ${name}`}
          readOnly={!editable || rename.disabled}
          validate={(next) => (next.trim().length > MAX_CLUSTER_NAME ? `A group name has at most ${MAX_CLUSTER_NAME} characters` : null)}
          onSave={(value) => {
            const result = rename.run({ name: value });
            return result.ok ? null : result.error;
          }}
        />
        <span className="bcluster__count">{cards.length}</span>
        {mode === 'drag' ? (
          <>
            <button type="button" className="btn btn--ghost btn--sm btn--icon" aria-label={`Drag group: ${name}`} {...drag.listeners} {...drag.attributes}>
              <Icon name="grip" size={14} />
            </button>
            <button type="button" className="btn btn--ghost btn--sm" disabled={ungroup.disabled} onClick={() => {
              const result = ungroup.run();
              setError(result.ok ? null : result.error);
            }}>Ungroup</button>
          </>
        ) : null}
      </div>
      {mode === 'vote' ? <DotControls sectionId={sectionId} targetId={clusterId} name={name} /> : null}
      <ul className="bcluster__cards">
        {cards.slice(0, mounted).map((id) => <BrainstormCard key={id} sectionId={sectionId} cardId={id} mode={mode} />)}
      </ul>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </li>
  );
});
