/**
 * User actions as named objects (CONVENTIONS 13, Excalidraw's `register`): each says what it
 * is called, when it is available (role, membership, lead powers, phase, agenda position) and
 * why not, and performs one model operation with the document, the member and relay-corrected
 * time bound from its context. Buttons, menus, keyboard shortcuts and effects all go through
 * `useAction` / `useRunAction`; no component builds an operation's arguments.
 */
import type { Result } from '@roundtable/model';
import type * as Y from 'yjs';
import type { DeviceMember } from '../storage/member.js';
import type { Role } from '../storage/recentBoards.js';
import type { BoardStore } from '../store/BoardStore.js';
import type { HistoryStore } from '../store/HistoryStore.js';
import type { PresenceStore } from '../store/PresenceStore.js';
import type { SealingStore } from '../store/SealingStore.js';

/** Whether an action can run now, and if not, the sentence that says why (shown on the control). */
export type Availability = { ok: true } | { ok: false; reason: string };

/** Everything an action is bound to. Reads go through the stores (tracked), writes through `doc`. */
export interface ActionContext {
  /** The board document: only actions pass it to model operations. */
  doc: Y.Doc;
  /** 'edit' or 'view' (a view link can change nothing). */
  role: Role;
  /** This device's member, or null before the name dialog was answered. */
  member: DeviceMember | null;
  /** Relay-corrected time (`connection.clock.now`): every `at` written to the board. */
  now: () => number;
  store: BoardStore;
  presence: PresenceStore;
  history: HistoryStore;
  /** The board key (sealing) and this device's plaintexts of its own sealed items. */
  sealing: SealingStore;
  /** The relay side of actions that need it (reveal, tally): the board and the token in use. */
  relay: { boardId: string; token: string };
}

/** A question to ask before performing (the UI shows it as a confirm dialog). */
export interface Confirmation {
  title: string;
  description: string;
  confirmLabel: string;
  /** 'danger' for destructive actions. */
  tone: 'danger' | 'primary';
}

/** The keys of a keyboard event an action's shortcut looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * One user action. `T` is what it acts on (e.g. `{ sectionId }`, `void` for the board), `A`
 * what the person supplies when performing (a title, a duration), `V` what perform returns.
 */
export interface Action<T = void, A = void, V = unknown> {
  readonly name: string;
  /** Short label for buttons and menus, e.g. "Undo renaming a section". */
  label(ctx: ActionContext, target: T): string;
  /** Role, membership, lead powers, phase: ok, or the reason it is not (tracked reads only). */
  available(ctx: ActionContext, target: T): Availability;
  /** A question to confirm first, or null to perform at once. */
  confirm?(ctx: ActionContext, target: T): Confirmation | null;
  /** Performs the action's one operation; called only after `available` said ok. */
  perform(ctx: ActionContext, target: T, args: A): Result<V>;
  /** Keyboard shortcut (board-wide actions only), and how it reads in tooltips. */
  keyTest?(event: KeyPress): boolean;
  shortcut?: string;
}

/** Any action, for the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = Action<any, any, any>;
