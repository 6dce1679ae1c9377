import { describe, expect, it } from 'vitest';
import { check, DEFAULT_POLICY, RULES, type Policy } from '../../lib/checker';
import { RULE_EXAMPLES } from '../../lib/checker/rules';

// Every rule's own examples, table-driven: each must fire on its "fire" drafts
// and stay silent on its "pass" drafts.
describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const examples = RULE_EXAMPLES[rule.id]!;
  const policy: Policy = { ...DEFAULT_POLICY, ...examples.policy };
  const firedBy = (text: string) => check(text, policy).filter((f) => f.rule === rule.id);

  it.each(examples.fire)('fires on %j', (text) => {
    const found = firedBy(text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.category).toBe(rule.category);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.clause.length).toBeGreaterThan(20);
    }
  });

  it.each(examples.pass)('stays silent on %j', (text) => {
    expect(firedBy(text)).toEqual([]);
  });
});

describe('rule catalogue', () => {
  it('has at least one rule in every category of the contract', async () => {
    const { CATEGORY_IDS } = await import('../../lib/checker');
    for (const id of CATEGORY_IDS) expect(RULES.some((r) => r.category === id)).toBe(true);
  });
  it('has unique rule ids, each with examples both ways', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(RULE_EXAMPLES[r.id]?.fire.length).toBeGreaterThanOrEqual(3);
      expect(RULE_EXAMPLES[r.id]?.pass.length).toBeGreaterThanOrEqual(3);
    }
  });
});
