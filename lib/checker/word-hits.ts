import type { CheckContext } from './context';
import slurs from './lexicons/discrimination.json';
import { isProfane, isStarredSlur, PROFANE } from './profanity';
import { scanWords, WordSet } from './word-set';

/**
 * Slurs typed with one letter dropped, added or doubled, or two swapped
 * ("faggott", "retrad"); substitutions are not counted, so "bigger" and
 * "regard" stay innocent.
 */
const MISSPELT = new WordSet<true>();
for (const slur of slurs.fuzzySlurs) {
  for (let i = 0; i <= slur.length; i++) {
    if (i < slur.length) MISSPELT.set(slur.slice(0, i) + slur.slice(i + 1), true);
    if (i + 1 < slur.length) MISSPELT.set(slur.slice(0, i) + slur[i + 1] + slur[i] + slur.slice(i + 2), true);
    for (let c = 97; c <= 122; c++) MISSPELT.set(slur.slice(0, i) + String.fromCharCode(c) + slur.slice(i), true);
  }
}
const EXACT_SLURS = new Set(slurs.fuzzySlurs);

export interface WordHits {
  profane: Array<{ start: number; end: number }>;
  misspeltSlurs: Array<{ start: number; end: number }>;
}

const KEY = {};

/** Profane words and misspelt slurs of a draft, found in one allocation-free pass over the deep view. */
export function wordHits(ctx: CheckContext): WordHits {
  return ctx.memo(KEY, () => {
    const deep = ctx.deep;
    const t = deep.text;
    const hits: WordHits = { profane: [], misspeltSlurs: [] };
    scanWords(
      t,
      (from, to, hash, starred) => {
        if (starred && isStarredSlur(t.slice(from, to))) {
          hits.misspeltSlurs.push({ start: deep.starts[from]!, end: deep.ends[to - 1]! });
        } else if (starred ? isProfane(t.slice(from, to)) : PROFANE.at(t, from, to, hash)) {
          hits.profane.push({ start: deep.starts[from]!, end: deep.ends[to - 1]! });
        } else if (!starred && to - from >= 5 && MISSPELT.at(t, from, to, hash) && !EXACT_SLURS.has(t.slice(from, to))) {
          hits.misspeltSlurs.push({ start: deep.starts[from]!, end: deep.ends[to - 1]! });
        }
      },
      { stars: true, minLength: 3, maxLength: 24 },
    );
    return hits;
  });
}
