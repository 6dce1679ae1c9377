/**
 * Word lookups without allocating a string per word: words are found with a
 * character loop and hashed as they are read; only a hash hit is compared
 * letter by letter. Used for the token-level lexicons (typos, profanity,
 * misspelt slurs), which look at every word of every draft.
 */
export class WordSet<V> {
  private readonly byHash = new Map<number, Array<{ word: string; value: V }>>();
  readonly firstLetters = new Set<number>();
  /** First two letters of the entries (ASCII), so most words are ruled out without hashing. */
  private readonly pairs = new Uint8Array(128 * 128);
  private readonly singles = new Uint8Array(128);
  private nonAscii = false;
  minLength = Infinity;
  maxLength = 0;
  /** Entries held. */
  size = 0;

  set(word: string, value: V): void {
    const h = hashOf(word, 0, word.length);
    const bucket = this.byHash.get(h) ?? [];
    if (!bucket.some((e) => e.word === word)) {
      bucket.push({ word, value });
      this.size++;
    }
    this.byHash.set(h, bucket);
    this.firstLetters.add(word.charCodeAt(0));
    const c0 = word.charCodeAt(0);
    const c1 = word.charCodeAt(1);
    if (c0 >= 128 || c1 >= 128) this.nonAscii = true;
    else if (word.length === 1) this.singles[c0] = 1;
    else this.pairs[c0 * 128 + c1] = 1;
    this.minLength = Math.min(this.minLength, word.length);
    this.maxLength = Math.max(this.maxLength, word.length);
  }

  /** Whether some entry could be a prefix of text[from, to) (false rules it out for certain). */
  mayBeginAt(text: string, from: number, to: number): boolean {
    if (this.nonAscii) return true;
    const c0 = text.charCodeAt(from);
    if (c0 >= 128) return false;
    if (this.singles[c0] === 1) return true;
    if (to - from < 2) return false;
    const c1 = text.charCodeAt(from + 1);
    return c1 < 128 && this.pairs[c0 * 128 + c1] === 1;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  get(word: string): V | undefined {
    return this.at(word, 0, word.length, hashOf(word, 0, word.length));
  }

  /** The value for text[from, to), whose hash the caller computed while scanning. */
  at(text: string, from: number, to: number, hash: number): V | undefined {
    const bucket = this.byHash.get(hash);
    if (!bucket) return undefined;
    for (const e of bucket) {
      if (e.word.length !== to - from) continue;
      let same = true;
      for (let i = 0; i < e.word.length && same; i++) same = e.word.charCodeAt(i) === text.charCodeAt(from + i);
      if (same) return e.value;
    }
    return undefined;
  }
}

export function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Calls `visit` for every run of a-z letters (with `*` inside words when
 * `stars` is set: f*ck), with its hash. Runs outside [minLength, maxLength]
 * or starting with a letter no entry starts with are skipped cheaply.
 */
export function scanWords(
  text: string,
  visit: (from: number, to: number, hash: number, starred: boolean) => void,
  options: { stars?: boolean; digits?: boolean; minLength?: number; maxLength?: number } = {},
): void {
  const digits = options.digits === true;
  const stars = options.stars === true;
  const min = options.minLength ?? 1;
  const max = options.maxLength ?? 64;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isLower(c) && !(stars && c === 0x2a) && !(digits && isDigit(c))) {
      i++;
      continue;
    }
    const from = i;
    let h = 0;
    let starred = false;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isLower(c) || (digits && isDigit(c))) h = (Math.imul(h, 31) + c) | 0;
      else if (stars && c === 0x2a) {
        starred = true;
        h = (Math.imul(h, 31) + c) | 0;
      } else break;
      i++;
    }
    // A word glued to a digit is not a word ("a47", "2nd").
    const prev = from > 0 ? text.charCodeAt(from - 1) : 0x20;
    const next = i < n ? text.charCodeAt(i) : 0x20;
    if (!digits && (isDigit(prev) || isDigit(next))) continue;
    const len = i - from;
    if (len >= min && len <= max) visit(from, i, h, starred);
  }
}
