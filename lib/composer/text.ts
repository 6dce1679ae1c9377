/**
 * The draft as text, and a way back from text offsets to the DOM: the editor
 * re-renders its spans on every keystroke, so nothing here is kept between
 * reads; each snapshot walks the current nodes.
 */
export interface TextSnapshot {
  text: string;
  /** Text nodes with their offset into `text`, in order. */
  segments: Array<{ node: Text; start: number }>;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** Blocks joined by \n; inside a block, its text nodes in order. */
export function snapshot(editor: HTMLElement, blocks: readonly Element[]): TextSnapshot {
  if (isTextField(editor)) return { text: editor.value, segments: [] };
  const segments: TextSnapshot['segments'] = [];
  let text = '';
  const roots = blocks.length > 0 ? blocks : [editor];
  roots.forEach((block, i) => {
    if (i > 0) text += '\n';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      // Lexical and Draft.js keep a zero-width or empty node for the caret in empty lines.
      if (node.data.length === 0) continue;
      segments.push({ node, start: text.length });
      text += node.data;
    }
  });
  return { text, segments };
}

function locate(snap: TextSnapshot, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = snap.segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = snap.segments[mid]!;
    if (s.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  let seg = snap.segments[found]!;
  // An end offset exactly at a node boundary belongs to the node before it.
  if (preferEnd && offset === seg.start && found > 0) seg = snap.segments[found - 1]!;
  const within = Math.min(offset - seg.start, seg.node.data.length);
  return { node: seg.node, offset: within };
}

/** The DOM range of [start, end) in a snapshot, or null if the nodes are gone. */
export function rangeOf(snap: TextSnapshot, start: number, end: number): Range | null {
  const a = locate(snap, start, false);
  const b = locate(snap, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}
