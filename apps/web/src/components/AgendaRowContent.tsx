/**
 * What an agenda row shows: the section button (kind, title, phase, lead, timer, viewers; also
 * the drag handle) or the rename field, the "More actions" menu and the row's dialogs (remove,
 * offer the lead). Keys on the section button: F2 rename, Alt+ArrowUp/Down move, Delete remove.
 * Every change goes through a registered action (renameSection, moveSectionUp/Down,
 * removeSection with its confirmation, offerLead); menu items are inert with the action's reason.
 */
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { phaseLabel } from '@roundtable/model';
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { useBoardContext } from '../hooks/boardContext.js';
import { useActionHandle, type ActionHandle } from '../hooks/useAction.js';
import { useMember } from '../hooks/useMember.js';
import { useSection } from '../hooks/useSection.js';
import { useViewers } from '../hooks/useViewers.js';
import { titleProblem } from '../titleText.js';
import { SectionNewCount } from './SectionNewCount.js';
import { AgendaTimer } from './AgendaTimer.js';
import { Avatar } from './Avatar.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { Icon } from './Icon.js';
import { KindChip } from './KindChip.js';
import { MenuButton, type MenuItem } from './MenuButton.js';
import { OfferLeadDialog } from './OfferLeadDialog.js';
import { TitleCounter } from './TitleCounter.js';

/** What dnd-kit hands the section button once drag and drop is on (see `SortableBinding`). */
export interface RowBinding {
  listeners: DraggableSyntheticListeners;
  attributes: DraggableAttributes;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
}

/** The keys of the row's actions, as `aria-keyshortcuts` says them. */
const KEYS = { rename: 'F2', up: 'Alt+ArrowUp', down: 'Alt+ArrowDown', remove: 'Delete' } as const;

/** The first word of a name, for tight spots (the full name is in the tooltip). */
const firstName = (name: string) => name.split(' ')[0] ?? name;

/** A title as the model stores it (spaces collapsed, ends trimmed). */
const titleText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Focuses a row's control after a re-render (a moved row's DOM node may have been re-inserted). */
function focusRow(id: string, control: 'main' | 'more'): void {
  requestAnimationFrame(() => {
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="agenda-item"]')].find((r) => r.dataset.sectionId === id);
    row?.querySelector<HTMLElement>(control === 'main' ? '.agenda-item__main' : '.agenda-item__more')?.focus();
  });
}

/** The row's content: memo'd on stable props, so drag moves and other rows' changes skip it. */
export const AgendaRowContent = memo(function AgendaRowContent({ id, selected, onSelect, announce, renaming, setRenaming, binding, requestDnd }: {
  id: string;
  selected: boolean;
  onSelect: (id: string) => void;
  announce: (message: string) => void;
  renaming: string | null;
  setRenaming: (title: string | null) => void;
  /** dnd-kit's listeners and attributes for the section button, once drag and drop is on. */
  binding: RowBinding | null;
  /** Turns drag and drop on (before it is on, for editors). */
  requestDnd: (() => void) | null;
}) {
  const { role, member, store } = useBoardContext();
  const section = useSection(id);
  const viewers = useViewers(id);
  const lead = useMember(section?.lead);
  const target = { sectionId: id };
  // Checked when the menu opens or a key is pressed: rows subscribe to nothing for them.
  const rename = useActionHandle('renameSection', target);
  const up = useActionHandle('moveSectionUp', target);
  const down = useActionHandle('moveSectionDown', target);
  const remove = useActionHandle('removeSection', target);
  const offer = useActionHandle('offerLead', target);
  const canEdit = role === 'edit';
  const [confirming, setConfirming] = useState(false);
  const [offering, setOffering] = useState(false);
  const [renameError, setRenameError] = useState<string | null>(null);
  const renameDone = useRef(false);
  const mainRef = useRef<HTMLButtonElement>(null);

  if (!section) return null;
  const me = member?.id ?? null;
  const question = confirming ? remove.confirmation() : null;

  const startRename = () => {
    if (rename.reason() !== null) return;
    renameDone.current = false;
    setRenameError(null);
    setRenaming(section.title);
  };
  // Enter with an empty or too long title keeps the field open with the reason; leaving the
  // field (blur, Escape) with one cancels, keeping the title as it was.
  const endRename = (how: 'enter' | 'blur' | 'cancel') => {
    if (renameDone.current || renaming === null) return;
    const problem = titleProblem(renaming, 'section');
    if (how === 'enter' && problem) return setRenameError(problem);
    if (how !== 'cancel' && !problem && titleText(renaming) !== section.title) {
      const result = rename.run({ title: renaming });
      if (!result.ok && how === 'enter') return setRenameError(result.error);
    }
    renameDone.current = true;
    setRenameError(null);
    setRenaming(null);
    focusRow(id, 'main');
  };
  // Positions are read after the move (untracked, in the handler): rows hold no index props.
  const move = (step: ActionHandle<void, void>, refocus: 'main' | 'more') => {
    const reason = step.reason();
    if (reason !== null) return announce(`${section.title}: ${reason}.`);
    if (step.run().ok) announce(`${section.title} moved to position ${store.getSectionIndex(id) + 1} of ${store.getSectionIds().length}.`);
    focusRow(id, refocus);
  };
  const askRemove = () => {
    if (remove.reason() !== null) return;
    if (remove.confirmation()) setConfirming(true);
    else removeNow();
  };
  const removeNow = () => {
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="agenda-item"]')].map((r) => r.dataset.sectionId);
    const at = rows.indexOf(id);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    if (!remove.run().ok) return;
    announce(`${section.title} removed.`);
    if (neighbour) focusRow(neighbour, 'main');
  };

  // Built when the menu opens, with each action's availability at that moment.
  const items = (): MenuItem[] => [
    { id: 'rename', label: 'Rename', shortcut: { label: 'F2', aria: KEYS.rename }, disabledReason: rename.reason(), onSelect: startRename },
    { id: 'up', label: 'Move up', shortcut: { label: 'Alt+↑', aria: KEYS.up }, disabledReason: up.reason(), onSelect: () => move(up, 'more') },
    { id: 'down', label: 'Move down', shortcut: { label: 'Alt+↓', aria: KEYS.down }, disabledReason: down.reason(), onSelect: () => move(down, 'more') },
    ...(offer.reason() !== null ? [] : [{ id: 'offer', label: offer.label(), onSelect: () => setOffering(true) }]),
    { id: 'remove', label: 'Remove', shortcut: { label: 'Del', aria: KEYS.remove }, danger: true, disabledReason: remove.reason(), onSelect: askRemove },
  ];

  // The row's keys, on the section button; dnd-kit's own keydown (Space picks the row up) first.
  const onMainKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    binding?.listeners?.onKeyDown?.(e);
    if (!canEdit || e.defaultPrevented) return;
    if (e.key === 'F2') startRename();
    else if (e.altKey && e.key === 'ArrowUp') move(up, 'main');
    else if (e.altKey && e.key === 'ArrowDown') move(down, 'main');
    else if (e.key === 'Delete') askRemove();
    else return;
    e.preventDefault();
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
        <button
          ref={(el) => {
            mainRef.current = el;
            binding?.setActivatorNodeRef(el);
          }}
          type="button"
          className="agenda-item__main"
          {...binding?.attributes}
          {...binding?.listeners}
          // dnd-kit names its handle "sortable"; this one is first of all the section.
          aria-roledescription={undefined}
          aria-current={selected ? 'true' : undefined}
          aria-keyshortcuts={canEdit ? `${KEYS.rename} ${KEYS.up} ${KEYS.down} ${KEYS.remove}` : undefined}
          onClick={() => onSelect(id)}
          onKeyDown={onMainKeyDown}
          {...(requestDnd ? { onFocus: requestDnd, onPointerDown: requestDnd } : {})}
        >
          {canEdit ? <span className="agenda-item__grip" aria-hidden="true"><Icon name="grip" size={14} /></span> : null}
          <KindChip kind={section.kind} />
          <span className="agenda-item__text">
            <span className="agenda-item__title">{section.title}</span>
            <span className="agenda-item__meta">
              <span data-testid="agenda-phase">{phaseLabel(section.phase)}</span>
              {lead ? (
                <span className="agenda-item__lead" data-testid="agenda-lead">
                  <Avatar name={lead.name} color={lead.color} size={14} />
                  <span title={`Led by ${lead.name}`}>{lead.id === me ? 'You' : firstName(lead.name)}</span>
                </span>
              ) : null}
              {section.timer && section.timer.state !== 'idle' ? <AgendaTimer timer={section.timer} /> : null}
              <SectionNewCount sectionId={id} />
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
      {canEdit && renaming === null ? (
        <MenuButton label={`More actions for ${section.title}`} items={items} className="icon-btn icon-btn--sm agenda-item__more" testId="row-menu-button">
          <Icon name="more" size={16} />
        </MenuButton>
      ) : null}
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
            removeNow();
          }}
        />
      ) : null}
      {offering && me !== null ? (
        <OfferLeadDialog
          sectionTitle={section.title}
          onClose={() => setOffering(false)}
          onOffer={(to) => {
            const result = offer.run({ to });
            return result.ok ? null : result.error;
          }}
        />
      ) : null}
    </>
  );
});
