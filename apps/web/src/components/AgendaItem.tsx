/**
 * One agenda row: drag handle, the section (select to open), its lead, its running timer,
 * who is looking at it, and rename / move up / move down / remove. Subscribes to its own section only, so a remote
 * change to another section does not re-render it.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { moveSection, removeSection, renameSection } from '@roundtable/model';
import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useMembers } from '../hooks/useMembers.js';
import { useSection } from '../hooks/useSection.js';
import { useSectionTitle } from '../hooks/useSectionTitle.js';
import { useViewers } from '../hooks/useViewers.js';
import { phaseLabel } from '../kinds.js';
import { titleProblem } from '../titleText.js';
import { AgendaTimer } from './AgendaTimer.js';
import { Avatar } from './Avatar.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { Icon } from './Icon.js';
import { KindChip } from './KindChip.js';
import { TitleCounter } from './TitleCounter.js';

/** A title as the model stores it (spaces collapsed, ends trimmed). */
const titleText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first word of a name, for tight spots (the full name is in the tooltip). */
const firstName = (name: string) => name.split(' ')[0] ?? name;

/** Props of an agenda row. */
export interface AgendaItemProps {
  id: string;
  index: number;
  count: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** Drag and drop for the rows: off until the rows have been painted once (see `AgendaPanel`). */
export interface AgendaDnd {
  ready: boolean;
  /** Turn drag and drop on now (a handle got focus before it was on), focusing `id`'s handle. */
  request: (id: string) => void;
  /** The id whose handle should take focus when its sortable handle mounts. */
  focusId: { current: string | null };
}

/**
 * An agenda row. Split so dnd-kit's context changes (every row registering itself, every
 * drag move) re-render only the handle (`SortableHandle`), and so the first render of a large
 * board creates no sortables at all: until `dnd.ready` the handle is a plain button
 * (`PlainHandle`), then it swaps to the sortable one. The handle is the only child that
 * changes type, so the row's content (`AgendaRowContent`, memo'd on stable props) keeps its
 * identity and is not remounted.
 *
 * The row actions (rename, move up/down, remove: ~13 DOM nodes) exist only while the row is
 * hovered, has focus inside or is selected; they are still shown by CSS on hover/focus-visible.
 * Focus entering the row renders them before the next Tab, so they stay keyboard reachable.
 */
export const AgendaItem = memo(function AgendaItem({ id, index, count, selected, onSelect, dnd }: AgendaItemProps & { dnd: AgendaDnd }) {
  const { role } = useBoardContext();
  const title = useSectionTitle(id);
  const canEdit = role === 'edit';
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const rowRef = useRef<HTMLLIElement>(null);

  if (title === null) return null;

  return (
    <li
      ref={rowRef}
      aria-label={title}
      aria-current={selected ? 'true' : undefined}
      data-testid="agenda-item"
      className={`agenda-item${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      {canEdit ? (
        dnd.ready ? (
          <SortableHandle id={id} title={title} disabled={renaming !== null} rowRef={rowRef} onDragging={setDragging} focusId={dnd.focusId} />
        ) : (
          <PlainHandle id={id} title={title} request={dnd.request} />
        )
      ) : null}
      <AgendaRowContent id={id} index={index} count={count} selected={selected} onSelect={onSelect} renaming={renaming} setRenaming={setRenaming} actions={hovered || focused || selected} />
    </li>
  );
});

/** The handle before drag and drop is on: looks the same; focusing it turns drag and drop on. */
function PlainHandle({ id, title, request }: { id: string; title: string; request: (id: string) => void }) {
  return (
    <button type="button" className="agenda-item__handle" aria-label={`Reorder ${title}`} aria-roledescription="sortable" onFocus={() => request(id)} onPointerDown={() => request(id)}>
      <Icon name="grip" />
    </button>
  );
}

/**
 * The sortable handle: registers the row (`rowRef`) with dnd-kit and moves it while dragged.
 * The row's transform is written to its style directly, so a drag move re-renders only this.
 */
function SortableHandle({ id, title, disabled, rowRef, onDragging, focusId }: {
  id: string;
  title: string;
  disabled: boolean;
  rowRef: RefObject<HTMLLIElement | null>;
  onDragging: (dragging: boolean) => void;
  focusId: { current: string | null };
}) {
  const sortable = useSortable({ id, disabled });
  const { setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = sortable;
  const handleRef = useRef<HTMLButtonElement | null>(null);

  // The row is found from the handle, not only from `rowRef`: a row added after load mounts
  // together with this handle, and a child's layout effect runs before its parent's ref is
  // attached, so `rowRef.current` is still null here (the row never registered and could not be
  // dragged until a reload).
  useLayoutEffect(() => {
    setNodeRef(rowRef.current ?? handleRef.current?.closest('li') ?? null);
    if (focusId.current === id) {
      focusId.current = null;
      handleRef.current?.focus();
    }
    return () => setNodeRef(null);
  }, [setNodeRef, rowRef, focusId, id]);

  useLayoutEffect(() => {
    const row = rowRef.current ?? handleRef.current?.closest('li');
    if (!row) return;
    row.style.transform = CSS.Transform.toString(transform) ?? '';
    row.style.transition = transition ?? '';
  }, [rowRef, transform, transition]);

  useLayoutEffect(() => onDragging(isDragging), [onDragging, isDragging]);

  return (
    <button
      ref={(el) => {
        handleRef.current = el;
        setActivatorNodeRef(el);
      }}
      type="button"
      className="agenda-item__handle"
      aria-label={`Reorder ${title}`}
      {...sortable.attributes}
      {...sortable.listeners}
    >
      <Icon name="grip" />
    </button>
  );
}

/** What a row shows besides its handle: the section button, or the rename field, and the row actions. */
const AgendaRowContent = memo(function AgendaRowContent({ id, index, count, selected, onSelect, renaming, setRenaming, actions }: AgendaItemProps & {
  /** Render the row actions: only for the hovered, focused or selected row (see `AgendaItem`). */
  actions: boolean;
  renaming: string | null;
  setRenaming: (title: string | null) => void;
}) {
  const { connection, role, member } = useBoardContext();
  const section = useSection(id);
  const viewers = useViewers(id);
  const members = useMembers();
  const canEdit = role === 'edit';
  const [confirming, setConfirming] = useState(false);
  const [renameError, setRenameError] = useState<string | null>(null);
  const renameDone = useRef(false);
  const mainRef = useRef<HTMLButtonElement>(null);

  if (!section) return null;
  const doc = connection.doc;
  const lead = section.lead ? members.find((m) => m.id === section.lead) : undefined;

  const startRename = () => {
    renameDone.current = false;
    setRenaming(section.title);
  };
  // Enter with an empty or too long title keeps the field open with the reason; leaving the
  // field (blur, Escape) with one cancels, keeping the title as it was.
  const endRename = (how: 'enter' | 'blur' | 'cancel') => {
    if (renameDone.current || renaming === null) return;
    const problem = titleProblem(renaming, 'section');
    if (how === 'enter' && problem) return setRenameError(problem);
    renameDone.current = true;
    if (how !== 'cancel' && !problem && titleText(renaming) !== section.title) renameSection(doc, id, renaming);
    setRenameError(null);
    setRenaming(null);
    requestAnimationFrame(() => mainRef.current?.focus());
  };

  return (
    <>
      {renaming !== null ? (
        <span className="agenda-item__rename-field">
          <input
            className="input agenda-item__rename"
            aria-label="Rename section"
            aria-invalid={renameError ? true : undefined}
            aria-describedby={`rename-${id}-count rename-${id}-error`}
            data-testid="rename-section-input"
            value={renaming}
            autoFocus
            onFocus={(e) => e.target.select()}
            onChange={(e) => {
              setRenaming(e.target.value);
              setRenameError(null);
            }}
            onBlur={() => endRename('blur')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') endRename('enter');
              if (e.key === 'Escape') endRename('cancel');
            }}
          />
          <TitleCounter id={`rename-${id}-count`} text={renaming} />
          {renameError ? <span id={`rename-${id}-error`} className="form-error" role="alert">{renameError}</span> : null}
        </span>
      ) : (
        <button ref={mainRef} type="button" className="agenda-item__main" onClick={() => onSelect(id)} aria-pressed={selected}>
          <KindChip kind={section.kind} />
          <span className="agenda-item__text">
            <span className="agenda-item__title">{section.title}</span>
            <span className="agenda-item__meta">
              <span data-testid="agenda-phase">{phaseLabel(section.phase)}</span>
              {lead ? (
                <span className="agenda-item__lead" data-testid="agenda-lead">
                  <Avatar name={lead.name} color={lead.color} size={14} />
                  <span title={`Led by ${lead.name}`}>{lead.id === member?.id ? 'You' : firstName(lead.name)}</span>
                </span>
              ) : null}
              <AgendaTimer timer={section.timer} />
            </span>
          </span>
          {viewers.length > 0 ? (
            <span className="agenda-item__viewers">
              <span className="visually-hidden">, viewed by {viewers.map((v) => v.name).join(', ')}</span>
              {viewers.slice(0, 3).map((v) => <Avatar key={v.memberId} name={v.name} color={v.color} size={20} />)}
            </span>
          ) : null}
        </button>
      )}
      {canEdit && renaming === null && (actions || confirming) ? (
        <span className="agenda-item__actions">
          <button type="button" className="icon-btn icon-btn--sm" aria-label={`Rename ${section.title}`} title="Rename" onClick={startRename}>
            <Icon name="edit" size={14} />
          </button>
          <button type="button" className="icon-btn icon-btn--sm" aria-label={`Move ${section.title} up`} title="Move up" disabled={index === 0} onClick={() => moveSection(doc, id, index - 1)}>
            <Icon name="up" size={14} />
          </button>
          <button type="button" className="icon-btn icon-btn--sm" aria-label={`Move ${section.title} down`} title="Move down" disabled={index >= count - 1} onClick={() => moveSection(doc, id, index + 1)}>
            <Icon name="down" size={14} />
          </button>
          <button type="button" className="icon-btn icon-btn--sm icon-btn--danger" aria-label={`Remove ${section.title}`} title="Remove" onClick={() => setConfirming(true)}>
            <Icon name="trash" size={14} />
          </button>
        </span>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          open
          title="Remove this section?"
          description={<>“{section.title}” and everything in it will be removed for everyone. You can undo this with Ctrl+Z.</>}
          confirmLabel="Remove section"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            removeSection(doc, { sectionId: id, by: member?.id ?? null, at: connection.clock.now() });
          }}
        />
      ) : null}
    </>
  );
});
