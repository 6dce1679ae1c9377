/**
 * Lexicons are data (the JSON files in ./lexicons): lists of phrase patterns
 * written in lower case against the `lite` view, one regex fragment each.
 * A space in a fragment matches any run of white space; ' ?' matches none or some.
 */
import { closing, registerPhrases } from './phrase-index';

// \b lets the regex engine skip ahead on a fragment's first letters; fragments that start
// with a symbol (#vote, £20) need the slower look-behind instead.
const WORD_BEFORE = '\\b';
const SYMBOL_BEFORE = '(?<![a-z0-9])';
const WORD_AFTER = '(?![a-z0-9])';

export function phraseSource(fragments: readonly string[]): string {
  return fragments.map((f) => f.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')).join('|');
}

/**
 * A phrase that opens with look-behinds (a context window such as "not after 'dog' in the
 * last 60 characters") would scan that window back at every word its keys start, though
 * its own words rarely follow. Testing its words first, in a look-ahead, skips the window
 * where they do not: `(?=WORDS)BEHIND WORDS` matches exactly what `BEHIND WORDS` does.
 */
export function wordsFirst(fragment: string): string {
  let end = 0;
  while (fragment.startsWith('(?<=', end) || fragment.startsWith('(?<!', end)) {
    end = closing(fragment, end);
  }
  if (end === 0 || end === fragment.length) return fragment;
  const words = fragment.slice(end);
  return `(?=${words})${fragment}`;
}

function wholeWordSource(fragments: readonly string[], after = WORD_AFTER): string {
  // A phrase ending in a space could never be followed by the word after it (the regex ends at a word's end).
  const unfinished = fragments.find((f) => / $/.test(f));
  if (unfinished !== undefined) throw new Error(`lexicon phrase ends with a space: ${JSON.stringify(unfinished)}`);
  const wordy = fragments.filter((f) => /^(?:\(\?:)*[a-z]/.test(f));
  const symbolic = fragments.filter((f) => !/^(?:\(\?:)*[a-z]/.test(f));
  const parts = [];
  if (wordy.length) parts.push(`${WORD_BEFORE}(?:${phraseSource(wordy)})`);
  if (symbolic.length) parts.push(`${SYMBOL_BEFORE}(?:${phraseSource(symbolic.map(wordsFirst))})`);
  return `(?:${parts.join('|')})${after}`;
}

/**
 * Phrase regexes the first-word index could not key (a phrase that may start
 * anywhere, like "[a-z]+ councillor"): they scan the whole draft. Kept for the tests.
 */
export const unkeyedPhrases: string[][] = [];

/** One global regex matching any of the phrases as whole words, scanned through the first-word index. */
export function phrases(fragments: readonly string[], options: { wholeWord?: boolean; after?: string } = {}): RegExp {
  if (options.wholeWord === false) return new RegExp(`(?:${phraseSource(fragments)})`, 'g');
  const re = new RegExp(wholeWordSource(fragments, options.after), 'g');
  // Matches start at a word or a symbol, so the shared first-word index can run it.
  const subset = (indices: number[]) => new RegExp(wholeWordSource(indices.map((i) => fragments[i]!), options.after), 'y');
  if (!registerPhrases(re, fragments.map((f) => phraseSource([f])), options.after === undefined, subset)) unkeyedPhrases.push([...fragments]);
  return re;
}

/** A non-global regex testing whether any phrase occurs in a short context string (never indexed). */
export function anyOf(fragments: readonly string[]): RegExp {
  return new RegExp(wholeWordSource(fragments));
}
