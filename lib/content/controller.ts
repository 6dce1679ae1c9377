import type { Finding } from '../checker/types';
import { clerkMailto } from '../clerk-email';
import type { Settings } from '../settings/settings';
import { policyOf } from '../settings/settings';
import { nearestComposer } from '../sites/nearest';
import type { SiteAdapter, SubmitKey } from '../sites/types';
import { Highlighter } from './highlighter';
import { safe } from './safe';
import { ComposerSession, type ComposerView } from './session';

export type GuardChoice = 'edit' | 'email' | 'post';

/** The "Stop. Think. Ask." dialog, drawn by components/. */
export interface GuardView {
  ask(request: { findings: Finding[]; draft: string; mailto: string }): Promise<GuardChoice>;
}

export interface PageUi {
  createComposerView(editor: HTMLElement, mailtoFor: () => string): ComposerView;
  guard: GuardView;
  highlightLayer: HTMLElement;
}

/** What the popup asks for: the active composer's draft and findings. */
export interface DraftReport {
  site: string;
  kind: string;
  text: string;
  findings: Finding[];
}

type Listen = <K extends keyof WindowEventMap>(
  target: Window | Document,
  type: K,
  handler: (e: WindowEventMap[K]) => void,
  options?: AddEventListenerOptions,
) => void;

/**
 * The page's side of the extension: finds composers as they come and go,
 * keeps one session per composer, draws highlights, and guards Post.
 */
export class PageController {
  private readonly sessions = new Map<HTMLElement, ComposerSession>();
  private active: ComposerSession | undefined;
  private observer: MutationObserver | undefined;
  private scanQueued = false;
  private frameQueued = false;
  /** One-shot pass for "Post anyway": the control or editor whose next submit goes through. */
  private passNext: Element | null = null;
  private asking = false;
  private readonly highlighter: Highlighter;

  constructor(
    private readonly adapter: SiteAdapter,
    private settings: Settings,
    private readonly ui: PageUi,
    private readonly listen: Listen,
  ) {
    this.highlighter = new Highlighter(ui.highlightLayer);
  }

  get enabled(): boolean {
    return this.settings.sites[this.adapter.id] !== false;
  }

  start(): void {
    const l = this.listen;
    l(document, 'input', safe((e: Event) => this.sessionOf(e.target)?.onInput()), { capture: true, passive: true });
    l(document, 'focusin', safe((e: FocusEvent) => this.focus(e.target)), { capture: true, passive: true });
    l(window, 'click', safe((e: MouseEvent) => this.onClick(e)), { capture: true });
    l(window, 'keydown', safe((e: KeyboardEvent) => this.onKeyDown(e)), { capture: true });
    l(window, 'scroll', safe(() => this.queueFrame()), { capture: true, passive: true });
    l(window, 'resize', safe(() => this.queueFrame()), { passive: true });
    this.observer = new MutationObserver(safe(() => this.queueScan()));
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    this.scan();
  }

  stop(): void {
    this.observer?.disconnect();
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.highlighter.clear();
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    if (!this.enabled) {
      for (const s of this.sessions.values()) s.dispose();
      this.sessions.clear();
      this.active = undefined;
      this.highlighter.clear();
      return;
    }
    this.scan();
    const policy = policyOf(settings);
    for (const s of this.sessions.values()) s.setPolicy(policy);
  }

  report(): DraftReport | null {
    const s = this.active ?? [...this.sessions.values()].find((x) => x.state.text.trim() !== '');
    if (!s) return null;
    const state = s.checkNow();
    return { site: this.adapter.id, kind: this.adapter.describe(s.editor), text: state.text, findings: state.findings };
  }

  /** For the end-to-end report: time spent in the input handler per keystroke. */
  stats(): { inputEvents: number; meanInputMs: number; maxInputMs: number; lastCheckMs: number } {
    let total = 0;
    let count = 0;
    let max = 0;
    let last = 0;
    for (const s of this.sessions.values()) {
      total += s.inputCost.total;
      count += s.inputCost.count;
      max = Math.max(max, s.inputCost.max);
      last = Math.max(last, s.checkCost.last);
    }
    return { inputEvents: count, meanInputMs: count ? total / count : 0, maxInputMs: max, lastCheckMs: last };
  }

  private mailtoFor(session: ComposerSession): string {
    return clerkMailto(this.settings.clerkEmail, this.settings.councilName, session.state.text, session.state.findings);
  }

  private sessionOf(target: EventTarget | null): ComposerSession | undefined {
    if (!(target instanceof Element)) return undefined;
    for (const [editor, session] of this.sessions) if (editor === target || editor.contains(target)) return session;
    return undefined;
  }

  private focus(target: EventTarget | null): void {
    const s = this.sessionOf(target);
    if (s) this.active = s;
  }

  private queueScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    setTimeout(
      safe(() => {
        this.scanQueued = false;
        this.scan();
      }),
      200,
    );
  }

  private queueFrame(): void {
    if (this.frameQueued) return;
    this.frameQueued = true;
    requestAnimationFrame(
      safe(() => {
        this.frameQueued = false;
        this.redraw();
      }),
    );
  }

  /** Attach to new composers once each; forget removed ones. */
  private scan(): void {
    if (!this.enabled) return;
    const present = new Set(this.adapter.findComposers(document));
    for (const [editor, session] of this.sessions) {
      if (!present.has(editor) || !editor.isConnected) {
        session.dispose();
        this.sessions.delete(editor);
        if (this.active === session) this.active = undefined;
      }
    }
    for (const editor of present) {
      if (this.sessions.has(editor)) continue;
      const session: ComposerSession = new ComposerSession(
        editor,
        this.adapter,
        policyOf(this.settings),
        this.ui.createComposerView(editor, () => this.mailtoFor(session)),
        () => this.queueFrame(),
      );
      this.sessions.set(editor, session);
      if (editor.textContent || (editor as HTMLTextAreaElement).value) session.checkNow();
    }
    this.queueFrame();
  }

  private redraw(): void {
    const rects = [];
    for (const s of this.sessions.values()) {
      s.reposition();
      rects.push(...s.highlightRects());
    }
    this.highlighter.draw(rects);
  }

  private needsGuard(session: ComposerSession): boolean {
    if (!this.settings.guardEnabled || this.asking) return false;
    return session.checkNow().findings.some((f) => f.severity === 'serious');
  }

  private onClick(e: MouseEvent): void {
    if (!this.enabled || !(e.target instanceof Element)) return;
    const button = this.adapter.submitControl(e.target);
    if (!button) return;
    if (this.passNext === button) {
      this.passNext = null; // "Post anyway": let this one through, once
      return;
    }
    const editor = nearestComposer(button, [...this.sessions.keys()]);
    const session = editor && this.sessions.get(editor);
    if (!session || !this.needsGuard(session)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    void this.ask(session, () => {
      if (!button.isConnected) return;
      this.passNext = button;
      button.click();
    });
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!this.enabled || e.key !== 'Enter' || e.isComposing) return;
    const session = this.sessionOf(e.target);
    if (!session) return;
    const keys: SubmitKey[] = this.adapter.submitKeysFor(session.editor);
    const mod = e.ctrlKey || e.metaKey;
    const submits = (mod && keys.includes('mod-enter')) || (!mod && !e.shiftKey && !e.altKey && keys.includes('enter'));
    if (!submits) return;
    if (this.passNext === session.editor) {
      this.passNext = null;
      return;
    }
    if (!this.needsGuard(session)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const init: KeyboardEventInit = {
      key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true,
      ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
    } as KeyboardEventInit;
    void this.ask(session, () => {
      if (!session.editor.isConnected) return;
      this.passNext = session.editor;
      session.editor.focus();
      session.editor.dispatchEvent(new KeyboardEvent('keydown', init));
      this.passNext = null;
    });
  }

  private async ask(session: ComposerSession, postAnyway: () => void): Promise<void> {
    this.asking = true;
    try {
      const choice = await this.ui.guard.ask({
        findings: session.state.findings,
        draft: session.state.text,
        mailto: this.mailtoFor(session),
      });
      if (choice === 'post') safe(postAnyway)();
      else if (choice === 'edit') session.editor.focus();
    } catch {
      // The dialog went away (page changed under it): nothing to do.
    } finally {
      this.asking = false;
    }
  }
}
