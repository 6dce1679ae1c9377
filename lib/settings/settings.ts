import type { CategoryId, Policy, ReviewedTopic } from '../checker/types';
import { DEFAULT_POLICY } from '../checker/policy';

export type SiteId = 'facebook' | 'x';

/** Everything the settings page keeps. Its policy part is the policy file shape. */
export interface Settings {
  councilName: string;
  clerkEmail: string;
  reviewedTopics: ReviewedTopic[];
  disabledCategories: CategoryId[];
  sites: Record<SiteId, boolean>;
  /** The "Stop. Think. Ask." prompt when Post is pressed with a serious finding. */
  guardEnabled: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  councilName: DEFAULT_POLICY.councilName,
  clerkEmail: DEFAULT_POLICY.clerkEmail,
  reviewedTopics: [],
  disabledCategories: [],
  sites: { facebook: true, x: true },
  guardEnabled: true,
};

/** Keys a council's IT may set by policy (storage.managed); set ones win and are locked. */
export const MANAGED_KEYS = ['councilName', 'clerkEmail', 'reviewedTopics'] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];
export type ManagedSettings = Partial<Pick<Settings, ManagedKey>>;

export function withManaged(settings: Settings, managed: ManagedSettings): Settings {
  const out = { ...settings };
  if (typeof managed.councilName === 'string' && managed.councilName) out.councilName = managed.councilName;
  if (typeof managed.clerkEmail === 'string' && managed.clerkEmail) out.clerkEmail = managed.clerkEmail;
  if (Array.isArray(managed.reviewedTopics)) out.reviewedTopics = managed.reviewedTopics;
  return out;
}

export function lockedKeys(managed: ManagedSettings): ManagedKey[] {
  return MANAGED_KEYS.filter((k) => managed[k] !== undefined && managed[k] !== '');
}

export function policyOf(settings: Settings): Policy {
  return {
    councilName: settings.councilName,
    clerkEmail: settings.clerkEmail,
    reviewedTopics: settings.reviewedTopics,
    disabledCategories: settings.disabledCategories,
  };
}

/** Fill gaps from the defaults so older or partial stored values stay usable. */
export function completeSettings(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...v,
    sites: { ...DEFAULT_SETTINGS.sites, ...(v.sites ?? {}) },
    reviewedTopics: Array.isArray(v.reviewedTopics) ? v.reviewedTopics : [],
    disabledCategories: Array.isArray(v.disabledCategories) ? v.disabledCategories : [],
  };
}

/** Whether a topic's review-by date has passed (dates are YYYY-MM-DD). */
export function isExpired(topic: ReviewedTopic, today = new Date()): boolean {
  if (!topic.reviewBy) return false;
  return topic.reviewBy < today.toISOString().slice(0, 10);
}
