import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { GuardChoice, GuardView, PageUi } from '../lib/content/controller';
import { HIGHLIGHT_CSS } from '../lib/content/highlighter';
import { safe } from '../lib/content/safe';
import type { ComposerState, ComposerView } from '../lib/content/session';
import { ComposerBadge } from './ComposerBadge';
import { GuardDialog } from './GuardDialog';
import { IN_PAGE_CSS } from './styles';

/**
 * Our hosts are placed with inline styles. WXT's default host reset is
 * `all: initial !important`, which (being inside the shadow tree) would beat
 * them, so each UI opts out with `inheritStyles: true` and resets itself in
 * its own CSS without !important; the page's CSS still cannot reach in.
 */
function pin(host: HTMLElement, styles: Record<string, string>): void {
  for (const [k, v] of Object.entries(styles)) host.style.setProperty(k, v, 'important');
}

type Part = 'badge' | 'dialog' | 'highlights';

/** A shadow-root host of ours at the end of <body>, never inside the site's editor, marked for tests. */
function ownHost<T>(
  ctx: ContentScriptContext,
  part: Part,
  css: string,
  style: Record<string, string>,
  onMount: (container: HTMLElement, host: HTMLElement) => T,
  onRemove?: (mounted: T | undefined) => void,
) {
  return createShadowRootUi<T>(ctx, {
    name: `stop-think-ask-${part}`,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    inheritStyles: true,
    onMount(container, _shadow, host) {
      host.setAttribute('data-stop-think-ask', part);
      pin(host, style);
      return onMount(container, host);
    },
    onRemove,
  });
}

export async function createPageUi(ctx: ContentScriptContext): Promise<PageUi> {
  const highlights = await ownHost(ctx, 'highlights', `:host { all: initial; }\n${HIGHLIGHT_CSS}`, { position: 'fixed', inset: '0', 'pointer-events': 'none', 'z-index': '2147483000' }, (container) => {
    const layer = document.createElement('div');
    layer.className = 'sta-layer';
    container.append(layer);
    return layer;
  });
  highlights.mount();
  return {
    highlightLayer: highlights.mounted!,
    guard: createGuard(ctx),
    createComposerView: (_editor, mailtoFor) => createComposerView(ctx, mailtoFor),
  };
}

/** A badge fixed beside its composer. */
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
  const view: ComposerView = {
    render: draw,
    remove: () => {
      removed = true;
    },
  };
  void ownHost(
    ctx,
    'badge',
    IN_PAGE_CSS,
    { position: 'fixed', 'z-index': '2147483500', display: 'none' },
    (container, shadowHost) => {
      host = shadowHost;
      root = createRoot(container);
      return root;
    },
    (r) => r?.unmount(),
  ).then(
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
  return view;
}

/** The "Stop. Think. Ask." dialog over the page, resolved by the councillor's choice. */
function createGuard(ctx: ContentScriptContext): GuardView {
  return {
    ask({ findings, draft, mailto }) {
      return new Promise<GuardChoice>((resolve, reject) => {
        let settled = false;
        let ui: { remove(): void } | undefined;
        void ownHost(
          ctx,
          'dialog',
          IN_PAGE_CSS,
          { position: 'fixed', inset: '0', 'z-index': '2147483600' },
          (container) => {
            const root = createRoot(container);
            const choose = (c: GuardChoice) => {
              if (settled) return;
              settled = true;
              // Close first, then act, so "Post anyway" reaches a page without our overlay.
              ui?.remove();
              resolve(c);
            };
            root.render(<GuardDialog draft={draft} findings={findings} mailto={mailto} onChoose={choose} />);
            return root;
          },
          (root) => {
            root?.unmount();
            if (!settled) {
              settled = true;
              reject(new Error('dialog removed'));
            }
          },
        ).then((created) => {
          ui = created;
          created.mount();
        }, reject);
      });
    },
  };
}
