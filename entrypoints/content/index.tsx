import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ComposerBadge } from '../../components/ComposerBadge';
import { GuardDialog } from '../../components/GuardDialog';
import { IN_PAGE_CSS } from '../../components/styles';
import { PageController, type GuardChoice, type GuardView, type PageUi } from '../../lib/content/controller';
import { HIGHLIGHT_CSS } from '../../lib/content/highlighter';
import { safe } from '../../lib/content/safe';
import type { ComposerState, ComposerView } from '../../lib/content/session';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import { DRAFT_REQUEST } from '../../lib/messages';
import { adapterFor } from '../../lib/sites';

export default defineContentScript({
  matches: ['*://*.facebook.com/*', '*://*.x.com/*', '*://*.twitter.com/*'],
  // Styles go into our own shadow roots inline: no stylesheet fetched, none added to the page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const { settings } = await loadSettings();
    const ui = await createPageUi(ctx);
    const controller = new PageController(adapter, settings, ui, (target, type, handler, options) =>
      ctx.addEventListener(target, type, handler as never, options),
    );
    controller.start();
    const unwatch = watchSettings(safe((next) => controller.updateSettings(next)));
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === DRAFT_REQUEST) return Promise.resolve(controller.report());
      if ((message as { type?: string })?.type === 'stop-think-ask:stats') return Promise.resolve(controller.stats());
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Expose typing cost to the end-to-end run without reaching into the page's own world.
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

/**
 * Our hosts are placed with inline styles. WXT's default host reset is
 * `all: initial !important`, which (being inside the shadow tree) would beat
 * them, so each UI opts out with `inheritStyles: true` and resets itself in
 * IN_PAGE_CSS without !important; the page's own CSS still cannot reach in.
 */
function pin(host: HTMLElement, styles: Record<string, string>): void {
  for (const [k, v] of Object.entries(styles)) host.style.setProperty(k, v, 'important');
}

async function createPageUi(ctx: ContentScriptContext): Promise<PageUi> {
  const highlights = await createShadowRootUi(ctx, {
    name: 'stop-think-ask-highlights',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `:host { all: initial; }\n${HIGHLIGHT_CSS}`,
    inheritStyles: true,
    onMount(container) {
      const layer = document.createElement('div');
      layer.className = 'sta-layer';
      container.append(layer);
      return layer;
    },
  });
  highlights.mount();
  highlights.shadowHost.setAttribute('data-stop-think-ask', 'highlights');
  pin(highlights.shadowHost, { position: 'fixed', inset: '0', 'pointer-events': 'none', 'z-index': '2147483000' });

  return {
    highlightLayer: highlights.mounted!,
    guard: createGuard(ctx),
    createComposerView: (editor, mailtoFor) => createComposerView(ctx, mailtoFor),
  };
}

/** A badge in its own shadow root, fixed beside its composer, never inside the editor's DOM. */
function createComposerView(ctx: ContentScriptContext, mailtoFor: () => string): ComposerView {
  let root: Root | undefined;
  let host: HTMLElement | undefined;
  let pending: { state: ComposerState; anchor: DOMRect | null } | undefined;
  let removed = false;
  const draw = safe((state: ComposerState, anchor: DOMRect | null) => {
    if (!root || !host) {
      pending = { state, anchor };
      return;
    }
    host.dataset.level = state.level;
    host.dataset.count = String(state.findings.length);
    pin(host, { display: anchor ? 'block' : 'none' });
    if (anchor) pin(host, { left: `${Math.max(0, anchor.right - 34)}px`, top: `${Math.max(0, anchor.bottom - 30)}px` });
    root.render(<ComposerBadge state={state} mailto={mailtoFor} below={!!anchor && anchor.bottom < window.innerHeight / 2} />);
  });
  void createShadowRootUi(ctx, {
    name: 'stop-think-ask-badge',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: IN_PAGE_CSS,
    inheritStyles: true,
    onMount(container, _shadow, shadowHost) {
      shadowHost.setAttribute('data-stop-think-ask', 'badge');
      pin(shadowHost, { position: 'fixed', 'z-index': '2147483500', display: 'none' });
      host = shadowHost;
      root = createRoot(container);
      return root;
    },
    onRemove(r) {
      r?.unmount();
    },
  }).then(
    safe((ui) => {
      if (removed) return;
      ui.mount();
      if (pending) draw(pending.state, pending.anchor);
      view.remove = () => {
        removed = true;
        ui.remove();
      };
    }),
  );
  const view: ComposerView = {
    render: draw,
    remove: () => {
      removed = true;
    },
  };
  return view;
}

function createGuard(ctx: ContentScriptContext): GuardView {
  return {
    async ask({ findings, draft, mailto }) {
      return new Promise<GuardChoice>((resolve, reject) => {
        let settled = false;
        void createShadowRootUi(ctx, {
          name: 'stop-think-ask-dialog',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          css: IN_PAGE_CSS,
    inheritStyles: true,
          onMount(container, _s, shadowHost) {
            shadowHost.setAttribute('data-stop-think-ask', 'dialog');
            pin(shadowHost, { position: 'fixed', inset: '0', 'z-index': '2147483600' });
            const root = createRoot(container);
            const choose = (c: GuardChoice) => {
              if (settled) return;
              settled = true;
              // Close first, then act, so "Post anyway" reaches a page without our overlay.
              ui.remove();
              resolve(c);
            };
            root.render(<GuardDialog draft={draft} findings={findings} mailto={mailto} onChoose={choose} />);
            return root;
          },
          onRemove(root) {
            root?.unmount();
            if (!settled) {
              settled = true;
              reject(new Error('dialog removed'));
            }
          },
        }).then((created) => {
          ui = created;
          ui.mount();
        }, reject);
        let ui: { remove(): void; mount(): void } = { remove() {}, mount() {} };
      });
    },
  };
}
