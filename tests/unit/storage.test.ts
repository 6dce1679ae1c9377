import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSettings, loadStoredSettings, saveSettings, syncSettingsItem, watchSettings } from '../../lib/settings/storage';

describe('settings storage', () => {
  it('migrates version 1 settings (Clerk stored as `clerk`) without losing them', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { councilName: 'Old Parish Council', clerk: 'clerk@old-pc.gov.uk', reviewedTopics: [{ name: 'Bypass' }] },
      settings$: { v: 1 },
    });
    await syncSettingsItem.migrate(); // as at start-up after an update
    const s = await loadStoredSettings();
    expect(s.councilName).toBe('Old Parish Council');
    expect(s.clerkEmail).toBe('clerk@old-pc.gov.uk');
    expect(s.reviewedTopics).toEqual([{ name: 'Bypass' }]);
    expect(s.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(s.guardEnabled).toBe(true);
  });

  it('tells every watcher when settings change (other pages and tabs follow live)', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.councilName));
    await saveSettings({ ...DEFAULT_SETTINGS, councilName: 'Changed Town Council' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toContain('Changed Town Council');
    unwatch();
  });

  it('falls back to defaults when nothing is stored, and managed values win', async () => {
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
