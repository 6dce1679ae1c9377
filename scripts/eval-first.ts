/**
 * npm run eval:first [-- --from N --to M] [-- --sets 26,41,44]: each numbered held-out set scored by the checker as it
 * was just before the set was added (the commit before the one that added it), with the
 * set's labels as they are now; then all of them together, per category. This is the
 * measurement on text the rules had not seen, reproducible from the git history.
 *
 * Needs the full history (a normal clone) and takes a few minutes: one worktree per commit, the
 * sets scored in batches, each batch in a child process.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

// Every checker loaded costs V8 code space for its compiled regexes, which one process runs out of
// long before 250 sets: the sets are scored in batches, each in a child process of its own
// (this script again, with --child), and the parent adds their scores up.
const BATCH = 40;
const child = args.includes('--child');

interface SetResult {
  n: number;
  before: string;
  drafts: number;
  score: CorpusScore;
}

async function scoreSets(numbers: number[]): Promise<SetResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'eval-first-'));
  const trees = new Map<string, string>();
  const results: SetResult[] = [];
  try {
    for (const n of numbers) {
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
      results.push({ n, before, drafts: drafts.length, score });
    }
  } finally {
    for (const tree of trees.values()) git('worktree', 'remove', '--force', tree);
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

if (child) {
  // One JSON line per set, for the parent.
  for (const r of await scoreSets(sets)) console.log(JSON.stringify(r));
} else {
  const scores: CorpusScore[] = [];
  console.log('| set | checker as of | drafts | micro F1 at the first try | benign alarms |\n|---|---|---:|---:|---:|');
  for (let i = 0; i < sets.length; i += BATCH) {
    const batch = sets.slice(i, i + BATCH);
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', '--sets', batch.join(',')], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    for (const line of out.split('\n').filter((l) => l.startsWith('{'))) {
      const r = JSON.parse(line) as SetResult;
      scores.push(r.score);
      const micro = microScore(r.score.categories);
      const f1 = micro.tp + micro.fn === 0 ? '—' : micro.f1.toFixed(2);
      console.log(`| heldout${r.n} | ${r.before.slice(0, 7)} | ${r.drafts} | ${f1} | ${r.score.benignFalseAlarms}/${r.score.benign} |`);
    }
  }
  console.log(`\nAll ${scores.length} sets together, each scored by the checker before it, per category:`);
  console.log(formatScoreTable({ ...combineScores(scores), errors: [] }));
}
