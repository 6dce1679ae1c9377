import { check, topSeverity } from '../checker/check';
import type { Finding, Policy } from '../checker/types';
import { rangeOf, snapshot, type TextSnapshot } from '../composer/text';
import type { SiteAdapter } from '../sites/types';

export type Level = 'none' | 'info' | 'warning' | 'serious';

export interface ComposerState {
  text: string;
  findings: Finding[];
  level: Level;
}

/** The in-page view of one composer (badge and panel); drawn by components/. */
export interface ComposerView {
  render(state: ComposerState, anchor: DOMRect | null): void;
  remove(): void;
}

/** Pause after the last keystroke before checking: well under half a second. */
export const CHECK_DELAY_MS = 250;

/**
 * One compose box: reads its draft after a pause in typing, checks it, and
 * tells its view. Reading never writes to the editor: no text or caret change.
 */
export class ComposerSession {
  state: ComposerState = { text: '', findings: [], level: 'none' };
  private snap: TextSnapshot = { text: '', segments: [] };
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Time spent in the input handler itself (the keystroke's critical path), for the e2e report. */
  inputCost = { total: 0, count: 0, max: 0 };
  checkCost = { last: 0 };

  constructor(
    readonly editor: HTMLElement,
    private readonly adapter: SiteAdapter,
    private policy: Policy,
    private readonly view: ComposerView,
    private readonly onChecked: (s: ComposerSession) => void,
  ) {}

  /** Cheap: only (re)arms a timer, so typing never waits for the checker. */
  onInput(): void {
    const t0 = performance.now();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.checkNow();
    }, CHECK_DELAY_MS);
    const cost = performance.now() - t0;
    this.inputCost.total += cost;
    this.inputCost.count++;
    this.inputCost.max = Math.max(this.inputCost.max, cost);
  }

  setPolicy(policy: Policy): void {
    this.policy = policy;
    this.checkNow();
  }

  /** Reads and checks the current draft now (also used at submit time, so the guard is never stale). */
  checkNow(): ComposerState {
    const t0 = performance.now();
    this.snap = snapshot(this.editor, this.adapter.blocksOf(this.editor));
    const findings = check(this.snap.text, this.policy);
    this.state = { text: this.snap.text, findings, level: topSeverity(findings) ?? 'none' };
    this.checkCost.last = performance.now() - t0;
    this.reposition();
    this.onChecked(this);
    return this.state;
  }

  /** Client rectangles of each finding's words, for the highlight overlay. */
  highlightRects(): Array<{ rect: DOMRect; severity: Finding['severity'] }> {
    const out: Array<{ rect: DOMRect; severity: Finding['severity'] }> = [];
    for (const f of this.state.findings) {
      const range = rangeOf(this.snap, f.start, f.end);
      if (!range) continue;
      for (const rect of range.getClientRects()) if (rect.width > 0) out.push({ rect, severity: f.severity });
    }
    return out;
  }

  reposition(): void {
    const rect = this.editor.isConnected ? this.editor.getBoundingClientRect() : null;
    this.view.render(this.state, rect && rect.width > 0 ? rect : null);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.view.remove();
  }
}
