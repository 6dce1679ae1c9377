/**
 * Lexicons are data (the JSON files in ./lexicons): lists of phrase patterns
 * written in lower case against the `lite` view, one regex fragment each.
 * A space in a fragment matches any run of white space; ' ?' matches none or some.
 */
const WORD_BEFORE = '(?<![a-z0-9])';
const WORD_AFTER = '(?![a-z0-9])';

export function phraseSource(fragments: readonly string[]): string {
  return fragments.map((f) => f.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')).join('|');
}

/** One global regex matching any of the phrases as whole words. */
export function phrases(fragments: readonly string[], options: { wholeWord?: boolean } = {}): RegExp {
  const body = `(?:${phraseSource(fragments)})`;
  const src = options.wholeWord === false ? body : `${WORD_BEFORE}${body}${WORD_AFTER}`;
  return new RegExp(src, 'g');
}

/** A non-global regex testing whether any phrase occurs (for context checks). */
export function anyOf(fragments: readonly string[]): RegExp {
  return new RegExp(`${WORD_BEFORE}(?:${phraseSource(fragments)})${WORD_AFTER}`);
}
