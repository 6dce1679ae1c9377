/**
 * Text views for matching, each with a map back to the original text.
 *
 * `lite`: what a reader sees, in a form that regexes can match: lower case,
 * compatibility forms folded (fullwidth letters, ligatures), accents removed,
 * zero-width characters dropped, odd spaces, quotes and dashes made plain.
 *
 * `deep`: `lite` with disguises undone, for abuse and slur lexicons: leetspeak
 * inside words (sh1t, p@ki), runs of three or more of a letter collapsed
 * (shuuuut), and spaced-out letters joined (s h i t).
 *
 * Every character of a view records the original UTF-16 range it came from,
 * so a match in a view maps back to exactly the words the user typed.
 */
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

class ViewBuilder {
  private codes: number[] = [];
  private s: number[] = [];
  private e: number[] = [];
  push(code: number, start: number, end: number): void {
    this.codes.push(code);
    this.s.push(start);
    this.e.push(end);
  }
  build(): TextView {
    const parts: string[] = [];
    for (let i = 0; i < this.codes.length; i += 8192) {
      parts.push(String.fromCharCode.apply(null, this.codes.slice(i, i + 8192)));
    }
    return { text: parts.join(''), starts: Int32Array.from(this.s), ends: Int32Array.from(this.e) };
  }
}

export function liteView(original: string): TextView {
  const out = new ViewBuilder();
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      out.push(c >= 0x41 && c <= 0x5a ? c + 32 : c, i, i + 1);
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

const LEET: Record<string, number> = {
  '@': 0x61, '4': 0x61, '3': 0x65, '1': 0x69, '!': 0x69, '0': 0x6f, $: 0x73, '5': 0x73, '7': 0x74, '€': 0x65, '|': 0x69,
};

const SPACER = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a]);

/** Disguises undone: leetspeak within words, stretched letters, spaced letters. */
export function deepView(lite: TextView): TextView {
  const t = lite.text;
  const n = t.length;
  // Pass 1: leetspeak inside word-like tokens that contain a letter.
  const codes: number[] = new Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    let hasLetter = false;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (isLetterCode(c)) hasLetter = true;
      else if (!(t[j]! in LEET) && c !== 0x2a) break;
      j++;
    }
    if (j === i) {
      codes[i] = t.charCodeAt(i);
      i++;
      continue;
    }
    // A leading '!' or trailing '!'/'1' is punctuation or a number, not a letter.
    for (let k = i; k < j; k++) {
      const ch = t[k]!;
      const c = t.charCodeAt(k);
      const edge = (k === i || k === j - 1) && (ch === '!' || ch === '|');
      codes[k] = hasLetter && !edge && ch in LEET && j - i > 1 ? LEET[ch]! : c;
    }
    i = j;
  }
  const out = new ViewBuilder();
  i = 0;
  while (i < n) {
    const c = codes[i]!;
    // Spaced-out letters: three or more single letters split by one spacer each.
    if (isLetterCode(c) && (i === 0 || !isLetterCode(codes[i - 1]!))) {
      let j = i;
      let count = 1;
      while (
        j + 2 < n &&
        SPACER.has(codes[j + 1]!) &&
        isLetterCode(codes[j + 2]!) &&
        !isLetterCode(codes[j + 3] ?? 0x20)
      ) {
        j += 2;
        count++;
      }
      if (count >= 3 && !isLetterCode(codes[i + 1] ?? 0x20)) {
        for (let k = i; k <= j; k += 2) out.push(codes[k]!, lite.starts[k]!, lite.ends[k]!);
        i = j + 1;
        continue;
      }
    }
    // Stretched letters: a run of three or more of the same letter counts as one.
    if (isLetterCode(c)) {
      let j = i + 1;
      while (j < n && codes[j] === c) j++;
      if (j - i >= 3) {
        out.push(c, lite.starts[i]!, lite.ends[j - 1]!);
        i = j;
        continue;
      }
    }
    out.push(c, lite.starts[i]!, lite.ends[i]!);
    i++;
  }
  return out.build();
}
