import { CATEGORY_BY_ID } from './checker/categories';
import type { Finding } from './checker/types';

// Mail clients cut long mailto: URLs; keep the draft's share of the body modest.
const MAX_DRAFT = 1500;

/** A mailto: link to the Clerk with the draft and its findings, ready to send for advice. */
export function clerkMailto(clerkEmail: string, councilName: string, draft: string, findings: readonly Finding[]): string {
  const subject = `Advice please: a draft social media post (${councilName})`;
  const quoted = draft.length > MAX_DRAFT ? `${draft.slice(0, MAX_DRAFT)}… [${draft.length - MAX_DRAFT} more characters]` : draft;
  const lines = [
    'Dear Clerk,',
    '',
    'Before I post this, could you advise whether it is in line with the council’s social media policy?',
    '',
    'Draft:',
    quoted || '(no draft yet)',
    '',
  ];
  if (findings.length > 0) {
    lines.push('Stop, Think, Ask flagged:');
    for (const f of findings.slice(0, 12)) {
      lines.push(`- ${CATEGORY_BY_ID[f.category].label} (${f.severity}): "${draft.slice(f.start, f.end)}"`);
    }
    lines.push('');
  }
  lines.push('Thank you.');
  return `mailto:${clerkEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
}
