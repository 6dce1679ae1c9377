import type { CheckContext } from './context';
import words from './lexicons/topic-words.json';
import type { ReviewedTopic } from './types';
import { scanWords, WordSet } from './word-set';

/**
 * Reviewed (single-voice) topics matched the way people write them: any case,
 * plurals and simple inflections ("refurbishing the halls"), abbreviations
 * ("Church St"), and words in any order within a short window.
 */
const ABBREVIATIONS: Record<string, string> = words.abbreviations;
const STOP = new Set(words.stopWords);
const GENERIC = new Set(words.genericHeads);
const EVERYDAY_PLACES = new Set(words.everydayPlaces);
const CONCEPT = new Map<string, string>();
for (const [concept, members] of Object.entries(words.concepts)) for (const m of members) CONCEPT.set(m, `~${concept}`);
// A generic head ("site", "scheme", "plans") stands for the development it names.
for (const head of GENERIC) if (!CONCEPT.has(head)) CONCEPT.set(head, '~development');
const STREET_TYPES = new Set(['road', 'street', 'lane', 'close', 'way', 'avenue', 'drive', 'crescent', 'hill', 'place', 'row', 'terrace', 'grove', 'gardens', 'court', 'walk', 'rise', 'square', 'mews', 'view', 'end', 'green']);
const TEMPORARY = /^\s+(?:on|until|till|today|tomorrow|tonight|this (?:week|weekend|morning|afternoon|evening)|over (?:christmas|easter|the holidays|the bank holiday|the weekend)|for (?:the |a )?(?:christmas |santa |new year |remembrance |carnival |charity |village |school )?(?:parade|fete|fair|carnival|market|race|fun run|marathon|procession|switch-on|street party|festival|concert|bonfire|fireworks)|for (?:staff training|training|the day|the afternoon|the morning|lunch|a few days|the holidays|christmas|easter|half[- ]term|the bank holiday|stocktaking|cleaning|repairs|maintenance|the weekend|a week|two weeks|a fortnight)|early|at [0-9]|from [0-9]|between|while|due to (?:the )?(?:weather|snow|flooding|a power cut|illness|staff))(?![a-z])/;
const TOKEN = /[a-z0-9]+(?:'[a-z]+)?/g;
const HASHTAG = /#([A-Za-z][A-Za-z0-9]+)/g;
// The words of a camel-cased hashtag: "ConservationReview" -> Conservation, Review; "A14Link" -> A14, Link.
const CAMEL_WORD = /[A-Z]?[a-z0-9]+|[A-Z0-9]+(?![a-z])/g;
const PREFIX = 5;
const NONE: number[] = [];

// Words recur from draft to draft (and keystroke to keystroke): remember their keys.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

export function wordKey(word: string): string {
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    key = computeWordKey(word);
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(word, key);
  }
  return key;
}

function computeWordKey(word: string): string {
  let w = word.replace(/'s$|'$/, '');
  w = ABBREVIATIONS[w] ?? w;
  const concept = CONCEPT.get(w);
  if (concept) return concept;
  const stem = stemOf(w);
  return CONCEPT.get(stem) ?? stem;
}

function stemOf(word: string): string {
  let w = word;
  if (w.length > 6 && w.endsWith('ments')) w = w.slice(0, -5);
  else if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ings')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// "-eer" makes the people of a thing ("allotmenteers", "auctioneer"); "-er" is left out: the gardener is not the gardens.
const INFLECTION = /^(?:s|es|d|ed|ing|ings|ment|ments|ation|ations|al|ly|y|ies|e|en|(?:ment)?eers?)$/;

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('~') || b.startsWith('~')) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // "refurbish" / "refurbishing", not "neighbour" / "neighbourhood" or "glapthorn" / "glapthornroad".
  return short.length >= PREFIX && long.startsWith(short) && INFLECTION.test(long.slice(short.length));
}

interface Term {
  topic: string;
  note?: string;
  keys: string[];
  /** Where its words' slots begin in the per-draft position arrays. */
  slot: number;
}

export interface TopicMatch {
  topic: string;
  note?: string;
  start: number;
  end: number;
}

export interface TopicMatcher {
  find(ctx: CheckContext): TopicMatch[];
}

function keysOf(phrase: string): string[] {
  const keys = conceptKeysOf(phrase);
  // "flats application", "the flats": nothing but small words and concepts would match any development
  // word ("question", "the new houses"); such a name is matched as written, with its inflections.
  if (keys.every((k) => k.startsWith('~') || STOP.has(k))) return literalKeysOf(phrase);
  return keys;
}

function wordsOf(phrase: string): string[] {
  const lower = phrase.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘]/g, "'");
  return lower.match(TOKEN) ?? [];
}

function literalKeysOf(phrase: string): string[] {
  const words = wordsOf(phrase);
  const content = words.filter((w) => !STOP.has(w));
  return (content.length > 0 ? content : words).map(literalKey);
}

/** A word's stem, without its concept ("flats" -> "flat", not "~development"). */
function literalKey(word: string): string {
  const w = word.replace(/'s$|'$/, '');
  return stemOf(ABBREVIATIONS[w] ?? w);
}

function conceptKeysOf(phrase: string): string[] {
  const words = wordsOf(phrase);
  const content = words.filter((w) => !STOP.has(w));
  // "New pavilion" must not shrink to "pavilion": small words are dropped only when two others remain.
  const all = content.length >= 2 ? content : words;
  // "Mill Lane housing scheme": the scheme is implied; keep a generic head only when it is all there is.
  const specific = all.filter((w) => !GENERIC.has(w));
  if (specific.length < 2) return all.map(wordKey);
  // "the car park works" is not every post about the car park: an everyday place keeps its head.
  if (specific.length < all.length && EVERYDAY_PLACES.has(specific.join(' '))) return all.map(wordKey);
  // "Glapthorn Road site" is not every post about Glapthorn Road: a bare street keeps its head, as any development word.
  const last = specific[specific.length - 1]!;
  if (specific.length < all.length && STREET_TYPES.has(ABBREVIATIONS[last] ?? last)) return [...specific.map(wordKey), '~development'];
  return specific.map(wordKey);
}

class CompiledTopics implements TopicMatcher {
  private readonly terms: Term[] = [];
  /** Words of all terms together. */
  private slots = 0;
  /** First-letters index: a text word's first PREFIX characters (or all of a short word) to term indices. */
  private readonly index = new Map<string, Set<number>>();
  /** The first letters a text word must start with to be worth stemming (most words are not). */
  private readonly openings = new WordSet<true>();
  /** Which words of which terms each text word is, remembered by the word's hash as the scan computes it (words recur). */
  private seen = new WordSet<number[]>();

  constructor(topics: readonly ReviewedTopic[]) {
    for (const topic of topics) {
      for (const phrase of [topic.name, ...(topic.aliases ?? [])]) {
        const keys = keysOf(phrase);
        if (keys.length === 0) continue;
        this.addTerm(topic, keys);
        // A two-word name or alias, "skate park", is also written closed up, "skatepark". (Only two-word ones:
        // each closed-up form is one more term every draft is matched against.)
        const pair = wordsOf(phrase).filter((w) => !STOP.has(w));
        if (keys.length !== 2 || pair.length !== 2 || pair[0]!.length < 3 || pair[1]!.length < 3) continue;
        // A closed-up form the abbreviations already spell out ("carpark") is matched through them.
        if (ABBREVIATIONS[pair[0]! + pair[1]!] === undefined) this.addTerm(topic, [wordKey(pair[0]! + pair[1]!)]);
      }
    }
  }

  private addTerm(topic: ReviewedTopic, keys: string[]): void {
    const t = this.terms.push({ topic: topic.name, note: topic.note, keys, slot: this.slots }) - 1;
    this.slots += keys.length;
    for (const k of keys) {
      this.addOpenings(k);
      const bucket = k.slice(0, PREFIX);
      let set = this.index.get(bucket);
      if (!set) this.index.set(bucket, (set = new Set()));
      set.add(t);
    }
  }

  /** Every way a text word for this key can begin: the key itself, its abbreviations, its concept's words. */
  private addOpenings(key: string): void {
    const open = (w: string) => this.openings.set(w.slice(0, PREFIX), true);
    if (key.startsWith('~')) {
      for (const [member, concept] of CONCEPT) if (concept === key) open(member);
      return;
    }
    open(key);
    // "lorry" is read as "lorries" too: a plural in -ies begins differently from its stem.
    if (key.endsWith('y')) open(`${key.slice(0, -1)}i`);
    for (const [short, full] of Object.entries(ABBREVIATIONS)) if (wordKey(full).startsWith(key.slice(0, PREFIX)) || wordKey(full) === key) open(short);
  }

  /** Whether text[from, to) begins with the first letters of a topic word (its first 1..5 letters, hashed as they are read). */
  private opens(text: string, from: number, to: number): boolean {
    let h = 0;
    for (let k = 0; k < PREFIX && from + k < to; k++) {
      h = (Math.imul(h, 31) + text.charCodeAt(from + k)) | 0;
      if (k + 1 >= this.openings.minLength && this.openings.at(text, from, from + k + 1, h) !== undefined) return true;
    }
    return false;
  }

  /** Which words of which terms a text word is, as [term, word index, ...]. */
  private termWordsOf(word: string): number[] {
    const matches: number[] = [];
    const key = wordKey(word);
    // A name kept as written ("the flats") is matched by the word's own stem, not its concept.
    const literal = literalKey(word);
    for (const k of literal === key ? [key] : [key, literal]) {
      for (const t of this.index.get(k.length > PREFIX ? k.slice(0, PREFIX) : k) ?? []) {
        const keys = this.terms[t]!.keys;
        for (let i = 0; i < keys.length; i++) if (sameWord(keys[i]!, k)) matches.push(t, i);
      }
    }
    return matches;
  }

  find(ctx: CheckContext): TopicMatch[] {
    const terms = this.terms;
    if (terms.length === 0) return [];
    const text = ctx.lite.text;
    const out: TopicMatch[] = [];
    // Per term word (a slot): the text word position where it last occurred, and where that word starts.
    const lastPos = new Int32Array(this.slots).fill(-1);
    const lastFrom = new Int32Array(this.slots);
    // Per term: the position of the last word of its last match (its words are not used twice).
    const usedUntil = new Int32Array(terms.length).fill(-1);
    let pos = -1;
    const visit = (from: number, to: number, hash: number) => {
      if (to - from === 1 && text.charCodeAt(from) !== 0x61 && text.charCodeAt(from) !== 0x69) return; // the "s" of "nobody's"
      pos++;
      // Does the word begin like any topic word? Most words are ruled out by their first two letters.
      if (!this.openings.mayBeginAt(text, from, to)) return;
      // The rest are looked up whole, by the hash the scan computed: a draft repeats its words.
      let matches = this.seen.at(text, from, to, hash);
      if (matches === undefined) {
        matches = this.opens(text, from, to) ? this.termWordsOf(text.slice(from, to)) : NONE;
        if (this.seen.size >= KEY_CACHE_LIMIT) this.seen = new WordSet<number[]>();
        this.seen.set(text.slice(from, to), matches);
      }
      for (let m = 0; m < matches.length; m += 2) {
        const t = matches[m]!;
        const term = terms[t]!;
        lastPos[term.slot + matches[m + 1]!] = pos;
        lastFrom[term.slot + matches[m + 1]!] = from;
        // All of the term's words within a short window ending here? Small words in between ("the", "on") count towards it.
        const need = term.keys.length;
        let earliest = pos;
        let first = term.slot;
        for (let k = term.slot; k < term.slot + need; k++) {
          if (lastPos[k]! < earliest) {
            earliest = lastPos[k]!;
            first = k;
          }
        }
        if (earliest <= usedUntil[t]! || pos - earliest >= need + 3) continue;
        usedUntil[t] = pos;
        // "The library is closed on Monday for training": a day off, not the closure under review.
        if (term.keys.includes('~closure') && TEMPORARY.test(text.slice(to, to + 40))) continue;
        out.push({ topic: term.topic, note: term.note, start: ctx.lite.starts[lastFrom[first]!]!, end: ctx.lite.ends[to - 1]! });
      }
    };
    scanWords(text, visit, { digits: true });
    if (ctx.original.includes('#')) this.findInHashtags(ctx, out);
    return out;
  }

  /** "#ConservationReview": a camel-cased hashtag names a topic whose words it joins. */
  private findInHashtags(ctx: CheckContext, out: TopicMatch[]): void {
    for (const m of ctx.original.matchAll(HASHTAG)) {
      const words = m[1]!.match(CAMEL_WORD)?.map((w) => wordKey(w.toLowerCase())) ?? [];
      if (words.length < 2) continue;
      const start = m.index! + 1;
      const end = start + m[1]!.length;
      for (const term of this.terms) {
        if (term.keys.length < 2 || !term.keys.every((k) => words.some((w) => sameWord(k, w)))) continue;
        if (out.some((o) => o.topic === term.topic && o.start < end && o.end > start)) continue;
        out.push({ topic: term.topic, note: term.note, start, end });
      }
    }
  }
}

const cache = new WeakMap<readonly ReviewedTopic[], TopicMatcher>();

/** The matcher for a topic list, compiled once per list. */
export function compileTopics(topics: readonly ReviewedTopic[]): TopicMatcher {
  let matcher = cache.get(topics);
  if (!matcher) cache.set(topics, (matcher = new CompiledTopics(topics)));
  return matcher;
}

/** The reviewed topics a draft names, found once per draft (single-voice reports them; council-decision asks whether there are any). */
export function reviewedTopicsIn(ctx: CheckContext): TopicMatch[] {
  const matcher = compileTopics(ctx.policy.reviewedTopics);
  return ctx.memo(matcher, () => matcher.find(ctx));
}
