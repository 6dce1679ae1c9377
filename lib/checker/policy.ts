import type { Policy } from './types';

/** Desborough Town Council, its Clerk, and no reviewed topics until the council adds some. */
export const DEFAULT_POLICY: Policy = Object.freeze({
  councilName: 'Desborough Town Council',
  clerkEmail: 'info@desboroughtowncouncil.gov.uk',
  reviewedTopics: [],
});
