/**
 * One agenda row: drag handle, the section (select to open), its lead, its running timer,
 * who is looking at it, and rename / move up / move down / remove. Subscribes to its own section only, so a remote
 * change to another section does not re-render it.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { MAX_TITLE_LENGTH } from '@roundtable/model';
import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useAction } from '../hooks/useAction.js';
import { useMember } from '../hooks/useMember.js';
import { useSection } from '../hooks/useSection.js';
import { useSectionTitle } from '../hooks/useSectionTitle.js';
import { useViewers } from '../hooks/useViewers.js';
import { phaseLabel } from '../kinds.js';
import { AgendaTimer } from './AgendaTimer.js';
import { Avatar } from './Avatar.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { Icon } from './Icon.js';
import { KindChip } from './KindChip.js';

/** The first word of a name, for tight spots (the full name is in the tooltip). */
const firstName = (name: string) => name.split(' ')[0] ?? name;

/** Props of an agenda row. */
export interface AgendaItemProps {
  id: string;
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
export const AgendaItem = memo(function AgendaItem({ id, selected, onSelect, dnd }: AgendaItemProps & { dnd: AgendaDnd }) {
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
      <AgendaRowContent id={id} selected={selected} onSelect={onSelect} renaming={renaming} setRenaming={setRenaming} actions={hovered || focused || selected} />
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

  useLayoutEffect(() => {
    setNodeRef(rowRef.current);
    if (focusId.current === id) {
      focusId.current = null;
      handleRef.current?.focus();
    }
    return () => setNodeRef(null);
  }, [setNodeRef, rowRef, focusId, id]);

  useLayoutEffect(() => {
    const row = rowRef.current;
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
const AgendaRowContent = memo(function AgendaRowContent({ id, selected, onSelect, renaming, setRenaming, actions }: AgendaItemProps & {
  /** Render the row actions: only for the hovered, focused or selected row (see `AgendaItem`). */
  actions: boolean;
  renaming: string | null;
  setRenaming: (title: string | null) => void;
}) {
  const { role, member } = useBoardContext();
  const section = useSection(id);
  const viewers = useViewers(id);
  const lead = useMember(section?.lead);
  const canEdit = role === 'edit';
  const [confirming, setConfirming] = useState(false);
  const mainRef = useRef<HTMLButtonElement>(null);

  if (!section) return null;

  return (
    <>
      {renaming !== null ? (
        <RenameField
          id={id}
          title={section.title}
          value={renaming}
          onChange={setRenaming}
          onDone={() => {
            setRenaming(null);
            requestAnimationFrame(() => mainRef.current?.focus());
          }}
        />
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
        <RowActions id={id} onRename={() => setRenaming(section.title)} confirming={confirming} setConfirming={setConfirming} />
      ) : null}
    </>
  );
});

/** The rename field of a row: Enter or blur saves (through the renameSection action), Escape cancels. */
function RenameField({ id, title, value, onChange, onDone }: {
  id: string;
  title: string;
  value: string;
  onChange: (value: string) => void;
  onDone: () => void;
}) {
  const rename = useAction('renameSection', { sectionId: id });
  const done = useRef(false);
  const end = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save && value.trim() && value.trim() !== title) rename.run({ title: value });
    onDone();
  };
  return (
    <input
      className="input agenda-item__rename"
      aria-label="Rename section"
      data-testid="rename-section-input"
      value={value}
      maxLength={MAX_TITLE_LENGTH}
      autoFocus
      onFocus={(e) => e.target.select()}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => end(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') end(true);
        if (e.key === 'Escape') end(false);
      }}
    />
  );
}

/** Rename / move up / move down / remove for one row, each a registered action. */
function RowActions({ id, onRename, confirming, setConfirming }: {
  id: string;
  onRename: () => void;
  confirming: boolean;
  setConfirming: (open: boolean) => void;
}) {
  const target = { sectionId: id };
  const rename = useAction('renameSection', target);
  const up = useAction('moveSectionUp', target);
  const down = useAction('moveSectionDown', target);
  const remove = useAction('removeSection', target);
  const question = confirming ? remove.confirmation() : null;
  return (
    <>
      <span className="agenda-item__actions">
        <button type="button" className="icon-btn icon-btn--sm" aria-label={rename.label} title="Rename" disabled={rename.disabled} onClick={onRename}>
          <Icon name="edit" size={14} />
        </button>
        <button type="button" className="icon-btn icon-btn--sm" aria-label={up.label} title={up.reason ?? 'Move up'} disabled={up.disabled} onClick={() => up.run()}>
          <Icon name="up" size={14} />
        </button>
        <button type="button" className="icon-btn icon-btn--sm" aria-label={down.label} title={down.reason ?? 'Move down'} disabled={down.disabled} onClick={() => down.run()}>
          <Icon name="down" size={14} />
        </button>
        <button
          type="button"
          className="icon-btn icon-btn--sm icon-btn--danger"
          aria-label={remove.label}
          title="Remove"
          disabled={remove.disabled}
          onClick={() => (remove.confirmation() ? setConfirming(true) : remove.run())}
        >
          <Icon name="trash" size={14} />
        </button>
      </span>
      {question ? (
        <ConfirmDialog
          open
          title={question.title}
          description={question.description}
          confirmLabel={question.confirmLabel}
          tone={question.tone}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            remove.run();
          }}
        />
      ) : null}
    </>
  );
}
