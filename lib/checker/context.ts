import { deepView, liteView, type TextView } from './normalize';
import { PhraseIndex } from './phrase-index';
import type { CategoryId, Policy, Severity } from './types';

export type ViewName = 'lite' | 'deep';

/** A match in a view, already mapped back to original offsets. */
export interface Span {
  start: number;
  end: number;
  /** The matched text in the view. */
  text: string;
  /** Index and end in the view the match was found in. */
  viewStart: number;
  viewEnd: number;
  groups: (string | undefined)[];
}

/** What a rule reports: a span in the original text, optionally overriding severity or message. */
export interface Hit {
  start: number;
  end: number;
  severity?: Severity;
  message?: string;
}

export interface Rule {
  id: string;
  category: CategoryId;
  severity: Severity;
  /** Why it may breach the policy, and what to do instead. */
  message: string;
  /** A backstop speaks only when no other rule of its category has found anything in the draft. */
  backstop?: boolean;
  check(ctx: CheckContext): Hit[];
}

/**
 * Drafts a rule must fire on, and drafts it must leave alone: exported beside
 * each rule (tested table-driven), kept out of the rule object so that the
 * extension's bundle leaves them behind.
 */
export interface RuleExamples {
  fire: string[];
  pass: string[];
  policy?: Partial<Policy>;
}

/** A match found at `offset` into a view, as a span mapped to original offsets. */
function spanOf(view: TextView, m: RegExpExecArray, offset: number): Span {
  const vs = offset + m.index;
  const ve = vs + m[0].length;
  return { start: view.starts[vs]!, end: view.ends[ve - 1]!, text: m[0], viewStart: vs, viewEnd: ve, groups: m.slice(1) };
}

/** Matches of `re` in `text` (which starts at `offset` in the view) from `startAt` on, as spans mapped to original offsets. */
function collect(view: TextView, re: RegExp, text: string, offset: number, out: Span[], startAt = 0): Span[] {
  re.lastIndex = startAt;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(spanOf(view, m, offset));
  }
  return out;
}

/**
 * The stretches of `text` within `radius` of an anchor, widened to whole words and merged, in order.
 * Anchors are a regex's matches, or ranges already found (view indices, in order).
 */
export function anchorWindows(text: string, anchor: RegExp | ReadonlyArray<{ viewStart: number; viewEnd: number }>, radius: number): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const widen = (start: number, end: number) => {
    let a = Math.max(0, start - radius);
    let b = Math.min(text.length, end + radius);
    while (a > 0 && /\S/.test(text[a - 1]!)) a--;
    while (b < text.length && /\S/.test(text[b]!)) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  };
  if (!(anchor instanceof RegExp)) {
    for (const s of anchor) widen(s.viewStart, s.viewEnd);
    return windows;
  }
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m !== null; m = anchor.exec(text)) {
    widen(m.index, m.index + m[0].length);
    anchor.lastIndex = Math.max(anchor.lastIndex, m.index + m[0].length);
  }
  return windows;
}

/** Characters before a window that a pattern's look-behind may need to see ("(?<=[.!?]\s{0,3})"). */
const LOOKBEHIND = 16;


// "Mrs. Hart", "no. 7": a title's or a house number's full stop does not end the sentence.
const SENTENCE_END = /(?:(?<!(?:^|[^a-z])(?:mr|mrs|ms|dr|cllr|tel|approx))\.(?<!(?:^|[^a-z])nos?\.(?=\s?[0-9]))|[!?])[.!?]*(?=[\s"')\]]|$)|\n+/g;

export class CheckContext {
  readonly original: string;
  readonly policy: Policy;
  readonly lite: TextView;
  private deepCache: TextView | undefined;
  private sentenceCache: Array<[number, number]> | undefined;
  private quoteCache: Array<[number, number]> | undefined;
  private readonly memos = new Map<unknown, unknown>();
  private liteIndex: PhraseIndex | undefined;
  private deepIndex: PhraseIndex | undefined;

  constructor(original: string, policy: Policy) {
    this.original = original;
    this.policy = policy;
    this.lite = liteView(original);
  }

  /** A value computed once per check (whole-draft conditions that several hits ask about). */
  memo<T>(key: object, compute: () => T): T {
    const known = this.memos.get(key);
    if (known !== undefined || this.memos.has(key)) return known as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /** Whether a regex matches the whole draft's lite text; computed once per check. */
  mentions(re: RegExp): boolean {
    return this.memo(re, () => this.has(re));
  }

  /** Lite text around an original span (the span itself left out), for context checks. */
  around(span: { start: number; end: number }, chars: number): string {
    return `${this.before(span.start, chars)} … ${this.after(span.end, chars)}`;
  }

  get deep(): TextView {
    return (this.deepCache ??= deepView(this.lite));
  }

  view(name: ViewName): TextView {
    return name === 'lite' ? this.lite : this.deep;
  }

  /** All matches of a global regex in a view, mapped to original offsets. */
  find(re: RegExp, viewName: ViewName = 'lite'): Span[] {
    const view = this.view(viewName);
    if (!PhraseIndex.handles(re)) return collect(view, re, view.text, 0, []);
    const out: Span[] = [];
    this.phraseIndex(viewName).exec(re, (m) => out.push(spanOf(view, m, 0)) > 0);
    return out;
  }

  /** Whether a global regex matches anywhere in a view (a lexicon regex stops at its first match). */
  has(re: RegExp, viewName: ViewName = 'lite'): boolean {
    const text = this.view(viewName).text;
    if (!PhraseIndex.handles(re)) {
      re.lastIndex = 0;
      const found = re.test(text);
      re.lastIndex = 0;
      return found;
    }
    let found = false;
    this.phraseIndex(viewName).exec(re, () => ((found = true), false));
    return found;
  }

  private phraseIndex(viewName: ViewName): PhraseIndex {
    const lite = (this.liteIndex ??= new PhraseIndex(this.lite.text));
    if (viewName === 'lite') return lite;
    // Most drafts have no disguises to undo: then both views share one index.
    return (this.deepIndex ??= this.deep.text === this.lite.text ? lite : new PhraseIndex(this.deep.text));
  }

  /**
   * All matches of a global regex in the original text, where case is the
   * signal (shouting, car registrations, capitalised names and titles).
   */
  findInOriginal(re: RegExp): Hit[] {
    const out: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(this.original); m !== null; m = re.exec(this.original)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /**
   * Like find(), but runs a costly pattern only in windows around the matches
   * of a cheap anchor (a word every match must contain, as a regex or the spans
   * found of it), widened to word boundaries. On a long draft with few anchors
   * this skips most of the text. A match starts inside a window; its
   * look-behinds see the text just before it, and "^" is only the draft's start.
   */
  findNear(re: RegExp, anchor: RegExp | readonly Span[], radius: number, viewName: ViewName = 'lite'): Span[] {
    const view = this.view(viewName);
    const t = view.text;
    const windows = anchorWindows(t, anchor, radius);
    const out: Span[] = [];
    if (windows.length === 0) return out;
    if (!PhraseIndex.handles(re)) {
      for (const [a, b] of windows) {
        const from = Math.max(0, a - LOOKBEHIND);
        collect(view, re, t.slice(from, b), from, out, a - from);
      }
      return out;
    }
    // A lexicon regex is tried only where its first words occur; keep the matches inside a window.
    let w = 0;
    this.phraseIndex(viewName).exec(re, (m) => {
      while (w < windows.length && windows[w]![1] <= m.index) w++;
      const win = windows[w];
      if (win && m.index >= win[0] && m.index + m[0].length <= win[1]) out.push(spanOf(view, m, 0));
      return true;
    });
    return out;
  }

  /** Original range of a part of a span's matched text (found by searching the match text). */
  sub(span: Span, part: string, viewName: ViewName = 'lite'): { start: number; end: number } {
    const view = this.view(viewName);
    const k = span.text.indexOf(part);
    if (k < 0 || part.length === 0) return { start: span.start, end: span.end };
    return { start: view.starts[span.viewStart + k]!, end: view.ends[span.viewStart + k + part.length - 1]! };
  }

  /** Sentence ranges in lite-view indices. */
  get sentences(): Array<[number, number]> {
    if (this.sentenceCache) return this.sentenceCache;
    const t = this.lite.text;
    const out: Array<[number, number]> = [];
    let last = 0;
    SENTENCE_END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_END.exec(t)) !== null) {
      const end = m.index + m[0].length;
      if (end > last) out.push([last, end]);
      last = end;
    }
    if (last < t.length) out.push([last, t.length]);
    return (this.sentenceCache = out);
  }

  /** The lite-view sentence containing a lite index. */
  sentenceOf(liteIndex: number): [number, number] {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = s[mid]!;
      if (liteIndex < a) hi = mid - 1;
      else if (liteIndex >= b) lo = mid + 1;
      else return [a, b];
    }
    return [0, this.lite.text.length];
  }

  /** Lite index of an original offset (first view character at or after it). */
  liteIndexOf(originalOffset: number): number {
    const starts = this.lite.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < originalOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The lite text of the sentence around an original span. */
  sentenceText(span: { start: number }): string {
    const [a, b] = this.sentenceOf(this.liteIndexOf(span.start));
    return this.lite.text.slice(a, b);
  }

  /** Lite text just before an original offset, within `chars` characters. */
  before(originalOffset: number, chars: number): string {
    const i = this.liteIndexOf(originalOffset);
    return this.lite.text.slice(Math.max(0, i - chars), i);
  }

  /** Lite text just after an original end offset, within `chars` characters. */
  after(originalEnd: number, chars: number): string {
    const i = this.liteIndexOf(originalEnd);
    return this.lite.text.slice(i, i + chars);
  }

  /** Quoted passages ('…' or "…") as original ranges. */
  get quotes(): Array<[number, number]> {
    if (this.quoteCache) return this.quoteCache;
    const out: Array<[number, number]> = [];
    // An apostrophe between letters stays inside the quote: "I was told 'you'll regret this'".
    const re = /"[^"\n]{1,300}"|(?<![a-z0-9])'(?=\S)(?:[^'\n]|(?<=[a-z])'(?=[a-z])){1,300}(?<=\S)'(?![a-z])/g;
    for (const s of this.find(re)) out.push([s.start, s.end]);
    return (this.quoteCache = out);
  }

  inQuotes(span: { start: number; end: number }): boolean {
    return this.quotes.some(([a, b]) => span.start > a && span.end < b + 1);
  }

  /** Whether the original character at an offset is upper case (for "Labour" against "labour"). */
  isUpperAt(originalOffset: number): boolean {
    const ch = this.original[originalOffset] ?? '';
    const folded = ch.normalize('NFKC');
    return folded !== folded.toLowerCase();
  }
}

