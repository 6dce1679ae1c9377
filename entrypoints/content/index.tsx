import { browser } from 'wxt/browser';
import { createPageUi } from '../../components/in-page-ui';
import { PageController } from '../../lib/content/controller';
import { safe } from '../../lib/content/safe';
import { DRAFT_REQUEST } from '../../lib/messages';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import { adapterFor } from '../../lib/sites';

export default defineContentScript({
  matches: ['*://*.facebook.com/*', '*://*.x.com/*', '*://*.twitter.com/*'],
  // Styles go into our own shadow roots inline: no stylesheet fetched, none added to the page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const { settings } = await loadSettings();
    const controller = new PageController(adapter, settings, await createPageUi(ctx), (target, type, handler, options) =>
      ctx.addEventListener(target, type, handler as never, options),
    );
    controller.start();
    const unwatch = watchSettings(safe((next) => controller.updateSettings(next)));
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === DRAFT_REQUEST) return Promise.resolve(controller.report());
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // The end-to-end run asks for the typing cost through the DOM, without reaching into our world.
    ctx.addEventListener(document, 'stop-think-ask:stats' as keyof DocumentEventMap, () => {
      document.documentElement.dataset.stopThinkAskStats = JSON.stringify(controller.stats());
    });
    ctx.onInvalidated(() => {
      controller.stop();
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
