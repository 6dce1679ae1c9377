/**
 * A shared first-word index for the lexicon regexes.
 *
 * Each lexicon becomes one big alternation (`phrases()`), and scanning a draft
 * with a dozen of them dominated the check time. But every phrase starts at a
 * word (or a symbol such as £ or #), with a few known letters. So each phrase
 * regex is registered with the keys its phrases can start with (up to three
 * leading characters), the draft is walked once to find which registered
 * regexes have a key at which word starts, and each regex is then tried
 * (sticky) only at those positions. The result is exactly that of the global
 * scan (a property test checks it); a regex whose phrases cannot be keyed
 * safely is simply not registered and scans as before.
 */

import { hashOf } from './word-set';

/**
 * Keys, all small integers so that lookups stay fast: a word's first one to
 * three [a-z0-9] letters (a prefix key, the letters packed); a whole word (an
 * exact key, hashed: far more selective for short words like "i" or "we", and
 * a collision only costs a wasted try); a symbol; or "a digit".
 */
const PREFIX = 3;
const SYMBOL_BASE = 1 << 22;
const DIGIT_KEY = 1 << 23;
const PAIR_BASE = 1 << 28;
const EXACT_BASE = 1 << 29;

function prefixKey(s: string): number {
  let k = 0;
  for (let i = 0; i < Math.min(s.length, PREFIX); i++) k |= s.charCodeAt(i) << (7 * i);
  return k;
}
function exactKey(s: string): number {
  return EXACT_BASE | (hashOf(s, 0, s.length) & (EXACT_BASE - 1));
}
/** A common word and the first one to three letters of the word after it. */
function pairKeyOf(firstHash: number, secondPrefix: number): number {
  const h = Math.imul(firstHash ^ Math.imul(secondPrefix, 0x9e3779b1), 0x85ebca6b);
  return PAIR_BASE | ((h >>> 3) & (PAIR_BASE - 1));
}
function pairKey(first: string, second: string): number {
  return pairKeyOf(hashOf(first, 0, first.length), prefixKey(second));
}
// Words too common to key a phrase alone: a phrase starting "the council" is keyed on "the" + "cou".
const COMMON_FIRST = new Set(
  'the a an i to of and in on it is you we my our that this for with at be have has had so but not are was were they he she his her will can just all as if from by your me do what there been get one out up about no or some who when their them its us any would could should'.split(' '),
);
const COMMON_FIRST_KEYS = new Set([...COMMON_FIRST].map(exactKey));

type Atom =
  | { kind: 'char'; c: string; min: number; many: boolean }
  | { kind: 'digit'; min: number; many: boolean }
  | { kind: 'group'; alts: string[]; min: number; many: boolean }
  | { kind: 'zero' } // look-around, \b, ^, $: consumes nothing
  | { kind: 'end' } // (?![a-z0-9…]): the letters before it end a word
  | { kind: 'sep'; min: number; many: boolean } // never a letter or digit: \s, [ ,]
  | { kind: 'other'; min: number; many: boolean };

const ALNUM = /^[a-z0-9]$/;

/** Index just past the group or class that opens at `i`. */
export function closing(src: string, i: number): number {
  const open = src[i];
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (open === '[') {
      if (c === ']' && j > i) return j + 1;
      continue;
    }
    if (c === '[') {
      j = closing(src, j) - 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  throw new Error('unbalanced');
}

/** Top-level alternatives of a regex source. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '(' || c === '[') j = closing(src, j) - 1;
    else if (c === '|') {
      out.push(src.slice(from, j));
      from = j + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

function atoms(src: string): Atom[] {
  const out: Atom[] = [];
  let i = 0;
  while (i < src.length) {
    let atom: Atom;
    const c = src[i]!;
    if (c === '(') {
      const end = closing(src, i);
      const inner = src.slice(i + 1, end - 1);
      if (/^\?(?:=|!|<=|<!)/.test(inner)) {
        // "(?:vermin|parasites)(?![a-z0-9])[^.]{0,40}…": what follows cannot continue the word.
        out.push(/^\?!\[(?:a-z0-9|0-9a-z)[^\]]*\]$/.test(inner) ? { kind: 'end' } : { kind: 'zero' });
        i = end;
        continue;
      }
      if (inner.startsWith('?') && !inner.startsWith('?:')) throw new Error('named group');
      atom = { kind: 'group', alts: alternatives(inner.startsWith('?:') ? inner.slice(2) : inner), min: 1, many: false };
      i = end;
    } else if (c === '[') {
      const end = closing(src, i);
      const body = src.slice(i + 1, end - 1);
      if (body === '0-9') atom = { kind: 'digit', min: 1, many: false };
      else if (/^[^-^\\\]]+$/.test(body)) atom = { kind: 'group', alts: body.split('').map((ch) => (ALNUM.test(ch) ? ch : `\\${ch}`)), min: 1, many: false };
      else atom = { kind: 'other', min: 1, many: false };
      i = end;
    } else if (c === '\\') {
      const e = src[i + 1] ?? '';
      i += 2;
      if (e === 'b' || e === 'B') {
        out.push({ kind: 'zero' });
        continue;
      }
      if (e === 'd') atom = { kind: 'digit', min: 1, many: false };
      else if (e === 's') atom = { kind: 'sep', min: 1, many: false };
      else if (/[a-zA-Z0-9]/.test(e)) atom = { kind: 'other', min: 1, many: false }; // \s, \w, \u…, backreferences
      else atom = { kind: 'char', c: e, min: 1, many: false }; // an escaped symbol: \. \+ \(
    } else if (c === '^' || c === '$') {
      out.push({ kind: 'zero' });
      i++;
      continue;
    } else if (c === '.') {
      atom = { kind: 'other', min: 1, many: false };
      i++;
    } else if (c === '|' || c === ')' || c === '*' || c === '+' || c === '?' || c === '{') {
      throw new Error(`unexpected ${c}`);
    } else {
      atom = { kind: 'char', c, min: 1, many: false };
      i++;
    }
    // Quantifier.
    const q = /^(?:\?|\*|\+|\{(\d+)(,(\d*))?\})\??/.exec(src.slice(i));
    if (q) {
      const min = q[0][0] === '?' || q[0][0] === '*' ? 0 : q[0][0] === '+' ? 1 : Number(q[1]);
      const many = q[0][0] === '*' || q[0][0] === '+' || (q[2] !== undefined && q[3] !== '1');
      atom = { ...atom, min: Math.min(min, 1), many } as Atom;
      i += q[0].length;
    }
    out.push(atom);
  }
  return out;
}

/**
 * The keys a phrase can start with, or null when that cannot be told safely.
 * A key is the phrase's leading [a-z0-9] letters (at most three): a prefix of
 * the word the match starts at. A phrase that starts with a symbol is keyed
 * on that symbol, or on "a digit".
 */
export function phraseKeys(fragment: string, endsWord = true): Set<number> | null {
  const keys = new Set<number>();
  /**
   * `first`: set while reading the word after a common first word ("the
   * council"), whose first letters make a pair key with it, far rarer than
   * "the" alone.
   */
  const walk = (list: Atom[], acc: string, first?: string): boolean => {
    // The letters so far end a word for certain (a space, a symbol or the phrase's end follows).
    const whole = () => {
      if (first !== undefined) return acc.length > 0 && (keys.add(pairKey(first, acc)), true);
      if (COMMON_FIRST.has(acc) && list[0]?.kind === 'sep') return pairOrWhole(list.slice(1), acc);
      return keys.add(exactKey(acc)), true;
    };
    // The letters so far begin a word that may go on.
    const begun = () => acc.length > 0 && (keys.add(first !== undefined ? pairKey(first, acc) : prefixKey(acc)), true);
    if (first !== undefined && acc.length >= PREFIX) return begun();
    const atom = list[0];
    // The phrase's end is a word's end only when the regex says so after it ((?![a-z0-9])).
    if (!atom) return acc.length > 0 && (endsWord ? whole() : begun());
    const rest = list.slice(1);
    if (atom.kind === 'zero') return walk(rest, acc, first);
    // (A common word goes on as before, to be paired with the word after it: "you(?![a-z0-9]) are".)
    if (atom.kind === 'end') return acc.length > 0 && (first !== undefined || !COMMON_FIRST.has(acc)) ? whole() : walk(rest, acc, first);
    if (atom.min === 0 && !walk(rest, acc, first)) return false;
    // What follows one repetition: nothing known if it may repeat.
    const next = atom.many ? [] : rest;
    switch (atom.kind) {
      case 'char':
        if (ALNUM.test(atom.c)) return atom.many ? ((acc += atom.c), begun()) : walk(next, acc + atom.c, first);
        // "I'll", "it's": a common word and its contraction key like a common word and the next word.
        if (acc.length > 0 && first === undefined && atom.c === "'" && !atom.many && COMMON_FIRST.has(acc)) return pairOrWhole(next, acc);
        if (acc.length > 0) return first !== undefined ? begun() : keys.add(exactKey(acc)) && true;
        return first === undefined && (keys.add(SYMBOL_BASE + atom.c.charCodeAt(0)), true);
      case 'sep':
        return acc.length > 0 && whole();
      case 'digit':
        if (acc.length > 0) return begun();
        return first === undefined && (keys.add(DIGIT_KEY), true);
      case 'other':
        return begun();
      case 'group':
        return atom.alts.every((alt) => walk([...atoms(alt), ...(atom.many ? [{ kind: 'other', min: 1, many: false } as Atom] : next)], acc, first));
    }
  };
  /** After a common word and white space: pair keys with the next word, or the word alone if that is unclear. */
  const pairOrWhole = (afterSpace: Atom[], word: string): boolean => {
    const before = new Set(keys);
    if (walk(afterSpace, '', word)) return true;
    keys.clear();
    for (const k of before) keys.add(k);
    return keys.add(exactKey(word)), true;
  };
  try {
    return alternatives(fragment).every((alt) => walk(atoms(alt), '')) ? keys : null;
  } catch {
    return null;
  }
}

interface Registered {
  id: number;
  sticky: RegExp;
  /** Per key of this regex, the indices of the phrases that key can start (in phrase order). */
  groups: number[][];
  /** Builds a sticky regex of some of the phrases (in their order), or none if phrases have capture groups. */
  build?: (phraseIndices: number[]) => RegExp;
  /** Sticky regexes of the phrases one key can start, by its group id. */
  single: RegExp[];
  /** Sticky regexes of the phrases several keys at one position can start, by their group ids. */
  subsets: Map<string, RegExp>;
  /** The same for exactly two keys (the usual case: a word's first letters and the whole word), by a number. */
  pairs: Map<number, RegExp>;
}

const registry = new WeakMap<RegExp, Registered>();
/** Which registered regexes each key can start, as pairs: regex id, the key's group id within that regex. */
const regexesByKey = new Map<number, number[]>();
/** A one-bit-per-bucket filter over the keys: most words' keys are in no lexicon, and skip the map. */
const keyFilter = new Uint32Array(1 << 11);
const bucketOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> 16;
const mayHave = (key: number) => (keyFilter[bucketOf(key) >>> 5]! & (1 << (bucketOf(key) & 31))) !== 0;
/** Symbols some phrase starts with, so other punctuation costs no lookup. */
const startingSymbols = new Set<number>();
const SUBSET_LIMIT = 2_000;

/**
 * Register a phrase regex (matching only at word starts or at its symbols) with
 * the sources of its phrases. `endsWord`: the regex requires a character other
 * than [a-z0-9] after each phrase, so a phrase's last letters end a word.
 * `build`, given phrase indices, makes the same regex of just those phrases: at a
 * position only the phrases its keys can start are tried (a lexicon of 150
 * phrases is then 2 or 3 small regexes, not one long alternation, per position).
 * Returns whether it could be keyed.
 */
export function registerPhrases(re: RegExp, fragmentSources: readonly string[], endsWord = true, build?: (phraseIndices: number[]) => RegExp): boolean {
  const byKey = new Map<number, number[]>();
  for (let f = 0; f < fragmentSources.length; f++) {
    const keys = phraseKeys(fragmentSources[f]!, endsWord);
    if (!keys) return false;
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(f);
      else byKey.set(k, [f]);
    }
  }
  // Capture groups would be numbered differently in a regex of fewer phrases. (A "(" inside a
  // character class opens no group: counting it would run the whole lexicon at every key.)
  const capturing = fragmentSources.some((f) => /(?<!\\)\((?!\?)/.test(f.replace(/\[(?:\\.|[^\]\\])*\]/g, '[]')));
  const id = registeredRegexes.push(re) - 1;
  const entry: Registered = { id, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), groups: [], build: capturing ? undefined : build, single: [], subsets: new Map(), pairs: new Map() };
  registry.set(re, entry);
  for (const [k, phrasesOfKey] of byKey) {
    const group = entry.groups.push(phrasesOfKey) - 1;
    keyFilter[bucketOf(k) >>> 5]! |= 1 << (bucketOf(k) & 31);
    if (k >= SYMBOL_BASE && k < DIGIT_KEY) startingSymbols.add(k - SYMBOL_BASE);
    const pairs = regexesByKey.get(k);
    if (pairs) pairs.push(id, group);
    else regexesByKey.set(k, [id, group]);
  }
  return true;
}

/** Every registered regex (the tests check the index against a plain scan for each). */
export const registeredRegexes: RegExp[] = [];

/** Registered regexes tried whole at every key, because a phrase has a capture group (kept for the tests). */
export function regexesTriedWhole(): RegExp[] {
  return registeredRegexes.filter((re) => !registry.get(re)!.build);
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** The characters a regex's \\s matches. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Where in one text each registered regex may match: one pass, shared by all of them. */
export class PhraseIndex {
  private readonly starts: number[][] = [];
  /** Per regex and start: the group id of the key found there, or several. */
  private readonly groupsAt: Array<Array<number | number[]>> = [];

  constructor(private readonly text: string) {
    const push = (pairs: number[] | undefined, at: number) => {
      if (!pairs) return;
      for (let p = 0; p < pairs.length; p += 2) {
        const id = pairs[p]!;
        const group = pairs[p + 1]!;
        const list = (this.starts[id] ??= []);
        const groups = (this.groupsAt[id] ??= []);
        const last = list.length - 1;
        if (list[last] !== at) {
          list.push(at);
          groups.push(group);
          continue;
        }
        const here = groups[last]!;
        if (typeof here === 'number') {
          if (here !== group) groups[last] = [here, group];
        } else if (!here.includes(group)) here.push(group);
      }
    };
    let prevAlnum = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const alnum = isAlnum(c);
      if (alnum && !prevAlnum) {
        // A word start: its first one, two and three letters, and the whole word.
        let prefix = 0;
        let hash = 0;
        for (let j = i; j < text.length; j++) {
          const d = text.charCodeAt(j);
          if (!isAlnum(d)) break;
          if (j - i < PREFIX) {
            prefix |= d << (7 * (j - i));
            if (mayHave(prefix)) push(regexesByKey.get(prefix), i);
          }
          hash = (Math.imul(hash, 31) + d) | 0;
        }
        const exact = EXACT_BASE | (hash & (EXACT_BASE - 1));
        if (COMMON_FIRST_KEYS.has(exact)) {
          // A common word: the phrases starting with it are keyed on it and the next word's first letters.
          let k = i + 1;
          while (k < text.length && isAlnum(text.charCodeAt(k))) k++;
          if (text.charCodeAt(k) === 39) k++; // a contraction: "i'll", "it's"
          else while (k < text.length && isSpace(text.charCodeAt(k))) k++;
          let second = 0;
          for (let m = 0; m < PREFIX && k + m < text.length && isAlnum(text.charCodeAt(k + m)); m++) {
            second |= text.charCodeAt(k + m) << (7 * m);
            const pair = pairKeyOf(hash, second);
            if (mayHave(pair)) push(regexesByKey.get(pair), i);
          }
        }
        if (mayHave(exact)) push(regexesByKey.get(exact), i);
        if (c <= 57) push(regexesByKey.get(DIGIT_KEY), i);
      } else if (!alnum && startingSymbols.has(c)) {
        push(regexesByKey.get(SYMBOL_BASE + c), i);
      }
      prevAlnum = alnum;
    }
  }

  /** Whether a registered regex can be run from this index. */
  static handles(re: RegExp): boolean {
    return registry.has(re);
  }

  /** Matches of a registered regex, exactly as a global scan would find them, until `each` returns false. */
  exec(re: RegExp, each: (m: RegExpExecArray) => boolean): void {
    const entry = registry.get(re)!;
    const list = this.starts[entry.id];
    if (!list) return;
    const groupsAt = this.groupsAt[entry.id]!;
    let end = 0;
    for (let i = 0; i < list.length; i++) {
      const at = list[i]!;
      if (at < end) continue;
      const sticky = stickyFor(entry, groupsAt[i]!);
      sticky.lastIndex = at;
      const m = sticky.exec(this.text);
      if (m === null || m[0].length === 0) continue;
      end = at + m[0].length;
      if (!each(m)) return;
    }
  }
}

/** The regex of just the phrases these keys can start (same first match at a position as the whole lexicon). */
function stickyFor(entry: Registered, groups: number | number[]): RegExp {
  if (!entry.build) return entry.sticky;
  if (typeof groups === 'number') return (entry.single[groups] ??= entry.build(entry.groups[groups]!));
  // Two keys (the usual case: a word's first letters and the whole word) are looked up by a number,
  // not a sorted and joined name: this runs at every such position of every draft.
  if (groups.length === 2) {
    const [a, b] = groups as [number, number];
    return cached(entry, entry.pairs, a < b ? a * 0x200000 + b : b * 0x200000 + a, groups);
  }
  return cached(entry, entry.subsets, [...groups].sort((a, b) => a - b).join(','), groups);
}

/** The regex of the phrases these keys can start, built once per cache key (up to a limit, then the whole lexicon). */
function cached<K>(entry: Registered, cache: Map<K, RegExp>, key: K, groups: number[]): RegExp {
  let sticky = cache.get(key);
  if (sticky) return sticky;
  if (cache.size >= SUBSET_LIMIT) return entry.sticky;
  sticky = entry.build!([...new Set(groups.flatMap((g) => entry.groups[g]!))].sort((a, b) => a - b));
  cache.set(key, sticky);
  return sticky;
}
