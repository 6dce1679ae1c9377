import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreBinary, scoreFamilies } from '../../lib/eval/functional';
import { heldOutSetNames, readLabelledDrafts } from '../../lib/eval/corpus-file';
import { combineScores, scoreCorpus } from '../../lib/eval/score';
import { parsePolicyJson } from '../../lib/settings/policy-schema';
import { HATE_SUITE } from '../functional/hate-functional';
import { FUNCTIONAL_POLICY, FUNCTIONAL_SUITE } from '../functional/suite';


describe('functional suite (another council, HateCheck-style families with contrasts)', () => {
  const byFamily = scoreFamilies(FUNCTIONAL_SUITE, FUNCTIONAL_POLICY);
  it('gets at least 95% right overall', () => {
    const right = [...byFamily.values()].reduce((n, f) => n + f.right, 0);
    expect(right / FUNCTIONAL_SUITE.length).toBeGreaterThanOrEqual(0.95);
  });
  it.each([...byFamily.entries()])('gets at least 80%% right in family %s', (_family, score) => {
    expect(score.right / score.total).toBeGreaterThanOrEqual(0.8);
  });
});

// Scored together: each set alone has only three or four positives per category.
const sets = heldOutSetNames();

describe(`held-out corpora (${sets.length} sets, most for other councils, each written after the rules it first measured)`, () => {
  const scores = sets.map((name) => scoreCorpus(readLabelledDrafts(`tests/corpus/${name}.jsonl`), parsePolicyJson(readFileSync(`tests/corpus/${name}-policy.json`, 'utf8'))));
  const all = combineScores(scores);
  it.each(all.categories.map((c) => [c.category, c.f1] as const))('%s has F1 of at least 0.9', (_id, f1) => {
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
  it('raises a warning-or-serious false alarm on at most 3% of benign drafts', () => {
    expect(all.benignFalseAlarms / all.benign).toBeLessThanOrEqual(0.03);
  });
});

describe('HateCheck-style reconstruction for discrimination (the public suite is not reachable here)', () => {
  it('has discrimination F1 of at least 0.80 with at most 10% false alarms on its non-hateful cases', () => {
    const score = scoreBinary(HATE_SUITE);
    expect(score.f1).toBeGreaterThanOrEqual(0.8);
    expect(score.falseAlarmRate).toBeLessThanOrEqual(0.1);
  });
});
