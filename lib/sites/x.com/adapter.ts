import type { SiteAdapter } from '../types';
import { X } from './selectors';

function submitButtonFor(editor: HTMLElement): HTMLElement | null {
  // Climb until an ancestor holds a submit button: the composer's own (modal, reply or inline).
  let node: Element | null = editor.parentElement;
  while (node) {
    const button = node.querySelector<HTMLElement>(X.submitButton);
    if (button) return button;
    if (node.matches(X.dialog)) return null;
    node = node.parentElement;
  }
  return null;
}

export const x: SiteAdapter = {
  id: 'x',
  hosts: /(^|\.)(x|twitter)\.com$/,
  findComposers(root) {
    const found = new Set<HTMLElement>();
    for (const e of root.querySelectorAll<HTMLElement>(X.editor)) {
      if (!e.closest(X.dm) && !e.matches(X.dm)) found.add(e);
    }
    return [...found];
  },
  blocksOf(editor) {
    return [...editor.querySelectorAll(X.blocks)];
  },
  submitButtonFor,
  editorForSubmit(target, composers) {
    const button = target.closest<HTMLElement>(X.submitButton);
    if (!button) return null;
    // A thread has several editors sharing one button: the first with text speaks for them.
    return composers.find((e) => submitButtonFor(e) === button) ?? null;
  },
  submitKeysFor() {
    return ['mod-enter'];
  },
  describe(editor) {
    return editor.closest(X.dialog) ? 'Reply or post' : 'Post';
  },
};
