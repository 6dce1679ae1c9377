/** The composer a submit control belongs to: the one in its nearest enclosing ancestor. */
export function nearestComposer(control: Element, composers: readonly HTMLElement[]): HTMLElement | null {
  for (let node: Element | null = control.parentElement; node; node = node.parentElement) {
    const inside = composers.filter((c) => node.contains(c));
    if (inside.length > 0) {
      // A thread or form with several boxes: the one being written in speaks for them.
      return inside.find((c) => c.contains(document.activeElement)) ?? inside.find((c) => (c.textContent ?? '').trim() !== '') ?? inside[0]!;
    }
  }
  return null;
}
