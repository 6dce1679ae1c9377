import type { SiteId } from '../settings/settings';

/** How the guard recognises a submit: a click on a submit control, or a key in the editor. */
export type SubmitKey = 'enter' | 'mod-enter';

/**
 * Everything the extension knows about one site's markup. A new site is one
 * new module that satisfies this interface; nothing else names a selector.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Host names this adapter serves (the content script's match patterns cover them). */
  hosts: RegExp;
  /** Every post, comment or reply editor currently in the page. */
  findComposers(root: ParentNode): HTMLElement[];
  /** The blocks (lines) of an editor, in order; their text joined with \n is the draft. */
  blocksOf(editor: HTMLElement): Element[];
  /** If a clicked element is (inside) a submit control (Post, Reply, Comment), that control. */
  submitControl(target: Element): HTMLElement | null;
  /** Keys that submit from inside the editor. */
  submitKeysFor(editor: HTMLElement): SubmitKey[];
  /** A short name for the box, for the panel ("Comment", "Post"). */
  describe(editor: HTMLElement): string;
}
