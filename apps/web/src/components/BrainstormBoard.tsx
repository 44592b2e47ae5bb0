/**
 * The columns of a brainstorm, inside one dnd-kit context (pointer and keyboard sensors).
 * Drops become actions: a card onto a card makes (or joins) a group, onto a group joins it,
 * onto a column leaves its group; a group onto a group merges them, onto a column or a loose
 * card moves it there. A card dropped on another card's top or bottom quarter goes before or
 * after it instead (reorder by fractional index); with the keyboard, Alt+arrows on a card's
 * handle reorder. Screen readers hear each step with the card's and the target's names.
 */
import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragMoveEvent } from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cardPlace } from '../actions/cardActions.js';
import { useBoardContext } from '../hooks/boardContext.js';
import { useRunAction } from '../hooks/useAction.js';
import { useBrainstormProgress } from '../hooks/useBrainstormProgress.js';
import { NearViewportContext, NearViewportObserver, scrollParent } from '../hooks/useNearViewport.js';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion.js';
import { useTracked } from '../hooks/useTracked.js';
import type { BrainstormLayout } from '../store/BrainstormStore.js';
import { cardName, type CardMode } from './BrainstormCard.js';
import { BrainstormColumn } from './BrainstormColumn.js';
import { BrainstormAnnounceContext } from './brainstormAnnounce.js';
import { brainstormCollisions, brainstormKeyboardCoordinates, dropEdge, dropEdgeMarker, parseDragId, type DropEdge } from './brainstormDnd.js';

/** The board of `layout` in `phase`. */
export function BrainstormBoard({ layout, phase }: { layout: BrainstormLayout; phase: string }) {
  const { store, actions, member } = useBoardContext();
  const run = useRunAction();
  const reducedMotion = usePrefersReducedMotion();
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const announce = useCallback((text: string) => setSaid(text), []);
  // The edge under the pointer at the last move: dnd-kit hands announcements only active/over.
  const lastEdge = useRef<{ over: string | number | null; edge: DropEdge }>({ over: null, edge: 'onto' });
  const [markDropEdge] = useState(() => dropEdgeMarker());
  const { progress } = useBrainstormProgress(layout.sectionId);
  const myIds = useTracked(() => actions.sealing.getDraftIds(), [actions.sealing]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: brainstormKeyboardCoordinates, scrollBehavior: reducedMotion ? 'auto' : 'smooth' }),
  );
  // Cards register for drag and drop near what the board's scroller shows (useNearViewport).
  const [near] = useState(() => new NearViewportObserver());
  const boardRef = useRef<HTMLDivElement>(null);
  // After the first paint: finding the scroller reads computed styles, which in a layout effect
  // forced the style of the whole new board before its first frame (~50 ms of a 2,000-card board's
  // first screenful); the cards register for drag and drop a frame later.
  useEffect(() => {
    near.attach(scrollParent(boardRef.current));
    return () => near.disconnect();
  }, [near]);
  const mode: CardMode = phase === 'cluster' || phase === 'reveal' ? 'drag' : phase === 'vote' ? 'vote' : phase === 'write' ? 'edit' : 'read';

  // Names for announcements (read untracked, at the moment of the event).
  const nameOf = (id: string | number | undefined): string => {
    const parsed = parseDragId(id as string);
    if (!parsed) return 'nothing';
    if (parsed.type === 'card') return `card “${cardName(store.brainstorm.cards.peek(parsed.id)?.text ?? '')}”`;
    if (parsed.type === 'cluster') return `group “${store.brainstorm.clusters.peek(parsed.id)?.name || 'Unnamed group'}”`;
    return `column “${layout.columns.find((c) => c.id === parsed.id)?.title ?? ''}”`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}. Arrow keys move over cards, groups and columns; Space drops, Escape cancels.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over ${nameOf(over.id)}.` : `${nameOf(active.id)} is over no drop target.`),
    onDragEnd: (event) => {
      const { active, over } = event;
      if (!over) return `Dropped ${nameOf(active.id)} where nothing changes.`;
      const edge = lastEdge.current.over === over.id ? lastEdge.current.edge : 'onto';
      return `Dropped ${nameOf(active.id)} ${edge === 'onto' ? 'onto' : edge} ${nameOf(over.id)}.`;
    },
    onDragCancel: ({ active }) => `Cancelled. ${nameOf(active.id)} stays where it was.`,
  };

  // A drag pauses the near-viewport observer (its per-frame cost), and every way out resumes it.
  const onDragStart = () => near.pause();
  const onDragCancel = () => {
    near.resume();
    markDropEdge(null, null);
  };
  const onDragMove = (event: DragMoveEvent) => {
    const edge = dropEdge(event);
    lastEdge.current = { over: event.over?.id ?? null, edge };
    markDropEdge(event.over?.id ?? null, edge);
  };
  const onDragEnd = (event: DragEndEvent) => {
    near.resume();
    const { active, over } = event;
    const edge = dropEdge(event);
    markDropEdge(null, null);
    const from = parseDragId(active.id as string);
    const to = parseDragId(over?.id as string | undefined);
    if (!from || !to || (from.type === to.type && from.id === to.id)) return;
    const sectionId = layout.sectionId;
    const itemsOf = (columnId: string) => layout.columns.find((c) => c.id === columnId)?.items ?? [];
    const clusterOfCard = (cardId: string) => {
      for (const column of layout.columns) for (const item of column.items) if (item.type === 'cluster' && item.cards.includes(cardId)) return item;
      return null;
    };
    const columnOfItem = (itemId: string) => layout.columns.find((c) => c.items.some((i) => i.id === itemId))?.id ?? null;
    let result: { ok: boolean; error?: string } = { ok: true };
    if (from.type === 'card') {
      const target = to.type === 'card' && edge !== 'onto' ? cardPlace(layout, to.id) : null;
      if (target) {
        // Before / after the target card, in its column or group; indexes leave the moved card out.
        const own = cardPlace(layout, from.id);
        const sameList = own !== null && own.to === target.to && own.id === target.id;
        const index = target.index + (edge === 'after' ? 1 : 0) - (sameList && own.index < target.index ? 1 : 0);
        result = run('moveCard', { sectionId, cardId: from.id }, { to: target.to === 'column' ? { column: target.id, index } : { cluster: target.id, index } });
      } else if (to.type === 'card') result = run('createCluster', { sectionId, cardId: from.id }, { ontoCardId: to.id });
      else if (to.type === 'cluster') {
        const size = layout.columns.flatMap((c) => c.items).find((i) => i.id === to.id && i.type === 'cluster');
        result = run('moveCard', { sectionId, cardId: from.id }, { to: { cluster: to.id, index: size?.type === 'cluster' ? size.cards.length : 0 } });
      } else result = run('moveCard', { sectionId, cardId: from.id }, { to: { column: to.id, index: itemsOf(to.id).length } });
    } else if (from.type === 'cluster') {
      if (to.type === 'cluster') result = run('mergeClusters', { sectionId, clusterId: from.id }, { intoClusterId: to.id });
      else if (to.type === 'card') {
        const host = clusterOfCard(to.id);
        if (host) result = host.id === from.id ? { ok: true } : run('mergeClusters', { sectionId, clusterId: from.id }, { intoClusterId: host.id });
        else {
          const column = columnOfItem(to.id);
          if (column) result = run('moveCluster', { sectionId, clusterId: from.id }, { column, index: itemsOf(column).findIndex((i) => i.id === to.id) });
        }
      } else result = run('moveCluster', { sectionId, clusterId: from.id }, { column: to.id, index: itemsOf(to.id).length });
    }
    setError(result.ok ? null : (result.error ?? null));
  };

  // My drafts per column (write phase): drafts in the document that this device holds the text of,
  // or, in a named section, that carry my id (written on another device).
  const drafts = progress?.draftList ?? [];
  const mine = useMemo(() => new Set(myIds), [myIds]);
  const firstColumn = layout.columns[0]?.id ?? '';
  const perColumn = (columnId: string) => {
    const my: string[] = [];
    let others = 0;
    for (const d of drafts) {
      if ((d.column ?? firstColumn) !== columnId) continue;
      if (mine.has(d.id) || (d.author !== null && d.author === member?.id)) my.push(d.id);
      else others += 1;
    }
    return { my, others };
  };

  return (
    <BrainstormAnnounceContext.Provider value={announce}>
    <NearViewportContext.Provider value={near}>
    <DndContext sensors={sensors} collisionDetection={brainstormCollisions} onDragStart={onDragStart} onDragMove={onDragMove} onDragEnd={onDragEnd} onDragCancel={onDragCancel} accessibility={{ announcements, screenReaderInstructions: { draggable: 'To pick up a card or a group, press Space or Enter. Arrow keys move it over cards, groups and columns; Space drops it (onto a card: a new group), Escape cancels.' } }}>
      {error ? <p className="form-error" role="alert" data-testid="board-error">{error}</p> : null}
      <div ref={boardRef} className="bboard" style={{ ['--columns' as string]: String(layout.columns.length) }} data-testid="brainstorm-board">
        {layout.columns.map((column) => {
          const d = phase === 'write' ? perColumn(column.id) : { my: [] as string[], others: 0 };
          return <BrainstormColumn key={column.id} sectionId={layout.sectionId} column={column} phase={phase} mode={mode} myDrafts={d.my} otherDrafts={d.others} />;
        })}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="brainstorm-announcer">{said}</p>
    </DndContext>
    </NearViewportContext.Provider>
    </BrainstormAnnounceContext.Provider>
  );
}
