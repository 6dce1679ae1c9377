import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './server';

/** One fixture server and one Chromium with the extension for a test file. */
export function useExtensionBrowser(): { readonly browser: LaunchedBrowser } {
  let server: FixtureServer | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension(server.port);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not running yet');
      return browser;
    },
  };
}
