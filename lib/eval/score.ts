import { CATEGORY_IDS } from '../checker/categories';
import { check } from '../checker/check';
import type { CategoryId, Policy } from '../checker/types';

export interface LabelledDraft {
  id: string;
  text: string;
  expect: CategoryId[];
  allow?: CategoryId[];
  family?: string;
}

export interface CategoryScore {
  category: CategoryId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  categories: CategoryScore[];
  benign: number;
  benignFalseAlarms: number;
  errors: Array<{ kind: 'miss' | 'false'; category: CategoryId; id: string; text: string }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Document-level scoring as the corpus README defines it. */
export function scoreCorpus(drafts: readonly LabelledDraft[], policy: Policy): CorpusScore {
  const counts = new Map<CategoryId, { tp: number; fp: number; fn: number }>(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const errors: CorpusScore['errors'] = [];
  let benign = 0;
  let benignFalseAlarms = 0;
  for (const d of drafts) {
    const findings = check(d.text, policy);
    const reported = new Set(findings.map((f) => f.category));
    const allow = new Set(d.allow ?? []);
    for (const c of CATEGORY_IDS) {
      const n = counts.get(c)!;
      const expected = d.expect.includes(c);
      if (expected && reported.has(c)) n.tp++;
      else if (expected) {
        n.fn++;
        errors.push({ kind: 'miss', category: c, id: d.id, text: d.text });
      } else if (reported.has(c) && !allow.has(c)) {
        n.fp++;
        errors.push({ kind: 'false', category: c, id: d.id, text: d.text });
      }
    }
    if (d.expect.length === 0) {
      benign++;
      if (findings.some((f) => f.severity !== 'info' && !allow.has(f.category))) benignFalseAlarms++;
    }
  }
  const categories = CATEGORY_IDS.map((category) => categoryScore(category, counts.get(category)!));
  return { categories, benign, benignFalseAlarms, errors };
}

type Rates = Omit<CategoryScore, 'category'>;

function rates({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Rates {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function categoryScore(category: CategoryId, counts: { tp: number; fp: number; fn: number }): CategoryScore {
  return { category, ...rates(counts) };
}

/** All categories pooled (micro-averaged): true and false positives and misses summed, then precision, recall and F1. */
export function microScore(categories: readonly CategoryScore[]): Rates {
  return rates(categories.reduce((n, c) => ({ tp: n.tp + c.tp, fp: n.fp + c.fp, fn: n.fn + c.fn }), { tp: 0, fp: 0, fn: 0 }));
}

export function formatScoreTable(score: CorpusScore): string {
  const lines = ['| category | TP | FP | miss | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const c of score.categories) {
    lines.push(`| ${c.category} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.precision.toFixed(2)} | ${c.recall.toFixed(2)} | ${c.f1.toFixed(2)} |`);
  }
  const all = microScore(score.categories);
  lines.push(`| **all (micro)** | ${all.tp} | ${all.fp} | ${all.fn} | ${all.precision.toFixed(2)} | ${all.recall.toFixed(2)} | ${all.f1.toFixed(2)} |`);
  const rate = score.benign === 0 ? 'no benign drafts' : `${((score.benignFalseAlarms / score.benign) * 100).toFixed(1)}%`;
  lines.push('', `Benign drafts with a warning-or-serious false alarm: ${score.benignFalseAlarms}/${score.benign} (${rate})`);
  return lines.join('\n');
}

/** Several corpora scored together, per category (each set alone has few positives per category). */
export function combineScores(scores: readonly CorpusScore[]): { categories: CategoryScore[]; benign: number; benignFalseAlarms: number } {
  const categories = CATEGORY_IDS.map((category, i) =>
    categoryScore(
      category,
      scores.reduce((n, s) => ({ tp: n.tp + s.categories[i]!.tp, fp: n.fp + s.categories[i]!.fp, fn: n.fn + s.categories[i]!.fn }), { tp: 0, fp: 0, fn: 0 }),
    ),
  );
  return {
    categories,
    benign: scores.reduce((n, s) => n + s.benign, 0),
    benignFalseAlarms: scores.reduce((n, s) => n + s.benignFalseAlarms, 0),
  };
}
