import type { SiteAdapter, SubmitKey } from '../types';
import { FACEBOOK } from './selectors';

function isChat(editor: HTMLElement): boolean {
  return (editor.getAttribute('aria-label') ?? '').match(/message/i) !== null || editor.closest(FACEBOOK.chat) !== null;
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: /(^|\.)facebook\.com$/,
  findComposers(root) {
    const editors = [...root.querySelectorAll<HTMLElement>(FACEBOOK.editor)];
    const textareas = [...root.querySelectorAll<HTMLTextAreaElement>(FACEBOOK.textarea)].filter((t) =>
      /mind|post|comment|write|reply/i.test(t.getAttribute('aria-label') ?? ''),
    );
    return [...editors, ...textareas].filter((e) => !isChat(e));
  },
  blocksOf(editor) {
    return [...editor.querySelectorAll(FACEBOOK.blocks)];
  },
  submitControl(target) {
    return target.closest<HTMLElement>(FACEBOOK.submitButton);
  },
  submitKeysFor(editor): SubmitKey[] {
    const label = editor.getAttribute('aria-label') ?? '';
    return FACEBOOK.commentLabel.test(label) ? ['enter', 'mod-enter'] : ['mod-enter'];
  },
  describe(editor) {
    return FACEBOOK.commentLabel.test(editor.getAttribute('aria-label') ?? '') ? 'Comment' : 'Post';
  },
};
