/**
 * Facebook's compose boxes: stable attributes only (role, aria-label,
 * contenteditable, data-lexical-editor), never its generated class names.
 * See ../../../../shared/facts/facebook.md.
 */
export const FACEBOOK = {
  /** Every Lexical composer: posts, the create-post dialog, comments, replies, groups. */
  editor: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  /** Older mobile layouts. */
  textarea: 'textarea[aria-label]',
  /** Lexical's paragraphs are the editor's direct children. */
  blocks: ':scope > *',
  /** Submit controls are divs with role=button, named by aria-label. */
  submitButton: '[role="button"][aria-label="Post"], [role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"], [role="button"][aria-label="Share now"], [role="button"][aria-label="Publish"], button[type="submit"]',
  /** What holds an editor together with its own submit button. */
  container: '[role="dialog"], form, [role="article"], [role="region"], [role="complementary"]',
  /** Chat boxes are Lexical too, but a chat is not a post. */
  chat: '[aria-label*="message" i][role="textbox"], [role="dialog"][aria-label*="Messenger" i], [aria-label*="chat" i][role="region"]',
  /** Comment and reply boxes post on a bare Enter. */
  commentLabel: /comment|reply|answer/i,
} as const;
