import type { SiteAdapter } from '../types';
import { X } from './selectors';

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
  submitControl(target) {
    return target.closest<HTMLElement>(X.submitButton);
  },
  submitKeysFor() {
    return ['mod-enter'];
  },
  describe(editor) {
    return editor.closest(X.dialog) ? 'Reply or post' : 'Post';
  },
};
