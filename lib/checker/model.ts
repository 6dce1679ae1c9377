/**
 * A small linear model per category, a backstop for what the phrase rules cannot list:
 * discrimination by implication and allegations by hint come in more wordings than any
 * lexicon holds. Trained by `npm run train:model` (scripts/train-model.ts) on the
 * labelled drafts in tests/corpus and the development corpus; the weights are data
 * (lexicons/model.json, readable: a word or a pair of words and its weight), the
 * features are the words and word pairs of the lite view.
 */
import type { CheckContext, Hit } from './context';
import model from './lexicons/model.json';

const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Calls `visit` for each token of a lite-view text with its hash: a run of letters and digits
 * (with apostrophes inside it: "don't"), or one of the marks that carry tone (? ! £), or one
 * pictograph (an emoji). Read by hand, not by a regex: this runs on every check.
 */
export function scanTokens(text: string, visit: (from: number, to: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      const from = i;
      let h = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordCode(d) || (d === 0x27 && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && i > from)) h = (Math.imul(h, 31) + d) | 0;
        else break;
        i++;
      }
      visit(from, i, h);
    } else if (c === 0x3f || c === 0x21 || c === 0xa3) {
      visit(i, i + 1, c);
      i++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // An astral character (most emoji): one token.
      visit(i, i + 2, (Math.imul(c, 31) + text.charCodeAt(i + 1)) | 0);
      i += 2;
    } else if (c >= 0x2600 && c <= 0x27bf) {
      visit(i, i + 1, c);
      i++;
    } else i++;
  }
}

/** The hash of a word pair, from its words' hashes (never equal to a word's own in practice). */
export const pairHash = (a: number, b: number) => (Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) + b) | 0;

/** The tokens of a text, as strings (for the trainer, which writes features people can read). */
export function tokenTexts(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (from, to) => out.push(text.slice(from, to)));
  return out;
}

/** A draft's features as the trainer counts them: each word, and each pair of neighbouring words ("a b"). */
export function features(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i]!);
    if (i + 1 < words.length) out.push(`${words[i]} ${words[i + 1]}`);
  }
  return out;
}

/** The hash a feature gets at check time: "a b" is the pair of "a" and "b". */
function featureHash(feature: string): number {
  let pair: number | undefined;
  let hash = 0;
  for (const word of feature.split(' ')) {
    scanTokens(word, (_from, _to, h) => (hash = h));
    pair = pair === undefined ? hash : pairHash(pair, hash);
  }
  return pair ?? 0;
}

export interface LinearModel {
  bias: number;
  /** Fire at or above this probability. */
  threshold: number;
  /** This model's column in the shared weight table. */
  column: number;
}

interface StoredModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const STORED = Object.entries(model.categories as Record<string, StoredModel>);
export const MODELS: ReadonlyMap<string, LinearModel> = new Map(STORED.map(([category, m], column) => [category, { bias: m.bias, threshold: m.threshold, column }]));

// One table for all the models, so that a check looks each word and pair up once: a feature's
// row, then only the models that weigh it (most features matter to one model): sparse rows.
const COLUMNS = STORED.length;
const ROW = new Map<number, number>();
const cells: Array<Array<[number, number]>> = [];
STORED.forEach(([, m], column) => {
  for (const [f, w] of Object.entries(m.weights)) {
    const h = featureHash(f);
    let row = ROW.get(h);
    if (row === undefined) ROW.set(h, (row = cells.push([]) - 1));
    cells[row]!.push([column, w]);
  }
});
const ROW_START = new Int32Array(cells.length + 1);
cells.forEach((c, i) => (ROW_START[i + 1] = ROW_START[i]! + c.length));
const CELL_COLUMN = new Int32Array(ROW_START[cells.length]!);
const CELL_WEIGHT = new Float64Array(ROW_START[cells.length]!);
cells.forEach((c, i) => c.forEach(([column, w], k) => ((CELL_COLUMN[ROW_START[i]! + k] = column), (CELL_WEIGHT[ROW_START[i]! + k] = w))));

// The rows again as an open-addressed table of plain integers: a check looks up every word and
// pair, and a Map lookup costs several times a probe of two typed arrays.
const TABLE_MASK = (1 << Math.ceil(Math.log2(Math.max(2, ROW.size) * 4))) - 1;
const TABLE_KEY = new Int32Array(TABLE_MASK + 1);
const TABLE_ROW = new Int32Array(TABLE_MASK + 1); // row + 1; 0 is an empty slot
for (const [h, row] of ROW) {
  let at = Math.imul(h, 0x9e3779b1) & TABLE_MASK;
  while (TABLE_ROW[at] !== 0) at = (at + 1) & TABLE_MASK;
  TABLE_KEY[at] = h;
  TABLE_ROW[at] = row + 1;
}
function rowOf(h: number): number {
  for (let at = Math.imul(h, 0x9e3779b1) & TABLE_MASK; ; at = (at + 1) & TABLE_MASK) {
    const row = TABLE_ROW[at]!;
    if (row === 0) return -1;
    if (TABLE_KEY[at] === h) return row - 1;
  }
}

const SENTENCE_SCORES = {};

/** Each sentence's sum of feature weights, per model: scores[sentence * COLUMNS + column]. */
function sentenceScores(ctx: CheckContext): Float64Array {
  return ctx.memo(SENTENCE_SCORES, () => {
    const sentences = ctx.sentences;
    const scores = new Float64Array(sentences.length * COLUMNS);
    let s = 0;
    let previous: number | undefined;
    const add = (row: number) => {
      if (row < 0) return;
      for (let k = ROW_START[row]!, end = ROW_START[row + 1]!; k < end; k++) scores[s * COLUMNS + CELL_COLUMN[k]!]! += CELL_WEIGHT[k]!;
    };
    scanTokens(ctx.lite.text, (from, _to, h) => {
      while (s < sentences.length - 1 && from >= sentences[s]![1]) {
        s++;
        previous = undefined;
      }
      add(rowOf(h));
      if (previous !== undefined) add(rowOf(pairHash(previous, h)));
      previous = h;
    });
    return scores;
  });
}

/**
 * Where a model finds its category most likely: each run of up to three sentences is scored
 * (the drafts it learned from are mostly that long) and the best run is returned as an original
 * range, when it reaches the model's threshold. Sentences are scored once each and runs add them
 * up, so a long draft costs one pass over its words.
 */
export function strongestStretch(ctx: CheckContext, category: string): Hit | undefined {
  const m = MODELS.get(category);
  if (!m) return undefined;
  const scores = sentenceScores(ctx);
  const count = scores.length / COLUMNS;
  let best = -Infinity;
  let at = -1;
  let span = 1;
  for (let i = 0; i < count; i++) {
    let z = m.bias;
    for (let k = 0; k < 3 && i + k < count; k++) {
      z += scores[(i + k) * COLUMNS + m.column]!;
      if (z > best) [best, at, span] = [z, i, k + 1];
    }
  }
  if (at < 0 || 1 / (1 + Math.exp(-best)) < m.threshold) return undefined;
  const sentences = ctx.sentences;
  const lite = ctx.lite;
  // The stretch from its first word character to its last.
  let from = sentences[at]![0];
  let to = sentences[at + span - 1]![1];
  while (from < to && /\s/.test(lite.text[from]!)) from++;
  while (to > from && /\s/.test(lite.text[to - 1]!)) to--;
  if (to <= from) return undefined;
  return { start: lite.starts[from]!, end: lite.ends[to - 1]! };
}
