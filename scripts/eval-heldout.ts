/**
 * npm run eval:heldout — every held-out corpus in tests/corpus scored with its own
 * policy, then all of them together per category (each set alone has only a few
 * positives per category). These figures are after tuning on the sets; the first
 * measurement of each set, before any change made from it, is in the README.
 */
import { readFileSync } from 'node:fs';
import { heldOutSetNames, readLabelledDrafts } from '../lib/eval/corpus-file';
import { combineScores, formatScoreTable, microScore, scoreCorpus } from '../lib/eval/score';
import { parsePolicyJson } from '../lib/settings/policy-schema';


const names = heldOutSetNames();
const scores = names.map((name) => {
  const drafts = readLabelledDrafts(`tests/corpus/${name}.jsonl`);
  return { name, drafts: drafts.length, score: scoreCorpus(drafts, parsePolicyJson(readFileSync(`tests/corpus/${name}-policy.json`, 'utf8'))) };
});

console.log('| set | drafts | micro F1 | benign alarms |\n|---|---:|---:|---:|');
for (const { name, drafts, score } of scores) {
  console.log(`| ${name} | ${drafts} | ${microScore(score.categories).f1.toFixed(2)} | ${score.benignFalseAlarms}/${score.benign} |`);
}
const all = combineScores(scores.map((s) => s.score));
console.log('\nAll held-out sets together, per category:');
console.log(formatScoreTable({ ...all, errors: [] }));
