import type { SiteAdapter, SubmitKey } from '../types';
import { FACEBOOK } from './selectors';

function isChat(editor: HTMLElement): boolean {
  return (editor.getAttribute('aria-label') ?? '').match(/message/i) !== null || editor.closest(FACEBOOK.chat) !== null;
}

function containerOf(editor: HTMLElement): ParentNode {
  // The innermost container that also holds a submit control; the page as a last resort.
  let node: Element | null = editor.parentElement;
  while (node) {
    if (node.matches(FACEBOOK.container) && node.querySelector(FACEBOOK.submitButton)) return node;
    node = node.parentElement;
  }
  return document;
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
  submitButtonFor(editor) {
    return containerOf(editor).querySelector<HTMLElement>(FACEBOOK.submitButton);
  },
  editorForSubmit(target, composers) {
    const button = target.closest<HTMLElement>(FACEBOOK.submitButton);
    if (!button) return null;
    return composers.find((e) => facebook.submitButtonFor(e) === button) ?? null;
  },
  submitKeysFor(editor): SubmitKey[] {
    const label = editor.getAttribute('aria-label') ?? '';
    return FACEBOOK.commentLabel.test(label) ? ['enter', 'mod-enter'] : ['mod-enter'];
  },
  describe(editor) {
    return FACEBOOK.commentLabel.test(editor.getAttribute('aria-label') ?? '') ? 'Comment' : 'Post';
  },
};
