import lexicon from './lexicons/abuse.json';
import cussStrong from './lexicons/cuss-strong.json';
import slurs from './lexicons/discrimination.json';
import { WordSet } from './word-set';

/**
 * Profane words: the cuss package's strongly rated words (rating 2, generated
 * into lexicons/cuss-strong.json by npm run lexicons), with the
 * British additions and the removals in lexicons/abuse.json (insults that need
 * a target, slurs that the discrimination rules own, and ordinary words).
 * Roots that take endings are expanded once here, so a lookup is one Set probe.
 */
// Slurs belong to the discrimination rules, which know about quoting and counter-speech.
const SLUR = new RegExp(`^(?:${slurs.slurs.join('|').replace(/ /g, '\\s*')})$`);
const REMOVE = new Set(lexicon.profanityRemove);
const SUFFIXES = ['ing', 'in', 'ed', 'er', 'ers', 'es', 's', 'y', 'head', 'heads', 'face', 'wit', 'wits', 'bag', 'bags', 'ish'];
const ROOTS = lexicon.profanityRoots;
const ORDINARY_ENDINGS = new Set(lexicon.rootEndingsNotProfane);

const PROFANE_WORDS = new Set([
  ...cussStrong.words.filter((word) => !REMOVE.has(word) && !SLUR.test(word)),
  ...lexicon.profanityAdd.map((w) => w.replace(/-/g, '')),
  ...ROOTS.flatMap((root) => [root, ...SUFFIXES.flatMap((x) => [root + x, root + root.at(-1) + x, root.replace(/e$/, '') + x]).filter((w) => !ORDINARY_ENDINGS.has(w))]),
]);

export const PROFANE = new WordSet<true>();
for (const word of PROFANE_WORDS) if (word.length >= 3) PROFANE.set(word, true);

// Mild words and insults count as swearing when the writer stars them out (b****y, m*ron): the disguise shows the intent.
const PLAIN_INSULTS = [...lexicon.insultNouns, ...lexicon.weakPersonNouns].flatMap((noun) => {
  const m = /^([a-z]+)(s\?)?$/.exec(noun);
  return !m ? [] : m[2] ? [m[1]!, `${m[1]}s`] : [m[1]!];
});
const BY_FIRST = new Map<string, string[]>();
for (const word of [...PROFANE_WORDS, ...lexicon.mildProfanity, ...PLAIN_INSULTS]) {
  const list = BY_FIRST.get(word[0]!) ?? [];
  list.push(word);
  BY_FIRST.set(word[0]!, list);
}

// Slurs that are plain words (with an optional plural), for starred spellings (p*key).
const SLURS_BY_FIRST = new Map<string, string[]>();
for (const slur of [...slurs.slurs, ...slurs.fuzzySlurs]) {
  const m = /^([a-z]+)(s\?)?$/.exec(slur);
  if (!m) continue;
  for (const word of m[2] ? [m[1]!, `${m[1]}s`] : [m[1]!]) {
    const list = SLURS_BY_FIRST.get(word[0]!) ?? [];
    list.push(word);
    SLURS_BY_FIRST.set(word[0]!, list);
  }
}

/** Whether a token with '*' for hidden letters could be one of the words (first letter and two letters shown). */
function starredIsOneOf(token: string, byFirst: Map<string, string[]>): boolean {
  if (!token.includes('*')) return false;
  const shown = token.replace(/\*+$/, '');
  if (shown.length < 2 || token.startsWith('*')) return false;
  // At least two letters must show (b****y, f**k); "*****" alone could be anything.
  if (token.replace(/\*/g, '').length < 2) return false;
  const re = new RegExp(`^${shown.replace(/\*/g, '[a-z]')}${token.endsWith('*') ? '[a-z]{0,2}' : ''}$`);
  return (byFirst.get(token[0]!) ?? []).some((w) => re.test(w));
}

/** Whether one deep-view token (letters, maybe '*' for hidden letters: f*ck) is profane. */
export function isProfane(token: string): boolean {
  return PROFANE.has(token) || starredIsOneOf(token, BY_FIRST) || starInserted(token);
}

const STARRED_WHOLE = new Set([...PROFANE_WORDS, ...PLAIN_INSULTS]);
/** "k*nob", "sh*ite": a star put between the letters of a whole word rather than over one. */
function starInserted(token: string): boolean {
  if (!/^[a-z]+\*+[a-z]+$/.test(token)) return false;
  const word = token.replace(/\*+/g, '');
  return word.length >= 4 && STARRED_WHOLE.has(word);
}

/** Whether a starred token hides a slur (p*key, n*****s): the discrimination rules report it. */
export function isStarredSlur(token: string): boolean {
  return starredIsOneOf(token, SLURS_BY_FIRST);
}

