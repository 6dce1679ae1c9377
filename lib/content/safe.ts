/** Runs page-facing work so that nothing ever throws into the page's console. */
export function safe<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch {
      // Swallowed on purpose: a checker bug must never break the site or spam its console.
    }
  };
}
