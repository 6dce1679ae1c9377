import { check } from '../checker/check';
import type { CategoryId, Policy } from '../checker/types';

export interface FamilyScore {
  right: number;
  total: number;
  wrong: string[];
}

/** Right or wrong per case (did the category fire as expected?), gathered by family. */
export function scoreFamilies(
  cases: ReadonlyArray<{ family: string; category: CategoryId; fires: boolean; text: string }>,
  policy?: Policy,
): Map<string, FamilyScore> {
  const byFamily = new Map<string, FamilyScore>();
  for (const c of cases) {
    const fired = check(c.text, policy).some((f) => f.category === c.category);
    const entry = byFamily.get(c.family) ?? { right: 0, total: 0, wrong: [] };
    entry.total++;
    if (fired === c.fires) entry.right++;
    else entry.wrong.push(c.text);
    byFamily.set(c.family, entry);
  }
  return byFamily;
}

export interface BinaryScore {
  precision: number;
  recall: number;
  f1: number;
  falseAlarmRate: number;
  falseAlarms: number;
  negatives: number;
}

/** Precision, recall, F1 and false-alarm rate of one category on hateful / not-hateful cases. */
export function scoreBinary(cases: ReadonlyArray<{ hateful: boolean; text: string }>, category: CategoryId = 'discrimination'): BinaryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const c of cases) {
    const fired = check(c.text).some((f) => f.category === category);
    if (fired && c.hateful) tp++;
    else if (fired) fp++;
    else if (c.hateful) fn++;
    else tn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), falseAlarmRate: fp / (fp + tn || 1), falseAlarms: fp, negatives: fp + tn };
}
