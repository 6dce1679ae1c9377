import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreBinary, scoreFamilies } from '../../lib/eval/functional';
import { readLabelledDrafts } from '../../lib/eval/corpus-file';
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
const sets: string[] = ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22', 'heldout23', 'heldout24', 'heldout25', 'heldout26', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31', 'heldout32', 'heldout33', 'heldout34', 'heldout35', 'heldout36', 'heldout37', 'heldout38', 'heldout39', 'heldout40', 'heldout41', 'heldout42', 'heldout43', 'heldout44', 'heldout45', 'heldout46', 'heldout47', 'heldout48', 'heldout49', 'heldout50', 'heldout51', 'heldout52', 'heldout53', 'heldout54', 'heldout55', 'heldout56', 'heldout57', 'heldout58', 'heldout59', 'heldout60', 'heldout61', 'heldout62', 'heldout63', 'heldout64', 'heldout65', 'heldout66', 'heldout67', 'heldout68', 'heldout69', 'heldout70', 'heldout71', 'heldout72', 'heldout73', 'heldout74', 'heldout75', 'heldout76', 'heldout77', 'heldout78', 'heldout79', 'heldout80', 'heldout81', 'heldout82', 'heldout83', 'heldout84', 'heldout85', 'heldout86', 'heldout87', 'heldout88', 'heldout89', 'heldout90', 'heldout91', 'heldout92', 'heldout93', 'heldout94', 'heldout95', 'heldout96', 'heldout97', 'heldout98', 'heldout99', 'heldout100', 'heldout101', 'heldout102', 'heldout103', 'heldout104', 'heldout105', 'heldout106', 'heldout107', 'heldout108', 'heldout109', 'heldout110', 'heldout111', 'heldout112', 'heldout113', 'heldout114', 'heldout115', 'heldout116', 'heldout117', 'heldout118', 'heldout119', 'heldout120', 'heldout121', 'heldout122', 'heldout123', 'heldout124', 'heldout125', 'heldout126', 'heldout127', 'heldout128', 'heldout129', 'heldout130', 'heldout131', 'heldout132', 'heldout133', 'heldout134', 'heldout135', 'heldout136', 'heldout137'];

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
