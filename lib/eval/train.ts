import { features, tokenTexts } from '../checker/model';
import { liteView } from '../checker/normalize';
import type { LabelledDraft } from './score';

/**
 * The categories with a backstop model (lib/checker/model.ts): those where a model trained on
 * the earlier sets added most to the rules' first tries on later sets, with the features each
 * keeps and the probability it must reach. (Abuse, official capacity and personal information were
 * tried and left out: small gains, and notes on civil posts.)
 */
export const MODEL_SETTINGS = {
  'council-decision': { keep: 600, threshold: 0.85 },
  discrimination: { keep: 1000, threshold: 0.85 },
  defamation: { keep: 1000, threshold: 0.85 },
  commercial: { keep: 600, threshold: 0.85 },
  copyright: { keep: 600, threshold: 0.85 },
} as const;
export const MODEL_CATEGORIES = Object.keys(MODEL_SETTINGS) as Array<keyof typeof MODEL_SETTINGS>;
export const TRAINING = { keep: 1000, threshold: 0.8, iterations: 1500, rate: 1, l2: 1e-3 };
const settingsFor = (category: string) => ({ ...TRAINING, ...(MODEL_SETTINGS as Record<string, { keep: number; threshold: number }>)[category] });

export interface StoredModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export const draftFeatures = (text: string) => features(tokenTexts(liteView(text).text));

/**
 * Logistic regression on the counts of words and word pairs: classes weighted equally,
 * L2-regularised, full-batch gradient descent (deterministic: the same drafts give the same
 * weights), then pruned to the strongest features so the content script stays small. Drafts
 * where the category is only allowed (arguable) are left out.
 */
export function trainModel(drafts: readonly LabelledDraft[], category: string, settings = settingsFor(category)): StoredModel {
  const kept = drafts.filter((d) => !(d.allow ?? []).includes(category as never));
  const index = new Map<string, number>();
  const rows = kept.map((d) => Int32Array.from(draftFeatures(d.text), (f) => index.get(f) ?? (index.set(f, index.size), index.size - 1)));
  const labels = kept.map((d) => (d.expect.includes(category as never) ? 1 : 0));
  const w = new Float64Array(index.size);
  let b = 0;
  const n = kept.length;
  const positives = labels.reduce<number>((a, y) => a + y, 0);
  const weightOf = (y: number) => (y === 1 ? 0.5 / (positives / n) : 0.5 / (1 - positives / n));
  const grad = new Float64Array(index.size);
  for (let it = 0; it < settings.iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      let z = b;
      for (const j of row) z += w[j]!;
      const g = (1 / (1 + Math.exp(-z)) - labels[i]!) * weightOf(labels[i]!);
      for (const j of row) grad[j]! += g;
      gb += g;
    }
    for (let j = 0; j < w.length; j++) w[j]! -= settings.rate * (grad[j]! / n + settings.l2 * w[j]!);
    b -= settings.rate * (gb / n);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const strongest = [...index.keys()]
    .map((f, j) => [f, w[j]!] as const)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || (x[0] < y[0] ? -1 : 1))
    .slice(0, settings.keep);
  return { bias: round(b), threshold: settings.threshold, weights: Object.fromEntries(strongest.map(([f, v]) => [f, round(v)])) };
}

/** A stored model's probability for a draft (the whole draft, as in training). */
export function draftProbability(m: StoredModel, text: string): number {
  let z = m.bias;
  for (const f of draftFeatures(text)) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
