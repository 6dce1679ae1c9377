import { create } from 'zustand';
import type { SettingsFile } from '../settings/policy-schema';
import { completeSettings, DEFAULT_SETTINGS, lockedKeys, withManaged, type ManagedKey, type ManagedSettings, type Settings } from '../settings/settings';
import { loadManaged, loadStoredSettings, saveSettings, watchSettings } from '../settings/storage';

interface SettingsState {
  loaded: boolean;
  /** Effective settings (managed values win). */
  settings: Settings;
  /** What the user saved, before managed values are applied. */
  stored: Settings;
  managed: ManagedSettings;
  locked: ManagedKey[];
  storedIn: 'sync' | 'local' | undefined;
  load(): Promise<void>;
  update(patch: Partial<Settings>): Promise<void>;
  importFile(file: SettingsFile): Promise<void>;
  reset(): Promise<void>;
}

function apply(stored: Settings, managed: ManagedSettings) {
  return { stored, managed, settings: withManaged(stored, managed), locked: lockedKeys(managed) };
}

let unwatch: (() => void) | undefined;

/** Settings, persisted in browser.storage and kept in step with every other page and tab. */
export const useSettingsStore = create<SettingsState>((set, get) => ({
  loaded: false,
  settings: DEFAULT_SETTINGS,
  stored: DEFAULT_SETTINGS,
  managed: {},
  locked: [],
  storedIn: undefined,
  async load() {
    const [stored, managed] = await Promise.all([loadStoredSettings(), loadManaged()]);
    set({ loaded: true, ...apply(stored, managed) });
    unwatch?.();
    unwatch = watchSettings(async () => {
      set(apply(await loadStoredSettings(), get().managed));
    });
  },
  async update(patch) {
    const stored = completeSettings({ ...get().stored, ...patch });
    set(apply(stored, get().managed));
    set({ storedIn: await saveSettings(stored) });
  },
  async importFile(file) {
    const stored = completeSettings({
      ...get().stored,
      councilName: file.councilName,
      clerkEmail: file.clerkEmail,
      reviewedTopics: file.reviewedTopics,
      disabledCategories: file.disabledCategories ?? [],
      ...(file.sites ? { sites: { ...get().stored.sites, ...file.sites } } : {}),
      ...(file.guardEnabled !== undefined ? { guardEnabled: file.guardEnabled } : {}),
    });
    set(apply(stored, get().managed));
    set({ storedIn: await saveSettings(stored) });
  },
  async reset() {
    set(apply(DEFAULT_SETTINGS, get().managed));
    set({ storedIn: await saveSettings(DEFAULT_SETTINGS) });
  },
}));

/** The settings file shape for export (the policy file shape and the switches). */
export function exportable(settings: Settings): SettingsFile {
  return {
    councilName: settings.councilName,
    clerkEmail: settings.clerkEmail,
    reviewedTopics: settings.reviewedTopics.map((t) => ({ ...t, aliases: t.aliases ?? [] })),
    disabledCategories: settings.disabledCategories,
    sites: settings.sites,
    guardEnabled: settings.guardEnabled,
  };
}
