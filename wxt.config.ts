import { defineConfig } from 'wxt';

// Minimal permissions: storage for settings, nothing else. No host permissions
// beyond the content script's own match patterns; no network access is ever needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Stop, Think, Ask',
    description:
      "Checks a councillor's draft posts on Facebook and X against the council's social media policy, entirely on this device.",
    permissions: ['storage'],
    // A council's IT can push settings by policy (see README, "For administrators").
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'stop-think-ask@councils.invalid' } } } : {}),
  }),
});
