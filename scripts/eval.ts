/**
 * Scores the checker on a labelled corpus (default: ../shared/corpus/dev.jsonl
 * with its policy.json), by the corpus README's rules: per category true and
 * false positives, misses, precision, recall and F1, and the share of benign
 * drafts with any warning-or-serious false alarm.
 *
 *   npm run eval -- [--corpus FILE] [--policy FILE] [--show-errors]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readLabelledDrafts } from '../lib/eval/corpus-file';
import { scoreCorpus, formatScoreTable } from '../lib/eval/score';
import { parsePolicyJson } from '../lib/settings/policy-schema';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpusPath = resolve(opt('--corpus') ?? '../shared/corpus/dev.jsonl');
const policyPath = resolve(opt('--policy') ?? `${dirname(corpusPath)}/policy.json`);
const policy = parsePolicyJson(readFileSync(policyPath, 'utf8'), policyPath);
const drafts = readLabelledDrafts(corpusPath);

const score = scoreCorpus(drafts, policy);
console.log(`Corpus: ${corpusPath} (${drafts.length} drafts)`);
console.log(formatScoreTable(score));
if (args.includes('--show-errors')) {
  for (const e of score.errors) console.log(`${e.kind.padEnd(6)} ${e.category.padEnd(18)} ${e.id}: ${e.text.slice(0, 140).replace(/\n/g, ' ')}`);
}
