/**
 * npm run eval:heldout — every held-out corpus in tests/corpus scored with its own
 * policy, then all of them together per category (each set alone has only a few
 * positives per category). These figures are after tuning on the sets; the first
 * measurement of each set, before any change made from it, is in the README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { scoreCorpus, type LabelledDraft } from '../lib/eval/score';
import { parsePolicyJson } from '../lib/settings/policy-schema';

const load = (file: string): LabelledDraft[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledDraft);

const names = readdirSync('tests/corpus')
  .filter((f) => /^heldout\d*\.jsonl$/.test(f))
  .map((f) => f.replace('.jsonl', ''))
  .sort((a, b) => Number(a.slice(7) || 1) - Number(b.slice(7) || 1));
const scores = names.map((name) => ({ name, score: scoreCorpus(load(`tests/corpus/${name}.jsonl`), parsePolicyJson(readFileSync(`tests/corpus/${name}-policy.json`, 'utf8'))) }));

console.log('| set | drafts | micro F1 | benign alarms |\n|---|---:|---:|---:|');
for (const { name, score } of scores) {
  const [tp, fp, fn] = score.categories.reduce(([a, b, c], s) => [a + s.tp, b + s.fp, c + s.fn], [0, 0, 0]);
  console.log(`| ${name} | ${load(`tests/corpus/${name}.jsonl`).length} | ${((2 * tp) / (2 * tp + fp + fn || 1)).toFixed(2)} | ${score.benignFalseAlarms}/${score.benign} |`);
}
console.log('\nAll held-out sets together, per category:\n| category | TP | FP | miss | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|');
for (let i = 0; i < scores[0]!.score.categories.length; i++) {
  const id = scores[0]!.score.categories[i]!.category;
  const [tp, fp, fn] = scores.reduce(([a, b, c], { score }) => [a + score.categories[i]!.tp, b + score.categories[i]!.fp, c + score.categories[i]!.fn], [0, 0, 0]);
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  console.log(`| ${id} | ${tp} | ${fp} | ${fn} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${((2 * tp) / (2 * tp + fp + fn || 1)).toFixed(2)} |`);
}
const alarms = scores.reduce((n, { score }) => n + score.benignFalseAlarms, 0);
const benign = scores.reduce((n, { score }) => n + score.benign, 0);
console.log(`\nBenign drafts with a warning-or-serious false alarm: ${alarms}/${benign} (${((100 * alarms) / benign).toFixed(1)}%)`);
