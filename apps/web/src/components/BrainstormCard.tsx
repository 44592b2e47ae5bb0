/**
 * One brainstorm card, memo'd and reading its own record (`useBrainstormCard`): a remote edit
 * of another card does not render it. Shows the text, the author (nothing when anonymous),
 * and per phase: edit / colour / delete, dragging onto cards, groups and columns (cluster
 * phase), or dot controls (vote phase).
 */
import { CARD_COLOURS, type CardColour } from '@roundtable/model';
import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useAction, useActionHandle, useRunAction } from '../hooks/useAction.js';
import { useBrainstormCard } from '../hooks/useBrainstormCard.js';
import { useMember } from '../hooks/useMember.js';
import { useIsNew } from '../hooks/useVisit.js';
import { useNearViewport } from '../hooks/useNearViewport.js';
import { NewMarker } from './NewMarker.js';
import { Avatar } from './Avatar.js';
import { CardDndBinding, NO_DND, type CardDnd } from './CardDndBinding.js';
import { useBrainstormAnnounce } from './brainstormAnnounce.js';
import { CardComposer } from './CardComposer.js';
import { DotControls } from './DotControls.js';
import { Icon } from './Icon.js';

/** What a card shows beside its text in the current phase. */
export type CardMode = 'edit' | 'drag' | 'vote' | 'read';

/** First words of a card, for labels and announcements. */
export const cardName = (text: string) => (text.length > 48 ? `${text.slice(0, 48).trimEnd()}…` : text);

/** The card with `cardId` in section `sectionId`. */
export const BrainstormCard = memo(function BrainstormCard({ sectionId, cardId, mode }: { sectionId: string; cardId: string; mode: CardMode }) {
  const card = useBrainstormCard(cardId);
  const isNew = useIsNew('card', cardId);
  const author = useMember(card?.author ?? null);
  // One tracked availability: deleting and recolouring follow the same rule as editing (cardChanger).
  const edit = useAction('editCard', { sectionId, cardId });
  const remove = useActionHandle('deleteCard', { sectionId, cardId });
  const colour = useActionHandle('setCardColour', { sectionId, cardId });
  const run = useRunAction();
  const announce = useBrainstormAnnounce();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nodeRef = useRef<HTMLLIElement>(null);
  const [dnd, setDnd] = useState<CardDnd>(NO_DND);
  const [focusWithin, setFocusWithin] = useState(false);
  // Registered for drag and drop only near the visible part of the board (and while dragged).
  const near = useNearViewport(nodeRef, mode === 'drag' || mode === 'edit');
  const bound = mode === 'drag' && (near || dnd.isDragging);
  // Far from the visible part (over a screen away) a card shows its text and author only: its
  // buttons are most of its DOM and of the fibers React walks on every drag move on a 2,000-card
  // board. They appear as it comes near, so keyboard focus (always on screen) always finds them,
  // and stay while the card holds focus, is edited or dragged, or shows an error.
  const controls = near || focusWithin || editing || dnd.isDragging || error !== null;
  const pickColour = useCallback((color: CardColour) => {
    const result = colour.run({ color });
    setError(result.ok ? null : result.error);
  }, [colour]);
  if (!card) return null;
  const name = cardName(card.text);
  // Alt+ArrowUp/Down on the handle moves the card one place in its column or group (pointer
  // users drop onto a card's top or bottom edge); every other key goes to dnd-kit's sensor.
  const onHandleKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const result = run('nudgeCard', { sectionId, cardId }, { by: event.key === 'ArrowUp' ? -1 : 1 });
      announce(result.ok ? `Moved card “${name}” to position ${result.value.position} of ${result.value.of}.` : result.error);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"] .bcard__handle`)?.focus());
      return;
    }
    dnd.listeners?.onKeyDown?.(event);
  };

  return (
    <li
      ref={nodeRef}
      className={`bcard card-${card.color}${dnd.isDragging ? ' bcard--dragging' : ''}${dnd.isOver ? ' bcard--over' : ''}`}
      data-testid="card"
      data-card-id={cardId}
      data-drag-id={mode === 'drag' ? `card:${cardId}` : undefined}
      aria-label={name}
      onFocus={() => setFocusWithin(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusWithin(false);
      }}
    >
      {isNew ? <NewMarker /> : null}
      {bound ? <CardDndBinding id={`card:${cardId}`} nodeRef={nodeRef} onState={setDnd} /> : null}
      {editing ? (
        <CardComposer
          label="Card text"
          submitLabel="Save"
          initial={card.text}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={(text) => {
            const result = edit.run({ text });
            if (result.ok) setEditing(false);
            return result.ok ? null : result.error;
          }}
        />
      ) : (
        <p className="bcard__text" id={textId(cardId)} data-testid="card-text">{card.text}</p>
      )}
      <div className="bcard__footer">
        {author ? (
          <span className="bcard__author" data-testid="card-author">
            <Avatar name={author.name} color={author.color} size={18} />
            <span className="bcard__author-name" title={author.name}>{author.name}</span>
          </span>
        ) : <span />}
        {controls && (mode === 'edit' || mode === 'drag') && !edit.disabled && !editing ? (
          <span className="bcard__actions">
            <button type="button" className="btn btn--ghost btn--sm btn--icon" aria-label={`Edit card: ${name}`} onClick={() => setEditing(true)}>
              <Icon name="edit" size={14} />
            </button>
            <ColourPicker current={card.color} cardId={cardId} onPick={pickColour} />
            <button type="button" className="btn btn--ghost btn--sm btn--icon" aria-label={`Delete card: ${name}`} onClick={() => {
              const result = remove.run();
              setError(result.ok ? null : result.error);
            }}>
              <Icon name="trash" size={14} />
            </button>
          </span>
        ) : null}
        {controls && mode === 'drag' ? (
          <button type="button" className="bcard__handle btn btn--ghost btn--sm btn--icon" aria-label={`Drag card: ${name}`} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" {...dnd.listeners} {...dnd.attributes} onKeyDown={onHandleKeyDown}>
            <Icon name="grip" size={14} />
          </button>
        ) : null}
      </div>
      {mode === 'vote' ? <DotControls sectionId={sectionId} targetId={cardId} name={name} /> : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </li>
  );
});

/** The id of a card's text element (the colour picker's name points at it). */
const textId = (cardId: string) => `card-text-${cardId}`;

/**
 * Colour swatches behind one small button (a native <details> disclosure, keyboard friendly).
 * The swatches exist only while it is open: seven buttons per card are most of a closed card's
 * DOM on a 2,000-card board (bench B5b). Named "Colour of card" plus the card's text by
 * reference, so an edit of the text does not re-render it (a remote edit renders the card only).
 */
const ColourPicker = memo(function ColourPicker({ current, cardId, onPick }: { current: CardColour; cardId: string; onPick: (c: CardColour) => void }) {
  const [open, setOpen] = useState(false);
  const labelId = `colour-of-${cardId}`;
  return (
    <details className="colour-picker" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="colour-picker__summary btn btn--ghost btn--sm btn--icon" aria-labelledby={`${labelId} ${textId(cardId)}`}>
        <span id={labelId} className="visually-hidden">Colour of card:</span>
        <span className={`colour-picker__dot card-${current}`} aria-hidden="true" />
      </summary>
      {open ? (
        <div className="colour-picker__menu" role="group" aria-label="Card colours">
          {CARD_COLOURS.map((c) => (
            <button key={c} type="button" className={`colour-picker__swatch card-${c}`} aria-label={c} aria-pressed={c === current} onClick={(e) => {
              onPick(c);
              (e.currentTarget.closest('details') as HTMLDetailsElement | null)?.removeAttribute('open');
            }} />
          ))}
        </div>
      ) : null}
    </details>
  );
});
