/**
 * npm run train:model [-- --before N [--out FILE]]: fits the checker's backstop models
 * (lib/checker/model.ts; the fitting is lib/eval/train.ts) on the held-out sets in
 * tests/corpus and the development corpus, and writes lib/checker/lexicons/model.json.
 * A test checks that the stored weights are what these drafts give, so train again
 * after adding or relabelling drafts.
 *
 * --before N: train on the development corpus and the sets numbered below N only, write
 * nothing (unless --out FILE), and print how the model alone does on the sets from N on:
 * a measurement on text it has not seen.
 */
import { writeFileSync } from 'node:fs';
import { heldOutSetNames, readLabelledDrafts } from '../lib/eval/corpus-file';
import { draftProbability, MODEL_CATEGORIES, trainModel, type StoredModel } from '../lib/eval/train';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const before = option('--before') === undefined ? undefined : Number(option('--before'));
const setNumber = (name: string) => Number(name.slice(7) || 1);

const sets = heldOutSetNames().map((name) => ({ n: setNumber(name), drafts: readLabelledDrafts(`tests/corpus/${name}.jsonl`) }));
const dev = readLabelledDrafts('../shared/corpus/dev.jsonl');
const training = [...dev, ...sets.filter((s) => before === undefined || s.n < before).flatMap((s) => s.drafts)];
const testing = before === undefined ? [] : sets.filter((s) => s.n >= before).flatMap((s) => s.drafts);

const models: Record<string, StoredModel> = {};
for (const category of MODEL_CATEGORIES) {
  const m = (models[category] = trainModel(training, category));
  if (!testing.length) continue;
  let [tp, fp, fn, benign] = [0, 0, 0, 0];
  for (const d of testing) {
    const fired = draftProbability(m, d.text) >= m.threshold;
    const expected = d.expect.includes(category);
    if (fired && expected) tp++;
    else if (expected) fn++;
    else if (fired && !(d.allow ?? []).includes(category)) {
      fp++;
      if (d.expect.length === 0) benign++;
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  console.log(`${category}: on ${testing.length} drafts it had not seen (sets ${before} on): TP ${tp} FP ${fp} miss ${fn}, P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(2)}; benign drafts it fires on: ${benign}`);
}

const out = option('--out') ?? (before === undefined ? 'lib/checker/lexicons/model.json' : undefined);
if (out) {
  const stored = {
    _comment: 'Written by npm run train:model (lib/eval/train.ts): logistic-regression weights of words and word pairs ("a b"), the strongest per category, read by lib/checker/model.ts. Do not edit by hand: add labelled drafts and train again.',
    trainedOn: { drafts: training.length },
    categories: models,
  };
  writeFileSync(out, `${JSON.stringify(stored, null, 1)}\n`);
  console.log(`wrote ${out} (${training.length} drafts: ${MODEL_CATEGORIES.join(', ')})`);
}
