import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { scoreCorpus, type LabelledDraft } from '../../lib/eval/score';
import { parsePolicyJson } from '../../lib/settings/policy-schema';
import { FUNCTIONAL_POLICY, FUNCTIONAL_SUITE } from '../functional/suite';

const load = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledDraft);

describe('functional suite (another council, HateCheck-style families with contrasts)', () => {
  const results = FUNCTIONAL_SUITE.map((c) => ({
    ...c,
    right: check(c.text, FUNCTIONAL_POLICY).some((f) => f.category === c.category) === c.fires,
  }));
  it('gets at least 95% right overall', () => {
    expect(results.filter((r) => r.right).length / results.length).toBeGreaterThanOrEqual(0.95);
  });
  const families = [...new Set(results.map((r) => r.family))];
  it.each(families)('gets at least 80%% right in family %s', (family) => {
    const mine = results.filter((r) => r.family === family);
    expect(mine.filter((r) => r.right).length / mine.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('held-out corpus (another council, written after the rules)', () => {
  const policy = parsePolicyJson(readFileSync('tests/corpus/heldout-policy.json', 'utf8'));
  const score = scoreCorpus(load('tests/corpus/heldout.jsonl'), policy);
  it.each(score.categories.map((c) => [c.category, c] as const))('%s has F1 of at least 0.9', (_id, c) => {
    expect(c.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('raises a warning-or-serious false alarm on at most 3% of benign drafts', () => {
    expect(score.benignFalseAlarms / score.benign).toBeLessThanOrEqual(0.03);
  });
});

describe('HateCheck-style reconstruction for discrimination (the public suite is not reachable here)', () => {
  it('has discrimination F1 of at least 0.80 with at most 10% false alarms on its non-hateful cases', async () => {
    const { HATE_SUITE } = await import('../functional/hate-functional');
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const c of HATE_SUITE) {
      const fired = check(c.text).some((f) => f.category === 'discrimination');
      if (fired && c.hateful) tp++;
      else if (fired) fp++;
      else if (c.hateful) fn++;
      else tn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.8);
    expect(fp / (fp + tn)).toBeLessThanOrEqual(0.1);
  });
});
