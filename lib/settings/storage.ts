import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { completeSettings, DEFAULT_SETTINGS, withManaged, type ManagedSettings, type Settings } from './settings';

/**
 * Settings live in storage.sync so they follow the councillor between
 * browsers. sync allows 8 KB per item: a long reviewed-topics list does not
 * fit, so then the whole value goes to storage.local and sync keeps a marker.
 */
const SYNC_ITEM_LIMIT = 8000;

interface StoredSettingsV2 extends Settings {
  /** When set, the real value is in local storage (too big for sync). */
  storedLocally?: boolean;
}

export const syncSettingsItem = storage.defineItem<StoredSettingsV2>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // Version 1 kept the Clerk's address as `clerk` and had no per-site switches.
    2: (old: Record<string, unknown>): StoredSettingsV2 => {
      const { clerk, ...rest } = old as { clerk?: string } & Partial<Settings>;
      return completeSettings({ ...rest, clerkEmail: rest.clerkEmail ?? clerk });
    },
  },
});

export const localSettingsItem = storage.defineItem<Settings | null>('local:settings', { fallback: null });

export async function loadStoredSettings(): Promise<Settings> {
  const synced = await syncSettingsItem.getValue();
  if (synced.storedLocally) {
    const local = await localSettingsItem.getValue();
    if (local) return completeSettings(local);
  }
  const { storedLocally: _, ...rest } = synced;
  return completeSettings(rest);
}

export async function saveSettings(settings: Settings): Promise<'sync' | 'local'> {
  const size = new Blob([JSON.stringify(settings)]).size;
  if (size <= SYNC_ITEM_LIMIT) {
    try {
      await syncSettingsItem.setValue(settings);
      await localSettingsItem.setValue(null);
      return 'sync';
    } catch {
      // Over quota or sync unavailable: fall through to local.
    }
  }
  await localSettingsItem.setValue(settings);
  await syncSettingsItem.setValue({ ...DEFAULT_SETTINGS, storedLocally: true });
  return 'local';
}

export async function loadManaged(): Promise<ManagedSettings> {
  try {
    return ((await browser.storage.managed?.get()) ?? {}) as ManagedSettings;
  } catch {
    return {}; // no managed policy installed (or not supported here)
  }
}

/** Effective settings: stored ones with managed values winning. */
export async function loadSettings(): Promise<{ settings: Settings; managed: ManagedSettings }> {
  const [stored, managed] = await Promise.all([loadStoredSettings(), loadManaged()]);
  return { settings: withManaged(stored, managed), managed };
}

/** Calls back with fresh effective settings whenever they change anywhere. */
export function watchSettings(onChange: (settings: Settings, managed: ManagedSettings) => void): () => void {
  const reload = () => {
    void loadSettings().then(({ settings, managed }) => onChange(settings, managed));
  };
  const unwatchSync = syncSettingsItem.watch(reload);
  const unwatchLocal = localSettingsItem.watch(reload);
  return () => {
    unwatchSync();
    unwatchLocal();
  };
}
