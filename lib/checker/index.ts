export { check, topSeverity } from './check';
export { CATEGORIES, CATEGORY_BY_ID, CATEGORY_IDS, CLOSING_ADVICE, SEVERITY_RANK } from './categories';
export { DEFAULT_POLICY } from './policy';
export { RULES } from './rules';
export type { CategoryId, Finding, Policy, ReviewedTopic, Severity } from './types';
