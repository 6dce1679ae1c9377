/**
 * npm run eval:first [-- --from N --to M] [-- --sets 26,41,44]: each numbered held-out set scored by the checker as it
 * was just before the set was added (the commit before the one that added it), with the
 * set's labels as they are now; then all of them together, per category. This is the
 * measurement on text the rules had not seen, reproducible from the git history.
 *
 * Needs the full history (a normal clone) and takes a few minutes: one worktree per commit, each
 * checker loaded into this process (hence the larger heap the npm script asks for: 2 GB ran out at 250 sets).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { heldOutSetNames, readLabelledDrafts } from '../lib/eval/corpus-file';
import { combineScores, formatScoreTable, microScore, type CorpusScore } from '../lib/eval/score';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const from = option('--from', 0);
const to = option('--to', Number.MAX_SAFE_INTEGER);
// A named subset, e.g. the sets written the way the development corpus is (README, Accuracy).
const only = args.includes('--sets') ? new Set((args[args.indexOf('--sets') + 1] ?? '').split(',').map(Number)) : undefined;

const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const root = resolve('.');

const sets = heldOutSetNames()
  .map((name) => Number(name.slice(7)))
  .filter((n) => n > 0 && n >= from && n <= to && (!only || only.has(n)));

const work = mkdtempSync(join(tmpdir(), 'eval-first-'));
const trees = new Map<string, string>();
const scores: CorpusScore[] = [];
console.log('| set | checker as of | drafts | micro F1 at the first try | benign alarms |\n|---|---|---:|---:|---:|');
try {
  for (const n of sets) {
    const file = `tests/corpus/heldout${n}.jsonl`;
    const added = git('log', '--format=%H', '--diff-filter=A', '--', file).split('\n').pop();
    if (!added) continue; // not committed yet
    const before = git('rev-parse', `${added}^`);
    let tree = trees.get(before);
    if (!tree) {
      tree = join(work, before.slice(0, 12));
      git('worktree', 'add', '--detach', '--force', tree, before);
      symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
      trees.set(before, tree);
    }
    if (!existsSync(join(tree, 'lib/eval/score.ts')) || !existsSync(join(tree, 'lib/settings/policy-schema.ts'))) continue;
    const { scoreCorpus } = (await import(join(tree, 'lib/eval/score.ts'))) as typeof import('../lib/eval/score');
    const { parsePolicyJson } = (await import(join(tree, 'lib/settings/policy-schema.ts'))) as typeof import('../lib/settings/policy-schema');
    const drafts = readLabelledDrafts(file);
    const score = scoreCorpus(drafts, parsePolicyJson(readFileSync(`tests/corpus/heldout${n}-policy.json`, 'utf8')));
    scores.push(score);
    const micro = microScore(score.categories);
    const f1 = micro.tp + micro.fn === 0 ? '—' : micro.f1.toFixed(2);
    console.log(`| heldout${n} | ${before.slice(0, 7)} | ${drafts.length} | ${f1} | ${score.benignFalseAlarms}/${score.benign} |`);
  }
} finally {
  for (const tree of trees.values()) git('worktree', 'remove', '--force', tree);
  rmSync(work, { recursive: true, force: true });
}
console.log(`\nAll ${scores.length} sets together, each scored by the checker before it, per category:`);
console.log(formatScoreTable({ ...combineScores(scores), errors: [] }));
