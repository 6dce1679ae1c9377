/**
 * X's compose boxes: data-testid attributes, stable and used by every public
 * tool; never the generated css-/r- class names. See ../../../../shared/facts/x.md.
 */
export const X = {
  /** Draft.js puts data-testid on the contenteditable itself: tweetTextarea_0, _1 … in threads. */
  editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"]',
  /** Not a post: direct messages. */
  dm: '[data-testid="dmComposerTextInput"]',
  /** Draft.js blocks, one per line. */
  blocks: '[data-block="true"]',
  /** Inline home composer, and the modal / reply composer. */
  submitButton: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  dialog: '[role="dialog"]',
} as const;
