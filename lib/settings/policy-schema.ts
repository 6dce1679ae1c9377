import { z } from 'zod';
import { CATEGORY_IDS } from '../checker/categories';
import type { CategoryId, Policy } from '../checker/types';

/**
 * The policy file shape of ../shared/spec/categories.md, validated with zod so
 * that a Clerk's hand-edited file is either accepted whole or rejected with a
 * message that names the field. Unknown keys are kept out, not fatal.
 */
export const reviewedTopicSchema = z.object({
  name: z.string().trim().min(1, 'a topic needs a name').max(200),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  note: z.string().max(2000).optional(),
  reviewBy: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'review-by dates are written YYYY-MM-DD')
    .optional(),
});

export const policySchema = z.object({
  councilName: z.string().trim().min(1, 'the council needs a name').max(200),
  clerkEmail: z.email('the Clerk’s address is not a valid email address'),
  reviewedTopics: z.array(reviewedTopicSchema).max(500).default([]),
  disabledCategories: z
    .array(z.enum(CATEGORY_IDS as [CategoryId, ...CategoryId[]]))
    .optional(),
});

export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

/** Human-readable problems: "reviewedTopics[2].name: a topic needs a name". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const path = i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`)).join('');
      return `${path || 'the file'}: ${i.message}`;
    })
    .join('; ');
}

/** Validate an already-parsed value as a policy, or throw a PolicyError naming the field. */
export function parsePolicy(value: unknown, source = 'policy'): Policy {
  const result = policySchema.safeParse(value);
  if (!result.success) throw new PolicyError(`${source}: ${describeIssues(result.error)}`);
  return result.data as Policy;
}

/** Parse JSON text as a policy, or throw a PolicyError naming the file and what is wrong. */
export function parsePolicyJson(text: string, source = 'policy'): Policy {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PolicyError(`${source}: not valid JSON (${(e as Error).message})`);
  }
  return parsePolicy(value, source);
}

/** The settings file a Clerk hands out: the policy file shape, plus the extension's own switches. */
export const settingsFileSchema = policySchema.extend({
  sites: z.object({ facebook: z.boolean(), x: z.boolean() }).partial().optional(),
  guardEnabled: z.boolean().optional(),
});

export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** Parse an imported settings file, or throw a PolicyError that says what is wrong. */
export function parseSettingsFile(text: string, source = 'The file'): SettingsFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PolicyError(`${source} is not a settings file: it is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PolicyError(`${source} is not a settings file: expected a JSON object with councilName, clerkEmail and reviewedTopics.`);
  }
  const result = settingsFileSchema.safeParse(value);
  if (!result.success) throw new PolicyError(`${source} was not imported: ${describeIssues(result.error)}.`);
  return result.data;
}

/** Whether a string is an email address the settings page accepts. */
export function isEmail(value: string): boolean {
  return z.email().safeParse(value).success;
}
