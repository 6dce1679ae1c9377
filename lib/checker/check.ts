import { CATEGORY_BY_ID, SEVERITY_RANK } from './categories';
import { CheckContext } from './context';
import { DEFAULT_POLICY } from './policy';
import { RULES } from './rules';
import type { Finding, Policy } from './types';

/**
 * Check a draft against the council's policy. Pure and synchronous: no DOM,
 * no extension API, no network. Offsets in the findings point into `text`
 * exactly as given.
 */
export function check(text: string, policy: Policy = DEFAULT_POLICY): Finding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const ctx = new CheckContext(text, policy);
  const disabled = new Set(policy.disabledCategories ?? []);
  const findings: Finding[] = [];
  const found = new Set<string>();
  for (const rule of RULES) {
    if (disabled.has(rule.category)) continue;
    // Backstops come last in RULES: they run only where their category has nothing yet.
    if (rule.backstop && found.has(rule.category)) continue;
    const clause = CATEGORY_BY_ID[rule.category].clause;
    for (const hit of rule.check(ctx)) {
      findings.push({
        rule: rule.id,
        category: rule.category,
        severity: hit.severity ?? rule.severity,
        start: hit.start,
        end: hit.end,
        message: hit.message ?? rule.message,
        clause,
      });
      found.add(rule.category);
    }
  }
  return mergeOverlapping(findings);
}

/** One finding per rule and stretch of text: overlapping hits of the same rule become one. */
function mergeOverlapping(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  const open = new Map<string, Finding>(); // the latest finding of each rule and message
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.message}`;
    const same = open.get(key);
    if (same && f.start < same.end) {
      same.end = Math.max(same.end, f.end);
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[same.severity]) same.severity = f.severity;
      continue;
    }
    open.set(key, f);
    out.push(f);
  }
  return out;
}

/** The most serious severity among findings, or undefined when there are none. */
export function topSeverity(findings: readonly Finding[]): Finding['severity'] | undefined {
  let top: Finding['severity'] | undefined;
  for (const f of findings) if (!top || SEVERITY_RANK[f.severity] > SEVERITY_RANK[top]) top = f.severity;
  return top;
}
