import { cuss } from 'cuss';
import lexicon from './lexicons/abuse.json';

/**
 * Profane words: the cuss package's strongly rated words (rating 2), with the
 * British additions and the removals in lexicons/abuse.json (insults that need
 * a target, slurs that the discrimination rules own, and ordinary words).
 */
const REMOVE = new Set(lexicon.profanityRemove);
export const PROFANE: ReadonlySet<string> = new Set([
  ...Object.entries(cuss)
    .filter(([word, rating]) => rating === 2 && /^[a-z]+$/.test(word) && !REMOVE.has(word))
    .map(([word]) => word),
  ...lexicon.profanityAdd.map((w) => w.replace(/-/g, '')),
]);

const BY_FIRST = new Map<string, string[]>();
for (const word of PROFANE) {
  const list = BY_FIRST.get(word[0]!) ?? [];
  list.push(word);
  BY_FIRST.set(word[0]!, list);
}

const SUFFIXES = ['ing', 'in', 'ed', 'er', 'ers', 'es', 's', 'y', 'head', 'heads', 'face', 'wit', 'wits', 'bag', 'bags', 'ish'];

/** Whether one deep-view token (letters, maybe '*' for hidden letters) is profane. */
export function isProfane(token: string): boolean {
  if (token.length < 3) return false;
  if (PROFANE.has(token)) return true;
  if (token.includes('*')) {
    if (token.startsWith('*') || /^\*+$/.test(token)) return false;
    const re = new RegExp(`^${token.replace(/\*+$/, '').replace(/\*/g, '[a-z]')}(?:${SUFFIXES.join('|')})?$`);
    const hidden = token.replace(/[^*]/g, '').length;
    if (hidden > token.length / 2) return false;
    return (BY_FIRST.get(token[0]!) ?? []).some((w) => re.test(w) || (token.endsWith('*') && w.startsWith(token.replace(/\*+$/, '')) && w.length <= token.length + 1));
  }
  for (const suffix of SUFFIXES) {
    if (token.length > suffix.length + 2 && token.endsWith(suffix)) {
      const stem = token.slice(0, -suffix.length);
      if (PROFANE.has(stem) || PROFANE.has(stem + 'e') || (stem.at(-1) === stem.at(-2) && PROFANE.has(stem.slice(0, -1)))) return true;
    }
  }
  return false;
}
