import type { Severity } from '../checker/types';

const COLOURS: Record<Severity, string> = { info: '#1d70b8', warning: '#f47738', serious: '#d4351c' };

/**
 * Underlines drawn in a fixed overlay above the page, like a grammar checker:
 * nothing is inserted into the editor, whose DOM belongs to Lexical or Draft.js.
 */
export class Highlighter {
  constructor(private readonly layer: HTMLElement) {}

  draw(rects: Array<{ rect: DOMRect; severity: Severity }>): void {
    const marks: HTMLElement[] = [];
    for (const { rect, severity } of rects) {
      const mark = document.createElement('div');
      mark.className = 'sta-mark';
      mark.dataset.severity = severity;
      const s = mark.style;
      s.left = `${rect.left}px`;
      s.top = `${rect.top}px`;
      s.width = `${rect.width}px`;
      s.height = `${rect.height}px`;
      s.borderBottomColor = COLOURS[severity];
      s.background = `${COLOURS[severity]}1a`;
      marks.push(mark);
    }
    this.layer.replaceChildren(...marks);
  }

  clear(): void {
    this.layer.replaceChildren();
  }
}

export const HIGHLIGHT_CSS = `
.sta-layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; }
.sta-mark { position: fixed; box-sizing: border-box; border-bottom: 2px solid; border-radius: 2px; pointer-events: none; }
`;
