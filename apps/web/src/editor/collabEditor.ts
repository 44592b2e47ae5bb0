/**
 * A co-edited plain-text field: CodeMirror 6 bound to a Y.Text with y-codemirror.next (the
 * binding for yjs 13). The binding merges keystrokes into the Y.Text under its own origin,
 * shows remote carets and selections from awareness (`user.name`, `user.color`,
 * `user.colorLight` of the presence schema), and brings its own Y.UndoManager over the text:
 * Ctrl/Cmd+Z here undoes this person's own typing only; the board's undo ignores key presses
 * inside editable elements. No diffing or merging is done here.
 */
import { defaultKeymap } from '@codemirror/commands';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

/** What a collaborative field needs. */
export interface CollabEditorOptions {
  ytext: Y.Text;
  awareness: Awareness;
  /** Accessible name of the text box. */
  label: string;
  /** Shown while the text is empty. */
  placeholder: string;
  /** Longest text this person may type or paste (remote edits are never refused). */
  maxLength: number;
  readOnly: boolean;
  /** Called with the text's length after every change, local or remote. */
  onLength(length: number): void;
  /** Called when local input was refused for going over maxLength. */
  onRefused(): void;
}

/** A mounted editor. */
export interface CollabEditor {
  view: EditorView;
  undoManager: Y.UndoManager;
  destroy(): void;
}

/** Refuses typed, pasted or dropped input that would grow the text past `max`. */
function lengthLimit(max: number, onRefused: () => void): Extension {
  return EditorState.transactionFilter.of((tr) => {
    if (!tr.docChanged || tr.newDoc.length <= max || tr.newDoc.length <= tr.startState.doc.length) return tr;
    if (!(tr.isUserEvent('input') || tr.isUserEvent('paste') || tr.isUserEvent('drop'))) return tr;
    onRefused();
    return [];
  });
}

/** Mounts a co-edited field into `parent`. */
export function mountCollabEditor(parent: HTMLElement, options: CollabEditorOptions): CollabEditor {
  // Our own manager so the component can tell whether there is typing to undo; the binding
  // adds its sync origin as the one tracked origin (restores by the board's undo are not in it).
  const undoManager = new Y.UndoManager(options.ytext, { trackedOrigins: new Set() });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.ytext.toString(),
      extensions: [
        keymap.of([...yUndoManagerKeymap, ...defaultKeymap]),
        yCollab(options.ytext, options.awareness, { undoManager }),
        EditorView.lineWrapping,
        placeholderText(options.placeholder),
        lengthLimit(options.maxLength, options.onRefused),
        EditorState.readOnly.of(options.readOnly),
        EditorView.editable.of(!options.readOnly),
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true', ...(options.readOnly ? { 'aria-readonly': 'true' } : {}) }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onLength(update.state.doc.length);
          // Leaving the field hides this person's caret from the others.
          if (update.focusChanged && !update.view.hasFocus && options.awareness.getLocalState()?.cursor != null) {
            options.awareness.setLocalStateField('cursor', null);
          }
        }),
      ],
    }),
  });
  options.onLength(view.state.doc.length);
  return {
    view,
    undoManager,
    destroy() {
      view.destroy();
      undoManager.destroy();
    },
  };
}
