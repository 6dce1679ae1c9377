/**
 * Text views for matching, each with a map back to the original text.
 *
 * `lite`: what a reader sees, in a form that regexes can match: lower case,
 * compatibility forms folded (fullwidth letters, ligatures), accents removed,
 * zero-width characters dropped, odd spaces, quotes and dashes made plain.
 *
 * `lite` also reads dialect and chat spellings as the standard words
 * ("t'council", "tha's a", "owt", "gonna": lexicons/informal.json).
 *
 * `deep`: `lite` with disguises undone, for abuse and slur lexicons: leetspeak
 * inside words (sh1t, p@ki), runs of three or more of a letter collapsed
 * (shuuuut), and spaced-out letters joined (s h i t).
 *
 * Every character of a view records the original UTF-16 range it came from,
 * so a match in a view maps back to exactly the words the user typed.
 */
import words from './lexicons/discrimination.json';
import informal from './lexicons/informal.json';
import { hashOf, isDigit, isLower, scanWords, WordSet } from './word-set';

export interface TextView {
  readonly text: string;
  /** Original start offset of each view character. */
  readonly starts: Int32Array;
  /** Original end offset (exclusive) of each view character. */
  readonly ends: Int32Array;
}

const ZERO_WIDTH = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function isSpaceLike(c: number): boolean {
  return c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}

function plainPunctuation(c: number): number {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x02bc: case 0x0060: case 0x00b4:
      return 0x27; // '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
      return 0x22; // "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return 0x2d; // -
    case 0x2026:
      return -1; // ellipsis: handled as "..."
    default:
      return 0;
  }
}

const foldCache = new Map<number, string>();
function foldChar(c: number): string {
  let folded = foldCache.get(c);
  if (folded === undefined) {
    folded = String.fromCharCode(c).normalize('NFKD').replace(/[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]/g, '').toLowerCase();
    if (foldCache.size < 4096) foldCache.set(c, folded);
  }
  return folded;
}

/**
 * Builds a view from string pieces: unchanged stretches are sliced whole, so
 * the cost on ordinary text is a copy, not a character-by-character rewrite.
 */
class ViewBuilder {
  private parts: string[] = [];
  private pending: number[] = [];
  private s: Int32Array;
  private e: Int32Array;
  private n = 0;
  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.s = new Int32Array(size);
    this.e = new Int32Array(size);
  }
  private reserve(extra: number): void {
    if (this.n + extra <= this.s.length) return;
    const size = Math.max(this.s.length * 2, this.n + extra);
    const s = new Int32Array(size);
    s.set(this.s);
    const e = new Int32Array(size);
    e.set(this.e);
    this.s = s;
    this.e = e;
  }
  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(String.fromCharCode(...this.pending));
    this.pending = [];
  }
  push(code: number, start: number, end: number): void {
    this.reserve(1);
    this.pending.push(code);
    this.s[this.n] = start;
    this.e[this.n] = end;
    this.n++;
  }
  /** An ASCII stretch of the original, lower-cased, with an identity map. */
  pushAscii(original: string, from: number, to: number): void {
    this.flush();
    this.reserve(to - from);
    this.parts.push(original.slice(from, to).toLowerCase());
    const { s, e } = this;
    for (let i = from, n = this.n; i < to; i++, n++) {
      s[n] = i;
      e[n] = i + 1;
    }
    this.n += to - from;
  }
  /** Copies [from, to) of another view unchanged (text and map). */
  copy(view: TextView, from: number, to: number): void {
    if (to <= from) return;
    this.flush();
    this.reserve(to - from);
    this.parts.push(view.text.slice(from, to));
    this.s.set(view.starts.subarray(from, to), this.n);
    this.e.set(view.ends.subarray(from, to), this.n);
    this.n += to - from;
  }
  build(): TextView {
    this.flush();
    return { text: this.parts.join(''), starts: this.s.subarray(0, this.n), ends: this.e.subarray(0, this.n) };
  }
}

const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** ASCII needs only lower-casing: the map is the identity. */
function asciiView(original: string): TextView {
  const n = original.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: original.toLowerCase(), starts, ends };
}

export function liteView(original: string): TextView {
  return readInformal(PLAIN_ASCII.test(original) ? asciiView(original) : foldedView(original));
}

// Looked up word by word with hashes as the text is read, not matched against a long alternation.
const INFORMAL_WORDS = new WordSet<string>();
for (const [word, standard] of Object.entries(informal.words)) INFORMAL_WORDS.set(word, standard);

function informalAt(t: string, from: number, to: number): string | undefined {
  if (to - from < INFORMAL_WORDS.minLength || to - from > INFORMAL_WORDS.maxLength || !INFORMAL_WORDS.mayBeginAt(t, from, to)) return undefined;
  return INFORMAL_WORDS.at(t, from, to, hashOf(t, from, to));
}

/**
 * Dialect and chat spellings replaced by their standard words, each mapped to the word typed:
 * a whole word (not inside "u3a", "U-turn" or "u.s."), a one-letter word ("u") not among
 * spaced-out letters ("f u c k" is for the deep view to join), Yorkshire's "t'" before a word, or a dropped
 * g ("sellin'").
 */
/** Whether a single quote opened earlier on the line is still open at i ("'women are vermin'": its last ' closes it). */
function insideQuote(t: string, i: number): boolean {
  let open = 0;
  for (let k = i - 1; k >= 0 && k >= i - 120 && t.charCodeAt(k) !== 0x0a; k--) {
    if (t.charCodeAt(k) !== 0x27) continue;
    const before = isLower(t.charCodeAt(k - 1));
    const after = isLower(t.charCodeAt(k + 1));
    if (!before && after) open++;
    else if (before && !after) open--;
  }
  return open > 0;
}

function readInformal(view: TextView): TextView {
  const t = view.text;
  const n = t.length;
  let out: ViewBuilder | undefined;
  let copied = 0;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!isLower(c) && c !== 0x27) {
      i++;
      continue;
    }
    // A run of letters and apostrophes [i, j).
    let j = i + 1;
    while (j < n && (isLower(t.charCodeAt(j)) || t.charCodeAt(j) === 0x27)) j++;
    let a = i;
    let b = j;
    i = j;
    if (t.charCodeAt(a - 1) >= 0x80 || isDigit(t.charCodeAt(a - 1))) continue;
    // After a hyphen only a dropped g is put back ("short-changin'"): "e-u" is not "e you".
    const afterHyphen = t.charCodeAt(a - 1) === 0x2d;
    // Quote marks around a word ('owt'), but not the apostrophes of "wi'" or "'em".
    let standard = afterHyphen ? undefined : informalAt(t, a, b);
    // "sellin'", "tellin'": the dropped g put back (same length, so the map stays one to one).
    if (standard === undefined && t.charCodeAt(a) !== 0x27 && t.charCodeAt(a + 1) !== 0x27 && b - a >= 6 && t.charCodeAt(b - 1) === 0x27 && t.charCodeAt(b - 2) === 0x6e && t.charCodeAt(b - 3) === 0x69 && isLower(t.charCodeAt(b - 4)) && isLower(t.charCodeAt(b - 5)) && isLower(t.charCodeAt(b - 6)) && !insideQuote(t, a)) {
      out ??= new ViewBuilder(n + 64);
      out.copy(view, copied, b - 1);
      out.push(0x67, view.starts[b - 1]!, view.ends[b - 1]!);
      copied = b;
      continue;
    }
    if (afterHyphen) continue;
    while (standard === undefined && a < b && t.charCodeAt(a) === 0x27) standard = informalAt(t, ++a, b);
    while (standard === undefined && b > a && t.charCodeAt(b - 1) === 0x27) standard = informalAt(t, a, --b);
    let length = b - a;
    if (standard === undefined) {
      if (!(b - a > 2 && t.charCodeAt(a) === 0x74 && t.charCodeAt(a + 1) === 0x27 && isLower(t.charCodeAt(a + 2)))) continue;
      standard = 'the ';
      length = 2;
      i = a + 2; // "t'council": the rest of the word is read on its own.
    } else {
      const after = t.charCodeAt(b);
      const afterNext = t.charCodeAt(b + 1);
      if (isDigit(after) || after === 0x2d || after >= 0x80 || (after === 0x2e && isLower(afterNext))) continue;
      // Spaced-out letters on either side: "f u c k", "s.l.u.t".
      if (length === 1 && SPACER.has(after) && isLower(afterNext) && !isLower(t.charCodeAt(b + 2))) continue;
      if (length === 1 && SPACER.has(t.charCodeAt(a - 1)) && isLower(t.charCodeAt(a - 2)) && !isLower(t.charCodeAt(a - 3))) continue;
    }
    out ??= new ViewBuilder(n + 64);
    out.copy(view, copied, a);
    const from = view.starts[a]!;
    const to = view.ends[a + length - 1]!;
    for (let k = 0; k < standard.length; k++) out.push(standard.charCodeAt(k), from, to);
    copied = a + length;
  }
  if (!out) return view;
  const built: ViewBuilder = out;
  built.copy(view, copied, n);
  return built.build();
}

function foldedView(original: string): TextView {
  const out = new ViewBuilder(original.length + 16);
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      let j = i + 1;
      while (j < n && original.charCodeAt(j) < 0x80) j++;
      out.pushAscii(original, i, j);
      i = j - 1;
      continue;
    }
    if (ZERO_WIDTH.has(c) || (c >= 0xfe00 && c <= 0xfe0f)) continue; // incl. emoji variation selectors
    if (isSpaceLike(c)) {
      out.push(0x20, i, i + 1);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // Astral character (emoji, maths letters): fold maths letters, keep the rest.
      const cp = original.codePointAt(i)!;
      if (cp >= 0x1d400 && cp <= 0x1d7ff) {
        const f = String.fromCodePoint(cp).normalize('NFKD').toLowerCase();
        for (let k = 0; k < f.length; k++) out.push(f.charCodeAt(k), i, i + 2);
      } else {
        out.push(c, i, i + 2);
        out.push(original.charCodeAt(i + 1), i, i + 2);
      }
      i++;
      continue;
    }
    const p = plainPunctuation(c);
    if (p > 0) {
      out.push(p, i, i + 1);
      continue;
    }
    if (p < 0) {
      for (let k = 0; k < 3; k++) out.push(0x2e, i, i + 1);
      continue;
    }
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) out.push(f.charCodeAt(k), i, i + 1);
  }
  return out.build();
}

function isLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f);
}

// Leetspeak: what a digit or symbol stands for inside a word (0 = not leet).
const LEET = new Uint16Array(128);
for (const [ch, letter] of Object.entries({ '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', $: 's', '5': 's', '7': 't', '|': 'i' })) {
  LEET[ch.charCodeAt(0)] = letter.charCodeAt(0);
}
const EURO = 0x20ac;
function leetOf(c: number): number {
  return c < 128 ? LEET[c]! : c === EURO ? 0x65 : 0;
}

const SPACER = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a]);

/** Disguises undone: leetspeak within words, stretched letters, spaced letters. */
// Seeds of a disguise: a letter beside a leet symbol, a letter three times, or three single
// letters spaced out. Each seed grows to its whole word (or run of spaced letters); everything
// else is copied as it is.
// Read by hand rather than by one regex: a regex whose every alternative may begin at any
// letter is tried at each character of the draft, and this runs on every keystroke.
// By character code: 1 = a leet symbol after a letter ("sh1t"), 2 = also before one ("@rse"), 4 = a spacer ("s.h.i.t").
const SEED_CLASS = new Uint8Array(128);
for (const ch of '4310!7') SEED_CLASS[ch.charCodeAt(0)] = 1;
for (const ch of '@$|*5') SEED_CLASS[ch.charCodeAt(0)] = 3;
for (const c of SPACER) SEED_CLASS[c] = SEED_CLASS[c]! | 4;
const seedClass = (c: number) => (c < 128 ? SEED_CLASS[c]! : c === EURO ? 3 : 0);

/** The first disguise seed at or after `from`, as [start, end), or undefined when there is none. */
function nextDisguiseSeed(t: string, from: number): [number, number] | undefined {
  const n = t.length;
  for (let i = from; i + 1 < n; i++) {
    const c = t.charCodeAt(i);
    const d = t.charCodeAt(i + 1);
    if (isLower(c)) {
      if (seedClass(d) & 1) return [i, i + 2];
      if (d === c && t.charCodeAt(i + 2) === c) return [i, i + 3];
      if (
        seedClass(d) & 4 && isLower(t.charCodeAt(i + 2)) && seedClass(t.charCodeAt(i + 3)) & 4 && isLower(t.charCodeAt(i + 4)) &&
        !isLower(t.charCodeAt(i - 1)) && !isLower(t.charCodeAt(i + 5))
      )
        return [i, i + 5];
    } else if (seedClass(c) & 2 && isLower(d)) return [i, i + 2];
  }
  return undefined;
}

function isTokenCode(c: number): boolean {
  return isLetterCode(c) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x7c || c === 0x2a || c === 0x20ac;
}

/** The stretch a seed belongs to: its word, widened over spaced single letters. */
function stretchOf(t: string, seedStart: number, seedEnd: number): [number, number] {
  let a = seedStart;
  let b = seedEnd;
  while (a > 0 && isTokenCode(t.charCodeAt(a - 1))) a--;
  while (b < t.length && isTokenCode(t.charCodeAt(b))) b++;
  // Spaced letters: keep going while "<spacer><single letter>" follows or precedes.
  while (b + 1 < t.length && SPACER.has(t.charCodeAt(b)) && isLetterCode(t.charCodeAt(b + 1)) && !isLetterCode(t.charCodeAt(b + 2))) b += 2;
  while (a >= 2 && SPACER.has(t.charCodeAt(a - 1)) && isLetterCode(t.charCodeAt(a - 2)) && !isLetterCode(t.charCodeAt(a - 3))) a -= 2;
  return [a, b];
}

/**
 * One typo in a key word is repaired ("disugsting", "vermn", "owmen"): a letter
 * dropped, added or two swapped, and for long words one changed. Short words
 * are left alone: their one-letter neighbours are too often other words.
 */
const TYPOS = new WordSet<string>();
for (const word of words.typoWords) {
  const add = (variant: string) => {
    if (variant !== word && !TYPOS.has(variant)) TYPOS.set(variant, word);
  };
  for (let i = 0; i < word.length; i++) {
    if (i + 1 < word.length) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (word.length >= 6) add(word.slice(0, i) + word.slice(i + 1));
    for (let c = 97; c <= 122; c++) {
      const ch = String.fromCharCode(c);
      if (word.length >= 6) add(word.slice(0, i) + ch + word.slice(i));
      if (word.length >= 8) add(word.slice(0, i) + ch + word.slice(i + 1));
    }
  }
}
const KEY_WORDS = new Set(words.typoWords);

function repairTypos(view: TextView): TextView {
  let out: ViewBuilder | undefined;
  let copied = 0;
  scanWords(
    view.text,
    (from, to, hash) => {
      const fix = TYPOS.at(view.text, from, to, hash);
      if (fix === undefined) return;
      const word = view.text.slice(from, to);
      // A key word as written, or its singular ("muslim" is not a typo of "muslims").
      if (KEY_WORDS.has(word) || fix === `${word}s` || fix === `${word}es`) return;
      out ??= new ViewBuilder(view.text.length + 16);
      out.copy(view, copied, from);
      const start = view.starts[from]!;
      const end = view.ends[to - 1]!;
      for (let k = 0; k < fix.length; k++) out.push(fix.charCodeAt(k), start, end);
      copied = to;
    },
    { minLength: TYPOS.minLength, maxLength: TYPOS.maxLength },
  );
  if (!out) return view;
  const built: ViewBuilder = out;
  built.copy(view, copied, view.text.length);
  return built.build();
}

/** Words after which a lone "a" is the article. */
const ARTICLE_AFTER = /(?:^|[^a-z])(?:what|such|is|was|you'?re|youre|ur|proper|right|real|total|absolute|complete|utter|being|like|called|call) $/;

/** Disguises undone: leetspeak within words, stretched letters, spaced letters, one-letter typos. */
export function deepView(lite: TextView): TextView {
  return repairTypos(undisguised(lite));
}

function undisguised(lite: TextView): TextView {
  const t = lite.text;
  let seed = nextDisguiseSeed(t, 0);
  if (seed === undefined) return lite;
  const out = new ViewBuilder(t.length + 16);
  let copied = 0;
  for (; seed !== undefined; ) {
    const [a, b] = stretchOf(t, seed[0], seed[1]);
    const from = Math.max(a, copied);
    out.copy(lite, copied, from);
    undisguise(lite, from, b, out);
    copied = Math.max(copied, b);
    seed = nextDisguiseSeed(t, Math.max(seed[1], b));
  }
  out.copy(lite, copied, t.length);
  return out.build();
}

// "u r a clown", "r u a councillor?": text-speak's one-letter words, not a word spelled out.
const TEXT_SPEAK_PAIRS = new Set(['ur', 'ru', 'cu']);
const isTextSpeak = (first: number, second: number) => TEXT_SPEAK_PAIRS.has(String.fromCharCode(first, second));

/** The letter-by-letter undoing of disguises, on one stretch [from, to) of the lite view. */
function undisguise(lite: TextView, from: number, to: number, out: ViewBuilder): void {
  const t = lite.text;
  const n = to;
  // Pass 1: leetspeak inside word-like tokens that contain a letter.
  const codes = new Uint16Array(to - from);
  const at = (k: number) => (k >= from && k < to ? codes[k - from]! : 0x20);
  let i = from;
  while (i < n) {
    let j = i;
    let hasLetter = false;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (isLetterCode(c)) hasLetter = true;
      else if (leetOf(c) === 0 && c !== 0x2a) break;
      j++;
    }
    if (j === i) {
      codes[i - from] = t.charCodeAt(i);
      i++;
      continue;
    }
    // Leading or trailing '!' and '|' ("lot!!!") are punctuation, not letters.
    let a = i;
    let b = j;
    while (a < b && (t.charCodeAt(a) === 0x21 || t.charCodeAt(a) === 0x7c)) a++;
    while (b > a && (t.charCodeAt(b - 1) === 0x21 || t.charCodeAt(b - 1) === 0x7c)) b--;
    for (let k = i; k < j; k++) {
      const c = t.charCodeAt(k);
      const edge = k < a || k >= b;
      const leet = leetOf(c);
      codes[k - from] = hasLetter && !edge && leet !== 0 && j - i > 1 ? leet : c;
    }
    i = j;
  }
  i = from;
  while (i < n) {
    const c = at(i);
    // Spaced-out letters: three or more single letters split by one spacer each.
    if (isLetterCode(c) && !isLetterCode(at(i - 1))) {
      let j = i;
      let count = 1;
      // One spacer throughout: in "you're a c-o-c-k" the article is not part of the word.
      const spacer = at(i + 1);
      while (j + 2 < n && at(j + 1) === spacer && SPACER.has(spacer) && isLetterCode(at(j + 2)) && !isLetterCode(at(j + 3))) {
        j += 2;
        count++;
      }
      if (count >= 3 && !isLetterCode(at(i + 1)) && !(count === 3 && spacer === 32 && isTextSpeak(c, at(i + 2)))) {
        let first = i;
        // "what a k n o b head": an article before the spelled-out word stays a word of its own (while "a r s e" is one word).
        if (c === 97 && spacer === 32 && count >= 4 && ARTICLE_AFTER.test(lite.text.slice(Math.max(0, i - 12), i))) {
          out.push(c, lite.starts[i]!, lite.ends[i]!);
          out.push(spacer, lite.starts[i + 1]!, lite.ends[i + 1]!);
          first = i + 2;
        }
        for (let k = first; k <= j; k += 2) out.push(at(k), lite.starts[k]!, lite.ends[k]!);
        i = j + 1;
        continue;
      }
    }
    // Stretched letters: a run of three or more of the same letter counts as one.
    if (isLetterCode(c)) {
      let j = i + 1;
      while (j < n && at(j) === c) j++;
      if (j - i >= 3) {
        out.push(c, lite.starts[i]!, lite.ends[j - 1]!);
        i = j;
        continue;
      }
    }
    out.push(c, lite.starts[i]!, lite.ends[i]!);
    i++;
  }
}
