import { facebook } from './facebook.com/adapter';
import type { SiteAdapter } from './types';
import { x } from './x.com/adapter';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [facebook, x];

export function adapterFor(hostname: string): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => a.hosts.test(hostname));
}

export type { SiteAdapter, SubmitKey } from './types';
